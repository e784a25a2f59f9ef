"""The CertCentral API key the unattended renewal uses: stored for the machine, readable by
SYSTEM/root and administrators only.

The scheduled renewal runs as SYSTEM (Windows) or root (Linux) and cannot read the admin's own
keyring; without a key it cannot check CertCentral before certbot runs into a timeout. So an
administrator may store one key per region for the machine:

- Windows: ``%ProgramData%\\Certbot Assistant\\certcentral-api-key-<region>.bin``, encrypted
  with DPAPI in machine scope (any process on the machine could decrypt that alone) *and* an
  ACL of SYSTEM and Administrators only, inheritance removed (well-known SIDs, so a Japanese
  Windows' "Administrators" works too);
- Linux: ``/etc/certbot-assistant/certcentral-api-key-<region>``, root-owned, mode 0600, in a
  0700 folder.

The key is never in argv, a log, the report or an event. DigiCert lets an API key be restricted
to "View Only": that is all the renewal's checks need (approving a request is the wizard's).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from certbot_assistant.core.errors import Detail, TranslatableError
from certbot_assistant.core.system.privileges import is_elevated as is_administrator
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SYSTEM_SID = "*S-1-5-18"
ADMINISTRATORS_SID = "*S-1-5-32-544"
_ENTROPY = b"Certbot Assistant: CertCentral API key for the scheduled renewal"
MAX_KEY_BYTES = 4096


class MachineKeyError(TranslatableError):
    context = "MachineKey"
    template = QT_TRANSLATE_NOOP("MachineKey", "The machine's CertCentral API key: %1")


class NotAdministrator(MachineKeyError):
    template = QT_TRANSLATE_NOOP(
        "MachineKey",
        "Only an administrator (Windows) or root (Linux) can store or delete the API key the "
        "scheduled renewal uses. Run this again as administrator.",
    )


class MachineKeyUnreadable(MachineKeyError):
    template = QT_TRANSLATE_NOOP("MachineKey", "%1 cannot be read: %2")


def default_folder(windows: bool | None = None) -> Path:
    on_windows = sys.platform == "win32" if windows is None else windows
    if on_windows:
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Certbot Assistant"
    return Path("/etc/certbot-assistant")


@dataclass
class MachineKeyStore:
    folder: Path
    windows: bool = sys.platform == "win32"
    protect: bool = True
    """Encrypt with DPAPI and set the ACL (Windows); off only for demo mode's folder, which
    holds the demo's fake key and must start no program."""

    def path(self, region: str) -> Path:
        name = f"certcentral-api-key-{region}"
        return self.folder / (f"{name}.bin" if self.windows else name)

    def store(self, region: str, api_key: str) -> Path:
        """Write the key for ``region``. Raises NotAdministrator or MachineKeyError."""
        self._require_administrator()
        path = self.path(region)
        data = api_key.encode("utf-8")
        try:
            self._make_folder()
            if self.windows and self.protect:
                data = dpapi_protect(data)
            tmp = path.with_name(path.name + ".new")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)  # fmt: skip
            try:
                if self.windows and self.protect:
                    restrict_to_system_and_administrators(tmp)
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            tmp.replace(path)
        except OSError as exc:
            raise MachineKeyError(exc.strerror or exc) from exc
        log.info("CertCentral API key for region %s stored for the machine in %s", region, path)
        return path

    def read(self, region: str) -> str | None:
        """The key for ``region``; None when none is stored. Raises MachineKeyUnreadable."""
        path = self.path(region)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_KEY_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise MachineKeyUnreadable(path, exc.strerror or exc) from exc
        if len(data) > MAX_KEY_BYTES:
            raise MachineKeyUnreadable(
                path, Detail("MachineKey", QT_TRANSLATE_NOOP("MachineKey", "larger than 4 KiB"))
            )
        try:
            if self.windows and self.protect:
                data = dpapi_unprotect(data)
            text = data.decode("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise MachineKeyUnreadable(path, exc) from exc
        return text or None

    def delete(self, region: str) -> bool:
        self._require_administrator()
        try:
            self.path(region).unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise MachineKeyError(exc.strerror or exc) from exc
        return True

    def _require_administrator(self) -> None:
        if self.protect and not is_administrator():
            raise NotAdministrator()

    def _make_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.windows:
            if self.protect:
                restrict_to_system_and_administrators(self.folder)
            return
        self.folder.chmod(0o700)


OWNER_ONLY_SDDL = "D:P(A;;FA;;;SY)(A;;FA;;;BA)"
"""SYSTEM and Administrators full control, inheritance from the parent cut (``P``)."""
ALLOWED_TRUSTEES = frozenset({"SY", "BA", "S-1-5-18", "S-1-5-32-544"})


def restrict_to_system_and_administrators(path: Path) -> None:  # pragma: no cover - Windows
    """Set the DACL to SYSTEM and Administrators only (well-known SIDs: any language's
    Windows), then read it back; raises OSError when anyone else may still open it, and the
    key is not written."""
    if sys.platform != "win32":
        raise OSError("Windows ACLs only")
    import ctypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32")
    kernel32.LocalFree.argtypes = (ctypes.c_void_p,)
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        OWNER_ONLY_SDDL, 1, ctypes.byref(descriptor), None
    ):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        flags = 0x4 | 0x80000000  # DACL_SECURITY_INFORMATION | PROTECTED_DACL_...
        if not advapi32.SetFileSecurityW(str(path), flags, descriptor):
            raise ctypes.WinError(ctypes.get_last_error())
    finally:
        kernel32.LocalFree(descriptor)
    granted = security_sddl(path)
    others = outsiders(granted) if granted is not None else {"?"}
    if others:
        raise OSError(f"the ACL of {path} still lets {', '.join(sorted(others))} in: {granted}")


def outsiders(sddl: str) -> set[str]:
    """Who besides SYSTEM, Administrators and the file's owner an allow entry of the DACL
    names (``O:<owner>D:P(A;;FA;;;SY)...``). The owner is the administrator who wrote it:
    Windows lets an owner change the ACL anyway, and Wine, which keeps file rights as Unix
    mode bits, always lists it."""
    owner = sddl[2:].split("D:", 1)[0] if sddl.startswith("O:") else ""
    dacl = sddl.split("D:", 1)[-1]
    entries = [part.split(")", 1)[0] for part in dacl.split("(")[1:]]
    allowed = {e.rsplit(";", 1)[-1] for e in entries if e.startswith("A;")}
    return allowed - ALLOWED_TRUSTEES - {owner}


def security_sddl(path: Path) -> str | None:  # pragma: no cover - Windows only
    """The file's owner and DACL as SDDL (``O:...D:P(A;;FA;;;SY)...``), as Windows reports it."""
    if sys.platform != "win32":
        return None
    import ctypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32")
    kernel32.LocalFree.argtypes = (ctypes.c_void_p,)
    owner, dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
    info = 0x1 | 0x4  # OWNER_ and DACL_SECURITY_INFORMATION
    error = advapi32.GetNamedSecurityInfoW(
        str(path), 1, info, ctypes.byref(owner), None, ctypes.byref(dacl), None,
        ctypes.byref(descriptor),
    )  # fmt: skip
    if error:
        return None
    text = ctypes.c_wchar_p()
    try:
        if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            descriptor, 1, info, ctypes.byref(text), None
        ):
            return None
        value = text.value
        kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
        return value
    finally:
        kernel32.LocalFree(descriptor)


def dpapi_protect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=True)


def dpapi_unprotect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=False)


def _dpapi(data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows only
    """CryptProtectData/CryptUnprotectData in machine scope, no UI, with the app's entropy."""
    if sys.platform != "win32":
        raise OSError("DPAPI is Windows only")
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = (("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char)))

    def blob(raw: bytes) -> tuple[Blob, ctypes.Array[ctypes.c_char]]:
        buffer = ctypes.create_string_buffer(raw, len(raw))
        return Blob(len(raw), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), buffer

    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32")
    kernel32.LocalFree.argtypes = (ctypes.c_void_p,)
    flags = 0x1 | 0x4  # CRYPTPROTECT_UI_FORBIDDEN | CRYPTPROTECT_LOCAL_MACHINE
    data_in, _keep_in = blob(data)
    entropy, _keep_entropy = blob(_ENTROPY)
    data_out = Blob()
    function = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    ok = function(
        ctypes.byref(data_in), None, ctypes.byref(entropy), None, None, flags,
        ctypes.byref(data_out),
    )  # fmt: skip
    if not ok:
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        return ctypes.string_at(data_out.pbData, data_out.cbData)
    finally:
        kernel32.LocalFree(ctypes.cast(data_out.pbData, ctypes.c_void_p))

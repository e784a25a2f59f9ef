"""The app's private temp folder and the short-lived EAB ini files certbot reads.

The ini is the only file that ever holds an HMAC key: readable by the current user only (0600 on
POSIX, an ACL for the current user alone on Windows), deleted as soon as certbot ends, and swept
at the next start if a crash left it behind. Its name carries the owning process id so a second
running instance never deletes a live one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from certbot_assistant import APP_ID

log = logging.getLogger(__name__)

PREFIX = "eab-"
SUFFIX = ".ini"


def private_temp_dir() -> Path:
    """``<user cache>/certbot-assistant/tmp``, created 0700 (owner only)."""
    import platformdirs

    override = os.environ.get("CERTBOT_ASSISTANT_TEMP")
    base = (
        Path(override)
        if override
        else Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "tmp"
    )
    base.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        base.chmod(0o700)
    return base


def restrict_to_current_user(path: Path) -> None:  # pragma: no cover - Windows only
    """Remove inherited entries and grant only the current user (icacls, always present).
    Raises OSError when icacls fails: a file that cannot be made private is not written."""
    from certbot_assistant.core.system.process import run_program

    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    principal = f"{domain}\\{user}" if domain else user
    outcome = run_program(
        ["icacls", str(path), "/inheritance:r", "/grant:r", f"{principal}:(F)"], timeout_s=30
    )
    if outcome.code != 0:
        raise OSError(f"icacls could not make {path} private: {outcome.output}")


def write_eab_ini(eab_kid: str, hmac_key: str, directory: Path | None = None) -> Path:
    """Create the ini (owner-only before anything is written to it) and return its path."""
    folder = directory or private_temp_dir()
    path = folder / f"{PREFIX}{os.getpid()}-{os.urandom(8).hex()}{SUFFIX}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            restrict_to_current_user(path)
        os.write(fd, f"eab-kid = {eab_kid}\neab-hmac-key = {hmac_key}\n".encode())
    except BaseException:
        os.close(fd)
        remove_quietly(path)
        raise
    os.close(fd)
    return path


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def eab_ini(eab_kid: str, hmac_key: str, directory: Path | None = None) -> Iterator[Path]:
    """The ini for one certbot run; gone afterwards whatever happened."""
    path = write_eab_ini(eab_kid, hmac_key, directory)
    try:
        yield path
    finally:
        remove_quietly(path)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (ours counts as alive)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32")  # our own prototypes, not windll's shared ones
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        # PROCESS_QUERY_LIMITED_INFORMATION. An exited process still opens while anyone holds
        # a handle to it, so its exit code says whether it runs (STILL_ACTIVE, 259).
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_inis(directory: Path | None = None) -> int:
    """Delete inis whose owning process is gone (a crash or a kill). Returns how many."""
    folder = directory or private_temp_dir()
    removed = 0
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        owner = path.name[len(PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and pid_alive(int(owner)):
            continue
        remove_quietly(path)
        removed += 1
    if removed:
        log.info("removed %d stale EAB ini file(s) from %s", removed, folder)
    return removed

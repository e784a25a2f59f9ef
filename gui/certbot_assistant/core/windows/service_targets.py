"""Windows services that use a certificate from ``LocalMachine\\My`` besides IIS and http.sys:
Remote Desktop, SQL Server, Exchange and the WinRM HTTPS listener.

Each is a ``ServiceTarget``: what it uses now (``uses``), point it at a new thumbprint
(``point_at``), the accounts that must read the private key (``readers``), and the port its
served certificate can be checked on. They reach Windows through two narrow doors, so tests
record what would change: ``Registry`` (SQL Server, WinRM; ``winreg`` for real) and ``Shell``
(PowerShell: WMI for Remote Desktop, the Exchange Management Shell, key ACLs).

Where the setting lives (Microsoft's documentation):

- Remote Desktop: ``Win32_TSGeneralSetting.SSLCertificateSHA1Hash`` of the ``RDP-tcp``
  listener (WMI namespace ``root\\cimv2\\TerminalServices``); the listener's service runs as
  NETWORK SERVICE, which must read the key.
- SQL Server: ``HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\<instance id>\\MSSQLServer\\
  SuperSocketNetLib`` value ``Certificate`` (the thumbprint, lower case); the instance's service
  SID (``NT Service\\MSSQLSERVER``, ``NT Service\\MSSQL$NAME``) must read the key; the service
  reads it when it starts.
- Exchange: ``Enable-ExchangeCertificate -Thumbprint … -Services IIS,SMTP``; Exchange wants the
  key in a CryptoAPI (CSP) provider, not CNG.
- WinRM: the ``*+HTTPS`` listener's ``certThumbprint`` under
  ``HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WSMAN\\Listener``; WinRM reads it when
  the service restarts.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from typing import Protocol

from certbot_assistant.core import findings as F

log = logging.getLogger(__name__)

SQL_ROOT = r"SOFTWARE\Microsoft\Microsoft SQL Server"
SQL_INSTANCES = SQL_ROOT + r"\Instance Names\SQL"
WSMAN_LISTENERS = r"SOFTWARE\Microsoft\Windows\CurrentVersion\WSMAN\Listener"
NETWORK_SERVICE_SID = "S-1-5-20"
_THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")


class Registry(Protocol):
    """HKEY_LOCAL_MACHINE, as much of it as the targets need."""

    def subkeys(self, path: str) -> list[str]: ...

    def values(self, path: str) -> dict[str, str]:
        """The key's string values ({} when the key does not exist)."""

    def write(self, path: str, name: str, value: str) -> None:
        """Raises OSError (access denied, no such key)."""


class Shell(Protocol):
    def run(self, script: str) -> tuple[int, str]:
        """Run a PowerShell script; (exit code, output). Raises OSError when it cannot start."""


@dataclass(frozen=True)
class ServiceUse:
    """One service's certificate setting: ``target`` names it (``rdp``, ``sql:MSSQLSERVER``,
    ``winrm``, ``exchange``), ``thumbprint`` is what it uses now (None: none set)."""

    target: str
    thumbprint: str | None
    readers: tuple[str, ...] = ()
    """Account SIDs (or names) that must read the private key for the service to use it."""
    port: int | None = None


def _normal(thumbprint: str | None) -> str | None:
    text = (thumbprint or "").replace(" ", "").upper()
    return text if _THUMBPRINT.match(text) else None


class ServiceTarget(Protocol):
    name: str

    def uses(self) -> list[ServiceUse]:
        """Every setting of this kind on the machine; [] when the service is not installed."""

    def point_at(self, use: ServiceUse, thumbprint: str) -> list[F.Finding]:
        """Set ``use`` to ``thumbprint`` and read it back; findings say what failed or what
        is still to do (a restart). Never raises."""


# Remote Desktop --------------------------------------------------------------------------------

_RDP_QUERY = (
    "$s = Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName "
    "Win32_TSGeneralSetting -Filter \"TerminalName='RDP-tcp'\"; "
    "if ($s) { $s.SSLCertificateSHA1Hash } else { exit 3 }"
)
_RDP_SET = (
    "$s = Get-CimInstance -Namespace root/cimv2/TerminalServices -ClassName "
    "Win32_TSGeneralSetting -Filter \"TerminalName='RDP-tcp'\"; "
    "Set-CimInstance -InputObject $s -Property @{{SSLCertificateSHA1Hash='{thumbprint}'}}"
)


class RemoteDesktop:
    name = "rdp"

    def __init__(self, shell: Shell) -> None:
        self.shell = shell

    def uses(self) -> list[ServiceUse]:
        try:
            code, out = self.shell.run(_RDP_QUERY)
        except OSError as exc:
            log.info("Remote Desktop setting not read: %s", exc)
            return []
        if code != 0:
            return []
        return [ServiceUse("rdp", _normal(out.strip()), (NETWORK_SERVICE_SID,), 3389)]

    def point_at(self, use: ServiceUse, thumbprint: str) -> list[F.Finding]:
        try:
            code, out = self.shell.run(_RDP_SET.format(thumbprint=thumbprint.upper()))
        except OSError as exc:
            return [F.make("service-target-failed", target=use.target, reason=exc)]
        if code != 0:
            return [F.make("service-target-failed", target=use.target, reason=out.strip())]
        now = self.uses()
        if not now or now[0].thumbprint != thumbprint.upper():
            return [F.make("service-target-unchanged", target=use.target)]
        return []


# SQL Server ------------------------------------------------------------------------------------


class SqlServer:
    name = "sql"

    def __init__(self, registry: Registry, instance: str | None = None) -> None:
        self.registry, self.instance = registry, instance

    @staticmethod
    def service_name(instance: str) -> str:
        """The Windows service of an instance: MSSQLSERVER, or MSSQL$NAME for a named one."""
        return instance if instance == "MSSQLSERVER" else f"MSSQL${instance}"

    @classmethod
    def service_sid_name(cls, instance: str) -> str:
        """The per-service account SQL Server runs under by default."""
        return f"NT Service\\{cls.service_name(instance)}"

    def _path(self, instance_id: str) -> str:
        return rf"{SQL_ROOT}\{instance_id}\MSSQLServer\SuperSocketNetLib"

    def uses(self) -> list[ServiceUse]:
        found = []
        for instance, instance_id in sorted(self.registry.values(SQL_INSTANCES).items()):
            if self.instance and instance.casefold() != self.instance.casefold():
                continue
            current = self.registry.values(self._path(instance_id)).get("Certificate")
            found.append(
                ServiceUse(f"sql:{instance}", _normal(current), (self.service_sid_name(instance),))
            )
        return found

    def point_at(self, use: ServiceUse, thumbprint: str) -> list[F.Finding]:
        instance = use.target.split(":", 1)[1]
        instance_id = self.registry.values(SQL_INSTANCES).get(instance)
        if instance_id is None:
            return [F.make("service-target-not-found", target=use.target)]
        path = self._path(instance_id)
        try:
            self.registry.write(path, "Certificate", thumbprint.lower())  # as SQL Server writes it
        except OSError as exc:
            return [F.make("service-target-failed", target=use.target, reason=exc.strerror or exc)]
        if _normal(self.registry.values(path).get("Certificate")) != thumbprint.upper():
            return [F.make("service-target-unchanged", target=use.target)]
        service = self.service_name(instance)
        return [F.make("service-restart-needed", target=use.target, service=service)]


# WinRM -----------------------------------------------------------------------------------------


class WinRm:
    name = "winrm"

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def uses(self) -> list[ServiceUse]:
        return [
            ServiceUse(f"winrm:{listener}", _normal(
                self.registry.values(rf"{WSMAN_LISTENERS}\{listener}").get("certThumbprint")
            ), (), 5986)
            for listener in self.registry.subkeys(WSMAN_LISTENERS)
            if listener.upper().endswith("+HTTPS")
        ]  # fmt: skip

    def point_at(self, use: ServiceUse, thumbprint: str) -> list[F.Finding]:
        path = rf"{WSMAN_LISTENERS}\{use.target.split(':', 1)[1]}"
        try:
            self.registry.write(path, "certThumbprint", thumbprint.upper())
        except OSError as exc:
            return [F.make("service-target-failed", target=use.target, reason=exc.strerror or exc)]
        if _normal(self.registry.values(path).get("certThumbprint")) != thumbprint.upper():
            return [F.make("service-target-unchanged", target=use.target)]
        return [F.make("service-restart-needed", target=use.target, service="WinRM")]


# Exchange --------------------------------------------------------------------------------------

_EXCHANGE_SNAPIN = (
    "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction Stop; "
)
_EXCHANGE_QUERY = _EXCHANGE_SNAPIN + (
    "Get-ExchangeCertificate | Where-Object { $_.Services -ne 'None' } | "
    "Select-Object Thumbprint, @{n='Services';e={[string]$_.Services}} | ConvertTo-Json -Compress"
)


class Exchange:
    name = "exchange"

    def __init__(self, shell: Shell, services: tuple[str, ...] = ("IIS", "SMTP")) -> None:
        self.shell, self.services = shell, services

    def uses(self) -> list[ServiceUse]:
        try:
            code, out = self.shell.run(_EXCHANGE_QUERY)
        except OSError:
            return []
        if code != 0 or not out.strip():
            return []
        try:
            data = json.loads(out)
        except ValueError:
            return []
        rows = data if isinstance(data, list) else [data]
        return [
            ServiceUse(f"exchange:{row.get('Services')}", _normal(str(row.get("Thumbprint"))), ())
            for row in rows
            if isinstance(row, dict)
        ]

    def point_at(self, use: ServiceUse, thumbprint: str) -> list[F.Finding]:
        script = _EXCHANGE_SNAPIN + (
            f"Enable-ExchangeCertificate -Thumbprint {thumbprint.upper()} "
            f"-Services {','.join(self.services)} -Force"
        )
        try:
            code, out = self.shell.run(script)
        except OSError as exc:
            return [F.make("service-target-failed", target=use.target, reason=exc)]
        if code != 0:
            return [F.make("service-target-failed", target=use.target, reason=out.strip())]
        return []


# Private key access ----------------------------------------------------------------------------

_GRANT = (
    "$c = Get-Item 'Cert:\\LocalMachine\\My\\{thumbprint}' -ErrorAction Stop; "
    "$k = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::"
    "GetRSAPrivateKey($c); if (-not $k) {{ $k = [System.Security.Cryptography.X509Certificates."
    "ECDsaCertificateExtensions]::GetECDsaPrivateKey($c) }}; "
    "$n = if ($k.Key) {{ $k.Key.UniqueName }} "
    "else {{ $k.CspKeyContainerInfo.UniqueKeyContainerName }}; "
    '$f = Get-ChildItem -Path "$env:ProgramData\\Microsoft\\Crypto" -Recurse -Filter $n '
    "-ErrorAction SilentlyContinue | Select-Object -First 1; "
    "if (-not $f) {{ exit 4 }}; icacls $f.FullName /grant '*{sid}:(R)' | Out-Null; "
    "exit $LASTEXITCODE"
)


def grant_key_read(shell: Shell, thumbprint: str, sid: str) -> list[F.Finding]:
    """Let the account ``sid`` read the certificate's private key file (CNG or CSP)."""
    if not re.fullmatch(r"S-1(-\d+)+", sid):
        return [F.make("key-reader-unknown", account=sid)]
    try:
        code, out = shell.run(_GRANT.format(thumbprint=thumbprint.upper(), sid=sid))
    except OSError as exc:
        return [F.make("key-access-not-granted", account=sid, reason=exc)]
    if code != 0:
        return [F.make("key-access-not-granted", account=sid, reason=out.strip() or f"exit {code}")]
    return []


# Accounts --------------------------------------------------------------------------------------

_WELL_KNOWN = {
    "nt authority\\network service": "S-1-5-20",
    "network service": "S-1-5-20",
    "nt authority\\local service": "S-1-5-19",
    "local service": "S-1-5-19",
    "nt authority\\system": "S-1-5-18",
    "system": "S-1-5-18",
}


def service_sid(service: str) -> str:
    """The SID of the virtual account ``NT Service\\<service>``: S-1-5-80 and the SHA-1 of the
    upper-case service name in UTF-16LE as five little-endian numbers (how Windows derives it,
    so it is known without asking and in any language)."""
    import hashlib
    import struct

    digest = hashlib.sha1(service.upper().encode("utf-16-le")).digest()
    return "S-1-5-80-" + "-".join(str(n) for n in struct.unpack("<5I", digest))


def account_sid(account: str) -> str | None:
    """The SID of an account given as a SID, a well-known name, ``NT Service\\<name>``, or a
    name Windows resolves (``DOMAIN\\user``, localized names included); None when unknown."""
    text = account.strip()
    if re.fullmatch(r"S-1(-\d+)+", text):
        return text
    if text.casefold() in _WELL_KNOWN:
        return _WELL_KNOWN[text.casefold()]
    if text.casefold().startswith("nt service\\") and len(text) > len("nt service\\"):
        return service_sid(text.split("\\", 1)[1])
    return _lookup_account(text)


def _lookup_account(name: str) -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    sid = ctypes.create_string_buffer(256)
    sid_size, domain_size = wintypes.DWORD(256), wintypes.DWORD(256)
    domain = ctypes.create_unicode_buffer(256)
    use = wintypes.DWORD()
    if not advapi32.LookupAccountNameW(
        None, name, sid, ctypes.byref(sid_size), domain, ctypes.byref(domain_size),
        ctypes.byref(use),
    ):  # fmt: skip
        return None
    text = ctypes.c_wchar_p()
    if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
        return None
    value = text.value
    ctypes.WinDLL("kernel32").LocalFree(ctypes.cast(text, ctypes.c_void_p))
    return value


# The machine's services together ---------------------------------------------------------------


class ServiceHost:
    """Every service target of this machine, through one registry and one shell."""

    def __init__(self, registry: Registry, shell: Shell) -> None:
        self.registry, self.shell = registry, shell

    def target(self, spec: str) -> ServiceTarget | None:
        """``rdp``, ``sql`` or ``sql:INSTANCE``, ``exchange`` or ``exchange:IIS,SMTP``,
        ``winrm``; None for anything else."""
        kind, _, detail = spec.partition(":")
        kind = kind.strip().lower()
        if kind == "rdp":
            return RemoteDesktop(self.shell)
        if kind == "sql":
            return SqlServer(self.registry, detail or None)
        if kind == "winrm":
            return WinRm(self.registry)
        if kind == "exchange":
            services = tuple(s.strip().upper() for s in detail.split(",") if s.strip())
            return Exchange(self.shell, services or ("IIS", "SMTP"))
        return None

    def all_uses(self) -> list[ServiceUse]:
        """What every known service uses now (for the store's cleanup)."""
        found: list[ServiceUse] = []
        for spec in ("rdp", "sql", "exchange", "winrm"):
            target = self.target(spec)
            if target is not None:
                found += target.uses()
        return found

    def grant_key_read(self, thumbprint: str, account: str) -> list[F.Finding]:
        """Let ``account`` (a name in any language, or a SID) read the certificate's key."""
        sid = account_sid(account)
        if sid is None:
            return [F.make("key-reader-unknown", account=account)]
        return grant_key_read(self.shell, thumbprint, sid)

    def restart(self, service: str) -> list[F.Finding]:
        script = f"Restart-Service -Name '{service}' -Force -ErrorAction Stop"
        try:
            code, out = self.shell.run(script)
        except OSError as exc:
            return [F.make("service-target-failed", target=service, reason=exc)]
        if code != 0:
            return [F.make("service-target-failed", target=service, reason=out.strip())]
        return []


if sys.platform == "win32":  # pragma: no cover - Windows only

    class WindowsRegistry:
        """HKEY_LOCAL_MACHINE through ``winreg`` (the 64-bit view: where services keep settings)."""

        def _open(self, path: str, access: int) -> object:
            import winreg

            return winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, path, 0, access | winreg.KEY_WOW64_64KEY
            )

        def subkeys(self, path: str) -> list[str]:
            import winreg

            try:
                with self._open(path, winreg.KEY_READ) as key:  # type: ignore[attr-defined]
                    names, index = [], 0
                    while True:
                        try:
                            names.append(winreg.EnumKey(key, index))
                        except OSError:
                            return names
                        index += 1
            except OSError:
                return []

        def values(self, path: str) -> dict[str, str]:
            import winreg

            try:
                with self._open(path, winreg.KEY_READ) as key:  # type: ignore[attr-defined]
                    found, index = {}, 0
                    while True:
                        try:
                            name, value, _kind = winreg.EnumValue(key, index)
                        except OSError:
                            return found
                        if isinstance(value, str):
                            found[name] = value
                        index += 1
            except OSError:
                return {}

        def write(self, path: str, name: str, value: str) -> None:
            import winreg

            with winreg.CreateKeyEx(
                winreg.HKEY_LOCAL_MACHINE, path, 0, winreg.KEY_WRITE | winreg.KEY_WOW64_64KEY
            ) as key:
                winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)


class PowerShell:  # pragma: no cover - Windows only
    """Windows PowerShell 5.1, no profile, no prompts; the script through ``-Command``."""

    def run(self, script: str) -> tuple[int, str]:
        from certbot_assistant.core.system.process import run_program

        outcome = run_program(
            ["powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass",
             "-Command", script],
            timeout_s=300,
        )  # fmt: skip
        return (outcome.code if outcome.code is not None else 1), outcome.output

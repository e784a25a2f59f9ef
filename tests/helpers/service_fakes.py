"""Stand-ins for the Windows registry and PowerShell that the service targets reach (Remote
Desktop's WMI setting, Exchange's shell, key ACLs): they record what would change."""

from __future__ import annotations

import json
import re


class FakeRegistry:
    def __init__(self, keys: dict[str, dict[str, str]] | None = None) -> None:
        self.keys = {k.lower(): (k, dict(v)) for k, v in (keys or {}).items()}
        self.writes: list[tuple[str, str, str]] = []
        self.refuse = False

    def subkeys(self, path: str) -> list[str]:
        prefix = path.lower().rstrip("\\") + "\\"
        found = {name[len(prefix) :].split("\\")[0] for key, (name, _values) in self.keys.items()
                 if key.startswith(prefix)}  # fmt: skip
        return sorted(found)

    def values(self, path: str) -> dict[str, str]:
        entry = self.keys.get(path.lower())
        return dict(entry[1]) if entry else {}

    def write(self, path: str, name: str, value: str) -> None:
        if self.refuse:
            raise PermissionError(13, "Access is denied")
        self.writes.append((path, name, value))
        self.keys.setdefault(path.lower(), (path, {}))[1][name] = value


class FakeShell:
    """Answers the scripts the targets send: Remote Desktop's setting, Exchange's
    certificates, key grants and restarts; everything else fails."""

    def __init__(
        self, rdp: str | None = None, exchange: list[dict[str, str]] | None = None
    ) -> None:
        self.rdp, self.exchange = rdp, exchange
        self.scripts: list[str] = []
        self.granted: list[tuple[str, str]] = []
        self.restarted: list[str] = []

    def run(self, script: str) -> tuple[int, str]:
        self.scripts.append(script)
        if "Set-CimInstance" in script and self.rdp is not None:
            self.rdp = re.search(r"SSLCertificateSHA1Hash='([0-9A-F]+)'", script).group(1)  # type: ignore[union-attr]
            return 0, ""
        if "Win32_TSGeneralSetting" in script:
            return (0, self.rdp + "\n") if self.rdp is not None else (3, "")
        if "Get-ExchangeCertificate" in script:
            return (
                (0, json.dumps(self.exchange)) if self.exchange is not None else (1, "no snap-in")
            )
        if "Enable-ExchangeCertificate" in script and self.exchange is not None:
            thumbprint = re.search(r"-Thumbprint ([0-9A-F]+)", script).group(1)  # type: ignore[union-attr]
            self.exchange = [{"Thumbprint": thumbprint, "Services": "IIS, SMTP"}]
            return 0, ""
        if "icacls" in script:
            thumbprint = re.search(r"My\\([0-9A-F]+)'", script).group(1)  # type: ignore[union-attr]
            sid = re.search(r"'\*(S-[0-9-]+):\(R\)'", script).group(1)  # type: ignore[union-attr]
            self.granted.append((thumbprint, sid))
            return 0, ""
        if "Restart-Service" in script:
            self.restarted.append(re.search(r"-Name '([^']+)'", script).group(1))  # type: ignore[union-attr]
            return 0, ""
        return 1, "not available here"

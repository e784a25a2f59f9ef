"""HTTPS bindings on Windows: http.sys's SSL configuration, which IIS uses for its sites too.

``netsh http show sslcert`` says which certificate a binding names; ``netsh http update
sslcert`` points it at the new one, keeping its application id and store. IIS site bindings
(``appcmd list site /xml``) are read to know which host:port pairs a site serves. The parsing is
plain text and XML, tested here; running netsh and appcmd needs Windows with http.sys and IIS,
which Wine lacks (covered by fakes in the tests and by the Windows CI workflow).
"""

from __future__ import annotations

import ipaddress
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from certbot_assistant.core.certificates.deploy import DeployError, IisSite
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

Runner = Callable[[list[str]], tuple[int, str]]


def _run(argv: list[str]) -> tuple[int, str]:
    from certbot_assistant.core.system.process import run_program

    outcome = run_program(argv, timeout_s=60)
    return outcome.code if outcome.code is not None else -1, outcome.stdout + outcome.stderr


def binding_key(binding: str) -> tuple[str, str]:
    """(``ipport`` or ``hostnameport``, value) for netsh: an IP (or *) binds by address,
    a name by SNI."""
    host, _, port = binding.rpartition(":")
    host = host.strip("[]") or "0.0.0.0"
    if host == "*":
        host = "0.0.0.0"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return "hostnameport", f"{host}:{port}"
    return "ipport", f"{host}:{port}" if ":" not in host else f"[{host}]:{port}"


_FIELD = re.compile(r"^\s*(?P<key>[^:]+?)\s*:\s*(?P<value>.*?)\s*$")


def parse_sslcert(text: str) -> dict[str, str]:
    """``netsh http show sslcert``'s first entry as {field: value} (English field names)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        match = _FIELD.match(line)
        if match and match.group("key") not in fields:
            fields[match.group("key")] = match.group("value")
    return fields


def parse_sites(xml_text: str) -> list[IisSite]:
    """Every site of ``appcmd list site /xml`` with its https bindings as host:port."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        raise DeployError("appcmd", exc) from exc
    sites: list[IisSite] = []
    for element in root.iter("SITE"):
        found: list[str] = []
        for item in element.get("bindings", "").split(","):
            protocol, _, info = item.partition("/")
            if protocol.strip().lower() != "https":
                continue
            address, port, host = [*info.split(":"), "", "", ""][:3]
            found.append(f"{host or address or '*'}:{port or 443}")
        sites.append(IisSite(element.get("SITE.NAME", ""), tuple(found)))
    return sites


def parse_site_bindings(xml_text: str, site: str) -> list[str]:
    """host:port of a site's https bindings from ``appcmd list site /xml``."""
    for candidate in parse_sites(xml_text):
        if candidate.name.casefold() == site.casefold() and candidate.bindings:
            return list(candidate.bindings)
    raise DeployError(
        site, template=QT_TRANSLATE_NOOP("Deploy", 'IIS site "%1" has no https binding.')
    )


def appcmd() -> Path:
    return Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32" / "inetsrv" / "appcmd.exe"


def _list_sites(run: Runner) -> str:
    exe = appcmd()
    if not exe.exists():
        raise DeployError(
            template=QT_TRANSLATE_NOOP(
                "Deploy", "IIS is not installed on this server (no appcmd.exe)."
            )
        )
    code, out = run([str(exe), "list", "site", "/xml"])
    if code != 0:
        raise DeployError("appcmd", out.strip())
    return out


def iis_site_bindings(site: str, run: Runner = _run) -> list[str]:
    return parse_site_bindings(_list_sites(run), site)


# IIS registers its HTTPS bindings in http.sys under this application id.
IIS_APP_ID = "{4dc3e181-e14b-4a21-b022-59fc669b0914}"


class HttpSysBindings:
    """``BindingManager`` through netsh (http.sys; IIS keeps its HTTPS bindings there)."""

    def __init__(self, run: Runner = _run) -> None:
        self.run = run

    def _show(self, binding: str) -> dict[str, str] | None:
        kind, value = binding_key(binding)
        code, out = self.run(["netsh", "http", "show", "sslcert", f"{kind}={value}"])
        fields = parse_sslcert(out)
        if code != 0 or "Certificate Hash" not in fields:
            return None
        return fields

    def bound_thumbprint(self, binding: str) -> str | None:
        fields = self._show(binding)
        return fields["Certificate Hash"].upper() if fields else None

    def bind(self, binding: str, thumbprint: str, store: str) -> None:
        fields = self._show(binding)
        verb, app_id = (
            ("update", fields.get("Application ID", IIS_APP_ID))
            if fields is not None
            else ("add", IIS_APP_ID)
        )
        kind, value = binding_key(binding)
        store_name = store.rpartition("\\")[2] or "My"
        argv = [
            "netsh", "http", verb, "sslcert", f"{kind}={value}",
            f"certhash={thumbprint.lower()}", f"appid={app_id}",
            f"certstorename={store_name}",
        ]  # fmt: skip
        code, out = self.run(argv)
        if code != 0:
            raise DeployError("netsh", out.strip())

    def sites(self) -> list[IisSite]:
        """[] without IIS; DeployError when IIS is there but cannot be read (not elevated)."""
        if not appcmd().exists():
            return []
        return parse_sites(_list_sites(self.run))

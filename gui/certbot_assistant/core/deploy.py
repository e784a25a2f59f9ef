"""The last mile: put a lineage's certificate where the server uses it, after every renewal.

Certbot has no installer for Windows; without this, every renewal leaves IIS serving the old
certificate until someone imports the new one by hand. A deployment:

1. reads ``live/<name>/`` and checks the key fits the certificate;
2. Windows: imports it (PKCS#12, random in-memory password) into a certificate store with a
   friendly name saying which lineage and until when, and points the HTTPS bindings that served
   the old certificate at the new one; Linux: copies the PEM files into a folder with the
   owner and mode the service needs and runs its reload command;
3. optionally exports a PFX for other software;
4. connects to each binding (SNI) and compares the served certificate with the new one;
5. only then removes the previous certificate from the store.

The targets are remembered per lineage in ``certbot-assistant-deploy.json`` in the config dir,
so the renewal hook (certbot's ``renew_hook``, run by the scheduled task too) repeats exactly
this. The OS pieces (store, bindings) are small interfaces: crypt32 and http.sys on Windows,
fakes in tests.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from certbot_assistant.core import findings as F
from certbot_assistant.core.atomic_write import write_bytes_atomic, write_text_atomic
from certbot_assistant.core.errors import AssistantError
from certbot_assistant.core.pkcs12 import (
    LineageMaterial,
    LineageUnreadable,
    build_pfx,
    friendly_name,
    random_password,
    read_lineage,
)
from certbot_assistant.core.process import run_program
from certbot_assistant.core.served_certificate import (
    Served,
    parse_binding,
    served_certificate,
    served_findings,
)

log = logging.getLogger(__name__)

TARGETS_FILE = "certbot-assistant-deploy.json"
SCHEMA = 1
DEFAULT_STORE = "LocalMachine\\My"


class DeployError(AssistantError):
    """One deployment step failed; the message names the step and the OS's reason."""


@dataclass(frozen=True)
class DeployTargets:
    """Where one lineage goes. Empty fields are not used."""

    store: str | None = None  # Windows certificate store, e.g. LocalMachine\My
    bindings: tuple[str, ...] = ()  # host:port served over HTTPS (checked; on Windows, updated)
    iis_site: str | None = None  # the bindings are this IIS site's: bind even a new one
    pfx: str | None = None  # also export a PFX here (password from the environment)
    folder: str | None = None  # Linux: copy fullchain.pem and privkey.pem here
    owner: str | None = None  # user[:group] of the copies
    mode: int = 0o640
    reload: tuple[str, ...] = ()  # a command that makes the service read the new files

    @property
    def empty(self) -> bool:
        return not (self.store or self.bindings or self.pfx or self.folder)


@dataclass(frozen=True)
class StoreCertificate:
    """One certificate of a Windows store, as the diagnosis needs it."""

    der: bytes
    friendly_name: str = ""
    has_key: bool = False


@dataclass(frozen=True)
class IisSite:
    name: str
    bindings: tuple[str, ...]  # its https host:port pairs


class CertificateStore(Protocol):
    def import_pfx(
        self, pfx: bytes, password: bytes, store: str, friendly: str, thumbprint: str
    ) -> None:
        """Import the PFX; the certificate ``thumbprint`` (the leaf) goes into ``store``, the
        rest of the chain into the intermediate store. Raises DeployError."""

    def remove(self, store: str, thumbprint: str) -> bool: ...

    def certificates(self, store: str) -> list[StoreCertificate]: ...


class BindingManager(Protocol):
    def bound_thumbprint(self, binding: str) -> str | None:
        """The thumbprint a host:port binding names now; None when there is no binding."""

    def bind(self, binding: str, thumbprint: str, store: str) -> None:
        """Point the binding at ``thumbprint``; a binding with no certificate yet is created
        (for IIS, with IIS's application id)."""

    def sites(self) -> list[IisSite]:
        """The IIS sites with their https bindings; [] without IIS."""


@dataclass
class DeployReport:
    lineage: str
    thumbprint: str | None = None
    findings: list[F.Finding] = field(default_factory=list)
    served: list[Served] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not F.has_error(self.findings)


# Remembered targets -------------------------------------------------------------------------


def _targets_path(config_dir: Path) -> Path:
    return config_dir / TARGETS_FILE


def remembered_targets(config_dir: Path, name: str) -> DeployTargets | None:
    try:
        data = json.loads(_targets_path(config_dir).read_text(encoding="utf-8"))
        entry = data["lineages"][name]
        return DeployTargets(
            store=entry.get("store"),
            bindings=tuple(entry.get("bindings", ())),
            iis_site=entry.get("iis_site"),
            pfx=entry.get("pfx"),
            folder=entry.get("folder"),
            owner=entry.get("owner"),
            mode=int(entry.get("mode", 0o640)),
            reload=tuple(entry.get("reload", ())),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remember_targets(config_dir: Path, name: str, targets: DeployTargets) -> None:
    path = _targets_path(config_dir)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("lineages"), dict):
            raise ValueError
    except (OSError, ValueError, AttributeError):
        data = {"schema": SCHEMA, "lineages": {}}
    entry = asdict(targets)
    entry["bindings"], entry["reload"] = list(targets.bindings), list(targets.reload)
    data["lineages"][name] = entry
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# The deployment -----------------------------------------------------------------------------


def _fail(report: DeployReport, target: str, error: object) -> None:
    report.findings.append(
        F.make("deploy-failed", lineage=report.lineage, destination=target, error=str(error))
    )


def _copy_to_folder(material: LineageMaterial, live: Path, targets: DeployTargets) -> None:
    folder = Path(targets.folder or "")
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("fullchain.pem", "privkey.pem", "cert.pem", "chain.pem"):
        target = folder / name
        write_bytes_atomic(target, (live / name).read_bytes(), mode=targets.mode)
        if targets.owner:
            user, _, group = targets.owner.partition(":")
            if user and group:
                shutil.chown(target, user, group)
            elif user:
                shutil.chown(target, user)
            elif group:
                shutil.chown(target, group=group)


def deploy(
    config_dir: Path,
    name: str,
    targets: DeployTargets,
    *,
    store: CertificateStore | None = None,
    bindings: BindingManager | None = None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
    pfx_password: bytes | None = None,
    windows: bool | None = None,
) -> DeployReport:
    """Deploy lineage ``name`` to ``targets``; every failure is a finding, never a raise."""
    windows = os.name == "nt" if windows is None else windows
    report = DeployReport(name)
    live = config_dir / "live" / name
    try:
        material = read_lineage(config_dir, name)
    except LineageUnreadable as exc:
        _fail(report, str(live), exc)
        return report
    report.thumbprint = material.thumbprint
    previous: dict[str, str | None] = {}

    if targets.store:
        if store is None:
            _fail(report, targets.store, "no certificate store on this system")
            return report
        password = random_password()
        friendly = friendly_name(material)
        try:
            pfx = build_pfx(material, password)
            try:
                store.import_pfx(pfx, password, targets.store, friendly, material.thumbprint)
            except DeployError:
                # Older Windows (Server 2016) reads only 3DES-protected PFX files.
                pfx = build_pfx(material, password, compatible=True)
                store.import_pfx(pfx, password, targets.store, friendly, material.thumbprint)
        except DeployError as exc:
            _fail(report, targets.store, exc)
            return report
        finally:
            del password
        if bindings is not None:
            for binding in targets.bindings:
                try:
                    previous[binding] = bindings.bound_thumbprint(binding)
                    if previous[binding] is None and not targets.iis_site:
                        report.findings.append(F.make("binding-not-found", binding=binding))
                        continue
                    if previous[binding] != material.thumbprint:
                        bindings.bind(binding, material.thumbprint, targets.store)
                except DeployError as exc:
                    _fail(report, binding, exc)

    if targets.folder:
        try:
            _copy_to_folder(material, live, targets)
        except (OSError, LookupError) as exc:
            _fail(report, targets.folder, getattr(exc, "strerror", None) or exc)

    if targets.pfx:
        if pfx_password is None:
            _fail(report, targets.pfx, "no password for the exported PFX")
        else:
            try:
                write_bytes_atomic(Path(targets.pfx), build_pfx(material, pfx_password), mode=0o600)
            except OSError as exc:
                _fail(report, targets.pfx, exc.strerror or exc)

    if targets.reload and report.ok:
        try:
            outcome = run_program(list(targets.reload), timeout_s=120)
            if outcome.code != 0:
                _fail(report, " ".join(targets.reload), outcome.output or f"exit {outcome.code}")
        except OSError as exc:
            _fail(report, " ".join(targets.reload), exc.strerror or exc)

    stale = False
    for binding in targets.bindings:
        host, port = parse_binding(binding)
        served = check(host, port, None)
        report.served.append(served)
        found = served_findings(material.thumbprint, served, name)
        stale = stale or any(f.id == "served-certificate-stale" for f in found)
        report.findings += found

    if targets.store and store is not None and report.ok and not stale:
        for old in {t for t in previous.values() if t and t != material.thumbprint}:
            try:
                store.remove(targets.store, old)
            except DeployError as exc:
                log.warning("could not remove the previous certificate %s: %s", old, exc)

    if report.ok:
        where = ", ".join(
            t for t in (targets.store, targets.folder, targets.pfx, *targets.bindings) if t
        )
        report.findings.append(F.make("certificate-deployed", lineage=name, destination=where))
    report.findings = F.sort_findings(report.findings)
    return report


def with_defaults(targets: DeployTargets, windows: bool) -> DeployTargets:
    """Windows with bindings but no store: the machine's personal store, as IIS uses."""
    if windows and targets.bindings and not targets.store:
        return replace(targets, store=DEFAULT_STORE)
    return targets


def targets_from_lineage_env(env: dict[str, str] | None = None) -> tuple[Path, str] | None:
    """certbot runs deploy hooks with ``RENEWED_LINEAGE=<config>/live/<name>``."""
    lineage = (env if env is not None else os.environ).get("RENEWED_LINEAGE")
    if not lineage:
        return None
    path = Path(lineage)
    return path.parent.parent, path.name


def parse_reload(command: str | None) -> tuple[str, ...]:
    return tuple(shlex.split(command)) if command else ()


def render_hook(argv: Sequence[str], windows: bool) -> str:
    """The hook line certbot will run: PowerShell on Windows (certbot runs hooks there), else
    /bin/sh."""
    if windows:
        from certbot_assistant.core.certbot_command import to_powershell

        return to_powershell(argv)
    return shlex.join(argv)

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

import errno
import json
import logging
import os
import shlex
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from certbot_assistant.core import findings as F
from certbot_assistant.core.certificates.pkcs12 import (
    MAX_PEM_BYTES,
    LineageMaterial,
    LineageUnreadable,
    build_pfx,
    friendly_name,
    random_password,
    read_lineage,
)
from certbot_assistant.core.certificates.served import (
    BindingError,
    Served,
    parse_binding,
    served_certificate,
    served_findings,
)
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.system.atomic_write import write_bytes_atomic, write_text_atomic
from certbot_assistant.core.system.process import run_program
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file, reason
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.core.utc_time import parse_time

log = logging.getLogger(__name__)

TARGETS_FILE = "certbot-assistant-deploy.json"
SCHEMA = 1
DEFAULT_STORE = "LocalMachine\\My"
MAX_TARGETS_BYTES = 1024 * 1024
KEY_MODE = 0o640
"""The most a copied private key gets without ``readable_key``: owner and its group."""


class DeployError(TranslatableError):
    """One deployment step failed; the message names the step and the OS's reason."""

    context = "Deploy"
    template = QT_TRANSLATE_NOOP("Deploy", "%1: %2")


class TargetsFileError(TranslatableError):
    """``certbot-assistant-deploy.json`` cannot be used; the message names the file and why."""

    context = "Deploy"
    template = QT_TRANSLATE_NOOP("Deploy", "%1: %2")

    def __init__(
        self, path: Path, *args: object, template: str | None = None, lineage: str | None = None
    ) -> None:
        super().__init__(path, *args, template=template)
        self.path = path
        self.lineage = lineage
        """Set when only this lineage's entry is unusable (the others may still be read)."""

    @property
    def reason(self) -> str:
        """Why, without the file's name (a finding names the file itself)."""
        return str(self).removeprefix(f"{self.path}: ")


@dataclass(frozen=True)
class DeployTargets:
    """Where one lineage goes. Empty fields are not used."""

    store: str | None = None  # Windows certificate store, e.g. LocalMachine\My
    bindings: tuple[str, ...] = ()  # host:port served over HTTPS (checked; on Windows, updated)
    iis_site: str | None = None  # the bindings are this IIS site's: bind even a new one
    pfx: str | None = None  # also export a PFX here (password from the environment)
    folder: str | None = None  # Linux: copy fullchain.pem and privkey.pem here
    owner: str | None = None  # user[:group] of the copies
    mode: int = 0o640  # of the copies; the key gets at most KEY_MODE unless readable_key
    reload: tuple[str, ...] = ()  # a command that makes the service read the new files
    readable_key: bool = False  # the admin asked for the key to have ``mode`` as it is
    services: tuple[str, ...] = ()
    """Windows services: ``rdp``, ``sql`` or ``sql:INSTANCE``, ``exchange`` or
    ``exchange:IIS,SMTP``, ``winrm`` (``windows.service_targets``)."""
    key_readers: tuple[str, ...] = ()  # accounts given read access to the private key
    key_storage: str | None = None  # "cng" or "csp"; None: CSP for Exchange, else CNG
    restart: bool = False  # restart a service that reads its certificate only when starting

    @property
    def empty(self) -> bool:
        return not (self.store or self.bindings or self.pfx or self.folder or self.services)

    @property
    def storage(self) -> str:
        """Where the private key is imported: Exchange needs a CryptoAPI (CSP) provider."""
        if self.key_storage:
            return self.key_storage
        return "csp" if any(s.lower().startswith("exchange") for s in self.services) else "cng"


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
        self,
        pfx: bytes,
        password: bytes,
        store: str,
        friendly: str,
        thumbprint: str,
        key_storage: str = "cng",
    ) -> None:
        """Import the PFX; the certificate ``thumbprint`` (the leaf) goes into ``store``, the
        rest of the chain into the intermediate store; the key into a CNG key storage provider
        or a CryptoAPI (``csp``) one. Raises DeployError."""

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


_TEXT_FIELDS = ("store", "iis_site", "pfx", "folder", "owner")


def targets_from_json(entry: object) -> DeployTargets:
    """One lineage's entry of the file, checked field by field. Raises ValueError saying
    which field is wrong (the file is the user's: anything can be in it)."""
    if not isinstance(entry, dict):
        raise ValueError("an entry is not an object")
    values: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        value = entry.get(key)
        if value is not None and (not isinstance(value, str) or "\x00" in value):
            raise ValueError(f"{key} is not text")
        values[key] = value or None
    for key in ("bindings", "reload", "services", "key_readers"):
        items = entry.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{key} is not a list of text")
        values[key] = tuple(items)
    for binding in values["bindings"]:
        parse_binding(binding)
    mode = entry.get("mode", 0o640)
    if isinstance(mode, bool) or not isinstance(mode, int) or not 0 <= mode <= 0o777:
        raise ValueError("mode is not a file mode (0 to 0o777)")
    flags = {}
    for key in ("readable_key", "restart"):
        flags[key] = entry.get(key, False)
        if not isinstance(flags[key], bool):
            raise ValueError(f"{key} is not true or false")
    storage = entry.get("key_storage")
    if storage not in (None, "cng", "csp"):
        raise ValueError("key_storage is not cng or csp")
    return DeployTargets(mode=mode, key_storage=storage, **flags, **values)


def read_targets_file(config_dir: Path) -> dict[str, object]:
    """The file's ``lineages`` object; {} when there is no file. Raises TargetsFileError."""
    path = _targets_path(config_dir)
    try:
        raw = read_regular_file(path, MAX_TARGETS_BYTES)
    except NotReadable as exc:
        if exc.errno == errno.ENOENT:
            return {}
        raise TargetsFileError(path, reason(exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise TargetsFileError(
            path, template=QT_TRANSLATE_NOOP("Deploy", "%1: nested too deeply")
        ) from None
    except ValueError:
        raise TargetsFileError(
            path, template=QT_TRANSLATE_NOOP("Deploy", "%1: not valid JSON")
        ) from None
    lineages = data.get("lineages") if isinstance(data, dict) else None
    if not isinstance(lineages, dict):
        raise TargetsFileError(path, template=QT_TRANSLATE_NOOP("Deploy", "%1: no lineages object"))
    return lineages


def remembered_targets(config_dir: Path, name: str) -> DeployTargets | None:
    """The targets remembered for lineage ``name``; None when none were. Raises
    TargetsFileError when the file or this lineage's entry cannot be used."""
    entry = read_targets_file(config_dir).get(name)
    if entry is None:
        return None
    try:
        return targets_from_json(entry)
    except ValueError as exc:
        raise TargetsFileError(
            _targets_path(config_dir),
            name,
            exc,
            template=QT_TRANSLATE_NOOP("Deploy", "%1: %2: %3"),
            lineage=name,
        ) from None


def remember_targets(config_dir: Path, name: str, targets: DeployTargets) -> None:
    """Add or replace one lineage's entry; the others stay (a broken file is replaced: what
    it held could not be used anyway, and the log says so)."""
    try:
        lineages = read_targets_file(config_dir)
    except TargetsFileError as exc:
        log.warning("replacing a file that could not be used: %s", exc)
        lineages = {}
    entry = asdict(targets)
    for key in ("bindings", "reload", "services", "key_readers"):
        entry[key] = list(entry[key])
    old = lineages.get(name)
    if isinstance(old, dict) and "previous" in old:
        entry["previous"] = old["previous"]  # the certificates a rollback can go back to
    lineages[name] = entry
    data = {"schema": SCHEMA, "lineages": lineages}
    write_text_atomic(
        _targets_path(config_dir), json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    )


ROLLBACK_DAYS = 14
"""How long a replaced certificate stays in the store for ``deploy --rollback``."""


@dataclass(frozen=True)
class Replaced:
    thumbprint: str
    replaced_at: datetime


def replaced_certificates(config_dir: Path, name: str) -> list[Replaced]:
    """The certificates the lineage's deployments replaced and left in the store, oldest
    first (an unreadable file or entry: none, which only delays their cleanup)."""
    try:
        entry = read_targets_file(config_dir).get(name)
    except TargetsFileError:
        return []
    raw = entry.get("previous") if isinstance(entry, dict) else None
    found = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("thumbprint"), str):
            continue
        when = parse_time(item.get("replaced_at"))
        if when is not None:
            found.append(Replaced(item["thumbprint"].upper(), when))
    return sorted(found, key=lambda r: r.replaced_at)


def remember_replaced(config_dir: Path, name: str, replaced: Sequence[Replaced]) -> None:
    try:
        lineages = read_targets_file(config_dir)
    except TargetsFileError:
        return
    entry = lineages.get(name)
    if not isinstance(entry, dict):
        return
    entry["previous"] = [
        {"thumbprint": r.thumbprint, "replaced_at": r.replaced_at.isoformat(timespec="seconds")}
        for r in replaced
    ]
    data = {"schema": SCHEMA, "lineages": lineages}
    write_text_atomic(
        _targets_path(config_dir), json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    )


ServicePointer = Callable[[str], tuple[list[F.Finding], dict[str, str | None]]]
"""Points the lineage's Windows services at a thumbprint: (findings, what each used before)."""
UsersOf = Callable[[], dict[str, list[str]]]
"""Every known target on the machine by the thumbprint it uses (bindings and services)."""
UNKNOWN_USERS = "*"
"""The key ``UsersOf`` gives when who uses what could not be read: then nothing is removed."""


# The deployment -----------------------------------------------------------------------------


def _fail(report: DeployReport, target: str, error: object) -> None:
    report.findings.append(
        F.make("deploy-failed", lineage=report.lineage, destination=target, error=str(error))
    )


def key_mode(targets: DeployTargets) -> int:
    """The copied key's mode: ``mode``, but never readable beyond owner and group unless the
    admin asked (``readable_key``)."""
    return targets.mode if targets.readable_key else targets.mode & KEY_MODE


def _copy_to_folder(material: LineageMaterial, live: Path, targets: DeployTargets) -> None:
    folder = Path(targets.folder or "")
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("fullchain.pem", "privkey.pem", "cert.pem", "chain.pem"):
        target = folder / name
        mode = key_mode(targets) if name == "privkey.pem" else targets.mode
        write_bytes_atomic(target, read_regular_file(live / name, MAX_PEM_BYTES), mode=mode)
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
    point_services: ServicePointer | None = None,
    users_of: UsersOf | None = None,
    now: datetime | None = None,
) -> DeployReport:
    """Deploy lineage ``name`` to ``targets``; every failure is a finding, never a raise.

    A certificate it replaces stays in the store for ``ROLLBACK_DAYS``, and after that is
    removed only when no known target (``users_of``: bindings, services) still uses it."""
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

    imported = False
    if targets.store and store is None:
        _fail(report, targets.store, "no certificate store on this system")
    elif targets.store and store is not None:
        imported = _import(report, material, targets.store, store, targets.storage)
    if imported and store is not None and targets.store and bindings is not None:
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

    if imported and (targets.services or targets.key_readers):
        if point_services is None:
            where = F.items((*targets.services, *targets.key_readers))
            _fail(report, where, "no Windows services on this system")
        else:
            found, before = point_services(material.thumbprint)
            report.findings += found
            previous.update(before)

    copied = True
    if targets.folder:
        try:
            _copy_to_folder(material, live, targets)
            if key_mode(targets) & 0o007:
                report.findings.append(
                    F.make("private-key-readable", file=Path(targets.folder) / "privkey.pem",
                           mode=f"{key_mode(targets):o}")
                )  # fmt: skip
        except (OSError, LookupError) as exc:
            copied = False
            _fail(report, targets.folder, getattr(exc, "strerror", None) or exc)

    if targets.pfx:
        if pfx_password is None:
            _fail(report, targets.pfx, "no password for the exported PFX")
        else:
            try:
                write_bytes_atomic(Path(targets.pfx), build_pfx(material, pfx_password), mode=0o600)
            except OSError as exc:
                _fail(report, targets.pfx, exc.strerror or exc)

    # The service reads what the folder now holds: one failed target (a PFX without its
    # password) must not keep the others from taking effect.
    if targets.reload and copied:
        try:
            outcome = run_program(list(targets.reload), timeout_s=120)
            if outcome.code != 0:
                _fail(report, " ".join(targets.reload), outcome.output or f"exit {outcome.code}")
        except OSError as exc:
            _fail(report, " ".join(targets.reload), exc.strerror or exc)

    stale = False
    # Bindings serve from the store: after a failed import there is nothing new to look for.
    for binding in targets.bindings if imported or not targets.store else ():
        try:
            host, port = parse_binding(binding)
        except BindingError as exc:
            _fail(report, binding, exc)
            continue
        served = check(host, port, None)
        report.served.append(served)
        found = served_findings(material.thumbprint, served, name)
        stale = stale or any(f.id == "served-certificate-stale" for f in found)
        report.findings += found

    if imported and store is not None and targets.store and report.ok and not stale:
        report.findings += _clean_up(
            config_dir, name, targets.store, store, material.thumbprint,
            {t.upper() for t in previous.values() if t}, users_of, now or datetime.now(UTC),
        )  # fmt: skip

    if report.ok:
        where = F.items(
            t
            for t in (
                targets.store,
                targets.folder,
                targets.pfx,
                *targets.bindings,
                *targets.services,
            )
            if t
        )
        report.findings.append(F.make("certificate-deployed", lineage=name, destination=where))
    report.findings = F.sort_findings(report.findings)
    return report


def _clean_up(
    config_dir: Path,
    name: str,
    where: str,
    store: CertificateStore,
    current: str,
    just_replaced: set[str],
    users_of: UsersOf | None,
    now: datetime,
) -> list[F.Finding]:
    """Remember what this deployment replaced; remove what was replaced more than
    ``ROLLBACK_DAYS`` ago and nothing uses any more. Never a certificate something uses."""
    remembered = {r.thumbprint: r for r in replaced_certificates(config_dir, name)}
    history = dict(remembered)
    for thumbprint in just_replaced - {current.upper()}:
        history.setdefault(thumbprint, Replaced(thumbprint, now))
    history.pop(current.upper(), None)
    users = {k.upper(): v for k, v in (users_of() if users_of else {}).items()}
    findings: list[F.Finding] = []
    if UNKNOWN_USERS not in users:
        for thumbprint, replaced in sorted(history.items()):
            if thumbprint in users:
                findings.append(F.make("certificate-kept-in-use", thumbprint=thumbprint,
                                       users=F.items(users[thumbprint])))  # fmt: skip
            elif now - replaced.replaced_at >= timedelta(days=ROLLBACK_DAYS):
                try:
                    store.remove(where, thumbprint)
                except DeployError as exc:
                    log.warning("could not remove the previous certificate %s: %s", thumbprint, exc)
                    continue
                del history[thumbprint]
    if history != remembered:
        try:
            remember_replaced(
                config_dir, name, sorted(history.values(), key=lambda r: r.replaced_at)
            )
        except OSError as exc:
            log.warning("the replaced certificates of %s were not remembered: %s", name, exc)
    return findings


def _import(
    report: DeployReport,
    material: LineageMaterial,
    where: str,
    store: CertificateStore,
    key_storage: str = "cng",
) -> bool:
    """Import into the store (a random in-memory PFX password); False after a finding."""
    password = random_password()
    friendly = friendly_name(material)
    try:
        pfx = build_pfx(material, password)
        try:
            store.import_pfx(pfx, password, where, friendly, material.thumbprint, key_storage)
        except DeployError:
            # Older Windows (Server 2016) reads only 3DES-protected PFX files.
            pfx = build_pfx(material, password, compatible=True)
            store.import_pfx(pfx, password, where, friendly, material.thumbprint, key_storage)
    except DeployError as exc:
        _fail(report, where, exc)
        return False
    finally:
        del password
    return True


def with_defaults(targets: DeployTargets, windows: bool) -> DeployTargets:
    """Windows with bindings or services but no store: the machine's personal store, where
    IIS and the services look."""
    if (
        windows
        and (targets.bindings or targets.services or targets.key_readers)
        and not targets.store
    ):
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
    """A reload command as an argument list (shell quoting). Raises DeployError when its
    quotes do not close."""
    try:
        return tuple(shlex.split(command)) if command else ()
    except ValueError as exc:
        raise DeployError(
            command,
            exc,
            template=QT_TRANSLATE_NOOP("Deploy", 'The reload command "%1" cannot be read: %2'),
        ) from None


def render_hook(argv: Sequence[str], windows: bool) -> str:
    """The hook line certbot will run: PowerShell on Windows (certbot runs hooks there), else
    /bin/sh."""
    if windows:
        from certbot_assistant.core.certbot.command import to_powershell

        return to_powershell(argv)
    return shlex.join(argv)

"""Step "install for the server" (the Done page's Install and ``certbot-assistant deploy``), and
the diagnosis of what is installed: stale bindings and store certificates nobody renews."""

from __future__ import annotations

import datetime as dt
import logging
import re
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography import x509

from certbot_assistant.core import findings as F
from certbot_assistant.core.certificates.certificate_info import CertificateError, parse_certificate
from certbot_assistant.core.certificates.deploy import (
    DEFAULT_STORE,
    UNKNOWN_USERS,
    BindingManager,
    CertificateStore,
    DeployError,
    DeployReport,
    DeployTargets,
    ServicePointer,
    StoreCertificate,
    TargetsFileError,
    UsersOf,
    deploy,
    remember_targets,
    remembered_targets,
    render_hook,
    replaced_certificates,
    with_defaults,
)
from certbot_assistant.core.certificates.pkcs12 import der_thumbprint, thumbprint
from certbot_assistant.core.certificates.served import (
    BindingError,
    Served,
    parse_binding,
    served_certificate,
    served_findings,
)
from certbot_assistant.core.configdir.inspection import ConfigDirReport, renewal_window
from certbot_assistant.core.configdir.renewal_conf import RenewalConfError, set_renew_hook
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.sandbox import within
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.core.windows.service_targets import ServiceHost, ServiceUse

log = logging.getLogger(__name__)


class InstallRequestError(TranslatableError):
    """The request cannot be carried out as asked (no targets, no IIS, an unknown site, a name
    that is no certificate of the folder, a target that would overwrite certbot's files)."""

    context = "Deploy"
    template = QT_TRANSLATE_NOOP("Deploy", "%1")


# What certbot makes: a domain name, perhaps with -0001 (certbot --cert-name takes the same in
# practice). No separators, no "..", no quotes or control characters: the name becomes a path
# and part of the command line certbot runs after each renewal.
LINEAGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,254}")


def lineage_conf(config_dir: Path, name: str) -> Path:
    """``renewal/<name>.conf`` of an existing lineage. Raises InstallRequestError for a name
    certbot would not make, or one the folder does not hold."""
    if not LINEAGE_NAME.fullmatch(name):
        raise InstallRequestError(
            name,
            template=QT_TRANSLATE_NOOP(
                "Deploy",
                '"%1" is not a certificate name certbot makes (letters, digits, dots, hyphens; '
                "no folders)",
            ),
        )
    conf = config_dir / "renewal" / f"{name}.conf"
    if not conf.is_file():
        raise InstallRequestError(
            config_dir,
            name,
            conf,
            template=QT_TRANSLATE_NOOP("Deploy", '%1 holds no certificate "%2" (no %3)'),
        )
    return conf


def check_targets(request: InstallRequest, targets: DeployTargets) -> None:
    """Refuse what would do harm or cannot work unattended, before anything is changed."""
    for binding in targets.bindings:
        try:
            parse_binding(binding)
        except BindingError as exc:
            raise InstallRequestError(exc) from None
    if targets.folder and within(Path(targets.folder), request.config_dir):
        raise InstallRequestError(
            targets.folder,
            request.config_dir,
            template=QT_TRANSLATE_NOOP(
                "Deploy",
                "%1 is inside the config directory %2: the copies would replace certbot's own "
                "files and certbot would stop renewing them; choose a folder outside it",
            ),
        )
    if request.register_hook and targets.pfx:
        raise InstallRequestError(
            template=QT_TRANSLATE_NOOP(
                "Deploy",
                "A PFX export cannot be repeated after each renewal: certbot runs the hook "
                "unattended, where no password for the PFX is available. Register the hook for "
                "the other targets, and export the PFX by hand after a renewal.",
            )
        )


def _hook_line(request: InstallRequest, windows: bool) -> str:
    argv = [*request.hook_command, "deploy", "--config-dir", str(request.config_dir),
            "--cert-name", request.name]  # fmt: skip
    if any(ord(c) < 32 or ord(c) == 127 for arg in argv for c in arg):
        raise InstallRequestError(
            request.config_dir,
            template=QT_TRANSLATE_NOOP(
                "Deploy",
                "%1 holds a control character (a line break?); certbot's settings cannot keep "
                "a command with it. Use a folder without one.",
            ),
        )
    return render_hook(argv, windows)


@dataclass(frozen=True)
class InstallRequest:
    config_dir: Path
    name: str
    targets: DeployTargets
    """Empty: the targets remembered for the lineage (what the renewal hook does)."""
    register_hook: bool = False
    hook_command: tuple[str, ...] = ()
    """How certbot calls the assistant back (the CLI exe, or python -m)."""
    pfx_password: bytes | None = None


@dataclass(frozen=True)
class InstallOutcome:
    report: DeployReport
    targets: DeployTargets
    hook: str | None = None
    """The hook line written into the renewal conf, when one was registered."""


def resolve_site(targets: DeployTargets, bindings: BindingManager | None) -> DeployTargets:
    """An IIS site named without bindings: its https bindings, read from IIS now."""
    if not targets.iis_site or targets.bindings:
        return targets
    if bindings is None:
        raise InstallRequestError(
            template=QT_TRANSLATE_NOOP("Deploy", "IIS sites exist only on Windows.")
        )
    try:
        sites = bindings.sites()
    except DeployError as exc:
        raise InstallRequestError(exc) from exc
    for site in sites:
        if site.name.casefold() == targets.iis_site.casefold():
            if not site.bindings:
                raise InstallRequestError(
                    site.name,
                    template=QT_TRANSLATE_NOOP("Deploy", 'IIS site "%1" has no https binding.'),
                )
            return replace(targets, iis_site=site.name, bindings=site.bindings)
    raise InstallRequestError(
        targets.iis_site, template=QT_TRANSLATE_NOOP("Deploy", 'IIS has no site "%1".')
    )


def service_pointer(
    host: ServiceHost,
    targets: DeployTargets,
    served: Callable[[ServiceUse], Served] | None = None,
) -> ServicePointer:
    """Point the lineage's Windows services at a thumbprint and give its key readers access:
    each service read before and after (what it used before is returned for the cleanup), a
    service that reads its certificate only when starting restarted when asked."""

    def point(new: str) -> tuple[list[F.Finding], dict[str, str | None]]:
        findings: list[F.Finding] = []
        before: dict[str, str | None] = {}
        readers: list[str] = list(targets.key_readers)
        for spec in targets.services:
            target = host.target(spec)
            uses = target.uses() if target is not None else []
            if target is None or not uses:
                findings.append(F.make("service-target-not-found", target=spec))
                continue
            for use in uses:
                before[use.target] = use.thumbprint
                found = target.point_at(use, new) if use.thumbprint != new.upper() else []
                if targets.restart:
                    restarts = [f for f in found if f.id == "service-restart-needed"]
                    found = [f for f in found if f not in restarts]
                    for finding in restarts:
                        found += host.restart(finding.evidence["service"])
                pending = any(f.id == "service-restart-needed" for f in found)
                if served is not None and use.port and not pending and not F.has_error(found):
                    found += served_findings(new, served(use), use.target)
                if not F.has_error(found):
                    found.append(
                        F.make("service-target-updated", target=use.target, thumbprint=new)
                    )
                findings += found
                readers += [r for r in use.readers if r not in readers]
        for reader in readers:
            findings += host.grant_key_read(new, reader)
        return findings, before

    return point


def users_of(host: ServiceHost | None, bindings: BindingManager | None) -> UsersOf:
    """Who on this machine uses which certificate: every service target and every https
    binding of every IIS site (what the store's cleanup must never pull away)."""

    def users() -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for use in host.all_uses() if host is not None else []:
            if use.thumbprint:
                found.setdefault(use.thumbprint.upper(), []).append(use.target)
        if bindings is None:
            return found
        try:
            for site in bindings.sites():
                for binding in site.bindings:
                    bound = bindings.bound_thumbprint(binding)
                    if bound:
                        found.setdefault(bound.upper(), []).append(binding)
        except DeployError as exc:  # unknown who uses what: nothing may go
            log.warning("bindings not read for the cleanup: %s", exc)
            found.setdefault(UNKNOWN_USERS, []).append("IIS")
        return found

    return users


def rollback_certificate(
    context: StepContext,
    config_dir: Path,
    name: str,
    *,
    store: CertificateStore | None,
    bindings: BindingManager | None,
    host: ServiceHost | None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
) -> DeployReport:
    """Point every target of the lineage back at the certificate the last deployment
    replaced (still in the store for ``ROLLBACK_DAYS``). Failures are findings."""
    context.progress(name)
    report = DeployReport(name)
    try:
        targets = remembered_targets(config_dir, name)
    except TargetsFileError as exc:
        raise InstallRequestError(exc) from exc
    if targets is None or not targets.store or store is None:
        report.findings.append(F.make("rollback-not-possible", lineage=name))
        return report
    present = {der_thumbprint(c.der).upper() for c in store.certificates(targets.store)}
    candidates = [r for r in reversed(replaced_certificates(config_dir, name))
                  if r.thumbprint in present]  # fmt: skip
    if not candidates:
        report.findings.append(F.make("rollback-not-possible", lineage=name))
        return report
    previous = candidates[0].thumbprint
    report.thumbprint = previous
    moved: list[str] = []
    for binding in targets.bindings:
        if bindings is None:
            break
        try:
            bindings.bind(binding, previous, targets.store)
            moved.append(binding)
        except DeployError as exc:
            report.findings.append(
                F.make("deploy-failed", lineage=name, destination=binding, error=exc)
            )
    if (targets.services or targets.key_readers) and host is not None:
        found, _before = service_pointer(host, targets)(previous)
        report.findings += [f for f in found if f.id != "service-target-updated"]
        moved += [str(f.evidence["target"]) for f in found if f.id == "service-target-updated"]
    for binding in moved:
        try:
            host_name, port = parse_binding(binding)
        except BindingError:
            continue
        report.findings += served_findings(previous, check(host_name, port, None), name)
    if moved:
        report.findings.append(F.make("rolled-back", targets=F.items(moved), thumbprint=previous))
    report.findings = F.sort_findings(report.findings)
    return report


def install_certificate(
    context: StepContext,
    request: InstallRequest,
    *,
    windows: bool,
    store: CertificateStore | None,
    bindings: BindingManager | None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
    host: ServiceHost | None = None,
    service_served: Callable[[ServiceUse], Served] | None = None,
) -> InstallOutcome:
    """Deploy the lineage, remember where to, and (if asked) make certbot repeat it after every
    renewal. Failures of the deployment are findings; a request that cannot start raises."""
    context.progress(request.name)
    conf = lineage_conf(request.config_dir, request.name)
    targets = with_defaults(resolve_site(request.targets, bindings), windows)
    given = not targets.empty
    if not given:
        try:
            remembered = remembered_targets(request.config_dir, request.name)
        except TargetsFileError as exc:
            raise InstallRequestError(
                exc, template=QT_TRANSLATE_NOOP("Deploy", "%1; install again with the targets")
            ) from exc
        if remembered is None:
            raise InstallRequestError(
                request.name,
                template=QT_TRANSLATE_NOOP(
                    "Deploy", "No targets given and none remembered for %1."
                ),
            )
        targets = remembered
    check_targets(request, targets)
    if (targets.services or targets.key_readers) and not windows:
        raise InstallRequestError(
            template=QT_TRANSLATE_NOOP(
                "Deploy",
                "Remote Desktop, SQL Server, Exchange, WinRM and key access for service "
                "accounts are Windows targets.",
            )
        )
    hook = _hook_line(request, windows) if request.register_hook else None
    if given:
        remember_targets(request.config_dir, request.name, targets)
    context.check()
    if hook is not None:
        try:
            set_renew_hook(conf, hook)
        except RenewalConfError as exc:
            raise InstallRequestError(
                exc, template=QT_TRANSLATE_NOOP("Deploy", "The hook could not be written: %1")
            ) from exc
    context.check()
    report = deploy(
        request.config_dir,
        request.name,
        targets,
        store=store,
        bindings=bindings,
        check=check,
        pfx_password=request.pfx_password,
        windows=windows,
        point_services=(
            service_pointer(host, targets, service_served) if host is not None else None
        ),
        users_of=users_of(host, bindings),
    )
    return InstallOutcome(report, targets, hook)


# The diagnosis ------------------------------------------------------------------------------


def served_binding_findings(
    context: StepContext,
    report: ConfigDirReport,
    check: Callable[[str, int, str | None], Served] = served_certificate,
) -> list[F.Finding]:
    """For each lineage installed on bindings: is its current certificate what they serve?
    A lineage renewed after the served certificate was issued means the last deployment did
    not reach the server."""
    found: list[F.Finding] = []
    for lineage in report.lineages:
        try:
            targets = remembered_targets(report.path, lineage.name)
        except TargetsFileError as exc:
            found.append(F.make("deploy-targets-unreadable", file=exc.path, reason=exc.reason))
            if exc.lineage == lineage.name:
                continue  # this lineage's entry only: the others may still be read
            break
        if targets is None or not targets.bindings or lineage.certificate is None:
            continue
        cert_file = report.path / "live" / lineage.name / "cert.pem"
        try:
            current = thumbprint(x509.load_pem_x509_certificate(cert_file.read_bytes()))
        except (OSError, ValueError):
            continue
        for binding in targets.bindings:
            context.check()
            context.progress(binding)
            host, port = parse_binding(binding)
            found += served_findings(current, check(host, port, None), lineage.name)
    return found


def _covered(name: str, covered: set[str]) -> bool:
    name = name.lower()
    if name in covered:
        return True
    _, _, rest = name.partition(".")
    return bool(rest) and f"*.{rest}" in covered


def unrenewed_store_findings(
    certificates: Sequence[StoreCertificate],
    reports: Sequence[ConfigDirReport],
    store: str = DEFAULT_STORE,
    now: dt.datetime | None = None,
) -> list[F.Finding]:
    """Certificates with a private key in the machine store that expire within their renewal
    window and whose names no lineage of the known config dirs covers: nothing renews them."""
    now = now or dt.datetime.now(dt.UTC)
    covered = {
        n.lower()
        for r in reports
        for lineage in r.lineages
        if lineage.certificate is not None
        for n in lineage.certificate.names
    }
    found: list[F.Finding] = []
    for entry in certificates:
        if not entry.has_key:
            continue
        try:
            info = parse_certificate(ssl.DER_cert_to_PEM_cert(entry.der).encode())
        except CertificateError:
            continue
        if info.not_after <= now or info.not_after - now > renewal_window(info):
            continue
        if info.names and all(_covered(n, covered) for n in info.names):
            continue
        digest = der_thumbprint(entry.der)
        found.append(
            F.make(
                "store-certificate-unrenewed",
                store=store,
                names=F.items(info.names) or entry.friendly_name or digest,
                not_after=info.not_after.strftime("%Y-%m-%d"),
                thumbprint=digest,
            )
        )
    return found


def check_installed(
    context: StepContext,
    reports: Sequence[ConfigDirReport],
    *,
    store: CertificateStore | None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
) -> list[F.Finding]:
    """Diagnose's look at the last mile: bindings serving an older certificate than their
    lineage holds, and (Windows) store certificates nobody renews."""
    found: list[F.Finding] = []
    for report in reports:
        found += served_binding_findings(context, report, check)
    if store is not None:
        context.check()
        try:
            certificates = store.certificates(DEFAULT_STORE)
        except DeployError:
            certificates = []  # not readable without rights: the other checks still count
        found += unrenewed_store_findings(certificates, reports)
    return found

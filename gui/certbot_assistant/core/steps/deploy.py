"""Step "install for the server" (the Done page's Install and ``certbot-assistant deploy``), and
the diagnosis of what is installed: stale bindings and store certificates nobody renews."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography import x509

from certbot_assistant.core import findings as F
from certbot_assistant.core.certificate_info import CertificateError, parse_certificate
from certbot_assistant.core.config_dir import ConfigDirReport, renewal_window
from certbot_assistant.core.deploy import (
    DEFAULT_STORE,
    BindingManager,
    CertificateStore,
    DeployError,
    DeployReport,
    DeployTargets,
    StoreCertificate,
    deploy,
    remember_targets,
    remembered_targets,
    render_hook,
    with_defaults,
)
from certbot_assistant.core.errors import AssistantError
from certbot_assistant.core.pkcs12 import der_thumbprint, thumbprint
from certbot_assistant.core.renewal_conf import set_renew_hook
from certbot_assistant.core.served_certificate import (
    Served,
    parse_binding,
    served_certificate,
    served_findings,
)
from certbot_assistant.core.step_context import StepContext


class InstallRequestError(AssistantError):
    """The request cannot be carried out as asked (no targets, no IIS, an unknown site)."""


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
        raise InstallRequestError("IIS sites exist only on Windows")
    try:
        sites = bindings.sites()
    except DeployError as exc:
        raise InstallRequestError(str(exc)) from exc
    for site in sites:
        if site.name.casefold() == targets.iis_site.casefold():
            if not site.bindings:
                raise InstallRequestError(f"IIS site {site.name!r} has no https binding")
            return replace(targets, iis_site=site.name, bindings=site.bindings)
    raise InstallRequestError(f"IIS has no site {targets.iis_site!r}")


def install_certificate(
    context: StepContext,
    request: InstallRequest,
    *,
    windows: bool,
    store: CertificateStore | None,
    bindings: BindingManager | None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
) -> InstallOutcome:
    """Deploy the lineage, remember where to, and (if asked) make certbot repeat it after every
    renewal. Failures of the deployment are findings; a request that cannot start raises."""
    context.progress(request.name)
    targets = with_defaults(resolve_site(request.targets, bindings), windows)
    if targets.empty:
        remembered = remembered_targets(request.config_dir, request.name)
        if remembered is None:
            raise InstallRequestError(f"no targets given and none remembered for {request.name}")
        targets = remembered
    else:
        remember_targets(request.config_dir, request.name, targets)
    context.check()
    hook = None
    if request.register_hook:
        hook = render_hook(
            [*request.hook_command, "deploy", "--config-dir", str(request.config_dir),
             "--cert-name", request.name],
            windows,
        )  # fmt: skip
        set_renew_hook(request.config_dir / "renewal" / f"{request.name}.conf", hook)
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
        targets = remembered_targets(report.path, lineage.name)
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
                names=", ".join(info.names) or entry.friendly_name or digest,
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

"""One diagnosis of a machine and a config dir: the installs, the dir, and optionally a past run.

This is what ``certbot-assistant diagnose`` prints: the composition of the wizard's steps
(certbot, config dir, this server, CertCentral, renewal), so anything a page can tell, the
command line can print too.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.discovery import (
    CertbotInstall,
    DiscoveryEnvironment,
    VersionProbe,
    discovery_findings,
    probe_version,
)
from certbot_assistant.core.certbot.output_classifier import classify_saved_output
from certbot_assistant.core.certbot.paths import default_config_dir
from certbot_assistant.core.certbot.saved_output import decode_saved_output
from certbot_assistant.core.certcentral.digicert import region_findings
from certbot_assistant.core.certificates.deploy import CertificateStore
from certbot_assistant.core.certificates.served import Served, served_certificate
from certbot_assistant.core.configdir.inspection import ConfigDirReport
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.renewal.schedule import Scheduler
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.certbot import choose_certbot, find_certbots
from certbot_assistant.core.steps.config_dir import check_config_dir
from certbot_assistant.core.steps.deploy import check_installed
from certbot_assistant.core.steps.server import (
    ServerCheck,
    ServerReport,
    check_server,
    server_check_after,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from certbot_assistant.core.certcentral.checks import CertCentralReport
    from certbot_assistant.core.certcentral.client import CertCentralClient
    from certbot_assistant.core.renewal.ari import AriReader
    from certbot_assistant.core.steps.forecast import LineageForecast

MAX_OUTPUT_BYTES = 64 * 1024 * 1024


class DiagnoseInputError(TranslatableError):
    """An input named by the user cannot be used (e.g. an unreadable ``--certbot-output``)."""

    context = "Diagnose"
    template = QT_TRANSLATE_NOOP("Diagnose", "%1: %2")


@dataclass(frozen=True)
class CertCentralTarget:
    """How to reach CertCentral (``Assistant.certcentral_client``), and which ACME credential
    the profile uses."""

    make_client: Callable[[], CertCentralClient] = field(repr=False)
    credential_name: str | None
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiagnoseRequest:
    config_dir: Path
    server: str | None = None
    eab_kid: str | None = None
    certbot: Path | None = None
    certbot_output: Path | None = None
    certcentral: CertCentralTarget | None = None
    renewal: bool = False  # also ask the OS scheduler which task renews the dir
    server_check: ServerCheck | None = None  # also check this server (port, rights, names)
    account_region: str | None = None  # the CertCentral account's region (a profile's)


@dataclass
class Diagnosis:
    request: DiagnoseRequest
    installs: list[CertbotInstall]
    config_dir: ConfigDirReport
    run_findings: list[F.Finding] = field(default_factory=list)
    certcentral: CertCentralReport | None = None
    renewal: list[F.Finding] = field(default_factory=list)
    server_report: ServerReport | None = None
    credential_findings: list[F.Finding] = field(default_factory=list)
    installed: list[F.Finding] = field(default_factory=list)
    """The last mile: bindings serving an old certificate, store certificates nobody renews."""
    forecast: list[LineageForecast] = field(default_factory=list)
    """With CertCentral: each lineage's renewal date and each name's validation end."""
    forecast_findings: list[F.Finding] = field(default_factory=list)

    @property
    def findings(self) -> list[F.Finding]:
        install_findings = discovery_findings(self.installs)
        remote = self.certcentral.findings if self.certcentral else []
        local = self.server_report.findings if self.server_report else []
        return F.sort_findings(
            [*install_findings, *self.credential_findings, *self.config_dir.findings,
             *self.renewal, *local, *remote, *self.forecast_findings, *self.installed,
             *self.run_findings]
        )  # fmt: skip

    @property
    def has_error(self) -> bool:
        return F.has_error(self.findings)


def read_output_file(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_OUTPUT_BYTES:
            raise DiagnoseInputError(
                path,
                MAX_OUTPUT_BYTES // 2**20,
                template=QT_TRANSLATE_NOOP("Diagnose", "%1: larger than %2 MiB"),
            )
        return decode_saved_output(path.read_bytes())
    except OSError as exc:
        raise DiagnoseInputError(path, exc.strerror or exc) from exc


def diagnose(
    context: StepContext,
    request: DiagnoseRequest,
    *,
    env: DiscoveryEnvironment | None = None,
    probe: Callable[[Path], VersionProbe] = probe_version,
    platform_logs_dir: Path | None = None,
    scheduler: Scheduler | None = None,
    default_dir: Path | None = None,
    certificate_store: CertificateStore | None = None,
    served: Callable[[str, int, str | None], Served] = served_certificate,
    ari: AriReader | None = None,
) -> Diagnosis:
    """The wizard's steps in a row, for ``request``. Raises DiagnoseInputError for a bad input
    file; ``context`` stops it between steps.

    Finding the certbots mostly waits for each one's ``--version`` (a Python start each): that
    runs beside the config-dir inspection, which is the other half of the time."""
    output_text = read_output_file(request.certbot_output) if request.certbot_output else None
    environment = env or DiscoveryEnvironment.from_system()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="discovery") as pool:
        finding_installs = pool.submit(
            find_certbots, context, environment, named=request.certbot, probe=probe
        )
        folder = check_config_dir(
            context,
            request.config_dir,
            request.server,
            request.eab_kid,
            scheduler=(scheduler or Scheduler()) if request.renewal else None,
            default_dir=default_dir or default_config_dir(),
            platform_logs_dir=platform_logs_dir,
        )
        installs = finding_installs.result()
    run_findings = classify_saved_output(output_text) if output_text is not None else []
    context.check()
    remote = None
    forecast: list[LineageForecast] = []
    forecast_findings: list[F.Finding] = []
    if request.certcentral is not None:
        # Only here: the HTTP client costs a tenth of a second to load, which a check of the
        # config dir alone does not need.
        from certbot_assistant.core.steps.certcentral import check_certcentral
        from certbot_assistant.core.steps.forecast import forecast_lineages, validation_findings

        target = request.certcentral
        lineage_names = [n for lin in folder.report.lineages if lin.certificate
                         for n in lin.certificate.names]  # fmt: skip
        names = list(dict.fromkeys([*target.domains, *lineage_names]))
        remote = check_certcentral(context, target.make_client, target.credential_name, names)
        forecast = forecast_lineages(
            context, folder.report.lineages, certbot_version=_version_of(installs), ari=ari
        )
        forecast_findings = validation_findings(forecast, remote)
    local = None
    if request.server_check is not None:
        local = check_server(context, server_check_after(request.server_check, remote))
    credential = (
        region_findings(request.server, request.account_region)
        if request.server and request.account_region
        else []
    )
    installed = check_installed(context, [folder.report], store=certificate_store, check=served)
    return Diagnosis(
        request,
        installs,
        folder.report,
        run_findings,
        remote,
        folder.renewal,
        local,
        credential,
        installed,
        forecast,
        forecast_findings,
    )


def _version_of(installs: list[CertbotInstall]) -> tuple[int, ...] | None:
    """The version of the certbot that renews (the first usable one found), for its rule."""
    chosen = choose_certbot(installs)
    return chosen.version_tuple if chosen is not None else None

"""Steps "schedule renewal" and "test renewal" (and the status both faces show)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from certbot_assistant.core import findings as F
from certbot_assistant.core.configdir.inspection import ConfigDirReport, inspect_config_dir
from certbot_assistant.core.configdir.known_folders import remembered_folders
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.renewal.schedule import (
    RenewalTask,
    RenewalTest,
    Scheduler,
    renewal_action,
    renewal_dirs,
    renewal_findings,
    run_renewal_test,
)
from certbot_assistant.core.renewal.status import DirForecaster, MachineStatus, machine_status
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext

if TYPE_CHECKING:
    from certbot_assistant.core.certcentral.client import CertCentralClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenewalStatus:
    covering: list[RenewalTask]
    """The tasks that renew the folder (enabled or not)."""
    findings: list[F.Finding]


def renewal_status(
    context: StepContext, scheduler: Scheduler, config_dir: Path, default_dir: Path
) -> RenewalStatus:
    """Raises ScheduleError when the scheduler cannot be read."""
    context.progress("tasks")
    report = inspect_config_dir(config_dir, scan_platform_logs=False)
    tasks = scheduler.tasks()
    covering = [t for t in tasks if t.covers(config_dir, default_dir)]
    findings = renewal_findings(config_dir, bool(report.lineages), tasks, default_dir)
    return RenewalStatus(covering, findings)


@dataclass(frozen=True)
class ScheduledRenewal:
    name: str
    command: list[str]
    """What the task runs (shown to the admin, who can run it by hand)."""


def schedule_renewal(
    context: StepContext,
    scheduler: Scheduler,
    certbot: Path,
    config_dir: Path,
    watcher: Sequence[str] | None = None,
) -> ScheduledRenewal:
    """Create the task (Windows) or timer (Linux) renewing ``config_dir`` with the work and
    logs dirs its lineages recorded; returns its name and command. Raises ScheduleError.

    With a ``watcher`` (the assistant's own command) the task runs certbot through
    ``certbot-assistant renew``, which checks afterwards and reports to the event log."""
    context.progress("schedule")
    dirs = renewal_dirs(inspect_config_dir(config_dir, scan_platform_logs=False))
    context.check()
    name = scheduler.schedule(str(certbot), config_dir, dirs.work_dir, dirs.logs_dir, watcher)
    command = renewal_action(str(certbot), config_dir, dirs.work_dir, dirs.logs_dir, watcher)
    return ScheduledRenewal(name, command)


def test_renewal(
    context: StepContext, certbot: Path, config_dir: Path, *, allow_dry_run: bool
) -> RenewalTest:
    """A dry run where it places no real order, else ``certbot certificates``. Cancelling the
    context ends certbot and its children."""
    context.progress("test")
    report = inspect_config_dir(config_dir, scan_platform_logs=False)
    dry_run, code, output = run_renewal_test(
        str(certbot), report, allow_dry_run=allow_dry_run, cancelled=context.cancelled
    )
    return RenewalTest(dry_run, code, output)


def status_of_this_machine(
    context: StepContext,
    services: Services,
    profiles: Sequence[Profile],
    named: Sequence[Path] = (),
    *,
    online: bool = True,
) -> MachineStatus:
    """``machine_status`` for the folders this machine knows through ``services``: the one
    assembly both ``status`` and the wizard's overview use. ``online``: ask the ACME server
    for renewal windows and CertCentral (with the machine's key, else the user's) for each
    name's validation."""
    return machine_status(
        context,
        default_dir=services.default_config_dir(),
        profile_dirs=[(p.name, Path(p.config_dir)) for p in profiles if p.config_dir],
        scheduler=services.scheduler_factory(),
        named=named,
        assistant_dirs=remembered_folders(services.folders_registry()),
        forecaster=_forecaster(services, profiles, online=online),
        users=_users(services),
    )


def _users(services: Services) -> Callable[[], dict[str, list[str]]] | None:
    """Which bindings and Windows services use which certificate (Windows only)."""
    host, bindings = services.service_host(), services.binding_manager()
    if host is None and bindings is None:
        return None
    from certbot_assistant.core.steps.deploy import users_of

    return users_of(host, bindings)


def _forecaster(services: Services, profiles: Sequence[Profile], *, online: bool) -> DirForecaster:
    by_dir = {_key(Path(p.config_dir)): p for p in profiles if p.config_dir}
    ari = services.ari_reader() if online else None

    def forecast(
        context: StepContext, report: ConfigDirReport
    ) -> tuple[dict[str, Any], list[F.Finding]]:
        from certbot_assistant.core.steps.forecast import forecast_lineages, validation_findings

        forecasts = forecast_lineages(context, report.lineages, ari=ari)
        link = report.marker.certcentral if report.marker else None
        profile = by_dir.get(_key(report.path))
        region = link.region if link else profile.region if profile else None
        credential = link.credential if link else profile.acme_credential_name if profile else None
        make_client = client_for_region(services, region) if online and region else None
        found: list[F.Finding] = []
        if make_client is not None:
            from certbot_assistant.core.steps.certcentral import check_certcentral

            names = list(dict.fromkeys(n for f in forecasts for n in f.names))
            remote = check_certcentral(context, make_client, credential, names)
            found = validation_findings(forecasts, remote)
        return {f.name: f for f in forecasts}, found

    return forecast


def _key(path: Path) -> str:
    return os.path.normcase(str(path).rstrip("\\/"))


def client_for_region(
    services: Services, region: str, *, user_key: bool = True
) -> Callable[[], CertCentralClient] | None:
    """A CertCentral client maker with the machine's key for ``region`` (what the renewal
    task uses), else (``user_key``) the user's own; None when none can be read."""
    from certbot_assistant.core.certcentral.client import CertCentralClient
    from certbot_assistant.core.certcentral.machine_key import MachineKeyError
    from certbot_assistant.core.secrets import SecretStoreError

    key = None
    try:
        key = services.machine_keys().read(region)
    except MachineKeyError as exc:  # expected for a user; for the task, worth a warning
        (log.info if user_key else log.warning)("the machine's CertCentral key: %s", exc)
    if key is None and not user_key:
        return None
    if key is None:
        try:
            key = services.secrets.read_api_key(region)
        except SecretStoreError as exc:
            log.info("no CertCentral key for region %s: %s", region, exc)
            return None
    api_key, url = key, services.certcentral_url(region)
    return lambda: CertCentralClient(api_key, url)

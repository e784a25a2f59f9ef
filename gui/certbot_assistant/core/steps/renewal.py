"""Steps "schedule renewal" and "test renewal" (and the status both faces show)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.configdir.known_folders import remembered_folders
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.renewal.schedule import (
    RenewalTask,
    RenewalTest,
    Scheduler,
    renewal_dirs,
    renewal_findings,
    run_renewal_test,
)
from certbot_assistant.core.renewal.status import MachineStatus, machine_status
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext


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


def schedule_renewal(
    context: StepContext,
    scheduler: Scheduler,
    certbot: Path,
    config_dir: Path,
    watcher: Sequence[str] | None = None,
) -> str:
    """Create the task (Windows) or timer (Linux) renewing ``config_dir`` with the work and
    logs dirs its lineages recorded; returns the task's name. Raises ScheduleError.

    With a ``watcher`` (the assistant's own command) the task runs certbot through
    ``certbot-assistant renew``, which checks afterwards and reports to the event log."""
    context.progress("schedule")
    dirs = renewal_dirs(inspect_config_dir(config_dir, scan_platform_logs=False))
    context.check()
    return scheduler.schedule(str(certbot), config_dir, dirs.work_dir, dirs.logs_dir, watcher)


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
) -> MachineStatus:
    """``machine_status`` for the folders this machine knows through ``services``: the one
    assembly both ``status`` and the wizard's overview use."""
    return machine_status(
        context,
        default_dir=services.default_config_dir(),
        profile_dirs=[(p.name, Path(p.config_dir)) for p in profiles if p.config_dir],
        scheduler=services.scheduler_factory(),
        named=named,
        assistant_dirs=remembered_folders(services.folders_registry()),
    )

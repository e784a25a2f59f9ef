"""Step "config directory": what a folder holds for this credential, and which task renews it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.configdir.inspection import ConfigDirReport, inspect_config_dir
from certbot_assistant.core.renewal.schedule import Scheduler, status_findings
from certbot_assistant.core.step_context import StepContext


@dataclass(frozen=True)
class ConfigDirCheck:
    report: ConfigDirReport
    renewal: list[F.Finding] = field(default_factory=list)
    """renewal-not-scheduled / renewal-task-broken; empty when the scheduler was not asked."""

    @property
    def findings(self) -> list[F.Finding]:
        return [*self.report.findings, *self.renewal]


def check_config_dir(
    context: StepContext,
    path: Path,
    server: str | None,
    eab_kid: str | None,
    *,
    scheduler: Scheduler | None,
    default_dir: Path,
    platform_logs_dir: Path | None = None,
) -> ConfigDirCheck:
    """Inspect ``path`` against the credential; with a scheduler, also which task renews it
    (asked only when the folder holds certificates)."""
    context.progress(str(path))
    report = inspect_config_dir(path, server, eab_kid, platform_logs_dir=platform_logs_dir)
    renewal: list[F.Finding] = []
    if scheduler is not None and report.lineages:
        context.check()
        renewal = status_findings(report, scheduler, default_dir)
    return ConfigDirCheck(report, renewal)


def check_config_dirs(
    context: StepContext,
    paths: list[Path],
    server: str | None,
    eab_kid: str | None,
    *,
    scheduler: Scheduler | None,
    default_dir: Path,
) -> dict[str, ConfigDirCheck]:
    """Each candidate folder of the wizard's list, keyed by its path text."""
    checks = {}
    for path in paths:
        context.check()
        checks[str(path)] = check_config_dir(
            context, path, server, eab_kid, scheduler=scheduler, default_dir=default_dir
        )
    return checks

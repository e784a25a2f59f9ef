"""Every certbot config dir this machine knows, with each certificate, its expiry, its last
renewal and outcome, and the task that renews it: ``certbot-assistant status`` and the wizard's
overview.

Which folders: certbot's default, the ones the assistant's profiles use, the ones it ran
certbot in (``known_folders``), the ones scheduled tasks name, and any named on the command
line. A renewal that failed at 03:00 shows here (from
certbot's own log) before the site breaks; the JSON is for scripts that collect it from many
servers over PowerShell remoting.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.renewal_log import (
    Outcome,
    RenewalAttempt,
    failed_finding,
    latest_attempts,
)
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.renewal.schedule import RenewalTask, ScheduleError, Scheduler
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import Translator, identity_translator

if TYPE_CHECKING:
    from certbot_assistant.core.configdir.inspection import ConfigDirReport

DirForecaster = Callable[[StepContext, "ConfigDirReport"], tuple[dict[str, Any], list[F.Finding]]]
"""Per folder: each lineage's forecast (by lineage name, an object with ``to_json`` and
``renews_on``) and the findings it gives (validations ending before a renewal)."""

SCHEMA = 1


@dataclass(frozen=True)
class CertificateStatus:
    name: str
    names: tuple[str, ...]
    not_after: datetime | None
    server: str | None
    last_renewal: RenewalAttempt | None
    forecast: Any = None
    """``steps.forecast.LineageForecast``: when certbot renews it, each name's validation."""
    thumbprint: str | None = None
    used_by: tuple[str, ...] = ()
    """The bindings and Windows services that use its current certificate (Windows)."""

    @property
    def renews_on(self) -> datetime | None:
        return getattr(self.forecast, "renews_on", None)

    def days_left(self, now: datetime) -> int | None:
        return (self.not_after - now).days if self.not_after else None

    @property
    def renewal_failed(self) -> bool:
        """The last renewal attempt certbot logged failed."""
        return self.last_renewal is not None and self.last_renewal.outcome is Outcome.FAILED


@dataclass(frozen=True)
class TaskStatus:
    name: str
    source: str
    enabled: bool
    next_run: str | None
    watched: bool
    """The task runs the assistant, which checks after certbot and reports to the event log."""


@dataclass
class DirStatus:
    path: Path
    sources: list[str]
    exists: bool = False
    certificates: list[CertificateStatus] = field(default_factory=list)
    tasks: list[TaskStatus] = field(default_factory=list)
    findings: list[F.Finding] = field(default_factory=list)


@dataclass
class MachineStatus:
    dirs: list[DirStatus]
    generated: datetime
    tasks_error: str | None = None
    """The scheduler could not be asked (the task columns are then unknown, not empty)."""

    @property
    def findings(self) -> list[F.Finding]:
        return F.sort_findings([f for d in self.dirs for f in d.findings])

    def as_json(self, translate: Translator = identity_translator) -> dict[str, Any]:
        now = self.generated
        return {
            "schema": SCHEMA,
            "host": socket.gethostname(),
            "generated": now.isoformat(timespec="seconds"),
            "tasks_error": self.tasks_error,
            "config_dirs": [
                {
                    "path": str(d.path),
                    "sources": d.sources,
                    "exists": d.exists,
                    "certificates": [
                        {
                            "name": c.name,
                            "names": list(c.names),
                            "expires": c.not_after.isoformat(timespec="seconds")
                            if c.not_after
                            else None,
                            "days_left": c.days_left(now),
                            "server": c.server,
                            "last_renewal": c.last_renewal.as_json() if c.last_renewal else None,
                            **_forecast_json(c),
                            "used_by": list(c.used_by),
                        }
                        for c in d.certificates
                    ],
                    "tasks": [
                        {
                            "name": t.name,
                            "source": t.source,
                            "enabled": t.enabled,
                            "next_run": t.next_run,
                            "watched": t.watched,
                        }
                        for t in d.tasks
                    ],
                    "findings": [f.to_json(translate) for f in d.findings],
                }
                for d in self.dirs
            ],
        }


def _forecast_json(cert: CertificateStatus) -> dict[str, Any]:
    if cert.forecast is not None:
        data: dict[str, Any] = cert.forecast.to_json()
        return data
    return {
        "renews_on": None,
        "ari": None,
        "validations": [{"name": name, "validated_until": None} for name in cert.names],
    }


def known_dirs(
    default_dir: Path,
    profile_dirs: Sequence[tuple[str, Path]],
    tasks: Sequence[RenewalTask],
    named: Sequence[Path] = (),
    assistant_dirs: Sequence[Path] = (),
) -> dict[str, DirStatus]:
    """The folders to report, each once, with why it is known."""
    found: dict[str, DirStatus] = {}

    def add(path: Path, source: str) -> None:
        key = str(path).rstrip("\\/").casefold()
        entry = found.setdefault(key, DirStatus(path, []))
        if source not in entry.sources:
            entry.sources.append(source)

    for path in named:
        add(path, "named")
    add(default_dir, "default")
    for profile, path in profile_dirs:
        add(path, f"profile:{profile}")
    for path in assistant_dirs:
        add(path, "assistant")
    for task in tasks:
        add(Path(task.config_dir) if task.config_dir else default_dir, f"task:{task.name}")
    return found


def machine_status(
    context: StepContext,
    *,
    default_dir: Path,
    profile_dirs: Sequence[tuple[str, Path]],
    scheduler: Scheduler | None,
    named: Sequence[Path] = (),
    assistant_dirs: Sequence[Path] = (),
    now: datetime | None = None,
    forecaster: DirForecaster | None = None,
    users: Callable[[], dict[str, list[str]]] | None = None,
) -> MachineStatus:
    tasks: list[RenewalTask] = []
    tasks_error = None
    if scheduler is not None:
        try:
            tasks = scheduler.tasks()
        except ScheduleError as exc:
            tasks_error = str(exc)
    dirs = known_dirs(default_dir, profile_dirs, tasks, named, assistant_dirs)
    in_use = {k.upper(): v for k, v in users().items()} if users is not None else {}
    for entry in dirs.values():
        context.check()
        context.progress(str(entry.path))
        report = inspect_config_dir(entry.path, None, None)
        entry.exists = report.exists
        entry.findings = [f for f in report.findings if f.severity is not F.Severity.INFO]
        attempts = latest_attempts(report.logs_dirs)
        forecasts: dict[str, Any] = {}
        if forecaster is not None and report.lineages:
            forecasts, found = forecaster(context, report)
            entry.findings += found
        for lineage in report.lineages:
            cert = lineage.certificate
            last = attempts.get(lineage.name)
            if last is not None and last.outcome is Outcome.FAILED:
                entry.findings.append(failed_finding(last, entry.path))
            entry.certificates.append(
                CertificateStatus(
                    lineage.name,
                    cert.names if cert else (),
                    cert.not_after if cert else None,
                    lineage.conf.server if lineage.conf else None,
                    last,
                    forecasts.get(lineage.name),
                    cert.thumbprint if cert else None,
                    tuple(in_use.get(cert.thumbprint, ())) if cert else (),
                )
            )
        for task in tasks:
            if task.covers(entry.path, default_dir):
                entry.tasks.append(
                    TaskStatus(
                        task.name,
                        task.source,
                        task.enabled,
                        scheduler.next_run(task) if scheduler else None,
                        task.watched,
                    )
                )
    return MachineStatus(list(dirs.values()), now or datetime.now(UTC), tasks_error)

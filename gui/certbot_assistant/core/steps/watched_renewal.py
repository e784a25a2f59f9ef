"""Step "renew, then check and tell": what the scheduled renewal task runs
(``certbot-assistant renew``).

Plain ``certbot renew`` at 03:00 fails silently; the site breaks weeks later. Run through the
assistant, the same certbot renews, then the folder is checked (which lineage failed and why,
expiry, the last mile) and the outcome goes to the Windows event log or the journal, with
stable event ids and the finding ids. The task runs as SYSTEM with no user's Credential Manager,
so the CertCentral checks, which need the API key, are left out here (said in the log); the
wizard and ``diagnose`` with a profile run them.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot_command import CertbotDirs
from certbot_assistant.core.config_dir import inspect_config_dir
from certbot_assistant.core.deploy import CertificateStore
from certbot_assistant.core.event_log import Event, EventId, EventSink, Level
from certbot_assistant.core.notify_mail import MailError, MailSettings, send_mail
from certbot_assistant.core.output_classifier import classify_output
from certbot_assistant.core.process import child_environment, run_program
from certbot_assistant.core.renewal_log import Outcome, failed_finding, latest_attempts
from certbot_assistant.core.served_certificate import Served, served_certificate
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import check_installed

log = logging.getLogger(__name__)

RENEW_TIMEOUT_S = 2 * 3600.0  # the task's own limit (ExecutionTimeLimit PT2H)
CERTCENTRAL_SKIPPED = (
    "CertCentral checks skipped: they need the CertCentral API key, which a task running as "
    "SYSTEM does not have; run the assistant or 'certbot-assistant diagnose --profile' for them"
)


@dataclass
class WatchedRenewal:
    code: int | None
    output: str
    findings: list[F.Finding]
    events: list[Event] = field(default_factory=list)
    unreported: list[str] = field(default_factory=list)
    """Why an event could not be written (the log file keeps them)."""


def failed_renewals(
    logs_dirs: Sequence[Path], since: datetime, config_dir: Path
) -> list[F.Finding]:
    """``renewal-failed`` for each lineage certbot logged as failed since ``since`` (local)."""
    return [
        failed_finding(attempt, config_dir)
        for attempt in latest_attempts(logs_dirs).values()
        if attempt.outcome is Outcome.FAILED and attempt.when >= since
    ]


def events_for(
    findings: Sequence[F.Finding], config_dir: Path, *, certbot_started: bool = True
) -> list[Event]:
    """One event per error or warning finding; one "all well" event when there is none. A
    certbot that could not even start is its own event (2003)."""
    where = {"config_dir": str(config_dir)}
    events = []
    for finding in findings:
        if finding.severity is F.Severity.INFO:
            continue
        if finding.id == "renewal-failed":
            event_id, level = EventId.RENEWAL_FAILED, Level.ERROR
        elif finding.id == "run-failed" and not certbot_started:
            event_id, level = EventId.CHECK_FAILED, Level.ERROR
        elif finding.severity is F.Severity.ERROR:
            event_id, level = EventId.ERROR_FINDING, Level.ERROR
        else:
            event_id, level = EventId.WARNING_FINDING, Level.WARNING
        lineage = finding.evidence.get("lineage")
        events.append(
            Event(
                event_id,
                level,
                f"{finding.title()}: {finding.detail()} {finding.fix()}",
                finding.id,
                {**where, **({"lineage": lineage} if lineage else {})},
            )
        )
    if not events:
        events.append(
            Event(
                EventId.RENEWAL_CHECK_OK,
                Level.INFO,
                f"certbot renew for {config_dir} ran; the assistant found nothing wrong.",
                None,
                where,
            )
        )
    return events


def renew_and_check(
    context: StepContext,
    certbot: Path,
    dirs: CertbotDirs,
    *,
    sink: EventSink,
    extra_args: Sequence[str] = (),
    store: CertificateStore | None = None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
    mail: MailSettings | None = None,
) -> WatchedRenewal:
    """Run ``certbot renew`` for ``dirs``, check the folder, report every outcome to ``sink``
    (and, with ``mail``, the errors by e-mail)."""
    config_dir = dirs.config_dir
    since = datetime.now().replace(microsecond=0) - timedelta(seconds=1)
    argv = [str(certbot), "renew", "-n", *dirs.args(), *extra_args]
    context.progress("certbot renew")
    try:
        outcome = run_program(
            argv,
            timeout_s=RENEW_TIMEOUT_S,
            cancelled=context.cancelled,
            env=child_environment(),
        )
        code: int | None = outcome.code
        output = outcome.stdout + outcome.stderr
        findings = classify_output(output, code) if code != 0 else []
    except OSError as exc:
        code, output = None, ""
        findings = [F.make("run-failed", output=f"{certbot}: {exc.strerror or exc}")]
    context.check()
    report = inspect_config_dir(config_dir, None, None)
    logs_dirs = [dirs.logs_dir, *report.logs_dirs]
    findings = [
        *failed_renewals(logs_dirs, since, config_dir),
        *(f for f in findings if f.id != "run-succeeded"),
        *(f for f in report.findings if f.severity is not F.Severity.INFO),
    ]
    findings += check_installed(context, [report], store=store, check=check)
    log.info(CERTCENTRAL_SKIPPED)
    findings = F.sort_findings(findings)
    result = WatchedRenewal(code, output, findings)
    for event in events_for(findings, config_dir, certbot_started=code is not None):
        try:
            sink.write(event)
            result.events.append(event)
        except OSError as exc:
            log.error("event %d not written: %s", int(event.event_id), exc)
            result.unreported.append(str(exc))
    if mail is not None and F.has_error(findings):
        try:
            send_mail(mail, *mail_text(findings, config_dir))
        except MailError as exc:
            log.error("mail not sent: %s", exc)
            result.unreported.append(str(exc))
    return result


def mail_text(findings: Sequence[F.Finding], config_dir: Path) -> tuple[str, str]:
    """Subject and body of the errors mail: what, where, how to fix, with the finding ids."""
    host = socket.gethostname()
    errors = [f for f in findings if f.severity is F.Severity.ERROR]
    subject = f"Certbot Assistant on {host}: {errors[0].title()} ({config_dir})"
    parts = [f"certbot renew for {config_dir} on {host} needs attention.", ""]
    for finding in findings:
        if finding.severity is F.Severity.INFO:
            continue
        parts += [
            f"[{finding.severity.value}] {finding.title()} ({finding.id})",
            finding.detail(),
            finding.fix(),
            "",
        ]
    return subject, "\n".join(parts)

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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.certbot.output_classifier import classify_output
from certbot_assistant.core.certbot.renewal_log import Outcome, failed_finding, latest_attempts
from certbot_assistant.core.certificates.deploy import CertificateStore
from certbot_assistant.core.certificates.served import Served, served_certificate
from certbot_assistant.core.configdir.inspection import LineageInfo, inspect_config_dir
from certbot_assistant.core.policy import NO_POLICY, Policy
from certbot_assistant.core.renewal.notify_mail import (
    MailError,
    MailSettings,
    load_settings,
    send_mail,
    with_policy,
)
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import check_installed
from certbot_assistant.core.system.process import Outcome as ProgramOutcome
from certbot_assistant.core.system.process import ProgramRunner, child_environment, run_program
from certbot_assistant.core.windows.event_log import Event, EventId, EventSink, Level

if TYPE_CHECKING:
    from certbot_assistant.core.certcentral.client import CertCentralClient
    from certbot_assistant.core.renewal.ari import AriReader

log = logging.getLogger(__name__)

RENEW_TIMEOUT_S = 105 * 60.0
"""Shorter than the task's own limit (``renewal_schedule.TASK_TIME_LIMIT_S``, two hours): the
assistant stops certbot first and says so, instead of being killed without a word."""
CERTCENTRAL_SKIPPED = (
    "CertCentral checks skipped: no API key is stored for the machine "
    "('certbot-assistant apikey set --machine', as administrator), or the folder's marker does "
    "not say which CertCentral credential it orders under (issue once with the assistant)"
)
DUE_WITHIN = timedelta(days=7)
"""A lineage renewing within this is checked in CertCentral before certbot runs."""
STOPS_RENEWAL = frozenset({"acme-credential-revoked", "acme-credential-not-found"})
"""CertCentral findings after which no order can succeed: certbot is not started at all."""


@dataclass
class BeforeRenewal:
    """What the checks before certbot found: written as events before it starts."""

    findings: list[F.Finding] = field(default_factory=list)

    @property
    def stops(self) -> bool:
        return any(f.id in STOPS_RENEWAL for f in self.findings)


def checks_before_renewal(
    context: StepContext,
    lineages: Sequence[LineageInfo],
    *,
    certbot_version: tuple[int, ...] | None,
    make_client: Callable[[], CertCentralClient] | None,
    credential: str | None,
    ari: AriReader | None = None,
    now: datetime | None = None,
) -> BeforeRenewal:
    """CertCentral, for the lineages due (or due within ``DUE_WITHIN``), before certbot runs
    into a timeout: the credential, the organization, each name's validation, pending
    requests; and for every lineage whether a validation ends before its renewal."""
    from certbot_assistant.core.steps.certcentral import check_certcentral
    from certbot_assistant.core.steps.forecast import forecast_lineages, validation_findings

    if make_client is None:
        log.info(CERTCENTRAL_SKIPPED)
        return BeforeRenewal()
    moment = now or datetime.now(UTC)
    forecasts = forecast_lineages(context, lineages, certbot_version=certbot_version, ari=ari)
    due = [f for f in forecasts if f.renews_on is not None and f.renews_on <= moment + DUE_WITHIN]
    names = list(dict.fromkeys(n for f in forecasts for n in f.names))
    context.progress("certcentral")
    remote = check_certcentral(context, make_client, credential, names)
    due_names = {n for f in due for n in f.names}
    found = [
        f for f in remote.findings
        if f.severity is not F.Severity.INFO
        and (f.evidence.get("lineage") in due_names or "lineage" not in f.evidence
             or f.id in STOPS_RENEWAL)
    ]  # fmt: skip
    found += validation_findings(forecasts, remote, moment)
    challenged = {
        f.evidence.get("lineage") for f in remote.findings if f.id == "domain-needs-challenge"
    }
    due_lineages = {f.name for f in due}
    found += _challenge_checks(
        context, [lin for lin in lineages if lin.name in due_lineages], challenged
    )
    log.info(
        "checked CertCentral before renewing: %d lineage(s) due, %d finding(s)",
        len(due),
        len(found),
    )
    return BeforeRenewal(F.sort_findings(found))


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


def _challenge_checks(
    context: StepContext, due: Sequence[LineageInfo], challenged: set[str | None]
) -> list[F.Finding]:
    """A name CertCentral will validate by challenge at this renewal: can this server answer
    it the way the lineage does (its standalone port free, its names resolving)?"""
    from certbot_assistant.core.steps.migrate import plan_lineage
    from certbot_assistant.core.steps.server import check_server

    found: list[F.Finding] = []
    for lineage in due:
        certificate = lineage.certificate
        if certificate is None or not set(certificate.names) & challenged:
            continue
        check = plan_lineage(lineage.conf_path.parent.parent, lineage, set()).server_check()
        if check is not None:
            found += [f for f in check_server(context, check).findings if f.id != "not-elevated"]
    return found


def renew_and_check(
    context: StepContext,
    certbot: Path,
    dirs: CertbotDirs,
    *,
    sink: EventSink,
    extra_args: Sequence[str] = (),
    store: CertificateStore | None = None,
    check: Callable[[str, int, str | None], Served] = served_certificate,
    mail_settings: Path | None = None,
    policy: Policy = NO_POLICY,
    timeout_s: float = RENEW_TIMEOUT_S,
    program: ProgramRunner = run_program,
    before: BeforeRenewal | None = None,
) -> WatchedRenewal:
    """Run ``certbot renew`` for ``dirs``, check the folder, report every outcome to ``sink``
    (and, when ``mail_settings`` sets a relay up, the errors by e-mail).

    Whatever happens, it ends in an event: certbot stopped (a signal, the time limit) or not
    started is event 2003 with the reason; a check that fails by a bug is 2003 too; broken
    mail settings are a warning finding, and certbot runs all the same.
    """
    config_dir = dirs.config_dir
    where = {"config_dir": str(config_dir)}
    mail, mail_findings = _mail(mail_settings, policy)
    if before is not None and before.findings:
        reported = WatchedRenewal(None, "", list(before.findings))
        for event in events_for(before.findings, config_dir):
            _write(sink, event, reported)
        if before.stops:
            log.error("certbot renew not started: %s", ", ".join(f.id for f in before.findings))
            reported.findings = F.sort_findings([*before.findings, *mail_findings])
            if mail is not None:
                _mail_errors(mail, reported, reported.findings, config_dir)
            return reported
    since = datetime.now().replace(microsecond=0) - timedelta(seconds=1)
    argv = [str(certbot), "renew", "-n", *dirs.args(), *extra_args]
    context.progress("certbot renew")
    try:
        outcome = program(
            argv, timeout_s=timeout_s, cancelled=context.cancelled, env=child_environment()
        )
    except OSError as exc:
        finding = F.make("run-failed", output=f"{certbot}: {exc.strerror or exc}")
        return _report(
            WatchedRenewal(None, "", [finding, *mail_findings]), sink, config_dir, mail,
            certbot_started=False,
        )  # fmt: skip
    output = outcome.stdout + outcome.stderr
    if outcome.timed_out or outcome.cancelled:
        return _stopped(outcome, output, context, sink, config_dir, timeout_s, mail_findings)
    try:
        findings = _checks_after(context, outcome.code, output, dirs, since, store, check)
    except Exception as exc:
        log.exception("the checks after certbot renew failed")
        event = Event(
            EventId.CHECK_FAILED, Level.ERROR,
            f"certbot renew for {config_dir} ended with exit code {outcome.code}, but the "
            f"assistant's checks after it failed ({type(exc).__name__}); see its log.",
            None, where,
        )  # fmt: skip
        result = WatchedRenewal(outcome.code, output, mail_findings)
        _write(sink, event, result)
        return result
    earlier = list(before.findings) if before is not None else []
    result = WatchedRenewal(outcome.code, output, F.sort_findings([*findings, *mail_findings]))
    result = _report(result, sink, config_dir, mail, already=earlier)
    result.findings = F.sort_findings([*earlier, *result.findings])
    return result


def _mail(path: Path | None, policy: Policy) -> tuple[MailSettings | None, list[F.Finding]]:
    """The mail settings (the organization's where it preset them), or the finding that says
    why they cannot be used."""
    if path is None:
        return with_policy(None, policy), []
    try:
        return with_policy(load_settings(path), policy), []
    except MailError as exc:
        log.error("e-mail settings not used: %s", exc)
        return None, [F.make("mail-settings-unreadable", file=path, reason=str(exc))]


def _checks_after(
    context: StepContext,
    code: int | None,
    output: str,
    dirs: CertbotDirs,
    since: datetime,
    store: CertificateStore | None,
    check: Callable[[str, int, str | None], Served],
) -> list[F.Finding]:
    """What the folder says after certbot: failed lineages, certbot's own error, the
    config dir's problems, the last mile."""
    config_dir = dirs.config_dir
    findings = classify_output(output, code) if code != 0 else []
    report = inspect_config_dir(config_dir, None, None)
    logs_dirs = [dirs.logs_dir, *report.logs_dirs]
    found = [
        *failed_renewals(logs_dirs, since, config_dir),
        *(f for f in findings if f.id != "run-succeeded"),
        *(f for f in report.findings if f.severity is not F.Severity.INFO),
    ]
    found += check_installed(context, [report], store=store, check=check)
    return found


def _stopped(
    outcome: ProgramOutcome,
    output: str,
    context: StepContext,
    sink: EventSink,
    config_dir: Path,
    timeout_s: float,
    mail_findings: list[F.Finding],
) -> WatchedRenewal:
    """Certbot was ended before it finished: event 2003 with why, and nothing else checked."""
    if outcome.timed_out:
        finding = F.make("run-timed-out", seconds=int(timeout_s))
        limit = f"{timeout_s / 60:g} minutes" if timeout_s >= 60 else f"{timeout_s:g} seconds"
        why = f"it did not finish within {limit}"
    else:
        finding = F.make("run-cancelled")
        why = f"the renewal task was stopped ({context.cancel_reason or 'asked to stop'})"
    event = Event(
        EventId.CHECK_FAILED, Level.ERROR,
        f"certbot renew for {config_dir} was ended before it finished: {why}. Certificates "
        "it had not reached yet were not renewed; the next run tries again.",
        finding.id, {"config_dir": str(config_dir)},
    )  # fmt: skip
    result = WatchedRenewal(outcome.code, output, [finding, *mail_findings])
    _write(sink, event, result)
    return result


def _write(sink: EventSink, event: Event, result: WatchedRenewal) -> None:
    try:
        sink.write(event)
        result.events.append(event)
    except OSError as exc:
        log.error("event %d not written: %s", int(event.event_id), exc)
        result.unreported.append(str(exc))


def _report(
    result: WatchedRenewal,
    sink: EventSink,
    config_dir: Path,
    mail: MailSettings | None,
    *,
    certbot_started: bool = True,
    already: Sequence[F.Finding] = (),
) -> WatchedRenewal:
    """One event per finding (or the all-well one, unless the checks before certbot already
    reported), and the errors by mail (those found before certbot too)."""
    new = [f for f in result.findings if f not in already]
    if new or not already:
        for event in events_for(new, config_dir, certbot_started=certbot_started):
            _write(sink, event, result)
    if mail is not None:
        _mail_errors(mail, result, [*already, *result.findings], config_dir)
    return result


def _mail_errors(
    mail: MailSettings, result: WatchedRenewal, found: Sequence[F.Finding], config_dir: Path
) -> None:
    """The errors among ``found`` by mail; a mail that cannot go is noted in ``result``."""
    if not F.has_error(found):
        return
    try:
        send_mail(mail, *mail_text(found, config_dir))
    except MailError as exc:
        log.error("mail not sent: %s", exc)
        result.unreported.append(str(exc))


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

"""Words for a certificate's status, shared by ``certbot-assistant status`` and the wizard's
overview (Qt's translation only; no widgets)."""

from __future__ import annotations

from datetime import datetime

from certbot_assistant.core.certbot.renewal_log import Outcome, RenewalAttempt
from certbot_assistant.core.renewal.status import CertificateStatus, DirStatus
from certbot_assistant.core.translation import fill
from certbot_assistant.translate import date_text, join_list, translate


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.RENEWED: translate("Status", "renewed"),
        Outcome.FAILED: translate("Status", "failed"),
        Outcome.NOT_DUE: translate("Status", "not due yet"),
        Outcome.STARTED: translate("Status", "no result logged"),
    }[outcome]


def expiry_text(cert: CertificateStatus, now: datetime) -> str:
    days = cert.days_left(now)
    if cert.not_after is None or days is None:
        return translate("Status", "unknown")
    return fill(
        translate("Status", "%1 (%n days left)", None, days),
        [date_text(cert.not_after)],
    )


def last_renewal_text(last: RenewalAttempt | None) -> str:
    if last is None:
        return translate("Status", "none logged")
    return fill(
        translate("Status", "%1: %2"),
        [last.when.strftime("%Y-%m-%d %H:%M"), outcome_text(last.outcome)],
    )


def folder_text(entry: DirStatus) -> str:
    """The folder and why it is known (default, profile, task, named)."""
    template = (
        translate("Status", "%1 (%2)")
        if entry.exists
        else translate("Status", "%1 (%2; does not exist)")
    )
    return fill(template, [entry.path, join_list(entry.sources)])


def renews_on_text(cert: CertificateStatus) -> str:
    """When certbot will renew it, and by which rule (the server's window, or certbot's)."""
    renews_on = cert.renews_on
    if renews_on is None:
        return translate("Status", "renewal date unknown")
    ari = getattr(cert.forecast, "ari", None)
    if ari is not None:
        return fill(
            translate("Status", "renews between %1 and %2 (the CA's renewal window)"),
            [date_text(ari.start), date_text(ari.end)],
        )
    return fill(translate("Status", "renews on %1"), [date_text(renews_on)])

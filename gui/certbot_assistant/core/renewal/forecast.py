"""When certbot will renew each lineage, and whether CertCentral's validations last until then.

DigiCert's third troubleshooting scenario, a timeout, happens at a renewal months after the
wizard was closed: a domain validation lapsed in between. Knowing the date certbot will renew
on, and each validation's end, the assistant warns before that renewal runs into it.

Certbot's rule, read from its code (``certbot/_internal/renewal.py``, 5.x; ``storage.py``, 2.x):

- up to 3.x: ``renew_before_expiry`` from the renewal conf, default 30 days before expiry;
- from 4.0: ``renew_before_expiry`` when the conf sets it; otherwise two thirds into the
  certificate's life (half of it under 10 days);
- from 4.1 the server's ACME renewal info (ARI) window comes first, when the server offers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from certbot_assistant.core.certificates.certificate_info import CertificateInfo

DEFAULT_BEFORE_EXPIRY = timedelta(days=30)
"""Certbot before 4.0, when the renewal conf sets no interval."""
LIFETIME_RULE_FROM = (4, 0)
ARI_FROM = (4, 1)

_INTERVAL = re.compile(
    r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>second|minute|hour|day|week|month|year)s?\s*$",
    re.IGNORECASE,
)
_UNIT = {
    "second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
    "day": timedelta(days=1), "week": timedelta(weeks=1), "month": timedelta(days=30),
    "year": timedelta(days=365),
}  # fmt: skip


@dataclass(frozen=True)
class AriWindow:
    """The renewal window the ACME server suggests for one certificate."""

    start: datetime
    end: datetime

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Forecast:
    renews_on: datetime
    rule: str
    """What decided the date: ``ari``, ``renew_before_expiry``, ``lifetime`` or ``30-days``."""
    ari: AriWindow | None = None


def parse_interval(text: str | None) -> timedelta | None:
    """A renewal conf's ``renew_before_expiry`` ("30 days", "2 weeks"); None when unset or
    not in a form certbot and the assistant read alike."""
    match = _INTERVAL.match(text or "")
    if match is None:
        return None
    return _UNIT[match["unit"].lower()] * float(match["n"])


def renewal_forecast(
    cert: CertificateInfo,
    *,
    certbot_version: tuple[int, ...] | None = None,
    renew_before_expiry: str | None = None,
    ari: AriWindow | None = None,
) -> Forecast:
    """The date the installed certbot will renew ``cert`` on (an unknown version is taken to
    be a current one). With an ARI window, its start: certbot renews at a moment inside it."""
    current = certbot_version is None or certbot_version >= LIFETIME_RULE_FROM
    if ari is not None and (certbot_version is None or certbot_version >= ARI_FROM):
        return Forecast(ari.start, "ari", ari)
    interval = parse_interval(renew_before_expiry)
    if interval is not None:
        return Forecast(cert.not_after - interval, "renew_before_expiry", ari)
    if current and cert.not_before is not None and cert.not_after > cert.not_before:
        lifetime = cert.not_after - cert.not_before
        share = lifetime / 2 if lifetime < timedelta(days=10) else lifetime * 2 / 3
        return Forecast(cert.not_before + share, "lifetime", ari)
    return Forecast(cert.not_after - DEFAULT_BEFORE_EXPIRY, "30-days", ari)

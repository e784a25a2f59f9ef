"""What DigiCert documents about its ACME service, in one place (sources: docs/digicert.md).

- ACME credentials created before 2024-01-30 belong to the legacy ACME service: no DV, no ACME
  domain validation, so every name must be prevalidated in CertCentral.
- With the current service, OV and EV certificates for prevalidated names need no ACME challenge
  (CertCentral validated them out of band); DV certificates are always validated by challenge.
- Public TLS certificates live at most 199 days since 2026-02-24, and OV/EV domain validation
  is reused for at most 199 days; both shorten on the CA/Browser Forum's SC-081 schedule
  (``LIMITS``: 100 days from 2027-03-15; 46-day certificates and 10-day reuse from 2029-03-15).
- The ACME directory host is regional: one.digicert.com (base), one.us.digicert.com (US),
  one.nl.digicert.com and one.ch.digicert.com (EU), one.digicert.co.jp (Japan).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.server_path import host_of

LEGACY_CREDENTIALS_BEFORE = datetime(2024, 1, 30, tzinfo=UTC)


@dataclass(frozen=True)
class LimitsFrom:
    """From ``start`` on: the longest public TLS certificate DigiCert issues, and how long a
    domain validation may be reused for an OV/EV order."""

    start: datetime
    max_validity_days: int
    domain_reuse_days: int


LIMITS = (
    # DigiCert's figures where it published them (docs/digicert.md), the CA/B Forum's SC-081
    # maxima otherwise. Newest first; a change of schedule is a new row, nothing else.
    LimitsFrom(datetime(2029, 3, 15, tzinfo=UTC), 46, 10),
    LimitsFrom(datetime(2027, 3, 15, tzinfo=UTC), 100, 100),
    LimitsFrom(datetime(2026, 2, 24, tzinfo=UTC), 199, 199),
)
_BEFORE = LimitsFrom(datetime.min.replace(tzinfo=UTC), 397, 397)


def limits_at(at: datetime) -> LimitsFrom:
    """The limits that apply to an order placed at ``at``."""
    return next((row for row in LIMITS if at >= row.start), _BEFORE)


# The CertCentral account region each regional ACME host serves; the base host serves all.
ACME_HOST_REGIONS = {
    "one.us.digicert.com": "us",
    "one.nl.digicert.com": "eu",
    "one.ch.digicert.com": "eu",
    "one.digicert.co.jp": "jp",
}

# Certbot waits 90 s for an order by default; DigiCert's approval path (an administrator or
# automatic approval, then issuance) can take longer, and a timeout leaves a pending request.
ISSUANCE_TIMEOUT_S = 600


def max_validity(at: datetime) -> timedelta:
    """The longest public TLS certificate DigiCert issues at ``at``."""
    return timedelta(days=limits_at(at).max_validity_days)


def domain_reuse(at: datetime) -> timedelta:
    """How old a domain validation may be when an OV/EV order placed at ``at`` reuses it."""
    return timedelta(days=limits_at(at).domain_reuse_days)


def reuse_ends(validated_at: datetime) -> datetime:
    """The last moment an OV/EV order can still reuse a domain validation made at
    ``validated_at``: the reuse allowed depends on when the order is placed, and it shortens
    on the schedule, so each period of the schedule is tried."""
    rows = [_BEFORE, *reversed(LIMITS)]
    best = validated_at
    for row, following in zip(rows, [*rows[1:], None], strict=True):
        period_end = following.start if following is not None else None
        end = validated_at + timedelta(days=row.domain_reuse_days)
        if period_end is not None:
            end = min(end, period_end - timedelta(seconds=1))
        if end >= row.start:
            best = max(best, end)
    return best


def usable_until(
    validated_at: datetime | None, validated_until: datetime | None
) -> datetime | None:
    """The last moment an OV/EV order can reuse a domain validation: CertCentral's own end,
    and no later than the reuse period allows then (``validated_at`` unknown: CertCentral's)."""
    if validated_at is None:
        return validated_until
    end = reuse_ends(validated_at)
    return end if validated_until is None else min(end, validated_until)


def next_renewal_of_new_certificate(at: datetime) -> datetime:
    """When a certificate issued at ``at`` is renewed: with a third of its life left, as
    certbot does by default."""
    return at + max_validity(at) * 2 / 3


def is_legacy_credential(created: datetime | None) -> bool | None:
    """Whether a credential belongs to the legacy ACME service; None when unknown."""
    return None if created is None else created < LEGACY_CREDENTIALS_BEFORE


def region_findings(server: str, account_region: str) -> list[F.Finding]:
    """A credential is valid only in its account's region: a regional ACME host of another
    region refuses it. The base host serves every region."""
    host_region = ACME_HOST_REGIONS.get(host_of(server))
    if host_region is None or host_region == account_region:
        return []
    return [
        F.make(
            "acme-region-mismatch",
            server=server,
            region=host_region.upper(),
            account_region=account_region.upper(),
        )
    ]

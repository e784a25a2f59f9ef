"""What DigiCert documents about its ACME service, in one place (sources: docs/digicert.md).

- ACME credentials created before 2024-01-30 belong to the legacy ACME service: no DV, no ACME
  domain validation, so every name must be prevalidated in CertCentral.
- With the current service, OV and EV certificates for prevalidated names need no ACME challenge
  (CertCentral validated them out of band); DV certificates are always validated by challenge.
- Public TLS certificates live at most 199 days since 2026-02-24; the CA/Browser Forum schedule
  then shortens them to 100 days (2027-03-15) and 47 days (2029-03-15). OV/EV domain validation
  is reused for 199 days since 2026-02-24.
- The ACME directory host is regional: one.digicert.com (base), one.us.digicert.com (US),
  one.nl.digicert.com and one.ch.digicert.com (EU), one.digicert.co.jp (Japan).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.server_path import host_of

LEGACY_CREDENTIALS_BEFORE = datetime(2024, 1, 30, tzinfo=UTC)

# (from, maximum days of a public TLS certificate issued from then on)
_VALIDITY_STEPS = (
    (datetime(2029, 3, 15, tzinfo=UTC), 47),
    (datetime(2027, 3, 15, tzinfo=UTC), 100),
    (datetime(2026, 2, 24, tzinfo=UTC), 199),
)
_BEFORE_STEPS_DAYS = 397

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
    for start, days in _VALIDITY_STEPS:
        if at >= start:
            return timedelta(days=days)
    return timedelta(days=_BEFORE_STEPS_DAYS)


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

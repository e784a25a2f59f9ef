"""Reading the times certbot, CertCentral and the marker write (ISO 8601, often with ``Z``)."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_time(value: object) -> datetime | None:
    """ISO 8601 (``2025-10-16T20:05:28+00:00``, ``…Z``) or a bare date (``2026-04-09``) as an
    aware UTC time; None for anything else. A time without a zone is taken as UTC."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

"""Step "forecast": per lineage of a folder, when certbot will renew it, and per name whether its
CertCentral validation lasts until then (DigiCert's scenario 3, seen before it happens).

The renewal date follows the installed certbot's rule and the server's ARI window
(``renewal.forecast``); the validation ends come from a CertCentral check already made
(``CertCentralReport.validated_until``). A validation that ends before the renewal that needs it
is ``validation-expires-before-renewal``; an organization validation, ``organization-validation-
expiring``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from certbot_assistant.core import findings as F
from certbot_assistant.core.configdir.inspection import LineageInfo
from certbot_assistant.core.renewal.forecast import AriWindow, Forecast, renewal_forecast
from certbot_assistant.core.step_context import StepContext

if TYPE_CHECKING:
    from certbot_assistant.core.certcentral.checks import CertCentralReport
    from certbot_assistant.core.renewal.ari import AriReader


@dataclass
class LineageForecast:
    name: str
    names: tuple[str, ...]
    forecast: Forecast | None
    validated_until: dict[str, datetime | None] = field(default_factory=dict)
    """Per name that CertCentral was asked about; a name absent was not asked (or is DV)."""

    @property
    def renews_on(self) -> datetime | None:
        return self.forecast.renews_on if self.forecast else None

    @property
    def ari(self) -> AriWindow | None:
        return self.forecast.ari if self.forecast else None

    def to_json(self) -> dict[str, Any]:
        return {
            "renews_on": _iso(self.renews_on),
            "ari": self.ari.to_json() if self.ari else None,
            "validations": [
                {"name": name, "validated_until": _iso(self.validated_until.get(name))}
                for name in self.names
            ],
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def forecast_lineages(
    context: StepContext,
    lineages: Sequence[LineageInfo],
    *,
    certbot_version: tuple[int, ...] | None = None,
    ari: AriReader | None = None,
) -> list[LineageForecast]:
    """The renewal date of each lineage with a readable certificate (``ari``: ask the server
    that issued it for its window, as certbot ≥ 4.1 does)."""
    found = []
    for lineage in lineages:
        context.check()
        cert = lineage.certificate
        if cert is None:
            found.append(LineageForecast(lineage.name, (), None))
            continue
        window = None
        server = lineage.conf.server if lineage.conf else None
        if ari is not None and server:
            context.progress(lineage.name)
            window = ari.window(server, cert)
        forecast = renewal_forecast(
            cert,
            certbot_version=certbot_version,
            renew_before_expiry=lineage.conf.renew_before_expiry if lineage.conf else None,
            ari=window,
        )
        found.append(LineageForecast(lineage.name, cert.names, forecast))
    return found


def validation_findings(
    forecasts: Sequence[LineageForecast],
    remote: CertCentralReport,
    now: datetime | None = None,
) -> list[F.Finding]:
    """Fill in each name's validation end from ``remote`` and say which end before the
    renewal that needs them (the organization's too, against the first renewal)."""
    moment = now or datetime.now(UTC)
    findings: list[F.Finding] = []
    for lineage in forecasts:
        for name in lineage.names:
            if name in remote.validated_until:
                lineage.validated_until[name] = remote.validated_until[name]
        renews_on = lineage.renews_on
        if renews_on is None:
            continue
        for name, until in lineage.validated_until.items():
            if until is not None and until < renews_on:
                findings.append(
                    F.make(
                        "validation-expires-before-renewal",
                        domain=name,
                        validated_until=_day(until),
                        days=max(0, (until - moment).days),
                        lineage=lineage.name,
                        renews_on=_day(renews_on),
                    )
                )
    organization = remote.organization
    first = min((f.renews_on for f in forecasts if f.renews_on), default=None)
    already = {f.id for f in remote.findings}
    if (
        organization is not None
        and organization.until is not None
        and first is not None
        and organization.until < first
        and "organization-validation-expiring" not in already
    ):
        findings.append(
            F.make(
                "organization-validation-expiring",
                organization=organization.name,
                validation=organization.kind,
                not_after=_day(organization.until),
            )
        )
    return findings

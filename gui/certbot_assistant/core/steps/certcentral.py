"""Step "CertCentral": the account, the ACME credential, validation and requests, before a run."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from certbot_assistant.core.certcentral.checks import CertCentralReport, run_checks
from certbot_assistant.core.certcentral.client import CertCentralClient
from certbot_assistant.core.step_context import StepContext


def check_certcentral(
    context: StepContext,
    make_client: Callable[[], CertCentralClient],
    credential_name: str | None,
    domains: Sequence[str],
) -> CertCentralReport:
    """Every CertCentral check; ``context.progress`` names the check under way (a
    ``certcentral_checks.Step`` value) and a cancelled context stops between requests."""
    with make_client() as client:
        return run_checks(
            client,
            credential_name,
            tuple(domains),
            progress=context.progress,
            cancelled=context.cancelled,
        )

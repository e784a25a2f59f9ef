"""Step "this server": can certbot answer the HTTP-01 challenge here, with the rights it needs?"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certcentral.checks import CertCentralReport, validation_type
from certbot_assistant.core.diagnosis.local_checks import (
    check_elevation,
    check_names_resolve,
    check_port,
)
from certbot_assistant.core.step_context import StepContext


@dataclass(frozen=True)
class ServerCheck:
    """How certbot will answer the challenge: its own web server on ``port`` (standalone), or
    files in ``webroot`` served by the running web server."""

    names: tuple[str, ...] = ()
    standalone: bool = True
    port: int = 80
    webroot: Path | None = None
    windows: bool | None = None  # None: this machine
    # False when CertCentral says DigiCert will ask for no challenge (OV/EV, every name
    # prevalidated): then neither the port nor name resolution matters for issuing.
    challenge_needed: bool = True
    credential: str | None = None
    validation: str = "OV"


@dataclass(frozen=True)
class ServerReport:
    findings: list[F.Finding] = field(default_factory=list)


def check_server(context: StepContext, check: ServerCheck) -> ServerReport:
    """The port (standalone only), administrator rights, and that every name resolves."""
    findings: list[F.Finding] = []
    if not check.challenge_needed:
        findings.append(
            F.make(
                "no-challenge-needed",
                credential=check.credential or "?",
                validation=check.validation,
            )
        )
    elif check.standalone:
        context.progress("port")
        findings += check_port(check.port)
    context.check()
    findings += check_elevation(check.windows)
    if check.challenge_needed:
        context.progress("names")
        findings += check_names_resolve(list(check.names))
    return ServerReport(findings)


def server_check_after(check: ServerCheck, remote: CertCentralReport | None) -> ServerCheck:
    """The server check as CertCentral's answer shapes it: no challenge, nothing to serve."""
    if remote is None or remote.challenge_needed is not False or remote.credential is None:
        return check
    kind = validation_type(remote.credential.get("product_name_id")) or "dv"
    return replace(
        check,
        challenge_needed=False,
        credential=str(remote.credential.get("name") or "?"),
        validation=kind.upper(),
    )

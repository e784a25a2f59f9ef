"""Step "this server": can certbot answer the HTTP-01 challenge here, with the rights it needs?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.local_checks import (
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


@dataclass(frozen=True)
class ServerReport:
    findings: list[F.Finding] = field(default_factory=list)


def check_server(check: ServerCheck, context: StepContext | None = None) -> ServerReport:
    """The port (standalone only), administrator rights, and that every name resolves."""
    context = context or StepContext()
    findings: list[F.Finding] = []
    if check.standalone:
        context.progress("port")
        findings += check_port(check.port)
    context.check()
    findings += check_elevation(check.windows)
    context.progress("names")
    findings += check_names_resolve(list(check.names))
    return ServerReport(findings)

"""Step "this server": can certbot answer the HTTP-01 challenge here, with the rights it needs?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.local_checks import (
    check_elevation,
    check_names_resolve,
    check_port,
    port_owner,
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
    port_held_by_web_server: bool = False
    """The port is taken by IIS/Apache/nginx: webroot is the likely fix."""


def check_server(check: ServerCheck, context: StepContext | None = None) -> ServerReport:
    """The port (standalone only), administrator rights, and that every name resolves."""
    context = context or StepContext()
    findings: list[F.Finding] = []
    web_server = False
    if check.standalone:
        context.progress("port")
        findings += check_port(check.port)
        owner = port_owner(check.port) if findings else None
        web_server = bool(owner and owner.looks_like_web_server)
    context.check()
    findings += check_elevation(check.windows)
    context.progress("names")
    findings += check_names_resolve(list(check.names))
    return ServerReport(findings, web_server)

"""``certbot-assistant renew``: what the scheduled renewal task runs. Certbot renews, the
assistant checks the folder afterwards and writes the outcome to the event log (Windows) or the
journal (Linux) with stable event ids; optionally it mails the errors."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    assistant,
    write_findings,
    write_json,
)
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.translate import tr

log = logging.getLogger(__name__)


def register(commands: Commands) -> None:
    cmd = commands.add_parser(
        "renew",
        help="run certbot renew for a config dir, then check it and report to the event log",
        description="The command the assistant's scheduled renewal task runs. Arguments after "
        "-- go to certbot (for example -- --force-renewal).",
    )
    cmd.set_defaults(handler=run)
    cmd.add_argument("--certbot", type=Path, required=True, help="the certbot program")
    cmd.add_argument("--config-dir", type=Path, required=True)
    cmd.add_argument("--work-dir", type=Path, help="default: <config-dir>/work")
    cmd.add_argument("--logs-dir", type=Path, help="default: <config-dir>/logs")
    cmd.add_argument("--format", choices=("text", "json"), default="text")
    cmd.add_argument("certbot_args", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace, out: TextIO) -> int:
    inside = CertbotDirs.inside(args.config_dir)
    dirs = CertbotDirs(
        args.config_dir, args.work_dir or inside.work_dir, args.logs_dir or inside.logs_dir
    )
    context = StepContext()
    with stop_on_signals(context.cancel):
        result = assistant(args).renew(context, args.certbot, dirs, args.certbot_args)
    if args.format == "json":
        write_json(
            {
                "schema": 1,
                "certbot_exit_code": result.code,
                "findings": [f.to_json(tr) for f in result.findings],
                "events": [
                    {"id": int(e.event_id), "level": e.level.value, "finding": e.finding}
                    for e in result.events
                ],
                "unreported": result.unreported,
            },
            out,
        )
    else:
        write_findings(result.findings, out)
    failed = result.code != 0 or F.has_error(result.findings)
    return EXIT_FAILED if failed else EXIT_OK

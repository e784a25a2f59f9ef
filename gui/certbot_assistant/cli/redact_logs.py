"""``certbot-assistant redact-logs``: take EAB HMAC keys out of certbot's logs, in place."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant.cli.common import EXIT_FAILED, EXIT_OK, Commands, UsageError, services
from certbot_assistant.core.certbot_logs import redact_logs
from certbot_assistant.core.translation import fill


def register(commands: Commands) -> None:
    redact = commands.add_parser(
        "redact-logs",
        help="remove EAB HMAC keys from certbot's logs",
        description="Mask --eab-hmac-key values in letsencrypt.log* files in place (same "
        "size, owner, mode and links; lines certbot appends meanwhile are kept). Exit 1 when a "
        "log could not be changed; each is named with the reason.",
    )
    redact.set_defaults(handler=run)
    redact.add_argument("dir", type=Path, help="a certbot logs dir, or a config dir with logs/")


def run(args: argparse.Namespace, out: TextIO) -> int:
    folder: Path = args.dir
    if not folder.is_dir():
        raise UsageError(f"certbot-assistant redact-logs: {folder} is not a folder")
    world = services(args)
    if not world.may_change(folder):
        raise UsageError(
            "certbot-assistant redact-logs: demo mode changes only its sample folder "
            f"{world.sandbox}"
        )
    result = redact_logs(folder)
    message = QCoreApplication.translate(
        "Cli", "Replaced %n HMAC key value(s). Log files changed: %1.", "", result.replaced
    )
    out.write(fill(message, [len(result.changed)]) + "\n")
    for path, why in result.skipped:
        skipped = QCoreApplication.translate("Cli", "Not changed: %1 (%2)")
        out.write(fill(skipped, [path, why]) + "\n")
    return EXIT_FAILED if result.skipped else EXIT_OK

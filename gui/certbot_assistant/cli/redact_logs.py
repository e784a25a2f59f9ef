"""``certbot-assistant redact-logs``: take EAB HMAC keys out of certbot's logs, in place."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import EXIT_FAILED, EXIT_OK, Commands, UsageError, assistant
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.translate import translate


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
        raise UsageError("redact-logs", QT_TRANSLATE_NOOP("Cli", "%1 is not a folder"), folder)
    result = assistant(args).redact_logs(folder)
    message = translate(
        "Cli", "Replaced %n HMAC key value(s). Log files changed: %1.", "", result.replaced
    )
    out.write(fill(message, [len(result.changed)]) + "\n")
    for path, why in result.skipped:
        skipped = translate("Cli", "Not changed: %1 (%2)")
        out.write(fill(skipped, [path, why]) + "\n")
    return EXIT_FAILED if result.skipped else EXIT_OK

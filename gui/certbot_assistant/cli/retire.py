"""``certbot-assistant retire``: back up, verify and remove a config dir (KB scenarios 1 and 2).

The same step as the wizard's "Back up and remove…": the folder stays unless its backup was
written and read back, and the task that renewed it goes with it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import EXIT_OK, Commands, UsageError, assistant
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core.configdir.backup import plan_removal
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.core.validation import validate_config_dir
from certbot_assistant.translate import translate


def register(commands: Commands) -> None:
    retire = commands.add_parser(
        "retire",
        help="back up a certbot config directory to a zip, verify it, then remove the folder",
        description="For a folder whose account certbot would reuse with the wrong KID: the "
        "next run registers afresh. Nothing is removed unless the backup reads back whole.",
    )
    retire.set_defaults(handler=run)
    retire.add_argument("--config-dir", type=Path, required=True)
    retire.add_argument("--archive", type=Path, required=True, help="the zip file to write")
    retire.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace, out: TextIO) -> int:
    operations = assistant(args)
    folder = validate_config_dir(str(args.config_dir))
    operations.check_may_change(folder, args.archive)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "retire", QT_TRANSLATE_NOOP("Cli", "no terminal to confirm; add --yes")
            )
        plan = plan_removal(folder)
        question = fill(
            translate(
                "Cli", "Back up %1 (%n file(s)) to %2 and then remove it?", "", len(plan.files)
            ),
            [folder, args.archive],
        )
        if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes", "はい"):
            out.write(translate("Cli", "Nothing was changed.") + "\n")
            return EXIT_OK
    context = StepContext()
    with stop_on_signals(context.cancel):
        result = operations.retire(context, folder, args.archive)
    out.write(
        fill(
            translate("Cli", "Backed up %1 files to %2 (verified) and removed %3."),
            [result.files, result.archive, folder],
        )
        + "\n"
    )
    for path in result.left_behind:
        message = translate("Cli", "Left in place (new or changed): %1")
        out.write(fill(message, [path]) + "\n")
    return EXIT_OK

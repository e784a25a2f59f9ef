"""``certbot-assistant renewal``: which task renews a config dir; schedule, unschedule, test."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    assistant,
    exit_for_findings,
    write_findings,
    write_findings_json,
)
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import fill
from certbot_assistant.core.validation import validate_config_dir
from certbot_assistant.translate import translate


def register(commands: Commands) -> None:
    renewal = commands.add_parser(
        "renewal",
        help="scheduled renewal of a config directory: status, schedule, unschedule, test",
        description="Certificates in a config directory other than the default are renewed "
        "only by a task that names it; this shows, creates or removes that task.",
    )
    verbs = renewal.add_subparsers(dest="verb", parser_class=type(renewal), required=True)
    for verb, handler, text in (
        ("status", run_status, "which scheduled task renews the folder, and what is wrong"),
        ("schedule", run_schedule, "create a task (Windows) or timer (Linux) renewing the "
         "folder twice a day"),
        ("unschedule", run_unschedule, "remove the assistant's task for the folder"),
        ("test", run_test, "check renewal safely (a dry run only where it places no real order)"),
    ):  # fmt: skip
        sub = verbs.add_parser(verb, help=text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--config-dir", type=Path, required=True)
        if verb in ("schedule", "test"):
            sub.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
        if verb == "status":
            sub.add_argument("--format", choices=("text", "json"), default="text")


def run_status(args: argparse.Namespace, out: TextIO) -> int:
    config_dir = validate_config_dir(str(args.config_dir))
    status = assistant(args).renewal_status(StepContext(), config_dir)
    if args.format == "json":
        write_findings_json(status.findings, out)
        return exit_for_findings(status.findings)
    for task in status.covering:
        line = translate("Cli", "%1: %2") if task.enabled else translate("Cli", "%1: %2 (disabled)")
        out.write(fill(line, [task.name, f"{task.certbot} {task.arguments}"]) + "\n")
    if not status.covering:
        out.write(translate("Cli", "No scheduled task renews it.") + "\n")
    write_findings(status.findings, out)
    return exit_for_findings(status.findings)


def run_unschedule(args: argparse.Namespace, out: TextIO) -> int:
    config_dir = validate_config_dir(str(args.config_dir))
    removed = assistant(args).unschedule(config_dir)
    text = (
        translate("Cli", "The renewal task was removed.")
        if removed
        else translate("Cli", "There was no renewal task to remove.")
    )
    out.write(text + "\n")
    return EXIT_OK


def run_schedule(args: argparse.Namespace, out: TextIO) -> int:
    operations = assistant(args)
    config_dir = validate_config_dir(str(args.config_dir))
    install, problems = operations.pick_certbot(StepContext(), args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    scheduled = operations.schedule(StepContext(), install.path, config_dir)
    message = translate("Cli", "Scheduled: %1 renews %2 twice a day.")
    out.write(fill(message, [scheduled.name, config_dir]) + "\n")
    command = scheduled.command
    shown = subprocess.list2cmdline(command) if os.name == "nt" else shlex.join(command)
    out.write(fill(translate("Cli", "It runs: %1"), [shown]) + "\n")
    return EXIT_OK


def run_test(args: argparse.Namespace, out: TextIO) -> int:
    operations = assistant(args)
    config_dir = validate_config_dir(str(args.config_dir))
    install, problems = operations.pick_certbot(StepContext(), args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    context = StepContext()
    with stop_on_signals(context.cancel):
        result = operations.test_renewal(context, install.path, config_dir, allow_dry_run=True)
    if not result.dry_run:
        out.write(
            translate(
                "Cli",
                "A dry run against DigiCert places a real order, so the assistant does not "
                "run one. These are the certificates Certbot would renew:",
            )
            + "\n"
        )
    out.write(result.output + "\n")
    return EXIT_OK if result.succeeded else EXIT_FAILED

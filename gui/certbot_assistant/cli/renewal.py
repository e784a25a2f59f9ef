"""``certbot-assistant renewal``: which task renews a config dir; schedule, unschedule, test."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    exit_for_findings,
    services,
    write_findings,
    write_findings_json,
)
from certbot_assistant.cli.issue import pick_certbot
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core.own_command import assistant_command
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.renewal import renewal_status, schedule_renewal
from certbot_assistant.core.translation import fill
from certbot_assistant.core.validation import validate_config_dir


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
    world = services(args)
    config_dir = validate_config_dir(str(args.config_dir))
    status = renewal_status(
        StepContext(), world.scheduler_factory(), config_dir, world.default_config_dir()
    )
    if args.format == "json":
        write_findings_json(status.findings, out)
        return exit_for_findings(status.findings)
    for task in status.covering:
        line = (
            QCoreApplication.translate("Cli", "%1: %2")
            if task.enabled
            else QCoreApplication.translate("Cli", "%1: %2 (disabled)")
        )
        out.write(fill(line, [task.name, f"{task.certbot} {task.arguments}"]) + "\n")
    if not status.covering:
        out.write(QCoreApplication.translate("Cli", "No scheduled task renews it.") + "\n")
    write_findings(status.findings, out)
    return exit_for_findings(status.findings)


def run_unschedule(args: argparse.Namespace, out: TextIO) -> int:
    config_dir = validate_config_dir(str(args.config_dir))
    removed = services(args).scheduler_factory().unschedule(config_dir)
    text = (
        QCoreApplication.translate("Cli", "The renewal task was removed.")
        if removed
        else QCoreApplication.translate("Cli", "There was no renewal task to remove.")
    )
    out.write(text + "\n")
    return EXIT_OK


def run_schedule(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    config_dir = validate_config_dir(str(args.config_dir))
    install, problems = pick_certbot(world, args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    name = schedule_renewal(
        StepContext(), world.scheduler_factory(), install.path, config_dir, assistant_command()
    )
    message = QCoreApplication.translate("Cli", "Scheduled: %1 renews %2 twice a day.")
    out.write(fill(message, [name, config_dir]) + "\n")
    return EXIT_OK


def run_test(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    config_dir = validate_config_dir(str(args.config_dir))
    install, problems = pick_certbot(world, args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    context = StepContext()
    with stop_on_signals(context.cancel):
        result = world.renewal_tester(context, install.path, config_dir, True)
    if not result.dry_run:
        out.write(
            QCoreApplication.translate(
                "Cli",
                "A dry run against DigiCert places a real order, so the assistant does not "
                "run one. These are the certificates Certbot would renew:",
            )
            + "\n"
        )
    out.write(result.output + "\n")
    return EXIT_OK if result.succeeded else EXIT_FAILED

"""``certbot-assistant status``: every config dir on this machine, its certificates, their last
renewal and the task that renews them; ``--format json`` for collecting from many servers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    Commands,
    exit_for_findings,
    load_profiles,
    services,
    write_findings,
    write_json,
    write_policy,
)
from certbot_assistant.core.renewal.status import MachineStatus
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.renewal import status_of_this_machine
from certbot_assistant.core.translation import fill
from certbot_assistant.status_words import (
    expiry_text,
    folder_text,
    last_renewal_text,
    renews_on_text,
)
from certbot_assistant.translate import date_text, join_list, tr, translate


def register(commands: Commands) -> None:
    cmd = commands.add_parser(
        "status",
        help="every config dir on this machine: certificates, expiry, last renewal, task",
        description="The default config dir, the ones the assistant's profiles use, the ones "
        "scheduled tasks name, and any given with --config-dir.",
    )
    cmd.set_defaults(handler=run)
    cmd.add_argument(
        "--config-dir", type=Path, action="append", default=[], help="also this folder (repeatable)"
    )
    cmd.add_argument("--format", choices=("text", "json"), default="text")
    cmd.add_argument(
        "--offline",
        action="store_true",
        help="ask neither the ACME server (renewal windows) nor CertCentral (validations)",
    )


def gather(args: argparse.Namespace) -> MachineStatus:
    world = services(args)
    return status_of_this_machine(
        StepContext(),
        world,
        load_profiles(world.profiles),
        named=args.config_dir,
        online=not args.offline,
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    status = gather(args)
    policy = services(args).policy()
    if args.format == "json":
        write_json({**status.as_json(tr), "policy": policy.as_json()}, out)
        return exit_for_findings(status.findings)
    write_policy(policy, out)
    now = status.generated
    for entry in status.dirs:
        out.write(folder_text(entry) + "\n")
        for cert in entry.certificates:
            line = translate("Cli", "%1: expires %2; last renewal %3")
            values = [cert.name, expiry_text(cert, now), last_renewal_text(cert.last_renewal)]
            out.write("  " + fill(line, values) + "\n")
            if cert.last_renewal and cert.last_renewal.detail:
                out.write(f"    {cert.last_renewal.detail}\n")
            if cert.renews_on is not None:
                out.write("    " + renews_on_text(cert) + "\n")
            if cert.used_by:
                line = fill(translate("Cli", "used by: %1"), [join_list(cert.used_by)])
                out.write("    " + line + "\n")
            for name, until in sorted(getattr(cert.forecast, "validated_until", {}).items()):
                line = translate("Cli", "%1: validated until %2")
                shown = date_text(until) if until else translate("Cli", "not validated")
                out.write("    " + fill(line, [name, shown]) + "\n")
        for task in entry.tasks:
            next_run = task.next_run or translate("Cli", "unknown")
            line = fill(translate("Cli", "task %1: next run %2"), [task.name, next_run])
            if not task.enabled:
                line += " " + translate("Cli", "(disabled)")
            out.write("  " + line + "\n")
        if not entry.tasks and entry.certificates:
            out.write("  " + translate("Cli", "No scheduled task renews it.") + "\n")
    if status.tasks_error:
        out.write(
            fill(
                translate("Cli", "Scheduled tasks could not be read: %1"),
                [status.tasks_error],
            )
        )
        out.write("\n")
    out.write("\n")
    write_findings(status.findings, out)
    return exit_for_findings(status.findings)

"""``certbot-assistant migrate``: every certificate of an old config dir, issued again under a
new credential in a new one, with its renewal settings and deploy targets (DigiCert's fix for
its troubleshooting scenarios 1 and 2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    UsageError,
    assistant,
    check_organization,
    profile_named,
    write_findings,
    write_json,
)
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.migrate import PREFLIGHT_STAGE, MigrationPlan, plan_migration
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.core.validation import validate_config_dir
from certbot_assistant.translate import join_list, tr, translate


def register(commands: Commands) -> None:
    cmd = commands.add_parser(
        "migrate",
        help="move every certificate of a config dir to a new credential in a new config dir",
        description="Each certificate of --from is ordered again in --to with the profile's "
        "credential: the same names and --cert-name, its authenticator, key and hook settings, "
        "and its deploy targets. --plan only shows what would happen. The old folder is backed "
        "up and removed (--archive) only after every certificate moved; --keep-old leaves it. "
        "Run the same command again after a stop: it goes on where it stopped.",
    )
    cmd.set_defaults(handler=run)
    cmd.add_argument("--from", dest="source", type=Path, required=True, metavar="OLD")
    cmd.add_argument("--to", dest="target", type=Path, required=True, metavar="NEW")
    cmd.add_argument("--profile", required=True, help="the profile with the new credential")
    cmd.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
    cmd.add_argument("--only", nargs="+", metavar="NAME", default=[], help="only these lineages")
    cmd.add_argument("--plan", action="store_true", help="show what would happen; change nothing")
    cmd.add_argument("--format", choices=("text", "json"), default="text")
    cmd.add_argument("--email", help="the e-mail address for the new ACME account")
    keep = cmd.add_mutually_exclusive_group()
    keep.add_argument("--archive", type=Path, metavar="ZIP", help="then back up and remove OLD")
    keep.add_argument("--keep-old", action="store_true", help="leave OLD as it is")
    cmd.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def write_plan(plan: MigrationPlan, out: TextIO) -> None:
    """One block per lineage, as a help-desk person reads it out."""
    head = translate("Cli", "Move %n certificate(s) from %1 to %2 with profile %3:", "",
                     len(plan.lineages))  # fmt: skip
    out.write(fill(head, [plan.source, plan.target, plan.profile.name]) + "\n")
    for lineage in plan.lineages:
        if lineage.moved:
            state = translate("Cli", "already moved")
        elif lineage.movable:
            state = translate("Cli", "will be ordered again")
        else:
            state = translate("Cli", "cannot be moved")
        out.write(f"\n  {lineage.name}: {state}\n")
        out.write(fill(translate("Cli", "    names: %1"), [join_list(lineage.domains)]) + "\n")
        out.write(fill(translate("Cli", "    method: %1"), [lineage.authenticator or "?"]) + "\n")
        for key, value in lineage.carried.items():
            out.write(f"    {key} = {value}\n")
        if lineage.targets is not None:
            out.write(translate("Cli", "    installed again where it is installed now") + "\n")
    orders = translate("Cli", "DigiCert will see %n new order(s).", "", len(plan.to_order))
    out.write("\n" + orders + "\n\n")
    write_findings(plan.findings(), out)


def run(args: argparse.Namespace, out: TextIO) -> int:
    operations = assistant(args)
    source = validate_config_dir(str(args.source))
    target = validate_config_dir(str(args.target))
    if source == target:
        raise UsageError("migrate", QT_TRANSLATE_NOOP("Cli", "--from and --to are one folder"))
    profile = profile_named(args.profile, args)
    check_organization("migrate", args, server=profile.server, new_config_dir=target)
    plan = plan_migration(source, target, profile, args.only)
    if args.plan:
        if args.format == "json":
            write_json(plan.to_json(), out)
        else:
            write_plan(plan, out)
        return EXIT_FAILED if plan.blocked else EXIT_OK
    if args.archive is None and not args.keep_old:
        raise UsageError(
            "migrate",
            QT_TRANSLATE_NOOP(
                "Cli", "say what happens to the old folder: --archive ZIP or --keep-old"
            ),
        )
    install, problems = operations.pick_certbot(StepContext(), args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                "migrate", QT_TRANSLATE_NOOP("Cli", "no terminal to confirm; add --yes")
            )
        write_plan(plan, out)
        question = translate("Cli", "Order these certificates again now?")
        if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes", "はい"):
            out.write(translate("Cli", "Nothing was changed.") + "\n")
            return EXIT_OK

    names = {lineage.name for lineage in plan.to_order}

    def progress(stage: str) -> None:
        if stage == PREFLIGHT_STAGE:
            out.write(translate("Cli", "Checking CertCentral and this server…") + "\n")
            out.flush()
        elif stage in names:  # certbot's own stages come through here too
            out.write(fill(translate("Cli", "Ordering %1 again…"), [stage]) + "\n")
            out.flush()

    context = StepContext(on_progress=progress)
    with stop_on_signals(context.cancel):
        result = operations.migrate(context, plan, install, archive=args.archive, email=args.email)
    if args.format == "json":
        write_json(
            {
                "schema": 1,
                "moved": result.moved,
                "not_moved": result.not_moved,
                "stopped_at": result.stopped_at,
                "scheduled": result.scheduled,
                "archive": str(result.retired.archive) if result.retired else None,
                "findings": [f.to_json(tr) for f in result.findings],
            },
            out,
        )
    else:
        write_findings(result.findings, out)
    return EXIT_OK if result.succeeded else EXIT_FAILED

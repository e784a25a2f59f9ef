"""``certbot-assistant apikey``: the CertCentral API key, kept in the OS keyring only."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_OK,
    Commands,
    UsageError,
    assistant,
    policy_refusal,
    services,
)
from certbot_assistant.core.policy import Setting
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.translate import tr, translate


def register(commands: Commands) -> None:
    apikey = commands.add_parser(
        "apikey",
        help="store or delete the CertCentral API key (in the OS keyring)",
        description="The API key is never taken from the command line: it is asked for with a "
        "hidden prompt, or read from standard input with --stdin.",
    )
    verbs = apikey.add_subparsers(dest="verb", parser_class=type(apikey), required=True)
    k_set = verbs.add_parser("set", help="store the API key for a region")
    k_set.set_defaults(handler=run_set)
    k_set.add_argument(
        "--region", choices=("us", "eu"), help="default: your organization's region, else us"
    )
    k_set.add_argument("--stdin", action="store_true", help="read the key from standard input")
    k_set.add_argument(
        "--machine",
        action="store_true",
        help="for the scheduled renewal: readable by SYSTEM/root and administrators only "
        "(run as administrator); a key restricted to View Only is enough",
    )
    k_delete = verbs.add_parser("delete", help="delete the API key of a region")
    k_delete.set_defaults(handler=run_delete)
    k_delete.add_argument(
        "--region", choices=("us", "eu"), help="default: your organization's region, else us"
    )
    k_delete.add_argument("--machine", action="store_true", help="the scheduled renewal's key")


def _region(args: argparse.Namespace) -> str:
    """The region asked for, else the organization's, else us (a locked one cannot be left)."""
    policy = services(args).policy()
    region = args.region or policy.value(Setting.CERTCENTRAL_REGION) or "us"
    policy_refusal(f"apikey {args.verb}", policy, Setting.CERTCENTRAL_REGION, region)
    args.region = region
    return region


def run_delete(args: argparse.Namespace, out: TextIO) -> int:
    _region(args)
    if args.machine:
        assistant(args).delete_machine_key(args.region)
    else:
        services(args).secrets.delete_api_key(args.region)
    out.write(translate("Cli", "API key deleted.") + "\n")
    return EXIT_OK


def run_set(args: argparse.Namespace, out: TextIO) -> int:
    secrets = services(args).secrets
    _region(args)
    if args.stdin:
        key = sys.stdin.readline().strip()
    elif sys.stdin.isatty():
        key = getpass.getpass(translate("Cli", "CertCentral API key (input hidden): ")).strip()
    else:
        raise UsageError("apikey set", QT_TRANSLATE_NOOP("Cli", "no terminal; use --stdin"))
    if not key or any(c.isspace() for c in key):
        raise UsageError(
            "apikey set", QT_TRANSLATE_NOOP("Cli", "the API key is empty or has spaces")
        )
    if args.machine:
        path = assistant(args).store_machine_key(args.region, key)
        out.write(
            fill(
                translate(
                    "Cli",
                    "API key saved for the scheduled renewal in %1 (SYSTEM and administrators "
                    "only). A key restricted to View Only is enough for its checks.",
                ),
                [path],
            )
            + "\n"
        )
        return EXIT_OK
    secrets.store_api_key(args.region, key)
    backend = secrets.backend_info().display_name(tr)
    out.write(fill(translate("Cli", "API key saved in %1."), [backend]) + "\n")
    return EXIT_OK

"""``certbot-assistant requests``: pending CertCentral requests, listed, approved or rejected."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant import APP_NAME
from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    UsageError,
    profile_named,
    services,
    write_json,
)
from certbot_assistant.core.certcentral_checks import (
    RequestSummary,
    describe_request,
    set_request_status,
)
from certbot_assistant.core.certcentral_client import CertCentralClient, CertCentralNotFound
from certbot_assistant.core.translation import fill


def register(commands: Commands) -> None:
    requests = commands.add_parser(
        "requests",
        help="pending CertCentral certificate requests: list, approve, reject",
    )
    verbs = requests.add_subparsers(dest="verb", parser_class=type(requests), required=True)
    r_list = verbs.add_parser("list", help="list pending requests")
    r_list.set_defaults(handler=run_list)
    r_list.add_argument("--profile", required=True)
    r_list.add_argument("--format", choices=("text", "json"), default="text")
    for verb in ("approve", "reject"):
        r_verb = verbs.add_parser(verb, help=f"{verb} one request (shows it first)")
        r_verb.set_defaults(handler=run_decide)
        r_verb.add_argument("id", type=int)
        r_verb.add_argument("--profile", required=True)
        r_verb.add_argument("--comment", default=f"{verb.capitalize()}d with {APP_NAME}")
        r_verb.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _client(args: argparse.Namespace) -> CertCentralClient:
    """A client for the profile's region with the API key from the keyring."""
    world = services(args)
    profile = profile_named(args.profile, args)
    url = world.certcentral_url(profile.region)
    return CertCentralClient(world.secrets.read_api_key(profile.region), url)


def describe(summary: RequestSummary) -> str:
    when = summary.date.strftime("%Y-%m-%d %H:%M UTC") if summary.date else "?"
    rows = [
        (QCoreApplication.translate("Cli", "Request"), str(summary.id)),
        (QCoreApplication.translate("Cli", "Names"), ", ".join(summary.names) or "?"),
        (QCoreApplication.translate("Cli", "Product"), summary.product or "?"),
        (QCoreApplication.translate("Cli", "Organization"), summary.organization or "?"),
        (QCoreApplication.translate("Cli", "Requested by"), summary.requester or "?"),
        (QCoreApplication.translate("Cli", "Submitted"), when),
        (QCoreApplication.translate("Cli", "Status"), summary.status),
    ]
    return "".join(f"  {label}: {value}\n" for label, value in rows)


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    with _client(args) as client:
        pending = list(client.get_all("/request", "requests", {"filters[status]": "pending"}))
        if args.format == "json":
            write_json(pending, out)
            return EXIT_OK
        if not pending:
            out.write(QCoreApplication.translate("Cli", "No pending requests.") + "\n")
        for item in pending:
            out.write(describe(describe_request(client, int(item["id"]))) + "\n")
    return EXIT_OK


def run_decide(args: argparse.Namespace, out: TextIO) -> int:
    status = "approved" if args.verb == "approve" else "rejected"
    with _client(args) as client:
        try:
            summary = describe_request(client, args.id)
        except CertCentralNotFound:
            message = QCoreApplication.translate("Cli", "There is no request %1.")
            print(fill(message, [args.id]), file=sys.stderr)
            return EXIT_FAILED
        out.write(describe(summary))
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(
                    f"certbot-assistant requests {args.verb}: no terminal to confirm; add --yes"
                )
            question = (
                QCoreApplication.translate("Cli", "Approve this request?")
                if status == "approved"
                else QCoreApplication.translate("Cli", "Reject this request?")
            )
            answer = input(f"{question} [y/N] ").strip().lower()
            if answer not in ("y", "yes", "はい"):
                out.write(QCoreApplication.translate("Cli", "Nothing was changed.") + "\n")
                return EXIT_OK
        set_request_status(client, args.id, status, args.comment)
    done = (
        QCoreApplication.translate("Cli", "Request %1 approved.")
        if status == "approved"
        else QCoreApplication.translate("Cli", "Request %1 rejected.")
    )
    out.write(fill(done, [args.id]) + "\n")
    return EXIT_OK

"""``certbot-assistant requests``: pending CertCentral requests, listed, approved or rejected."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from certbot_assistant import APP_NAME
from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    UsageError,
    assistant,
    profile_named,
    write_json,
)
from certbot_assistant.core.certcentral.checks import (
    RequestSummary,
    describe_request,
    pending_requests,
    set_request_status,
)
from certbot_assistant.core.certcentral.client import CertCentralClient, CertCentralNotFound
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.translate import date_text, join_list, translate


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
    return assistant(args).certcentral_for(profile_named(args.profile, args))


def describe(summary: RequestSummary) -> str:
    when = date_text(summary.date, time=True) if summary.date else "?"
    rows = [
        (translate("Cli", "Request"), str(summary.id)),
        (translate("Cli", "Names"), join_list(summary.names) or "?"),
        (translate("Cli", "Product"), summary.product or "?"),
        (translate("Cli", "Organization"), summary.organization or "?"),
        (translate("Cli", "Requested by"), summary.requester or "?"),
        (translate("Cli", "Submitted"), when),
        (translate("Cli", "Status"), summary.status),
    ]
    return "".join(f"  {label}: {value}\n" for label, value in rows)


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    with _client(args) as client:
        pending = pending_requests(client)
        if args.format == "json":
            write_json(pending, out)
            return EXIT_OK
        if not pending:
            out.write(translate("Cli", "No pending requests.") + "\n")
        for item in pending:
            out.write(describe(describe_request(client, int(item["id"]))) + "\n")
    return EXIT_OK


def run_decide(args: argparse.Namespace, out: TextIO) -> int:
    status = "approved" if args.verb == "approve" else "rejected"
    with _client(args) as client:
        try:
            summary = describe_request(client, args.id)
        except CertCentralNotFound:
            message = translate("Cli", "There is no request %1.")
            print(fill(message, [args.id]), file=sys.stderr)
            return EXIT_FAILED
        out.write(describe(summary))
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError(
                    f"requests {args.verb}",
                    QT_TRANSLATE_NOOP("Cli", "no terminal to confirm; add --yes"),
                )
            question = (
                translate("Cli", "Approve this request?")
                if status == "approved"
                else translate("Cli", "Reject this request?")
            )
            answer = input(f"{question} [y/N] ").strip().lower()
            if answer not in ("y", "yes", "はい"):
                out.write(translate("Cli", "Nothing was changed.") + "\n")
                return EXIT_OK
        set_request_status(client, args.id, status, args.comment)
    done = (
        translate("Cli", "Request %1 approved.")
        if status == "approved"
        else translate("Cli", "Request %1 rejected.")
    )
    out.write(fill(done, [args.id]) + "\n")
    return EXIT_OK

"""``certbot-assistant issue``: the wizard's run, for remote sessions and scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    assistant,
    check_organization,
    profile_named,
    services,
    write_findings,
)
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core.certbot.command import to_cmd
from certbot_assistant.core.run.certbot_run import RunRefused
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.issue import build_issue_request
from certbot_assistant.core.translation import fill
from certbot_assistant.core.validation import (
    validate_config_dir,
    validate_domains,
    validate_email,
    validate_port,
)
from certbot_assistant.translate import translate


def register(commands: Commands) -> None:
    issue = commands.add_parser(
        "issue",
        help="get a certificate with certbot for a profile",
        description="Check the config directory, then run certbot certonly with the profile's "
        "credential and stream its output.",
    )
    issue.set_defaults(handler=run)
    issue.add_argument("--profile", required=True)
    issue.add_argument("-d", "--domain", dest="domains", action="append", required=True)
    issue.add_argument("--config-dir", help="default: the profile's, else certbot's default")
    issue.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
    method = issue.add_mutually_exclusive_group()
    method.add_argument("--standalone", action="store_true", help="certbot's own web server")
    method.add_argument("--webroot", help="serve the challenge from this web root")
    issue.add_argument("--http-01-port", help="port for --standalone (default 80)")
    issue.add_argument("--email", help="e-mail for the ACME account")
    issue.add_argument(
        "--same-credential",
        action="store_true",
        help="the folder's existing account (whose KID nothing records) was registered with "
        "this profile's KID: record that and go on",
    )
    issue.add_argument(
        "--force",
        action="store_true",
        help="run even when the config directory would make certbot ignore the KID (experts)",
    )
    issue.add_argument(
        "--timeout", type=float, default=1800, help="stop certbot after this many seconds"
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    profile = profile_named(args.profile, args)
    domains = validate_domains(args.domains)
    config_dir = validate_config_dir(
        args.config_dir or profile.config_dir or str(world.default_config_dir())
    )
    port = validate_port(args.http_01_port) if args.http_01_port else None
    email = validate_email(args.email) if args.email else None
    check_organization("issue", args, server=profile.server, new_config_dir=config_dir)
    operations = assistant(args)
    install, problems = operations.pick_certbot(StepContext(), args.certbot)
    if install is None:
        write_findings(problems, out)
        return EXIT_FAILED
    hmac_key = world.secrets.read_hmac(profile.eab_kid)
    if args.same_credential:
        operations.confirm_same_credential(config_dir, profile.server, profile.eab_kid)
    request = build_issue_request(
        install.path,
        profile,
        hmac_key,
        domains,
        config_dir,
        email=email,
        webroot=Path(args.webroot) if args.webroot else None,
        http01_port=port,
        certbot_version=install.version_tuple,
        timeout_s=args.timeout,
        override_refusal=args.force,
    )
    out.write(fill(translate("Cli", "Running: %1"), [to_cmd(request.display_argv())]) + "\n\n")
    out.flush()

    def echo(stream: str, line: str) -> None:
        target = out if stream == "stdout" else sys.stderr
        target.write(line + "\n")
        target.flush()

    context = StepContext(on_line=echo)
    try:
        with stop_on_signals(context.cancel):
            result = operations.run(context, request)
    except RunRefused as exc:
        out.write(translate("Cli", "Certbot was not started:") + "\n")
        write_findings(exc.findings, out)
        return EXIT_FAILED
    out.write("\n")
    write_findings(result.findings, out)
    return EXIT_OK if result.succeeded else EXIT_FAILED

"""The headless face: ``certbot-assistant <command>``; with no command it opens the wizard.

Same core as the GUI, no widgets. Exit codes (architecture.md): 0 when no finding is an error
(or the command succeeded), 1 when one is (or certbot failed or was refused), 2 on a usage error.
Bad arguments give one line on stderr, never a traceback.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.cli.common import EXIT_FAILED, EXIT_USAGE, UsageError
from certbot_assistant.core.certbot_paths import default_config_dir

if TYPE_CHECKING:
    import argparse

    from certbot_assistant.demo.session import DemoSession

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """argparse is imported here: a double-click on the app never needs it."""
    import argparse
    from typing import NoReturn

    class _Parser(argparse.ArgumentParser):
        """Reports a usage error as one line and lets ``main`` choose the exit code."""

        def error(self, message: str) -> NoReturn:
            raise UsageError(f"{self.prog}: {message} (see --help)")

    parser = _Parser(
        prog="certbot-assistant",
        description=f"{APP_NAME}. Without a command, the wizard opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation is complete (versions, keyring, translations) and exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="training mode with a fake CertCentral (nothing reaches DigiCert)",
    )
    parser.add_argument(
        "--demo-scenarios",
        default="healthy,pending-2h",
        metavar="LIST",
        help="what the demo's CertCentral shows, comma-separated, e.g. "
        "pending-30h,domain-not-validated",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    diag = commands.add_parser(
        "diagnose",
        help="look at this machine and a certbot config directory and list what is wrong",
        description="Find certbot installs, inspect a config directory and list findings.",
    )
    diag.add_argument(
        "--config-dir",
        type=Path,
        default=None,
        help=f"certbot config directory (default: {default_config_dir()})",
    )
    diag.add_argument("--server", help="the ACME directory URL you will use")
    diag.add_argument("--eab-kid", help="the EAB KID you will use (never the HMAC key)")
    diag.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
    diag.add_argument(
        "--certbot-output", type=Path, help="a file with certbot's output or letsencrypt.log"
    )
    diag.add_argument("--format", choices=("text", "json"), default="text")
    diag.add_argument(
        "--profile", help="take --server, --eab-kid and --config-dir from this profile"
    )
    diag.add_argument(
        "--certcentral",
        action="store_true",
        help="also check CertCentral for the profile (API key from the keyring)",
    )
    diag.add_argument(
        "-d", "--domain", dest="domains", action="append", default=[], help="a name to request"
    )
    diag.add_argument(
        "--renewal",
        action="store_true",
        help="also check that a scheduled task renews the config directory",
    )
    diag_method = diag.add_mutually_exclusive_group()
    diag_method.add_argument(
        "--standalone",
        action="store_true",
        help="also check this server for certbot's own web server: the HTTP port, "
        "administrator rights, that the -d names resolve",
    )
    diag_method.add_argument(
        "--webroot", help="also check this server for webroot: administrator rights, names"
    )
    diag.add_argument("--http-01-port", help="the port for --standalone (default 80)")

    profiles = commands.add_parser(
        "profiles",
        help="saved ACME credentials (the HMAC key lives in the OS keyring)",
        description="List, show, add and remove profiles.",
    )
    verbs = profiles.add_subparsers(dest="verb", parser_class=_Parser, required=True)
    p_list = verbs.add_parser("list", help="list the profiles")
    p_list.add_argument("--format", choices=("text", "json"), default="text")
    p_show = verbs.add_parser("show", help="show one profile")
    p_show.add_argument("name")
    p_show.add_argument("--format", choices=("text", "json"), default="text")
    p_add = verbs.add_parser(
        "add",
        help="add a profile; the HMAC key is asked for (hidden) or read from stdin",
        description="The HMAC key is never taken from the command line: it is asked for with "
        "a hidden prompt, or read from standard input with --hmac-stdin.",
    )
    p_add.add_argument("name")
    p_add.add_argument("--server", required=True, help="the ACME directory URL")
    p_add.add_argument("--eab-kid", required=True, help="the KID of that URL")
    p_add.add_argument("--region", choices=("us", "eu"), default="us", help="CertCentral region")
    p_add.add_argument("--config-dir", help="the certbot config directory for this credential")
    p_add.add_argument(
        "--certcentral-credential",
        "--credential-name",
        dest="credential_name",
        help="the ACME credential's name in CertCentral (for the CertCentral checks)",
    )
    p_add.add_argument("--hmac-stdin", action="store_true", help="read the HMAC key from stdin")
    p_add.add_argument("--replace", action="store_true", help="replace a profile of that name")
    p_remove = verbs.add_parser("remove", help="remove a profile (and its HMAC key if unused)")
    p_remove.add_argument("name")
    p_remove.add_argument(
        "--keep-secret", action="store_true", help="leave the HMAC key in the keyring"
    )

    issue = commands.add_parser(
        "issue",
        help="get a certificate with certbot for a profile",
        description="Check the config directory, then run certbot certonly with the profile's "
        "credential and stream its output.",
    )
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

    apikey = commands.add_parser(
        "apikey",
        help="store or delete the CertCentral API key (in the OS keyring)",
        description="The API key is never taken from the command line: it is asked for with a "
        "hidden prompt, or read from standard input with --stdin.",
    )
    apikey_verbs = apikey.add_subparsers(dest="verb", parser_class=_Parser, required=True)
    k_set = apikey_verbs.add_parser("set", help="store the API key for a region")
    k_set.add_argument("--region", choices=("us", "eu"), default="us")
    k_set.add_argument("--stdin", action="store_true", help="read the key from standard input")
    k_delete = apikey_verbs.add_parser("delete", help="delete the API key of a region")
    k_delete.add_argument("--region", choices=("us", "eu"), default="us")

    requests = commands.add_parser(
        "requests",
        help="pending CertCentral certificate requests: list, approve, reject",
    )
    request_verbs = requests.add_subparsers(dest="verb", parser_class=_Parser, required=True)
    r_list = request_verbs.add_parser("list", help="list pending requests")
    r_list.add_argument("--profile", required=True)
    r_list.add_argument("--format", choices=("text", "json"), default="text")
    for verb in ("approve", "reject"):
        r_verb = request_verbs.add_parser(verb, help=f"{verb} one request (shows it first)")
        r_verb.add_argument("id", type=int)
        r_verb.add_argument("--profile", required=True)
        r_verb.add_argument("--comment", default=f"{verb.capitalize()}d with {APP_NAME}")
        r_verb.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    renewal = commands.add_parser(
        "renewal",
        help="scheduled renewal of a config directory: status, schedule, unschedule, test",
        description="Certificates in a config directory other than the default are renewed "
        "only by a task that names it; this shows, creates or removes that task.",
    )
    renewal_verbs = renewal.add_subparsers(dest="verb", parser_class=_Parser, required=True)
    for verb, text in (
        ("status", "which scheduled task renews the folder, and what is wrong with it"),
        ("schedule", "create a task (Windows) or timer (Linux) renewing the folder twice a day"),
        ("unschedule", "remove the assistant's task for the folder"),
        ("test", "check renewal safely (a dry run only where it places no real order)"),
    ):
        sub = renewal_verbs.add_parser(verb, help=text)
        sub.add_argument("--config-dir", type=Path, required=True)
        if verb in ("schedule", "test"):
            sub.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
        if verb == "status":
            sub.add_argument("--format", choices=("text", "json"), default="text")

    redact = commands.add_parser(
        "redact-logs",
        help="remove EAB HMAC keys from certbot's logs",
        description="Replace --eab-hmac-key values in letsencrypt.log* files in place.",
    )
    redact.add_argument("dir", type=Path, help="a certbot logs dir, or a config dir with logs/")
    return parser


def _install_translations() -> None:
    """The CLI prints in the user's language too (JSON ids stay as they are)."""
    from PySide6.QtCore import QCoreApplication

    from certbot_assistant.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app)


def _start_demo(spec: str) -> DemoSession:
    from certbot_assistant.demo.fake_certcentral import SCENARIOS
    from certbot_assistant.demo.session import start_demo

    scenarios = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [s for s in scenarios if s not in SCENARIOS]
    if unknown:
        raise UsageError(
            f"certbot-assistant: unknown demo scenario {', '.join(unknown)} "
            f"(choose from {', '.join(SCENARIOS)})"
        )
    session = start_demo(scenarios)
    print(
        "*** DEMO MODE: a fake CertCentral answers; nothing is sent to DigiCert. "
        f"Profile: {session.profile_name} ***",
        file=sys.stderr,
    )
    return session


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        # The common case, a double-click: straight to the wizard, no parser to build.
        from certbot_assistant.app import main as gui_main

        return gui_main([])
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if args.self_test:
        from certbot_assistant import self_test

        return self_test.run()
    if args.command is None:
        from certbot_assistant.app import main as gui_main

        return gui_main(arguments, demo=args.demo_scenarios if args.demo else None)
    from certbot_assistant.cli import commands
    from certbot_assistant.core.app_logging import setup_logging
    from certbot_assistant.core.private_temp import sweep_stale_inis

    setup_logging()
    sweep_stale_inis()
    _install_translations()
    demo = None
    try:
        from certbot_assistant.core.services import Services

        demo = _start_demo(args.demo_scenarios) if args.demo else None
        args.services = Services.demo(demo) if demo else Services.real()
        return commands.run(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        from PySide6.QtCore import QCoreApplication

        print(QCoreApplication.translate("Cli", "Interrupted."), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (``diagnose | head``): nothing more to say, and Python must not
        # complain again when it flushes stdout at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    finally:
        if demo is not None:
            demo.stop()

"""The headless face: ``certbot-assistant <command>``; with no command it opens the wizard.

Same core as the GUI, no widgets. Exit codes (architecture.md): 0 when no finding is an error
(or the command succeeded), 1 when one is (or certbot failed or was refused), 2 on a usage error.
Bad arguments give one line on stderr, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.cli.exit_codes import EXIT_FAILED, EXIT_USAGE, UsageError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.translate import join_list, tr, translate

if TYPE_CHECKING:
    import argparse

    from certbot_assistant.demo.session import DemoSession


def build_parser(arguments: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """argparse is imported here: a double-click on the app never needs it. With
    ``arguments``, only the command they name is registered."""
    import argparse
    from pathlib import Path
    from typing import NoReturn

    class _Parser(argparse.ArgumentParser):
        """Reports a usage error as one line and lets ``main`` choose the exit code."""

        def error(self, message: str) -> NoReturn:
            command = self.prog.removeprefix("certbot-assistant").strip()
            raise UsageError(command, QT_TRANSLATE_NOOP("Cli", "%1 (see --help)"), message)

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
        "pending-30h,domain-not-validated,legacy-credential",
    )
    parser.add_argument(
        "--walk",
        type=Path,
        metavar="SCRIPT",
        help="drive the wizard in demo mode through a walk script (tests, screenshots; see "
        "the README) and exit 0 if every step worked",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in _commands_to_register(arguments):
        command_group(name).register(commands)
    return parser


COMMANDS = (
    "diagnose", "status", "profiles", "issue", "deploy", "apikey", "requests", "renewal",
    "renew", "notify", "retire", "redact-logs", "migrate",
)  # fmt: skip
_TOP_VALUES = ("--demo-scenarios", "--walk")


def _commands_to_register(arguments: Sequence[str] | None) -> Sequence[str]:
    """Only the command being run, so a command imports only what it uses; none for the
    options without a command (``--version``); every command when the whole list is shown
    (help, an unknown command)."""
    if arguments is None:
        return COMMANDS
    words = iter(arguments)
    for word in words:
        if word in ("-h", "--help"):
            return COMMANDS
        if word in _TOP_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            return (word,) if word in COMMANDS else COMMANDS
    return ()


def command_group(name: str) -> ModuleType:
    """The module of one command: it registers its arguments beside its handler. Imported
    here by statement, so the frozen bundle holds every one (architecture rule 6)."""
    match name:
        case "diagnose":
            from certbot_assistant.cli import diagnose

            return diagnose
        case "status":
            from certbot_assistant.cli import status

            return status
        case "profiles":
            from certbot_assistant.cli import profiles

            return profiles
        case "issue":
            from certbot_assistant.cli import issue

            return issue
        case "deploy":
            from certbot_assistant.cli import deploy

            return deploy
        case "apikey":
            from certbot_assistant.cli import apikey

            return apikey
        case "requests":
            from certbot_assistant.cli import requests

            return requests
        case "renewal":
            from certbot_assistant.cli import renewal

            return renewal
        case "renew":
            from certbot_assistant.cli import renew

            return renew
        case "notify":
            from certbot_assistant.cli import notify

            return notify
        case "retire":
            from certbot_assistant.cli import retire

            return retire
        case "redact-logs":
            from certbot_assistant.cli import redact_logs

            return redact_logs
        case "migrate":
            from certbot_assistant.cli import migrate

            return migrate
        case _:
            raise KeyError(name)


def _choose_language() -> None:
    """The CLI prints in the user's language too (JSON ids stay as they are); Qt's translators
    are loaded only when that language is not English (``translate``)."""
    from certbot_assistant.translate import choose_language, set_language, system_languages

    set_language(choose_language(system_languages()), _load_translators)


def _load_translators(language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from certbot_assistant.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, language)


def _start_demo(spec: str) -> DemoSession:
    from certbot_assistant.demo.fake_certcentral import SCENARIOS
    from certbot_assistant.demo.session import start_demo

    scenarios = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [s for s in scenarios if s not in SCENARIOS]
    if unknown:
        raise UsageError(
            "",
            QT_TRANSLATE_NOOP("Cli", "unknown demo scenario %1 (choose from %2)"),
            join_list(unknown),
            join_list(SCENARIOS),
        )
    session = start_demo(scenarios)
    print(
        "*** DEMO MODE: a fake CertCentral answers; nothing is sent to DigiCert. "
        f"Profile: {session.profile_name} ***",
        file=sys.stderr,
    )
    return session


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the parsed command; every error a command can meet becomes its exit code here."""
    out = out or sys.stdout
    try:
        code: int = args.handler(args, out)
    except Exception as exc:  # noqa: BLE001 - a bug is logged with its traceback, not shown
        return exit_for_error(exc, args.command, out)
    return code


def exit_for_error(exc: Exception, command: str, out: TextIO) -> int:
    """The one error-to-exit mapping: bad input is a usage error (2), a named outcome is said
    in the user's language (1), anything else is a bug, logged with its traceback (1)."""
    import logging

    from certbot_assistant.cli.common import write_findings
    from certbot_assistant.core.certcentral.client import BaseUrlError
    from certbot_assistant.core.errors import AssistantError, TranslatableError
    from certbot_assistant.core.validation import ValidationError

    log = logging.getLogger(__name__)
    if isinstance(exc, BrokenPipeError):
        raise exc  # the reader went away: ``main`` ends quietly
    if isinstance(exc, UsageError):
        print(exc.text(tr), file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, ValidationError | BaseUrlError):
        print(UsageError.about(command, exc).text(tr), file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, AssistantError) and (finding := exc.finding()) is not None:
        write_findings([finding], out)
        return EXIT_FAILED
    if isinstance(exc, TranslatableError):
        print(exc.text(tr), file=sys.stderr)
        return EXIT_FAILED
    if isinstance(exc, OSError):
        print(f"{exc.filename or command}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    if isinstance(exc, AssistantError):
        log.info("%s ended with %s: %s", command, type(exc).__name__, exc)
        print(f"certbot-assistant {command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    log.exception("%s failed unexpectedly", command)
    message = translate(
        "Cli", "Something unexpected went wrong. The details are in the log folder: %1"
    )
    from certbot_assistant.core.app_logging import log_dir
    from certbot_assistant.core.translation import fill

    print(fill(message, [log_dir()]), file=sys.stderr)
    return EXIT_FAILED


def safe_console() -> None:
    """Output never crashes on the console's code page: a pipe on an English Windows is cp1252,
    which has no Japanese (and a frozen exe ignores PYTHONIOENCODING). What the code page
    cannot show is written as an escape instead. And it never acts on the terminal: control
    characters and bidi marks from a log, a KID or a folder name are written out visibly."""
    from certbot_assistant.core.text_output import VisibleWriter

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    if not isinstance(sys.stdout, VisibleWriter):
        sys.stdout = VisibleWriter(sys.stdout)
    if not isinstance(sys.stderr, VisibleWriter):
        sys.stderr = VisibleWriter(sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    safe_console()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        # The common case, a double-click: straight to the wizard, no parser to build.
        from certbot_assistant.app import main as gui_main

        return gui_main([])
    parser = build_parser(arguments)
    try:
        args = parser.parse_args(arguments)
    except UsageError as exc:
        print(exc.text(tr), file=sys.stderr)
        return EXIT_USAGE
    if args.self_test:
        from certbot_assistant import self_test

        return self_test.run()
    if args.walk is not None:
        from certbot_assistant.app import walk_main

        return walk_main(args.walk)
    if args.command is None:
        from certbot_assistant.app import main as gui_main

        return gui_main(arguments, demo=args.demo_scenarios if args.demo else None)
    from certbot_assistant.core.app_logging import setup_logging
    from certbot_assistant.core.system.private_temp import sweep_stale_inis

    setup_logging()
    sweep_stale_inis()
    _choose_language()
    demo = None
    try:
        from certbot_assistant.core.services import Services

        demo = _start_demo(args.demo_scenarios) if args.demo else None
        args.services = Services.demo(demo) if demo else Services.real()
        return run_command(args)
    except UsageError as exc:
        print(exc.text(tr), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted."), file=sys.stderr)
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

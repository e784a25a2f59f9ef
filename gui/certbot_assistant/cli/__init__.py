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
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.cli.common import EXIT_FAILED, EXIT_USAGE, UsageError

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
    for group in _command_groups():
        group.register(commands)
    return parser


def _command_groups() -> list[ModuleType]:
    """One module per command group; each registers its arguments beside its handlers."""
    from certbot_assistant.cli import (
        apikey,
        deploy,
        diagnose,
        issue,
        notify,
        profiles,
        redact_logs,
        renew,
        renewal,
        requests,
        retire,
        status,
    )

    return [
        diagnose, status, profiles, issue, deploy, apikey, requests, renewal, renew, notify,
        retire, redact_logs,
    ]  # fmt: skip


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
    from PySide6.QtCore import QCoreApplication

    from certbot_assistant.cli.common import write_findings
    from certbot_assistant.core.certcentral_client import BaseUrlError
    from certbot_assistant.core.errors import AssistantError
    from certbot_assistant.core.translation import TranslatableError
    from certbot_assistant.core.validation import ValidationError
    from certbot_assistant.i18n import qt_translate

    if isinstance(exc, BrokenPipeError):
        raise exc  # the reader went away: ``main`` ends quietly
    if isinstance(exc, UsageError):
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, ValidationError):
        print(f"certbot-assistant {command}: {exc.text(qt_translate)}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, BaseUrlError):
        print(f"certbot-assistant {command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, AssistantError) and (finding := exc.finding()) is not None:
        write_findings([finding], out)
        return EXIT_FAILED
    if isinstance(exc, TranslatableError):
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED
    if isinstance(exc, OSError):
        print(f"{exc.filename or command}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    if isinstance(exc, AssistantError):
        log.info("%s ended with %s: %s", command, type(exc).__name__, exc)
        print(f"certbot-assistant {command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    log.exception("%s failed unexpectedly", command)
    message = QCoreApplication.translate(
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
        sys.stdout = VisibleWriter(sys.stdout)  # type: ignore[assignment]
    if not isinstance(sys.stderr, VisibleWriter):
        sys.stderr = VisibleWriter(sys.stderr)  # type: ignore[assignment]


def main(argv: Sequence[str] | None = None) -> int:
    safe_console()
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
    if args.walk is not None:
        from certbot_assistant.app import walk_main

        return walk_main(args.walk)
    if args.command is None:
        from certbot_assistant.app import main as gui_main

        return gui_main(arguments, demo=args.demo_scenarios if args.demo else None)
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
        return run_command(args)
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

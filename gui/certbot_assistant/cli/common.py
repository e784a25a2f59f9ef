"""What every CLI command shares: exit codes, the usage error, services, profiles, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant.core import findings as F
from certbot_assistant.i18n import qt_translate

if TYPE_CHECKING:
    from certbot_assistant.core.profiles import Profile, ProfileStore
    from certbot_assistant.core.services import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
JSON_SCHEMA = 1


class UsageError(Exception):
    """Bad input from the command line; printed as one line, exit code 2."""


class Handler(Protocol):
    def __call__(self, args: argparse.Namespace, out: TextIO) -> int: ...


Commands = argparse._SubParsersAction  # what ``register(commands)`` of each group receives


def services(args: argparse.Namespace) -> Services:
    """The command's outside world, real or demo, built once in ``cli.main``."""
    from certbot_assistant.core.services import Services

    made: Services = getattr(args, "services", None) or Services.real()
    return made


def load_profiles(store: ProfileStore) -> list[Profile]:
    """The saved profiles; a damaged file is said on stderr and reads as none."""
    from certbot_assistant.core.profiles import ProfilesFileCorrupt

    try:
        return store.load()
    except ProfilesFileCorrupt as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return []


def profile_named(name: str, args: argparse.Namespace) -> Profile:
    """The profile ``--profile`` names; an unknown name is a usage error."""
    from certbot_assistant.core.profiles import ProfileError

    store = services(args).profiles
    try:
        load_profiles(store)
        return store.get(name)
    except ProfileError as exc:
        raise UsageError(f"certbot-assistant {args.command}: {exc.text(qt_translate)}") from None


def severity_word(severity: F.Severity) -> str:
    return {
        F.Severity.ERROR: QCoreApplication.translate("Cli", "ERROR"),
        F.Severity.WARNING: QCoreApplication.translate("Cli", "WARNING"),
        F.Severity.INFO: QCoreApplication.translate("Cli", "INFO"),
    }[severity]


def write_findings(findings: Sequence[F.Finding], out: TextIO) -> None:
    """Numbered findings with their fix, as a help-desk person reads them aloud."""
    if not findings:
        out.write(QCoreApplication.translate("Cli", "No problems found.") + "\n")
        return
    fix_label = QCoreApplication.translate("Cli", "Fix")
    for number, finding in enumerate(findings, start=1):
        out.write(
            f"{number}. [{severity_word(finding.severity)}] {finding.title(qt_translate)}\n"
            f"   {finding.detail(qt_translate)}\n"
            f"   {fix_label}: {finding.fix(qt_translate)}\n"
            f"   ({finding.id})\n"
        )


def write_json(payload: object, out: TextIO) -> None:
    """JSON that survives any console: readable UTF-8 where the stream is UTF-8, else ``\\u``
    escapes (a pipe on Windows uses the ANSI code page, which has no Japanese on an English
    machine; a script reading it still gets the right text)."""
    import codecs
    import json

    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    json.dump(payload, out, indent=2, ensure_ascii=not utf8)
    out.write("\n")


def write_findings_json(findings: Sequence[F.Finding], out: TextIO) -> None:
    write_json(
        {"schema": JSON_SCHEMA, "findings": [f.to_json(qt_translate) for f in findings]}, out
    )


def exit_for_findings(findings: Sequence[F.Finding]) -> int:
    return EXIT_FAILED if F.has_error(findings) else EXIT_OK

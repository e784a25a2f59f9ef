"""The headless face: ``certbot-assistant <command>``; with no command it opens the wizard.

Same core as the GUI, no widgets. Exit codes (architecture.md): 0 when no finding is an error,
1 when one is, 2 on a usage error. Bad arguments give one line, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot_paths import default_config_dir
from certbot_assistant.core.diagnose import DiagnoseInputError, DiagnoseRequest, Diagnosis, diagnose
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, Translator, identity_translator

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR_FINDING, EXIT_USAGE = 0, 1, 2
CONTEXT = "Cli"
# The CLI's words, marked for extraction; translated when printed.
MSG = {
    "error": QT_TRANSLATE_NOOP("Cli", "ERROR"),
    "warning": QT_TRANSLATE_NOOP("Cli", "WARNING"),
    "info": QT_TRANSLATE_NOOP("Cli", "INFO"),
    "config_directory": QT_TRANSLATE_NOOP("Cli", "Config directory"),
    "acme_directory_url": QT_TRANSLATE_NOOP("Cli", "ACME directory URL"),
    "kid": QT_TRANSLATE_NOOP("Cli", "KID"),
    "complete": QT_TRANSLATE_NOOP("Cli", "complete"),
    "incomplete": QT_TRANSLATE_NOOP("Cli", "incomplete"),
    "kid_not_recorded": QT_TRANSLATE_NOOP("Cli", "KID not recorded"),
    "account": QT_TRANSLATE_NOOP("Cli", "Account"),
    "unknown": QT_TRANSLATE_NOOP("Cli", "unknown"),
    "certificate": QT_TRANSLATE_NOOP("Cli", "Certificate"),
    "certbot": QT_TRANSLATE_NOOP("Cli", "Certbot"),
    "not_found": QT_TRANSLATE_NOOP("Cli", "not found"),
    "version_unknown": QT_TRANSLATE_NOOP("Cli", "version unknown"),
    "no_problems_found": QT_TRANSLATE_NOOP("Cli", "No problems found."),
    "fix": QT_TRANSLATE_NOOP("Cli", "Fix"),
}
JSON_SCHEMA = 1


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and lets ``main`` choose the exit code."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="certbot-assistant",
        description=f"{APP_NAME}. Without a command, the wizard opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    return parser


def _severity_word(severity: F.Severity, translate: Translator) -> str:
    words = {
        F.Severity.ERROR: translate(CONTEXT, MSG["error"]),
        F.Severity.WARNING: translate(CONTEXT, MSG["warning"]),
        F.Severity.INFO: translate(CONTEXT, MSG["info"]),
    }
    return words[severity]


def render_text(
    diagnosis: Diagnosis, out: TextIO, translate: Translator = identity_translator
) -> None:
    """A report a help-desk person can read aloud: context first, then each finding with its fix."""

    def t(key: str) -> str:
        return translate(CONTEXT, MSG[key])

    req = diagnosis.request
    report = diagnosis.config_dir
    lines = [f"{APP_NAME} {__version__}", "", f"{t('config_directory')}: {req.config_dir}"]
    if req.server:
        lines.append(f"{t('acme_directory_url')}: {req.server}")
    if req.eab_kid:
        lines.append(f"{t('kid')}: {req.eab_kid}")
    for account in report.accounts:
        state = t("complete") if account.complete else t("incomplete")
        kid = account.eab_kid or t("kid_not_recorded")
        where = f"{account.server_folder}; {state}; {kid}"
        lines.append(f"  {t('account')} {account.account_id} ({where})")
    for lineage in report.lineages:
        server = lineage.conf.server if lineage.conf and lineage.conf.server else "?"
        cert = lineage.certificate
        expiry = cert.not_after.strftime("%Y-%m-%d") if cert else t("unknown")
        lines.append(f"  {t('certificate')} {lineage.name}: {expiry}, {server}")
    lines.append("")
    if not diagnosis.installs:
        lines.append(f"{t('certbot')}: {t('not_found')}")
    for install in diagnosis.installs:
        version = install.version or t("version_unknown")
        lines.append(f"{t('certbot')}: {install.path} ({version}, {install.kind.value})")
    lines.append("")
    findings = diagnosis.findings
    if not findings:
        lines.append(t("no_problems_found"))
    for number, finding in enumerate(findings, start=1):
        severity = _severity_word(finding.severity, translate)
        lines += [
            f"{number}. [{severity}] {finding.title(translate)}",
            f"   {finding.detail(translate)}",
            f"   {t('fix')}: {finding.fix(translate)}",
            f"   ({finding.id})",
        ]
    out.write("\n".join(lines) + "\n")


def render_json(
    diagnosis: Diagnosis, out: TextIO, translate: Translator = identity_translator
) -> None:
    payload = {
        "schema": JSON_SCHEMA,
        "findings": [f.to_json(translate) for f in diagnosis.findings],
    }
    json.dump(payload, out, indent=2, ensure_ascii=False)
    out.write("\n")


def run_diagnose(args: argparse.Namespace, out: TextIO) -> int:
    request = DiagnoseRequest(
        config_dir=args.config_dir or default_config_dir(),
        server=args.server,
        eab_kid=args.eab_kid,
        certbot=args.certbot,
        certbot_output=args.certbot_output,
    )
    try:
        result = diagnose(request)
    except DiagnoseInputError as exc:
        raise UsageError(f"certbot-assistant diagnose: {exc}") from exc
    if args.format == "json":
        render_json(result, out)
    else:
        render_text(result, out)
    return EXIT_ERROR_FINDING if result.has_error else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from certbot_assistant.app import main as gui_main

        return gui_main(arguments)
    try:
        if args.command == "diagnose":
            return run_diagnose(args, sys.stdout)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    parser.print_help(sys.stderr)
    return EXIT_USAGE

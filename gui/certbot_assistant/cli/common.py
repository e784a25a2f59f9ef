"""What every CLI command shares: exit codes, the usage error, finding output."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant.core import findings as F
from certbot_assistant.i18n import qt_translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
JSON_SCHEMA = 1


class UsageError(Exception):
    """Bad input from the command line; printed as one line, exit code 2."""


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


def write_findings_json(findings: Sequence[F.Finding], out: TextIO) -> None:
    import json

    payload = {"schema": JSON_SCHEMA, "findings": [f.to_json(qt_translate) for f in findings]}
    json.dump(payload, out, indent=2, ensure_ascii=False)
    out.write("\n")

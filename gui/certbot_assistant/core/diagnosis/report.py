"""The diagnostic report a help-desk ticket needs, with every secret redacted.

Versions, paths, the options chosen, the findings, the masked command and the last run's output.
Built from plain values (no widgets), passed through the log redactor, and checked once more for
every secret value the process knows before it is handed out.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.core import findings as F
from certbot_assistant.core.app_logging import mask_secrets, redact
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, Translator, identity_translator

CONTEXT = "Report"
_T = {
    "title": QT_TRANSLATE_NOOP("Report", "Diagnostic report"),
    "created": QT_TRANSLATE_NOOP("Report", "Created"),
    "system": QT_TRANSLATE_NOOP("Report", "System"),
    "choices": QT_TRANSLATE_NOOP("Report", "Choices"),
    "certbot": QT_TRANSLATE_NOOP("Report", "Certbot installations"),
    "findings": QT_TRANSLATE_NOOP("Report", "Findings"),
    "none": QT_TRANSLATE_NOOP("Report", "none"),
    "command": QT_TRANSLATE_NOOP("Report", "Command (HMAC key masked)"),
    "output": QT_TRANSLATE_NOOP("Report", "Output of the last certbot run"),
    "fix": QT_TRANSLATE_NOOP("Report", "Fix"),
    "events": QT_TRANSLATE_NOOP("Report", "What was done in this session"),
}


@dataclass
class ReportInput:
    choices: list[tuple[str, str]] = field(default_factory=list)
    installs: list[str] = field(default_factory=list)
    findings: Sequence[F.Finding] = ()
    command: str | None = None
    run_output: str | None = None
    secrets: Sequence[str] = field(default_factory=list, repr=False)
    toolkit: str | None = None
    """The GUI toolkit's versions, e.g. "PySide6 6.8.1, Qt 6.8.1"; core does not know Qt."""
    events: Sequence[str] = ()
    """What the session changed, in order (a backup and where it went, a request approved, a
    task scheduled, an install), each already in the reader's language."""


def build_report(data: ReportInput, tr: Translator = identity_translator) -> str:
    def t(key: str) -> str:
        return tr(CONTEXT, _T[key])

    lines = [
        f"{APP_NAME} {__version__} — {t('title')}",
        f"{t('created')}: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        f"{t('system')}: {platform.platform()}; Python {sys.version.split()[0]}",
    ]
    if data.toolkit:
        lines[-1] += f"; {data.toolkit}"
    lines += ["", f"== {t('choices')}"]
    lines += [f"{label}: {value}" for label, value in data.choices] or [t("none")]
    lines += ["", f"== {t('certbot')}"]
    lines += data.installs or [t("none")]
    lines += ["", f"== {t('findings')}"]
    if not data.findings:
        lines.append(t("none"))
    for finding in data.findings:
        lines += [
            f"[{finding.severity.value}] {finding.id}: {finding.title(tr)}",
            f"    {finding.detail(tr)}",
            f"    {t('fix')}: {finding.fix(tr)}",
        ]
        lines += [
            f"    {tr(F.CONTEXT, F.evidence_label(key))}: {value}"
            for key, value in finding.shown_evidence(tr).items()
        ]
    if data.events:
        lines += ["", f"== {t('events')}", *data.events]
    if data.command:
        lines += ["", f"== {t('command')}", data.command]
    if data.run_output:
        lines += ["", f"== {t('output')}", data.run_output.rstrip()]
    return mask_secrets(redact("\n".join(lines) + "\n"), data.secrets)

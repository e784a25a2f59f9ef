"""Findings: every problem the assistant can name, and the catalogue they come from.

A finding is the one currency between the checks and the faces (wizard, CLI, report, tests).
The catalogue below is the data behind ``shared/design/findings.md``; its ids are a public
contract and are never renamed. Texts are English source strings marked for translation in the
``Findings`` context; details take ``%1``..``%9`` arguments filled from the finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from certbot_assistant.core.findings import (
    acme_server,
    certcentral,
    config_dir,
    installation,
    local,
    migration,
    run,
    services,
)
from certbot_assistant.core.findings.spec import CONTEXT as CONTEXT
from certbot_assistant.core.findings.spec import Category as Category
from certbot_assistant.core.findings.spec import FindingSpec as FindingSpec
from certbot_assistant.core.findings.spec import Fix as Fix
from certbot_assistant.core.findings.spec import Severity as Severity
from certbot_assistant.core.translation import (
    DATE_CONTEXT,
    DATE_PATTERN,
    QT_TRANSLATE_NOOP,
    Translator,
    fill,
    format_day,
    identity_translator,
)

CATALOGUE: tuple[FindingSpec, ...] = (
    *installation.SPECS,
    *config_dir.SPECS,
    *acme_server.SPECS,
    *certcentral.SPECS,
    *local.SPECS,
    *run.SPECS,
    *migration.SPECS,
    *services.SPECS,
)
"""Every entry, by subject: the data behind shared/design/findings.md."""

_BY_ID: dict[str, FindingSpec] = {spec.id: spec for spec in CATALOGUE}

# One public id can have several wordings (a config-dir check and a run-output line, or two
# different reasons); each wording is its own spec and maps back to the public id here.
_PUBLIC_ID = {
    "account-kid-unknown-digicert": "account-kid-unknown",
    "incomplete-accounts": "incomplete-account",
    "multiple-accounts-run": "multiple-accounts",
    "approval-step-may-be-required-role": "approval-step-may-be-required",
}

EVIDENCE_LABELS: dict[str, str] = {
    "path": QT_TRANSLATE_NOOP("Findings", "Path"),
    "file": QT_TRANSLATE_NOOP("Findings", "File"),
    "version": QT_TRANSLATE_NOOP("Findings", "Version"),
    "install_kind": QT_TRANSLATE_NOOP("Findings", "Installed by"),
    "server": QT_TRANSLATE_NOOP("Findings", "ACME directory URL"),
    "other_server": QT_TRANSLATE_NOOP("Findings", "Server in renewal settings"),
    "account": QT_TRANSLATE_NOOP("Findings", "Account"),
    "credential": QT_TRANSLATE_NOOP("Findings", "ACME credential"),
    "accounts": QT_TRANSLATE_NOOP("Findings", "Accounts"),
    "eab_kid": QT_TRANSLATE_NOOP("Findings", "KID"),
    "recorded_kid": QT_TRANSLATE_NOOP("Findings", "Recorded KID"),
    "lineage": QT_TRANSLATE_NOOP("Findings", "Certificate"),
    "not_after": QT_TRANSLATE_NOOP("Findings", "Expires"),
    "error": QT_TRANSLATE_NOOP("Findings", "Error"),
    "output": QT_TRANSLATE_NOOP("Findings", "Output"),
    "count": QT_TRANSLATE_NOOP("Findings", "Count"),
    "missing": QT_TRANSLATE_NOOP("Findings", "Missing"),
    "port": QT_TRANSLATE_NOOP("Findings", "Port"),
    "process": QT_TRANSLATE_NOOP("Findings", "Process"),
    "pending_kid": QT_TRANSLATE_NOOP("Findings", "KID of an interrupted run"),
    "target": QT_TRANSLATE_NOOP("Findings", "Leads to"),
    "not_before": QT_TRANSLATE_NOOP("Findings", "Valid from"),
    "roles": QT_TRANSLATE_NOOP("Findings", "Roles"),
    "request": QT_TRANSLATE_NOOP("Findings", "Request"),
    "task": QT_TRANSLATE_NOOP("Findings", "Task"),
    "domain": QT_TRANSLATE_NOOP("Findings", "Domain"),
    "organization": QT_TRANSLATE_NOOP("Findings", "Organization"),
    "binding": QT_TRANSLATE_NOOP("Findings", "Binding"),
    "destination": QT_TRANSLATE_NOOP("Findings", "Installed to"),
}
"""The evidence shown under a finding, with its label; other keys (a reason, a quoted output
line) only fill the finding's text, and all of them are in the CLI's JSON."""

TEXT_EVIDENCE_LABELS: dict[str, str] = {
    "account_region": QT_TRANSLATE_NOOP("Findings", "Account's region"),
    "config_dir": QT_TRANSLATE_NOOP("Findings", "Config directory"),
    "expected": QT_TRANSLATE_NOOP("Findings", "Expected"),
    "findings": QT_TRANSLATE_NOOP("Findings", "Findings"),
    "holder": QT_TRANSLATE_NOOP("Findings", "Held by"),
    "mode": QT_TRANSLATE_NOOP("Findings", "Mode"),
    "names": QT_TRANSLATE_NOOP("Findings", "Names"),
    "reason": QT_TRANSLATE_NOOP("Findings", "Reason"),
    "region": QT_TRANSLATE_NOOP("Findings", "Region"),
    "seconds": QT_TRANSLATE_NOOP("Findings", "Seconds"),
    "served": QT_TRANSLATE_NOOP("Findings", "Served"),
    "since": QT_TRANSLATE_NOOP("Findings", "Since"),
    "store": QT_TRANSLATE_NOOP("Findings", "Certificate store"),
    "thumbprint": QT_TRANSLATE_NOOP("Findings", "Thumbprint"),
    "user": QT_TRANSLATE_NOOP("Findings", "User"),
    "days": QT_TRANSLATE_NOOP("Findings", "Days left"),
    "moved": QT_TRANSLATE_NOOP("Findings", "Moved"),
    "remaining": QT_TRANSLATE_NOOP("Findings", "Not moved yet"),
    "renews_on": QT_TRANSLATE_NOOP("Findings", "Renews on"),
    "service": QT_TRANSLATE_NOOP("Findings", "Service"),
    "setting": QT_TRANSLATE_NOOP("Findings", "Setting"),
    "targets": QT_TRANSLATE_NOOP("Findings", "Targets"),
    "users": QT_TRANSLATE_NOOP("Findings", "Used by"),
    "validated_until": QT_TRANSLATE_NOOP("Findings", "Validated until"),
    "value": QT_TRANSLATE_NOOP("Findings", "Value"),
    "validation": QT_TRANSLATE_NOOP("Findings", "Validation"),
}
"""Labels for the keys that only fill a finding's text, where all evidence is listed (the
help desk's report)."""


def evidence_label(key: str) -> str:
    """The untranslated label of an evidence key (the key itself for one without a label)."""
    return EVIDENCE_LABELS.get(key) or TEXT_EVIDENCE_LABELS.get(key, key)


def spec_for(finding_id: str) -> FindingSpec:
    """The catalogue entry for ``finding_id``; ``KeyError`` for an id that is not in it."""
    return _BY_ID[finding_id]


@dataclass(frozen=True)
class Finding:
    """One problem found, with the evidence that shows it; the catalogue entry's ``arguments``
    say which evidence fills its text, so no value is passed twice."""

    spec_id: str
    evidence: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spec_for(self.spec_id)  # a typo in a check fails loudly in tests, never silently

    @property
    def spec(self) -> FindingSpec:
        return spec_for(self.spec_id)

    @property
    def id(self) -> str:
        """The public id (the catalogue contract)."""
        return _PUBLIC_ID.get(self.spec_id, self.spec_id)

    @property
    def severity(self) -> Severity:
        return self.spec.severity

    @property
    def args(self) -> tuple[str, ...]:
        """The values for %1, %2… in the order the catalogue entry names them."""
        return self.args_for(identity_translator)

    def args_for(self, tr: Translator) -> tuple[str, ...]:
        """The values as the reader writes them (``shown``)."""
        return tuple(
            shown(_argument(self.evidence, keys), tr, keys) for keys in self.spec.arguments
        )

    def shown_evidence(self, tr: Translator = identity_translator) -> dict[str, str]:
        """The evidence as the reader writes it: lists joined with 「、」 and dates as
        2027年2月21日 in Japanese; the JSON keeps ISO dates."""
        return {key: shown(value, tr, key) for key, value in self.evidence.items()}

    def title(self, tr: Translator = identity_translator) -> str:
        return tr(CONTEXT, self.spec.title)

    def detail(self, tr: Translator = identity_translator) -> str:
        return fill(tr(CONTEXT, self.spec.detail), self.args_for(tr))

    def fix(self, tr: Translator = identity_translator) -> str:
        return fill(tr(CONTEXT, self.spec.fix), self.args_for(tr))

    def to_json(self, tr: Translator = identity_translator) -> dict[str, Any]:
        """The CLI JSON shape (architecture.md): id, severity, title, detail, fix, evidence."""
        return {
            "id": self.id,
            "severity": self.severity.value,
            "title": self.title(tr),
            "detail": self.detail(tr),
            "fix": self.fix(tr),
            "evidence": {k: v.replace(_ITEM, LIST_SEPARATOR) for k, v in self.evidence.items()},
        }


def _argument(evidence: Mapping[str, str], keys: str) -> str:
    for key in keys.split("|"):
        if key in evidence:
            return evidence[key]
    return "?"


def printable(value: object) -> str:
    """``str(value)`` that is always valid Unicode text.

    A POSIX file name need not be UTF-8; Python carries its odd bytes as lone surrogates, which
    no UTF-8 output (the CLI's JSON, the report, a Qt label) can hold. They are shown as ``\\xNN``.
    """
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Findings", ", ")
"""Between the items of a list in a finding's text; Japanese joins them with 「、」."""
_ITEM = "\x1f"  # between a list's items in evidence, until a reader's separator replaces it


def items(values: Iterable[object]) -> str:
    """A list as one evidence value (``make(..., moved=items(names))``): shown joined the
    reader's way, in JSON joined with ", "."""
    return _ITEM.join(printable(v) for v in values)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
ROLE_CONTEXT = "CertCentralRoles"  # the role names are marked where the page shows them


def shown(value: str, tr: Translator, key: str = "") -> str:
    """One evidence value for a reader: a list's items joined the reader's way, CertCentral's
    role names in the reader's language (as its console names them), a day (2027-02-21, as the
    core records it) in the reader's date pattern."""
    lookup = tr  # (not a tr() call lupdate should collect: what it looks up is marked elsewhere)
    if key == "roles":
        value = _ITEM.join(lookup(ROLE_CONTEXT, role) for role in value.split(_ITEM))
    text = value.replace(_ITEM, lookup(CONTEXT, LIST_SEPARATOR))
    day = _ISO_DAY.match(text)
    if day is None:
        return text
    year, month, date = (int(part) for part in day.groups())
    return format_day(year, month, date, lookup(DATE_CONTEXT, DATE_PATTERN))


def make(spec_id: str, **evidence: object) -> Finding:
    """Build a finding from its evidence; values are turned into text so they serialise as they
    read, and None (not known) is left out. Every argument the catalogue entry names must be
    passed, so a forgotten one fails in tests rather than showing "?" to a user."""
    spec = spec_for(spec_id)
    missing = [k for k in spec.arguments if not any(a in evidence for a in k.split("|"))]
    if missing:
        raise TypeError(f"finding {spec_id} needs evidence {', '.join(missing)}")
    return Finding(
        spec_id,
        {key: printable(value) for key, value in evidence.items() if value is not None},
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Worst first, stable otherwise, so the order the checks found them in is kept."""
    return sorted(findings, key=lambda f: f.severity.rank)


def has_error(findings: Sequence[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that make a certbot run refuse to start (see ``FindingSpec.blocks_run``)."""
    return [f for f in findings if f.spec.blocks_run]

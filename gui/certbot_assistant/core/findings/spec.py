"""The shape of a finding's catalogue entry: severity, category, the fix buttons, the texts.

The entries themselves are in this package's subject modules (``installation``, ``config_dir``,
``acme_server``, ``certcentral``, ``local``, ``run``); ``findings`` puts them together.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

CONTEXT = "Findings"


class Severity(enum.Enum):
    """How bad a finding is; ordered so the worst sorts first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Category(enum.Enum):
    """Where a finding comes from; the wizard shows each category on its own step."""

    INSTALLATION = "installation"
    CONFIG_DIR = "config-dir"
    ACME_SERVER = "acme-server"
    CERTCENTRAL = "certcentral"
    LOCAL = "local"
    RUN = "run"


class Fix(enum.Enum):
    """A fix button the wizard offers beside a finding. The catalogue says which findings
    offer which; the page showing the finding supplies the action when it can perform it."""

    NEW_FOLDER = "new-folder"
    BACKUP_AND_REMOVE = "backup-and-remove"
    SAME_CREDENTIAL = "same-credential"
    REDACT_LOGS = "redact-logs"
    DECIDE_REQUEST = "decide-request"
    USE_WEBROOT = "use-webroot"
    RESTART_ELEVATED = "restart-elevated"
    MIGRATE = "migrate"
    """Move every certificate of the folder to the profile's credential (``migrate``)."""


@dataclass(frozen=True)
class FindingSpec:
    """One catalogue entry: what the finding means, how to fix it, and what it implies."""

    id: str
    severity: Severity
    category: Category
    title: str
    detail: str
    fix: str
    kb_scenario: int | None = None
    blocks_run: bool = False
    """Certbot would do the wrong thing in this folder: a run is refused before it starts."""
    arguments: tuple[str, ...] = ()
    """The evidence keys whose values fill %1, %2… of detail and fix ("a|b": the first given)."""
    console_path: str | None = None
    """Where in the CertCentral console the fix is made (marked for translation)."""
    fixes: tuple[Fix, ...] = ()


def spec(
    id_: str,
    severity: Severity,
    category: Category,
    title: str,
    detail: str,
    fix: str,
    kb: int | None = None,
    *,
    args: tuple[str, ...] = (),
    blocks_run: bool = False,
    console: str | None = None,
    fixes: tuple[Fix, ...] = (),
) -> FindingSpec:
    return FindingSpec(
        id_, severity, category, title, detail, fix, kb, blocks_run, args, console, fixes
    )

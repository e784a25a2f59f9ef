"""What the user chose so far, shared by the wizard's pages. Secrets stay in memory only."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant.core import findings as F

if TYPE_CHECKING:
    from certbot_assistant.core.assistant import MigrationResult
    from certbot_assistant.core.certbot.discovery import CertbotInstall
    from certbot_assistant.core.certcentral.checks import CertCentralReport
    from certbot_assistant.core.configdir.inspection import ConfigDirReport
    from certbot_assistant.core.configdir.profiles import Profile
    from certbot_assistant.core.run.certbot_run import RunRequest, RunResult


class Scenario(enum.Enum):
    NEW = "new"
    OLD_URL = "kb1"
    REVOKED = "kb2"
    TIMEOUT = "kb3"
    CHECK = "check"


class PageId(enum.IntEnum):
    SITUATION = 0
    CERTBOT = 1
    CREDENTIAL = 2
    CONFIG_DIR = 3
    CERTCENTRAL = 4
    SERVER = 5
    REVIEW = 6
    RUN = 7
    DONE = 8


_ISSUE = [
    PageId.SITUATION, PageId.CERTBOT, PageId.CREDENTIAL, PageId.CONFIG_DIR, PageId.CERTCENTRAL,
    PageId.SERVER, PageId.REVIEW, PageId.RUN, PageId.DONE,
]  # fmt: skip
# KB 3 is decided in CertCentral: it comes right after the credential.
_TIMEOUT = [
    PageId.SITUATION, PageId.CERTBOT, PageId.CREDENTIAL, PageId.CERTCENTRAL, PageId.CONFIG_DIR,
    PageId.SERVER, PageId.REVIEW, PageId.RUN, PageId.DONE,
]  # fmt: skip
_CHECK = [
    PageId.SITUATION, PageId.CERTBOT, PageId.CREDENTIAL, PageId.CONFIG_DIR, PageId.CERTCENTRAL,
    PageId.DONE,
]  # fmt: skip


def path_for(scenario: Scenario) -> list[PageId]:
    """The pages a scenario walks through; pages that do not apply are left out, not greyed."""
    if scenario is Scenario.TIMEOUT:
        return list(_TIMEOUT)
    if scenario is Scenario.CHECK:
        return list(_CHECK)
    return list(_ISSUE)


@dataclass
class WizardState:
    scenario: Scenario = Scenario.NEW
    installs: list[CertbotInstall] = field(default_factory=list)
    certbot: CertbotInstall | None = None
    profile: Profile | None = None
    hmac_key: str | None = field(default=None, repr=False)
    domains: list[str] = field(default_factory=list)
    email: str | None = None
    config_dir: Path | None = None
    config_report: ConfigDirReport | None = None
    certcentral: CertCentralReport | None = None
    webroot: Path | None = None
    http01_port: int = 80
    server_findings: list[F.Finding] = field(default_factory=list)
    display_command: list[str] = field(default_factory=list)
    run_result: RunResult | None = None
    migration: MigrationResult | None = None
    """The last move of a folder's certificates to this credential, when one moved any."""
    page_findings: dict[PageId, list[F.Finding]] = field(default_factory=dict)
    events: list[str] = field(default_factory=list)
    """What this session changed, one line each, for the help desk's report."""

    def run_request(self) -> RunRequest:
        """The run the wizard's choices describe (the HMAC key from memory, never shown)."""
        from certbot_assistant.core.steps.issue import build_issue_request

        assert self.certbot is not None and self.profile is not None
        assert self.config_dir is not None
        return build_issue_request(
            self.certbot.path,
            self.profile,
            self.hmac_key,
            self.domains,
            self.config_dir,
            email=self.email,
            webroot=self.webroot,
            http01_port=self.http01_port,
            certbot_version=self.certbot.version_tuple,
        )

    def path(self) -> list[PageId]:
        """The pages of this walk: the scenario's, or, once certificates were moved to the
        chosen folder, up to the config directory and then Done (the move ordered them)."""
        path = path_for(self.scenario)
        if self.moved_here() and PageId.CONFIG_DIR in path:
            return [*path[: path.index(PageId.CONFIG_DIR) + 1], PageId.DONE]
        return path

    def moved_here(self) -> bool:
        """The chosen folder is the one certificates were just moved to: nothing is left to
        order, the wizard goes on to Done."""
        return self.migration is not None and self.config_dir == self.migration.target

    def all_findings(self) -> list[F.Finding]:
        seen: list[F.Finding] = []
        for findings in self.page_findings.values():
            seen += [f for f in findings if f not in seen]
        return F.sort_findings(seen)

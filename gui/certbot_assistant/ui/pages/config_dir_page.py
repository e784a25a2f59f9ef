"""Step: the certbot config directory, with what each known one holds.

Certbot keeps one ACME account per folder and server, and silently reuses it (KB 1), so the
folder decides which credential certificates come from. Known folders are the default, the
profile's, and recent ones; each is inspected off the UI thread. A new folder gets a unique
name beside the default. For KB 2 the old folder can be backed up (zip, verified) and removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.assistant import MigrationResult, OutsideDemoFolder
from certbot_assistant.core.configdir.backup import (
    BackupError,
    BackupResult,
    RemovalIncomplete,
    is_certbot_dir,
    plan_removal,
    suggested_archive_name,
)
from certbot_assistant.core.configdir.inspection import ConfigDirReport
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.config_dir import ConfigDirCheck, check_config_dirs
from certbot_assistant.core.steps.migrate import PREFLIGHT_STAGE, MigrationPlan, plan_migration
from certbot_assistant.core.translation import fill
from certbot_assistant.translate import date_text
from certbot_assistant.ui.file_dialogs import choose_directory, choose_save_file
from certbot_assistant.ui.findings_view import (
    FixAction,
    error_text,
    fix_actions,
)
from certbot_assistant.ui.migration_dialog import MigrationDialog
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.widgets import ask_yes_no, make_table

RECENT_KEY = "configdirs/recent"
MAX_RECENT = 8


class ConfigDirPage(AssistantPage):
    page_id = PageId.CONFIG_DIR
    content_stretch = 1

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("configDirPage")
        self.setTitle(self.tr("Config directory"))
        self.setSubTitle(
            self.tr(
                "Certbot keeps one ACME account per folder. Pick the folder for this credential, "
                "or create a new one."
            )
        )
        self.reports: dict[str, ConfigDirReport] = {}
        self.renewal: dict[str, list[F.Finding]] = {}
        self.moved: dict[str, list[F.Finding]] = {}
        """What a move to a new credential found, shown with the folder it ended in."""
        self.tree = make_table(
            self,
            "configDirTree",
            self.tr("Config directories"),
            [self.tr("Folder"), self.tr("Accounts"), self.tr("Certificates"), self.tr("State")],
        )
        self.tree.currentItemChanged.connect(self._selected)
        self.scenario_note = QLabel(self)
        self.scenario_note.setObjectName("scenarioNote")
        self.scenario_note.setWordWrap(True)
        self.scenario_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.scenario_note.setMargin(6)
        self.scenario_note.hide()
        self.body.addWidget(self.scenario_note)
        self.body.addWidget(self.tree, 1)
        self.details = QLabel(self)
        self.details.setObjectName("configDirDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.details)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Create a ne&w folder"), self)
        self.new_button.setObjectName("newConfigDirButton")
        self.new_button.setAccessibleName(self.tr("Create a new folder"))
        self.new_button.clicked.connect(self.create_new)
        self.browse_button = QPushButton(self.tr("Br&owse…"), self)
        self.browse_button.setObjectName("browseConfigDirButton")
        self.browse_button.setAccessibleName(self.tr("Browse for a config directory"))
        self.browse_button.clicked.connect(self.browse)
        self.backup_button = QPushButton(self.tr("Back up and &remove…"), self)
        self.backup_button.setObjectName("backupRemoveButton")
        self.backup_button.setAccessibleName(self.tr("Back up and remove this folder"))
        self.backup_button.clicked.connect(self.backup_and_remove)
        self.open_backup_button = QPushButton(self.tr("Open the backup's &folder"), self)
        self.open_backup_button.setObjectName("openBackupFolder")
        self.open_backup_button.setAccessibleName(self.tr("Open the folder with the backup"))
        self.open_backup_button.clicked.connect(self.open_backup_folder)
        self.open_backup_button.hide()
        self.last_archive: Path | None = None
        for button in (self.new_button, self.browse_button, self.backup_button,
                       self.open_backup_button):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.extra_dirs: list[Path] = []

    # the list ------------------------------------------------------------------------------

    def candidates(self) -> list[Path]:
        dirs: list[Path] = [self.services.default_config_dir()]
        profile = self.state.profile
        if profile is not None and profile.config_dir:
            dirs.append(Path(profile.config_dir))
        recent = self.services.settings.value(RECENT_KEY, []) or []
        dirs += [Path(str(p)) for p in (recent if isinstance(recent, list) else [recent])]
        dirs += self.extra_dirs
        if self.state.config_dir is not None:
            dirs.append(self.state.config_dir)
        unique: list[Path] = []
        for d in dirs:
            if d not in unique:
                unique.append(d)
        return unique

    def initializePage(self) -> None:
        revoked = self.state.scenario is Scenario.REVOKED
        self.scenario_note.setVisible(revoked)
        self.scenario_note.setText(
            self.tr(
                "DigiCert's scenario 2, a revoked ACME directory URL: the account Certbot "
                "registered with the revoked credential stays in its config directory, and "
                "Certbot keeps using it. Back that folder up and remove it (Back up and "
                "remove…), or leave it alone and create a new folder for the new credential."
            )
            if revoked
            else ""
        )
        self.refresh(select=self.state.config_dir)

    def open_backup_folder(self) -> None:
        if self.last_archive is None:
            return
        folder = self.last_archive.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QGuiApplication.clipboard().setText(str(folder))
            self.flash(fill(self.tr("No file manager opened. The folder is on the clipboard: "
                                    "%1"), [folder]))  # fmt: skip

    def refresh(self, select: Path | None = None, then: Callable[[], None] | None = None) -> None:
        dirs = self.candidates()
        server = self.state.profile.server if self.state.profile else None
        kid = self.state.profile.eab_kid if self.state.profile else None

        make_scheduler = self.services.scheduler_factory
        default_dir = self.services.default_config_dir()

        def work(context: StepContext) -> dict[str, ConfigDirCheck]:
            return check_config_dirs(
                context, dirs, server, kid, scheduler=make_scheduler(), default_dir=default_dir
            )

        def done(checks: dict[str, ConfigDirCheck]) -> None:
            self.reports = {key: check.report for key, check in checks.items()}
            self.renewal = {key: check.renewal for key, check in checks.items()}
            self._fill(select)
            if then is not None:
                then()

        self.run_task(self.tr("Reading the config directories…"), work, done)

    def _fill(self, select: Path | None) -> None:
        self.tree.clear()
        default = self.services.default_config_dir()
        profile_dir = self.state.profile.config_dir if self.state.profile else None
        chosen = None
        for key, report in self.reports.items():
            complete = [a for a in report.accounts if a.complete]
            worst = F.sort_findings(report.findings)[0].severity if report.findings else None
            state = {
                F.Severity.ERROR: self.tr("Problem"),
                F.Severity.WARNING: self.tr("Warning"),
                F.Severity.INFO: self.tr("OK"),
                None: self.tr("OK"),
            }[worst]
            if not report.exists:
                state = self.tr("New")
            label = key
            if Path(key) == default:
                label = fill(self.tr("%1 (Certbot's default)"), [key])
            item = QTreeWidgetItem([label, str(len(complete)), str(len(report.lineages)), state])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            self.tree.addTopLevelItem(item)
            wanted = select or (Path(profile_dir) if profile_dir else None)
            if wanted is not None and Path(key) == wanted:
                chosen = item
        first = chosen or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        key = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        report = self.reports.get(key) if key else None
        self.state.config_dir = Path(key) if key else None
        self.state.config_report = report
        self.backup_button.setEnabled(
            report is not None and report.is_certbot_dir and self.state.scenario is Scenario.REVOKED
        )
        self.backup_button.setVisible(self.state.scenario in (Scenario.REVOKED, Scenario.CHECK))
        if report is None:
            self.details.clear()
            self.set_findings([])
            return
        self.details.setText(self.describe(report))
        offered: dict[F.Fix, list[FixAction]] = {
            F.Fix.NEW_FOLDER: [
                ("new-folder", self.tr("Create a new folder"), lambda _f: self.create_new())
            ],
            F.Fix.REDACT_LOGS: [("redact-logs", self.tr("Redact the logs"), self.redact)],
        }
        if self.state.scenario is Scenario.REVOKED and report.is_certbot_dir:
            offered[F.Fix.BACKUP_AND_REMOVE] = [
                (
                    "backup-and-remove",
                    self.tr("Back up and remove…"),
                    lambda _f: self.backup_and_remove(),
                )
            ]
        if self.state.profile is not None:
            offered[F.Fix.SAME_CREDENTIAL] = [
                (
                    "same-credential",
                    self.tr("It is the same credential…"),
                    self.confirm_same_credential,
                )
            ]
        if self.state.profile is not None and report.lineages:
            offered[F.Fix.MIGRATE] = [
                (
                    "migrate",
                    self.tr(
                        "Move all %n certificate(s) to this credential…", "", len(report.lineages)
                    ),
                    lambda _f: self.migrate_all(),
                )
            ]
        findings = [
            *self.moved.get(key or "", []),
            *report.findings,
            *self.renewal.get(key or "", []),
        ]
        self.set_findings(findings, fix_actions(findings, offered))

    def describe(self, report: ConfigDirReport) -> str:
        """Accounts per server with their KID, certificates with expiry and renewal server."""
        if not report.exists:
            return self.tr("This folder does not exist yet; Certbot creates it on the first run.")
        lines: list[str] = []
        for account in report.accounts:
            if account.eab_kid and account.complete:
                template = self.tr("Account for %1: KID %2")
            elif account.eab_kid:
                template = self.tr("Account for %1: KID %2 (incomplete, ignored by Certbot)")
            elif account.complete:
                template = self.tr("Account for %1: no KID recorded")
            else:
                template = self.tr(
                    "Account for %1: no KID recorded (incomplete, ignored by Certbot)"
                )
            kid = account.eab_kid or ""
            lines.append(fill(template, [account.server_folder, kid]))
        for lineage in report.lineages:
            cert = lineage.certificate
            expiry = date_text(cert.not_after) if cert else self.tr("unknown")
            server = lineage.conf.server if lineage.conf and lineage.conf.server else "?"
            lines.append(
                fill(
                    self.tr("Certificate %1: expires %2, renews at %3"),
                    [lineage.name, expiry, server],
                )
            )
        if not lines:
            lines.append(self.tr("No accounts and no certificates yet."))
        return "\n".join(lines)

    # actions -------------------------------------------------------------------------------

    def create_new(self) -> None:
        label = self.state.profile.name if self.state.profile else "new"
        new = self.assistant.new_config_dir(label)
        self.extra_dirs.append(new)
        self.refresh(select=new)

    def browse(self) -> None:
        chosen = choose_directory(
            self, self.tr("Choose a certbot config directory"), str(self.state.config_dir or "")
        )
        if chosen:
            root = self.assistant.config_root_refuses(Path(chosen))
            if root is not None:
                self.findings_view.set_message(
                    fill(self.tr("Your organization keeps new config directories in %1."), [root])
                )
                return
            self.extra_dirs.append(Path(chosen))
            self.refresh(select=Path(chosen))

    def _demo_refuses(self, *paths: Path) -> bool:
        """Asked before any question: the operation would refuse (demo mode's sandbox) and
        says why in the user's language."""
        try:
            self.assistant.check_may_change(*paths)
        except OutsideDemoFolder as exc:
            self.show_error(exc)
            return True
        return False

    def confirm_same_credential(self, finding: F.Finding) -> None:
        """The admin knows this folder's account was registered with the profile's KID: record
        it in the marker, so the KID check works from now on (and the run is no longer
        refused). Asked explicitly: a wrong answer is exactly KB scenario 1."""
        folder, profile = self.state.config_dir, self.state.profile
        if folder is None or profile is None or self._demo_refuses(folder):
            return
        question = fill(
            self.tr(
                "Record that the account for %1 in %2 was registered with KID %3?\n\n"
                "Only confirm this if you set up this folder with this same ACME credential. "
                "If it was another credential, Certbot will keep using that one and ignore "
                "KID %3."
            ),
            [finding.evidence.get("server", profile.server), folder, profile.eab_kid],
        )
        if not self.confirm(question):
            return
        server, kid = profile.server, profile.eab_kid

        assistant = self.assistant

        def work(_ctx: StepContext) -> str | None:
            return assistant.confirm_same_credential(folder, server, kid)

        self.run_task(
            self.tr("Recording the KID…"), work, lambda _account: self.refresh(select=folder)
        )

    def redact(self, _finding: F.Finding) -> None:
        folder = self.state.config_dir
        if folder is None:
            return
        logs = [Path(f.evidence["file"]).parent for f in self.findings if "file" in f.evidence]
        if self._demo_refuses(folder, *logs):
            return

        assistant = self.assistant

        def work(_ctx: StepContext) -> int:
            return sum(assistant.redact_logs(d).replaced for d in {folder, *logs})

        self.run_task(
            self.tr("Removing HMAC keys from the logs…"),
            work,
            lambda _count: self.refresh(select=folder),
        )

    def migrate_all(self) -> None:
        """DigiCert's fix for scenarios 1 and 2, for every certificate at once: each one is
        ordered again in a new folder with this profile's credential and its own settings.
        The plan is shown first; the old folder stays as it is (retire it afterwards)."""
        source, profile, certbot = self.state.config_dir, self.state.profile, self.state.certbot
        if source is None or profile is None:
            return
        if certbot is None:
            self.findings_view.set_message(self.tr("Choose a Certbot on the Certbot page first."))
            return
        target = self.assistant.new_config_dir(profile.name)
        if self._demo_refuses(target):
            return

        def planned(plan: MigrationPlan) -> None:
            if not self.confirm_migration(plan):
                return
            assistant = self.assistant

            def work(context: StepContext) -> MigrationResult:
                return assistant.migrate(context, plan, certbot)

            names = {lineage.name for lineage in plan.to_order}

            def progress(stage: str) -> None:
                if stage == PREFLIGHT_STAGE:
                    self.busy_label.setText(
                        self.tr("Checking CertCentral and this server before the first order…")
                    )
                elif stage in names:
                    self.busy_label.setText(fill(self.tr("Ordering %1 again…"), [stage]))

            def moved(result: MigrationResult) -> None:
                self.extra_dirs.append(target)
                self.moved[str(target if result.moved else source)] = result.findings
                text = fill(
                    self.tr(
                        "Moved %n certificate(s) to %1 with the new credential. The old "
                        "folder %2 was left as it is.",
                        "",
                        len(result.moved),
                    ),
                    [target, source],
                )
                self.note_event(text)
                if result.moved:
                    self.state.migration = result
                self.refresh(select=target if result.moved else source, then=self._after_move)

            self.run_task(
                self.tr("Ordering the certificates again…"),
                work,
                moved,
                on_progress=progress,
            )

        self.run_task(
            self.tr("Reading what each certificate needs…"),
            lambda _ctx: plan_migration(source, target, profile),
            planned,
        )

    def _after_move(self) -> None:
        """A move that went through ends on Done with what moved; one that stopped stays
        here, where its findings say what to fix before running it again."""
        wizard = self.wizard()
        if wizard is not None and self.state.moved_here() and self.isComplete():
            wizard.next()

    def confirm_migration(self, plan: MigrationPlan) -> bool:
        return MigrationDialog(plan, self).exec() == QDialog.DialogCode.Accepted

    def ask_archive_path(self, folder: Path) -> Path | None:
        # The demo keeps even its backups in its own folder unless the user picks another.
        start = self.services.sandbox or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen = choose_save_file(
            self,
            self.tr("Save the backup as"),
            str(start / suggested_archive_name(folder)),
            self.tr("Zip archives (*.zip)"),
        )
        return Path(chosen) if chosen else None

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.tr("Back up and remove"), text)

    def backup_and_remove(self) -> None:
        folder = self.state.config_dir
        if folder is None or not is_certbot_dir(folder):
            return  # never offered for a folder that is not a certbot dir
        if self._demo_refuses(folder):
            return
        archive = self.ask_archive_path(folder)
        if archive is None:
            return
        try:
            plan = plan_removal(folder)
        except (BackupError, OSError) as exc:
            self.findings_view.set_message(error_text(exc))
            return
        text = fill(
            self.tr(
                "Save a backup of %1 to %2, check it, then remove %1.\n\n"
                "%3 files (including the account and certificate private keys) will be removed. "
                "Certificates already installed on this server keep working."
            ),
            [folder, archive, len(plan.files)],
        )
        if not self.confirm(text):
            return

        def done(result: BackupResult) -> None:
            if result.left_behind:
                text = fill(
                    self.tr(
                        "Backed up %1 files to %2 (verified) and removed them. %n file(s) "
                        "appeared or changed in %3 during the backup (a renewal may have run) "
                        "and were left there, for example %4.",
                        "",
                        len(result.left_behind),
                    ),
                    [result.files, result.archive, folder, result.left_behind[0]],
                )
            else:
                text = fill(
                    self.tr("Backed up %1 files to %2 (verified) and removed %3."),
                    [result.files, result.archive, folder],
                )
            self.details.setText(text)
            self.note_event(text)
            self.last_archive = result.archive
            self.open_backup_button.show()
            self.state.config_dir = None
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BackupError) and not isinstance(exc, RemovalIncomplete):
                text = fill(self.tr("Nothing was removed: %1"), [error_text(exc)])
            else:
                text = error_text(exc)
            self.findings_view.set_message(text)

        assistant = self.assistant

        def work(context: StepContext) -> BackupResult:
            return assistant.retire(context, folder, archive)

        self.run_task(
            self.tr("Backing up, checking the backup, then removing…"), work, done, failed
        )

    # completeness --------------------------------------------------------------------------

    def blocking(self) -> list[F.Finding]:
        if self.state.scenario is Scenario.CHECK:
            return []
        return F.blocking(self.findings)

    def ready(self) -> bool:
        return self.state.config_dir is not None

    def missing_input(self) -> str:
        return self.tr("Choose a config directory in the list above, or create a new one.")

    def validatePage(self) -> bool:
        if self.state.config_dir is not None:
            recent = [str(self.state.config_dir)]
            stored = self.services.settings.value(RECENT_KEY, []) or []
            for item in stored if isinstance(stored, list) else [stored]:
                if str(item) not in recent and Path(str(item)).exists():
                    recent.append(str(item))
            self.services.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        return super().validatePage()

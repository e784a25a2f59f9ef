"""The assistant: a QWizard from "what is your situation?" to a working certificate.

One state object shared by the pages; the scenario chosen on the first page decides which pages
follow (``state.path_for``). A step list on the left shows where the user is, what is done and
which steps have a problem. "Copy report" is on every page for the help desk.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from certbot_assistant import APP_NAME
from certbot_assistant.core import findings as F
from certbot_assistant.core.policy import Setting
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.i18n import LANGUAGE_NAMES, current_language, qt_translate
from certbot_assistant.translate import join_list
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.pages.later import later_page_classes
from certbot_assistant.ui.pages.situation import SituationPage, scenario_texts
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState
from certbot_assistant.ui.tasks import Task
from certbot_assistant.ui.widgets import ask_yes_no, without_mnemonic

if TYPE_CHECKING:
    from certbot_assistant.ui.pages.run_page import RunPage

log = logging.getLogger(__name__)

STEP_TITLES = {
    PageId.SITUATION: QT_TRANSLATE_NOOP("AssistantWizard", "Situation"),
    PageId.CERTBOT: QT_TRANSLATE_NOOP("AssistantWizard", "Certbot"),
    PageId.CREDENTIAL: QT_TRANSLATE_NOOP("AssistantWizard", "ACME credential"),
    PageId.CONFIG_DIR: QT_TRANSLATE_NOOP("AssistantWizard", "Config directory"),
    PageId.CERTCENTRAL: QT_TRANSLATE_NOOP("AssistantWizard", "CertCentral"),
    PageId.SERVER: QT_TRANSLATE_NOOP("AssistantWizard", "This server"),
    PageId.REVIEW: QT_TRANSLATE_NOOP("AssistantWizard", "Review"),
    PageId.RUN: QT_TRANSLATE_NOOP("AssistantWizard", "Run"),
    PageId.DONE: QT_TRANSLATE_NOOP("AssistantWizard", "Done"),
}


class StepList(QWidget):
    """The steps of the current path: ✓ done, ▶ here, ⚠ has a problem; others just listed."""

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if demo:
            banner = QLabel(QCoreApplication.translate("StepList", "DEMO MODE\nnothing reaches "
                                                       "DigiCert"), self)  # fmt: skip
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            banner.setAutoFillBackground(True)
            banner.setForegroundRole(banner.foregroundRole())
            font = banner.font()
            font.setBold(True)
            banner.setFont(font)
            banner.setFrameShape(QLabel.Shape.Box)
            banner.setMargin(4)
            layout.addWidget(banner)
        self.list = QListWidget(self)
        self.list.setObjectName("stepListItems")
        self.list.setAccessibleName(QCoreApplication.translate("StepList", "Steps"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setMinimumWidth(170)
        layout.addWidget(self.list)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(QCoreApplication.translate("StepList", "Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        layout.addWidget(self.language)


class AssistantWizard(QWizard):
    language_chosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        """``services`` is required: a face says whether it is real or demo, never by default."""
        super().__init__(parent)
        self.services = services
        self.state = WizardState()
        self.setObjectName("assistantWizard")
        # Qt adds the application's name to a title that is not the name itself.
        self.setWindowTitle(self.tr("DEMO") if self.services.is_demo else APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Cop&y report"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("copyReportButton")
        self.button(QWizard.WizardButton.CustomButton1).setAccessibleName(
            self.tr("Copy the diagnostic report")
        )
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.customButtonClicked.connect(self._custom_button)
        self._pages: dict[PageId, AssistantPage] = {}
        self.steps = StepList(self.services.is_demo, self)
        self.setSideWidget(self.steps)
        self._add_page(SituationPage(self.state, self.services))
        self.setStartId(int(PageId.SITUATION))
        QTimer.singleShot(100, self._preload_pages)
        self.steps.language.setCurrentIndex(
            max(0, self.steps.language.findData(current_language()))
        )
        self.steps.language.currentIndexChanged.connect(self._language_changed)
        if self.services.policy().is_locked(Setting.LANGUAGE):
            self.steps.language.setEnabled(False)
            self.steps.language.setToolTip(self.tr("Set by your organization"))
        self.currentIdChanged.connect(lambda _id: self.refresh_steps())
        self.resize(960, 680)
        geometry = self.services.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.refresh_steps()

    def _language_changed(self, _index: int) -> None:
        """Saved, and applied now by the app (which rebuilds the wizard) when nothing would be
        lost; otherwise it applies at the next start."""
        code = str(self.steps.language.currentData())
        self.services.settings.setValue("ui/language", code)
        if self.currentId() == int(PageId.SITUATION):
            self.language_chosen.emit(code)

    def _add_page(self, page: AssistantPage) -> None:
        page.steps_changed.connect(self.refresh_steps)
        self._pages[page.page_id] = page
        self.setPage(int(page.page_id), page)

    def _preload_pages(self) -> None:
        """Import the later pages' modules off the UI thread, then build the pages on it: the
        imports are the slow part, the widgets take a few milliseconds."""

        self._preload = Task(
            lambda _context: later_page_classes(),
            lambda _r: self.ensure_pages(),
            self._preload_failed,
            self,
        )

    def _preload_failed(self, exc: BaseException) -> None:
        log.error("loading the pages failed: %s", type(exc).__name__)
        self.ensure_pages()

    def validateCurrentPage(self) -> bool:
        """The later pages are built after the first paint; leaving the first page needs them
        now, however fast the user pressed Next."""
        self.ensure_pages()
        return super().validateCurrentPage()

    def ensure_pages(self) -> None:
        """Build the pages after the first (idempotent; navigation calls it too)."""
        if len(self._pages) == len(PageId):
            return
        for page_id, page_class in later_page_classes().items():
            if page_id not in self._pages:
                self._add_page(page_class(self.state, self.services))

    @property
    def pages(self) -> dict[PageId, AssistantPage]:
        self.ensure_pages()
        return self._pages

    # navigation ----------------------------------------------------------------------------

    def nextId(self) -> int:
        path = self.state.path()
        current = PageId(self.currentId()) if self.currentId() >= 0 else PageId.SITUATION
        if current not in path:
            return -1
        index = path.index(current)
        return int(path[index + 1]) if index + 1 < len(path) else -1

    def page_for(self, page_id: PageId) -> AssistantPage:
        return self.pages[page_id]

    def refresh_steps(self) -> None:
        path = self.state.path()
        current = PageId(self.currentId()) if self.currentId() >= 0 else PageId.SITUATION
        visited = set(self.visitedIds())
        self.steps.list.clear()
        for page_id in path:
            page = self._pages.get(page_id)
            title = QCoreApplication.translate("AssistantWizard", STEP_TITLES[page_id])
            problem = page is not None and any(
                f.severity is not F.Severity.INFO for f in page.findings
            )
            if page_id == current:
                mark, state = "▶", self.tr("current step")
            elif problem and int(page_id) in visited:
                mark, state = "⚠", self.tr("has a problem")
            elif int(page_id) in visited:
                mark, state = "✓", self.tr("done")
            else:
                mark, state = "  ", self.tr("to do")
            item = QListWidgetItem(f"{mark} {title}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill("%1: %2", [title, state]))
            if page_id == current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.steps.list.addItem(item)

    # the report ----------------------------------------------------------------------------

    def report_text(self) -> str:
        from certbot_assistant.core.diagnosis.report import ReportInput, build_report
        from certbot_assistant.core.secrets import SecretStoreError
        from certbot_assistant.ui.labels import install_kind_text
        from certbot_assistant.ui.pages.certcentral_page import CertCentralPage

        state = self.state
        choices: list[tuple[str, str]] = [
            (self.tr("Situation"), without_mnemonic(scenario_texts()[state.scenario][0])),
        ]
        if state.certbot is not None:
            choices.append((self.tr("Certbot"), str(state.certbot.path)))
        if state.profile is not None:
            choices += [
                (self.tr("ACME directory URL"), state.profile.server),
                (self.tr("KID"), state.profile.eab_kid),
                (self.tr("CertCentral credential"), state.profile.acme_credential_name or "-"),
            ]
        if state.domains:
            choices.append((self.tr("Names"), join_list(state.domains)))
        if state.config_dir is not None:
            choices.append((self.tr("Config directory"), str(state.config_dir)))
        try:
            backend = self.services.secrets.backend_info().display_name(qt_translate)
        except SecretStoreError as exc:
            backend = exc.text(qt_translate)
        choices.append((self.tr("Keyring"), backend))
        installs = [
            f"{i.path} ({i.version or '?'}, {install_kind_text(i.kind)})" for i in state.installs
        ]
        run = state.run_result
        secrets = [s for s in (state.hmac_key,) if s]
        certcentral_page = self.pages[PageId.CERTCENTRAL]
        if isinstance(certcentral_page, CertCentralPage) and certcentral_page.api_key:
            secrets.append(certcentral_page.api_key)
        data = ReportInput(
            events=list(state.events),
            choices=choices,
            installs=installs,
            findings=state.all_findings(),
            command=" ".join(state.display_command) if state.display_command else None,
            run_output=(run.stdout + run.stderr) if run else None,
            secrets=secrets,
            toolkit=f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
        )
        return build_report(data, qt_translate)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            QGuiApplication.clipboard().setText(self.report_text())
            log.info("diagnostic report copied")
            page = self.currentPage()
            if isinstance(page, AssistantPage):
                page.flash(self.tr("The report is on the clipboard: paste it into the ticket."))

    # leaving -------------------------------------------------------------------------------

    @property
    def run_page(self) -> RunPage:
        from certbot_assistant.ui.pages.run_page import RunPage

        page = self.pages[PageId.RUN]
        assert isinstance(page, RunPage)
        return page

    def confirm_leave(self) -> bool:
        if self.currentId() in (-1, int(PageId.SITUATION), int(PageId.DONE)):
            return True
        text = (
            self.tr("Certbot is still running. Stop it and close the assistant?")
            if PageId.RUN in self._pages and self.run_page.running
            else self.tr("Close the assistant? Nothing has been changed by this step.")
        )
        return ask_yes_no(self, self.tr("Close"), text)

    def reject(self) -> None:
        if not self.confirm_leave():
            return
        if PageId.RUN in self._pages:
            self.run_page.stop_run()
        self._remember()
        super().reject()

    def accept(self) -> None:
        self._remember()
        super().accept()

    def _remember(self) -> None:
        self.services.settings.setValue("window/geometry", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        if PageId.RUN in self._pages:
            self.run_page.stop_run()
        self._remember()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

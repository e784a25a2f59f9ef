"""Start: what is your situation? The paths in the user's words, each explained before it starts."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from certbot_assistant.core.translation import fill
from certbot_assistant.i18n import current_language
from certbot_assistant.ui.overview import CertificatesOverview
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.widgets import without_mnemonic

DOCS_URL = (
    "https://docs.digicert.com/{lang}/certcentral/certificate-tools/"
    "certificate-lifecycle-automation-guides/troubleshoot-automation-issues/"
    "troubleshooting-scenarios-for-third-party-acme-clients.html"
)


def troubleshooting_url() -> str:
    """DigiCert's page behind the three scenarios, in the UI's language (ja or en)."""
    return DOCS_URL.format(lang="ja" if current_language() == "ja" else "en")


def scenario_texts() -> dict[Scenario, tuple[str, str]]:
    """(choice, explanation) per path; the explanation is the cause in two or three sentences."""
    return {
        Scenario.NEW: (
            QCoreApplication.translate("SituationPage", "&Get a new certificate"),
            QCoreApplication.translate(
                "SituationPage",
                "The assistant checks Certbot, your ACME credential, the config directory, "
                "CertCentral and this server, then runs Certbot and shows the result.",
            ),
        ),
        Scenario.OLD_URL: (
            QCoreApplication.translate(
                "SituationPage", "Certificates are still issued under the &old ACME directory URL"
            ),
            QCoreApplication.translate(
                "SituationPage",
                "Certbot keeps one ACME account per config directory and ACME server. When the "
                "folder already holds an account, Certbot reuses it and silently ignores the new "
                "KID and HMAC key, so certificates keep coming from the old credential. The "
                "assistant finds that account and sets up a new config directory for the new KID.",
            ),
        ),
        Scenario.REVOKED: (
            QCoreApplication.translate("SituationPage", "My ACME directory URL was &revoked"),
            QCoreApplication.translate(
                "SituationPage",
                "A revoked ACME directory URL disables the account Certbot registered with it, "
                "and Certbot keeps using that account from its config directory. DigiCert's fix is "
                "to remove that config directory and start a new one; the assistant backs it up "
                "first and checks the backup before anything is removed.",
            ),
        ),
        Scenario.TIMEOUT: (
            QCoreApplication.translate("SituationPage", "Certbot ends with a &timeout error"),
            QCoreApplication.translate(
                "SituationPage",
                "CertCentral holds the order back when the organization or a domain is not "
                "validated, or when the request waits for approval (more than 24 hours, or more "
                "than 90 seconds for Certbot). The assistant checks each of these in CertCentral "
                "and lets you approve a waiting request.",
            ),
        ),
        Scenario.CHECK: (
            QCoreApplication.translate("SituationPage", "&Check an existing setup"),
            QCoreApplication.translate(
                "SituationPage",
                "Nothing is changed: the assistant looks at Certbot, the config directory and "
                "CertCentral and lists what it finds, with a report for the help desk.",
            ),
        ),
    }


class SituationPage(AssistantPage):
    page_id = PageId.SITUATION

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("situationPage")
        self.setTitle(self.tr("What is your situation?"))
        self.setSubTitle(
            self.tr("Choose what brings you here; the assistant takes the steps that apply.")
        )
        self.group = QButtonGroup(self)
        texts = scenario_texts()
        for index, scenario in enumerate(Scenario):
            button = QRadioButton(texts[scenario][0], self)
            button.setObjectName(f"scenario-{scenario.value}")
            button.setAccessibleName(without_mnemonic(texts[scenario][0]))
            self.group.addButton(button, index)
            self.body.addWidget(button)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("scenarioExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setMargin(8)
        box = QVBoxLayout()
        box.addWidget(self.explanation)
        self.body.addSpacing(8)
        self.body.addLayout(box)
        self.docs_link = QLabel(self)
        self.docs_link.setObjectName("digicertDocsLink")
        self.docs_link.setOpenExternalLinks(False)
        self.docs_link.linkActivated.connect(self._open_link)
        self.docs_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        link_text = self.tr("DigiCert: troubleshooting third-party ACME clients")
        self.docs_link.setText(f'<a href="{troubleshooting_url()}">{html.escape(link_text)}</a>')
        self.docs_link.setAccessibleName(link_text)
        self.body.addWidget(self.docs_link)
        self.body.addSpacing(8)
        self.overview = CertificatesOverview(services, self)
        self.body.addWidget(self.overview, 1)
        self.group.idToggled.connect(self._toggled)
        self.findings_view.hide()
        self.choose(self.state.scenario)

    def _open_link(self, url: str) -> None:
        if not QDesktopServices.openUrl(QUrl(url)):
            QGuiApplication.clipboard().setText(url)
            self.flash(fill(self.tr("No web browser opened. The address is on the clipboard: "
                                    "%1"), [url]))  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        """Back on the first page (from Done, say): the list shows what the session added."""
        super().showEvent(event)
        self.overview.refresh(delay_ms=100)  # a refresh already on its way is not repeated

    @property
    def loading(self) -> bool:
        """The overview is still being read (it never blocks Next)."""
        return self.overview.loading

    def initializePage(self) -> None:
        self.overview.refresh(delay_ms=100)  # after the first paint, which it must not delay

    def cleanupPage(self) -> None:
        self.overview.cancel()
        super().cleanupPage()

    def choose(self, scenario: Scenario) -> None:
        button = self.group.button(list(Scenario).index(scenario))
        button.setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        scenario = list(Scenario)[index]
        self.state.scenario = scenario
        self.explanation.setText(scenario_texts()[scenario][1])
        self.steps_changed.emit()

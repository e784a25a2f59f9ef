"""Step: which Certbot. Every install found, what is wrong with each, re-scan, browse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from certbot_assistant.core.certbot.discovery import CertbotInstall, discovery_findings
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.certbot import choose_certbot
from certbot_assistant.core.translation import fill
from certbot_assistant.ui.file_dialogs import choose_file
from certbot_assistant.ui.labels import install_kind_text
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState
from certbot_assistant.ui.widgets import make_table

# Commands, the same in every language; EFF's own instructions use /opt/certbot on Linux.
INSTALL_HINT_WINDOWS = (
    "python -m venv C:\\Certbot-venv, then C:\\Certbot-venv\\Scripts\\pip install certbot"
)
INSTALL_HINT_POSIX = "python3 -m venv /opt/certbot, then /opt/certbot/bin/pip install certbot"


class CertbotPage(AssistantPage):
    page_id = PageId.CERTBOT
    content_stretch = 1

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("certbotPage")
        self.setTitle(self.tr("Certbot"))
        self.setSubTitle(
            self.tr("The assistant drives your own Certbot. Choose the one to use for this setup.")
        )
        self.user_paths: list[Path] = []
        self.tree = make_table(
            self,
            "certbotTree",
            self.tr("Certbot installations"),
            [self.tr("Program"), self.tr("Version"), self.tr("Installed by"), self.tr("Problems")],
        )
        self.tree.currentItemChanged.connect(self._selected)
        self.body.addWidget(self.tree, 1)
        self.guidance = QLabel(self)
        self.guidance.setObjectName("certbotGuidance")
        self.guidance.setWordWrap(True)
        self.body.addWidget(self.guidance)
        row = QHBoxLayout()
        self.rescan_button = QPushButton(self.tr("Scan &again"), self)
        self.rescan_button.setObjectName("rescanButton")
        self.rescan_button.setAccessibleName(self.tr("Scan again"))
        self.rescan_button.clicked.connect(self.scan)
        self.browse_button = QPushButton(self.tr("Br&owse for certbot…"), self)
        self.browse_button.setObjectName("browseCertbotButton")
        self.browse_button.setAccessibleName(self.tr("Browse for certbot"))
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.rescan_button)
        row.addWidget(self.browse_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self._scanned = False

    def initializePage(self) -> None:
        if not self._scanned:
            self.scan()

    def scan(self) -> None:
        paths, assistant = list(self.user_paths), self.assistant

        def work(context: StepContext) -> list[CertbotInstall]:
            return assistant.certbots(context, paths=paths)

        self.run_task(self.tr("Looking for Certbot on this computer…"), work, self._show)

    def add_certbot(self, path: Path) -> None:
        """A certbot the user pointed at: probed, added and selected."""
        self.user_paths.append(path)
        assistant = self.assistant

        def work(context: StepContext) -> CertbotInstall:
            return assistant.certbot_at(context, path)

        def done(install: CertbotInstall) -> None:
            known = [i for i in self.state.installs if i.path != install.path]
            self.state.installs = [install, *known]
            self._fill(select=install.path)

        self.run_task(fill(self.tr("Checking %1…"), [path]), work, done)

    def browse(self) -> None:
        name = "certbot.exe" if self.services.windows else "certbot"
        chosen = choose_file(self, self.tr("Choose the certbot program"), "", f"{name} (*)")
        if chosen:
            self.add_certbot(Path(chosen))

    def _show(self, installs: list[CertbotInstall]) -> None:
        self._scanned = True
        self.state.installs = installs
        preferred = self.services.settings.value("certbot/path", "")
        self._fill(select=Path(str(preferred)) if preferred else None)

    def _fill(self, select: Path | None = None) -> None:
        self.tree.clear()
        chosen = choose_certbot(self.state.installs, select)
        chosen_item = None
        for install in self.state.installs:
            item = QTreeWidgetItem(
                [
                    str(install.path),
                    install.version or self.tr("unknown"),
                    install_kind_text(install.kind),
                    str(len(install.findings)) if install.findings else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(install.path))
            item.setToolTip(0, str(install.path))
            self.tree.addTopLevelItem(item)
            if chosen is not None and install.path == chosen.path:
                chosen_item = item
        if chosen_item is not None:
            self.tree.setCurrentItem(chosen_item)
        else:
            self.state.certbot = None
            self._update_findings()

    def _selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        path = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.state.certbot = next((i for i in self.state.installs if str(i.path) == path), None)
        if self.state.certbot is not None:
            self.services.settings.setValue("certbot/path", str(self.state.certbot.path))
        self._update_findings()

    def _update_findings(self) -> None:
        if not self.state.installs:
            self.guidance.setText(
                fill(
                    self.tr(
                        "No Certbot was found. Install it with pip in a Python 3.10 or later "
                        "environment (%1), then choose Scan again, or Browse for certbot if it "
                        "is somewhere else."
                    ),
                    [INSTALL_HINT_WINDOWS if self.services.windows else INSTALL_HINT_POSIX],
                )
            )
            self.guidance.show()
            self.set_findings(discovery_findings([]))
            return
        chosen = self.state.certbot
        findings = list(chosen.findings) if chosen else []
        eol = chosen is not None and any(f.id == "certbot-windows-installer-eol" for f in findings)
        self.guidance.setText(
            self.tr(
                "This Certbot still works, but its installer is no longer maintained; plan a "
                "move to Certbot from pip."
            )
            if eol
            else ""
        )
        self.guidance.setVisible(bool(self.guidance.text()))
        self.set_findings(findings)

    def ready(self) -> bool:
        return self.state.certbot is not None

    def missing_input(self) -> str:
        return self.tr("Choose a Certbot in the list above, or Browse for one.")

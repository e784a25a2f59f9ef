"""Step: this server. Can Certbot answer the HTTP challenge here, with the rights it needs?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.server import (
    ServerCheck,
    ServerReport,
    check_server,
    server_check_after,
)
from certbot_assistant.core.translation import fill
from certbot_assistant.ui.file_dialogs import choose_directory
from certbot_assistant.ui.findings_view import FixAction, fix_actions
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState


class ServerPage(AssistantPage):
    page_id = PageId.SERVER

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("serverPage")
        self.setTitle(self.tr("This server"))
        self.setSubTitle(
            self.tr(
                "DigiCert checks the names over HTTP: Certbot either answers on port 80 itself "
                "(standalone) or puts a file into your web server's folder (webroot)."
            )
        )
        self.method = QButtonGroup(self)
        self.standalone = QRadioButton(self.tr("&Standalone: Certbot's own web server"), self)
        self.standalone.setObjectName("standaloneRadio")
        self.standalone.setAccessibleName(self.tr("Standalone"))
        self.webroot = QRadioButton(
            self.tr("&Webroot: a folder the running web server serves"), self
        )
        self.webroot.setObjectName("webrootRadio")
        self.webroot.setAccessibleName(self.tr("Webroot"))
        self.method.addButton(self.standalone, 0)
        self.method.addButton(self.webroot, 1)
        form = QFormLayout()
        form.addRow(self.standalone)
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setAccessibleName(self.tr("HTTP port"))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(80)
        form.addRow(self.tr("HTTP &port:"), self.port_spin)
        form.addRow(self.webroot)
        webroot_row = QHBoxLayout()
        self.webroot_edit = QLineEdit(self)
        self.webroot_edit.setObjectName("webrootEdit")
        self.webroot_edit.setAccessibleName(self.tr("Web root folder"))
        self.webroot_edit.setPlaceholderText(
            "C:\\inetpub\\wwwroot" if services.windows else "/var/www/html"
        )
        self.webroot_browse = QPushButton(self.tr("Br&owse…"), self)
        self.webroot_browse.setObjectName("webrootBrowse")
        self.webroot_browse.setAccessibleName(self.tr("Browse for the web root"))
        self.webroot_browse.clicked.connect(self._browse)
        webroot_row.addWidget(self.webroot_edit, 1)
        webroot_row.addWidget(self.webroot_browse)
        webroot_label = QLabel(self.tr("Web &root:"), self)
        webroot_label.setBuddy(self.webroot_edit)
        form.addRow(webroot_label, webroot_row)
        self.body.addLayout(form)
        self.recheck = QPushButton(self.tr("Check &again"), self)
        self.recheck.setObjectName("serverRecheck")
        self.recheck.setAccessibleName(self.tr("Check this server again"))
        self.recheck.clicked.connect(self.check)
        recheck_row = QHBoxLayout()
        recheck_row.addWidget(self.recheck)
        recheck_row.addStretch(1)
        self.body.addLayout(recheck_row)
        self.body.addStretch(1)
        self.standalone.setChecked(True)
        self.method.idToggled.connect(lambda *_: self.check())
        self.port_spin.valueChanged.connect(lambda *_: self.check())
        self.webroot_edit.editingFinished.connect(self.check)

    def initializePage(self) -> None:
        self.port_spin.blockSignals(True)
        self.port_spin.setValue(self.state.http01_port)
        self.port_spin.blockSignals(False)
        if self.state.webroot is not None:
            self.webroot_edit.setText(str(self.state.webroot))
        self.check()

    def _browse(self) -> None:
        start = self.webroot_edit.text().strip() or self.webroot_edit.placeholderText()
        chosen = choose_directory(self, self.tr("Choose the web root folder"), start)
        if chosen:
            self.webroot_edit.setText(chosen)
            self.check()

    def check(self) -> None:
        standalone = self.standalone.isChecked()
        port = self.port_spin.value()
        names = list(self.state.domains)
        windows = self.services.windows
        self.state.http01_port = port
        text = self.webroot_edit.text().strip()
        self.state.webroot = None if standalone or not text else Path(text)

        request = server_check_after(
            ServerCheck(tuple(names), standalone, port, self.state.webroot, windows),
            self.state.certcentral,
        )

        def work(context: StepContext) -> ServerReport:
            return check_server(context, request)

        def done(report: ServerReport) -> None:
            findings = report.findings
            self.state.server_findings = findings
            offered: dict[F.Fix, list[FixAction]] = {
                F.Fix.USE_WEBROOT: [
                    (
                        "use-webroot",
                        self.tr("Use webroot instead"),
                        lambda _f: self.webroot.setChecked(True),
                    )
                ]
            }
            if windows:
                offered[F.Fix.RESTART_ELEVATED] = [
                    (
                        "restart-elevated",
                        self.tr("Restart as administrator"),
                        lambda _f: self._restart_elevated(),
                    )
                ]
            self.set_findings(findings, fix_actions(findings, offered))

        self.run_task(self.tr("Checking this server…"), work, done)

    def _restart_elevated(self) -> None:  # pragma: no cover - Windows only
        import ctypes
        import sys

        params = " ".join(f'"{a}"' for a in sys.argv[1:])
        if sys.platform == "win32":
            ctypes.windll.shell32.ShellExecuteW(None, "runas", sys.executable, params, None, 1)
        self.wizard().reject()

    def ready(self) -> bool:
        if self.webroot.isChecked():
            text = self.webroot_edit.text().strip()
            return bool(text) and Path(text).is_dir()
        return True

    def missing_input(self) -> str:
        text = self.webroot_edit.text().strip()
        if not text:
            return self.tr("Enter the web root folder, or choose Standalone.")
        return fill(self.tr("The web root folder %1 does not exist on this server."), [text])

"""Step: review. The exact command (key masked), copyable for cmd or PowerShell, in plain words."""

from __future__ import annotations

import shlex

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)

from certbot_assistant.core.certbot.command import to_cmd, to_powershell
from certbot_assistant.core.steps.issue import issuance_timeout_for
from certbot_assistant.core.translation import fill
from certbot_assistant.translate import join_list
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState


class ReviewPage(AssistantPage):
    page_id = PageId.REVIEW

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("reviewPage")
        self.setTitle(self.tr("Review"))
        self.setSubTitle(self.tr("This is exactly what will run. Nothing has been changed yet."))
        self.plain = QLabel(self)
        self.plain.setObjectName("reviewPlainWords")
        self.plain.setWordWrap(True)
        self.body.addWidget(self.plain)
        self.command = QPlainTextEdit(self)
        self.command.setObjectName("reviewCommand")
        self.command.setAccessibleName(self.tr("The certbot command"))
        self.command.setReadOnly(True)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setMaximumHeight(120)
        self.body.addWidget(self.command)
        row = QHBoxLayout()
        self.copy_cmd = QPushButton(self.tr("Copy for &cmd.exe"), self)
        self.copy_cmd.setObjectName("copyCmd")
        self.copy_cmd.setAccessibleName(self.tr("Copy the command for cmd.exe"))
        self.copy_ps = QPushButton(self.tr("Copy for &PowerShell"), self)
        self.copy_ps.setObjectName("copyPowerShell")
        self.copy_ps.setAccessibleName(self.tr("Copy the command for PowerShell"))
        self.copy_sh = QPushButton(self.tr("Copy for a &shell"), self)
        self.copy_sh.setObjectName("copyShell")
        self.copy_sh.setAccessibleName(self.tr("Copy the command for a POSIX shell"))
        row.addWidget(self.copy_cmd)
        row.addWidget(self.copy_ps)
        row.addWidget(self.copy_sh)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        for button, render in (
            (self.copy_cmd, to_cmd),
            (self.copy_ps, to_powershell),
            (self.copy_sh, shlex.join),
        ):
            button.clicked.connect(
                lambda _checked=False, render=render: self._copy(render(self.state.display_command))
            )
        # The shells of this system: cmd.exe and PowerShell on Windows, a POSIX shell elsewhere.
        self.copy_cmd.setVisible(services.windows)
        self.copy_ps.setVisible(services.windows)
        self.copy_sh.setVisible(not services.windows)
        self.findings_view.hide()
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Run Certbot"))

    def initializePage(self) -> None:
        request = self.state.run_request()
        self.state.display_command = request.display_argv()
        self.command.setPlainText(to_cmd(self.state.display_command))
        self.plain.setText(self.describe())

    def describe(self) -> str:
        state = self.state
        assert state.profile is not None
        report = state.config_report
        accounts = report.accounts_for(state.profile.server) if report else []
        account = next((a for a in accounts if a.complete), None)
        names = join_list(state.domains)
        if account is None:
            first = fill(
                self.tr("Certbot registers a new ACME account with KID %1 in %2."),
                [state.profile.eab_kid, state.config_dir],
            )
        else:
            first = fill(
                self.tr("Certbot uses the account already in %1 (registered with KID %2)."),
                [state.config_dir, account.eab_kid or state.profile.eab_kid],
            )
        prevalidated = state.certcentral is not None and any(
            f.id == "no-challenge-needed" for f in state.certcentral.findings
        )
        if prevalidated:
            how = self.tr(
                "CertCentral has validated every name, so DigiCert asks for no challenge."
            )
        elif state.webroot is None:
            how = fill(
                self.tr("It proves control of the names by answering on port %1 itself."),
                [state.http01_port],
            )
        else:
            how = fill(self.tr("It proves control of the names with files in %1."), [state.webroot])
        then = fill(
            self.tr("Then it requests a certificate for %1 from %2. The HMAC key is passed in a "
                    "temporary file that only you can read, removed when Certbot ends."),
            [names, state.profile.server],
        )  # fmt: skip
        # The translation decides how sentences join (Japanese runs them on without spaces).
        text = fill(self.tr("%1 %2 %3", "three sentences in a row"), [first, how, then])
        timeout = issuance_timeout_for(
            state.profile.server, state.certbot.version_tuple if state.certbot else None
        )
        if timeout is None:
            return text
        wait = self.tr(
            "It waits up to %n minute(s) for DigiCert to issue the certificate (an approval can "
            "take that long; Certbot's own limit is 90 seconds).",
            "",
            timeout // 60,
        )
        return fill(self.tr("%1 %2", "two sentences in a row"), [text, wait])

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.flash(self.tr("The command is on the clipboard (the HMAC key is masked in it)."))

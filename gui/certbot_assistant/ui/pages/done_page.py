"""Step: done. Where the certificate is, what it covers, until when, and how it renews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from certbot_assistant.core import findings as F
from certbot_assistant.core.certificate_info import CertificateError, read_certificate
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.renewal import RenewalTest, schedule_renewal, test_renewal
from certbot_assistant.core.translation import fill
from certbot_assistant.ui.findings_view import error_text
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState


class DonePage(AssistantPage):
    page_id = PageId.DONE

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("donePage")
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.renewal = QLabel(self)
        self.renewal.setObjectName("doneRenewal")
        self.renewal.setWordWrap(True)
        self.body.addWidget(self.renewal)
        row = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("&Schedule renewal for this folder"), self)
        self.schedule_button.setObjectName("scheduleRenewalButton")
        self.schedule_button.setAccessibleName(self.tr("Schedule renewal for this folder"))
        self.schedule_button.clicked.connect(self.schedule)
        row.addWidget(self.schedule_button)
        self.test_button = QPushButton(self.tr("&Test renewal"), self)
        self.test_button.setObjectName("testRenewalButton")
        self.test_button.setAccessibleName(self.tr("Test renewal"))
        self.test_button.clicked.connect(self.test_renewal)
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.schedule_result = QLabel(self)
        self.schedule_result.setObjectName("scheduleResult")
        self.schedule_result.setWordWrap(True)
        self.body.addWidget(self.schedule_result)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("renewalTestResult")
        self.test_result.setWordWrap(True)
        self.body.addWidget(self.test_result)
        self.test_output = QPlainTextEdit(self)
        self.test_output.setObjectName("renewalTestOutput")
        self.test_output.setAccessibleName(self.tr("Certbot output of the renewal test"))
        self.test_output.setReadOnly(True)
        self.test_output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.test_output.hide()
        self.body.addWidget(self.test_output, 1)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        self.schedule_result.clear()
        self.test_result.clear()
        self.test_output.clear()
        self.test_output.hide()
        can_renew = self.state.scenario is not Scenario.CHECK and self.state.config_dir is not None
        self.schedule_button.setVisible(can_renew)
        self.test_button.setVisible(can_renew)
        if self.state.scenario is Scenario.CHECK:
            self.setSubTitle(self.tr("Nothing was changed. Here is what the assistant found."))
            self.summary.setText(self.tr("Use Copy report to send the findings to the help desk."))
            self.renewal.clear()
            self.set_findings(self.state.all_findings())
            return
        self.setSubTitle(self.tr("Certbot received the certificate."))
        result = self.state.run_result
        cert_path = result.certificate_path if result else None
        key_path = result.key_path if result else None

        def work(_ctx: StepContext) -> str | F.Finding:
            if cert_path is None:
                return ""
            try:
                info = read_certificate(cert_path)
            except CertificateError as exc:
                return F.make("certificate-unreadable", file=cert_path, reason=exc)
            return fill(
                self.tr("Names: %1\nValid until: %2"),
                [", ".join(info.names), info.not_after.strftime("%Y-%m-%d %H:%M UTC")],
            )

        def done(details: str | F.Finding) -> None:
            lines = [
                fill(self.tr("Certificate and chain: %1"), [cert_path or "?"]),
                fill(self.tr("Private key: %1"), [key_path or "?"]),
            ]
            if isinstance(details, F.Finding):
                self.set_findings([*self.findings, details])
            elif details:
                lines.append(details)
            self.summary.setText("\n".join(lines))

        self.renewal.setText(
            fill(
                self.tr(
                    'Certbot renews with "certbot renew --config-dir %1". A task that runs plain '
                    '"certbot renew" only covers the default folder, so this folder needs its '
                    "own scheduled renewal."
                ),
                [self.state.config_dir],
            )
        )
        self.set_findings(result.findings if result else [])
        self.run_task(self.tr("Reading the certificate…"), work, done)

    def schedule(self) -> None:
        """Create the task or timer that renews this folder (one per config dir)."""
        certbot, config_dir = self.state.certbot, self.state.config_dir
        if certbot is None or config_dir is None:
            return
        scheduler = self.services.scheduler_factory()

        def work(context: StepContext) -> str:
            return schedule_renewal(context, scheduler, certbot.path, config_dir)

        def done(name: str) -> None:
            self.schedule_result.setText(
                fill(self.tr("Scheduled: %1 renews %2 twice a day."), [name, config_dir])
            )
            self.schedule_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.schedule_result.setText(
                fill(self.tr("The renewal could not be scheduled: %1"), [error_text(exc)])
            )

        self.run_task(self.tr("Scheduling renewal…"), work, done, failed)

    def test_renewal(self) -> None:
        """A dry run only where it places no real order; against DigiCert, list instead."""
        certbot, config_dir = self.state.certbot, self.state.config_dir
        if certbot is None or config_dir is None:
            return

        demo = self.services.sandbox is not None

        def work(context: StepContext) -> RenewalTest:
            return test_renewal(context, certbot.path, config_dir, allow_dry_run=not demo)

        def done(result: RenewalTest) -> None:
            if result.dry_run:
                head = (
                    self.tr("The renewal dry run succeeded.")
                    if result.succeeded
                    else self.tr("The renewal dry run failed:")
                )
            else:
                head = self.tr(
                    "A dry run against DigiCert places a real order, so the assistant did not "
                    "run one. Certbot lists these certificates for renewal:"
                )
            self.test_result.setText(head)
            self.test_output.setPlainText(result.output)
            self.test_output.setVisible(bool(result.output.strip()))

        self.run_task(self.tr("Testing renewal…"), work, done)

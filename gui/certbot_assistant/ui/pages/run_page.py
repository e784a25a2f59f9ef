"""Step: run. Certbot's live output, the stage it is in, Cancel, and what the result means."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.run.certbot_run import CertbotNotStarted, RunRefused, RunResult, Stage
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import fill
from certbot_assistant.i18n import qt_translate
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState

MAX_OUTPUT_LINES = 5000
STAGE_ORDER = (Stage.ACCOUNT, Stage.ORDER, Stage.CHALLENGES, Stage.CERTIFICATE)


class RunPage(AssistantPage):
    page_id = PageId.RUN
    content_stretch = 1

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("runPage")
        self.setTitle(self.tr("Run"))
        self.setSubTitle(self._running_subtitle())
        stage_row = QHBoxLayout()
        self.stage_labels: dict[Stage, QLabel] = {}
        names = {
            Stage.ACCOUNT: self.tr("Account"),
            Stage.ORDER: self.tr("Order"),
            Stage.CHALLENGES: self.tr("Challenges"),
            Stage.CERTIFICATE: self.tr("Certificate"),
        }
        for stage in STAGE_ORDER:
            label = QLabel(names[stage], self)
            label.setObjectName(f"stage-{stage.value}")
            self.stage_labels[stage] = label
            stage_row.addWidget(label)
        stage_row.addStretch(1)
        self.body.addLayout(stage_row)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("runOutput")
        self.output.setAccessibleName(self.tr("Certbot output"))
        self.output.setReadOnly(True)
        self.output.setMaximumBlockCount(MAX_OUTPUT_LINES)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.addWidget(self.output, 2)
        self.busy_cancel.setText(self.tr("&Stop Certbot"))
        self.busy_cancel.setAccessibleName(self.tr("Stop Certbot"))
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.clicked.connect(self.start)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.reached: set[Stage] = set()
        self.stopped_at: Stage | None = None
        self.cancelled = False
        self._stop_question: QMessageBox | None = None
        self._paint_stages()

    def _running_subtitle(self) -> str:
        return self.tr(
            "Certbot is talking to the ACME server. This takes a few seconds to a few minutes."
        )

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        self.output.clear()
        self.reached = set()
        self.stopped_at = None
        self.cancelled = False
        self._paint_stages()
        self.setSubTitle(self._running_subtitle())
        self.state.run_result = None
        self.set_findings([], empty_message=self.tr("Certbot is running…"))
        request, assistant = self.state.run_request(), self.assistant
        self.retry_button.setEnabled(False)

        def work(context: StepContext) -> RunResult:
            return assistant.run(context, request)

        self.run_task(
            self.tr("Certbot is running…"),
            work,
            self._finished,
            self._not_run,
            on_progress=lambda value: self._stage(Stage(value)),
            on_line=self._line,
        )

    @property
    def running(self) -> bool:
        return self.busy

    def stop_task(self) -> None:
        """Stop asks first; certbot's own result then says where it stopped. When the run
        ends while the question is open, the question goes: there is nothing left to stop."""
        if not self.running:
            return
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop Certbot"),
            self.tr("Stop Certbot now? Nothing is lost: you can run it again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        question.setObjectName("stopQuestion")
        question.setDefaultButton(QMessageBox.StandardButton.No)
        self._stop_question = question
        try:
            answer = question.exec()
        finally:
            self._stop_question = None
        if answer == QMessageBox.StandardButton.Yes and self.running:
            self.stop_run()

    def _close_stop_question(self) -> None:
        if self._stop_question is not None:
            self._stop_question.reject()

    def stop_run(self) -> None:
        """End certbot (and its children) without asking; the result still arrives."""
        if self._task is not None:
            self._task.stop()
            self.busy_label.setText(self.tr("Stopping Certbot…"))

    def _line(self, stream: str, text: str) -> None:
        self.output.appendPlainText(text)
        self.output.moveCursor(QTextCursor.MoveOperation.End)

    def _stage(self, stage: Stage) -> None:
        if stage in STAGE_ORDER:
            # Reaching a stage means the earlier ones are done.
            self.reached |= set(STAGE_ORDER[: STAGE_ORDER.index(stage) + 1])
            self._paint_stages()

    def _paint_stages(self) -> None:
        for stage, label in self.stage_labels.items():
            base = label.text().lstrip("✓○✗■ ")
            if stage in self.reached:
                mark, spoken = "✓", self.tr("%1: done")
            elif stage == self.stopped_at and self.cancelled:
                mark, spoken = "■", self.tr("%1: you stopped Certbot here")
            elif stage == self.stopped_at:
                mark, spoken = "✗", self.tr("%1: stopped here")
            else:
                mark, spoken = "○", self.tr("%1: not yet")
            label.setText(f"{mark} {base}")
            label.setAccessibleName(fill(spoken, [base]))

    def _stopped(self, certbot_started: bool) -> None:
        """Say on the page that the run is over without a certificate, and where it stopped."""
        if certbot_started and self.cancelled:
            self.stopped_at = next((s for s in STAGE_ORDER if s not in self.reached), None)
            self.setSubTitle(
                self.tr(
                    "You stopped Certbot. Nothing is lost: choose Try again when you are ready."
                )
            )
        elif certbot_started:
            self.stopped_at = next((s for s in STAGE_ORDER if s not in self.reached), None)
            self.setSubTitle(
                self.tr(
                    "Certbot stopped before a certificate was issued. The findings below say "
                    "why and how to fix it; then try again."
                )
            )
        else:
            self.setSubTitle(
                self.tr(
                    "The assistant did not start Certbot. Fix the findings below first, then "
                    "try again."
                )
            )
        self._paint_stages()

    def _ended(self) -> None:
        self._close_stop_question()
        self.retry_button.setEnabled(True)

    def _finished(self, result: RunResult) -> None:
        self.state.run_result = result
        self.cancelled = result.cancelled
        self._ended()
        if result.succeeded:
            self.reached = set(STAGE_ORDER)
            self._paint_stages()
            self.setSubTitle(self.tr("Certbot received the certificate."))
        else:
            self._stopped(certbot_started=True)
        self.set_findings(result.findings)
        assistant = self.wizard()
        if result.succeeded and assistant is not None:
            assistant.next()

    def _not_run(self, exc: BaseException) -> None:
        self._ended()
        self._stopped(certbot_started=False)
        if isinstance(exc, RunRefused):
            refused = F.make("run-refused", findings=F.items(f.id for f in exc.findings))
            self.set_findings([refused, *exc.findings])
        elif isinstance(exc, CertbotNotStarted):
            self.set_findings([F.make("run-failed", output=exc.text(qt_translate))])
        else:
            self.set_findings([F.make("run-failed", output=type(exc).__name__)])

    def isComplete(self) -> bool:
        result = self.state.run_result
        return not self.running and result is not None and result.succeeded

    def incomplete_reason(self) -> str | None:
        if self.running or self.isComplete():
            return None
        return self.tr("Certbot did not get a certificate: fix what the findings above name, "
                       "then choose Try again.")  # fmt: skip

"""The shape every wizard page shares (anchor: Picard's setup wizard).

A title and one sentence on why the step exists (QWizard's title/subtitle), the page's own
content, a busy row for anything slow (with Cancel), and the findings for this step at the
bottom. A page is complete only when nothing is running and no error finding blocks it.

The content scrolls: whatever a page shows after a click (a test's output, an install box), at
the default window size and in the longer Japanese, nothing is squeezed or overlaps; it keeps
its natural height and the findings get the rest. Whenever Next is unavailable, a line at the
bottom says why, next to the button (``incomplete_reason``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.assistant import Assistant
from certbot_assistant.core.errors import AssistantError, TranslatableError
from certbot_assistant.core.translation import fill
from certbot_assistant.i18n import qt_translate
from certbot_assistant.ui.findings_view import FindingsView, FixAction, error_text
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, WizardState
from certbot_assistant.ui.tasks import Task, Work

log = logging.getLogger(__name__)


class ContentScroll(QScrollArea):
    """A page's content: as tall as it needs right now (what it shows changes with every
    click), scrolling only when the window is smaller than that."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pageScroll")
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize()
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 4 * self.fontMetrics().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content grew or shrank: so does its place
        return super().eventFilter(watched, event)


class AssistantPage(QWizardPage):
    page_id: PageId
    steps_changed = Signal()
    """What this page found (or the path it chose) changed: the step list should show it."""

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.services = services
        self.assistant = Assistant(services)
        """The operations; the rules (demo mode's sandbox) are theirs, not the page's."""
        self._task: Task | None = None
        self._findings: list[F.Finding] = []
        self._commit_done = False
        outer = QVBoxLayout(self)
        content = QWidget()
        content.setObjectName("pageContent")
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.content_scroll = ContentScroll(content, self)
        if not self.content_stretch:  # its natural height, no more: the findings get the rest
            self.content_scroll.setSizePolicy(
                QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
            )
        outer.addWidget(self.content_scroll, self.content_stretch)
        busy_row = QHBoxLayout()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setAccessibleName(
            QCoreApplication.translate("AssistantPage", "Work in progress")
        )
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setWordWrap(True)
        self.busy_cancel = QPushButton(QCoreApplication.translate("AssistantPage", "Stop"), self)
        self.busy_cancel.setObjectName("busyCancel")
        self.busy_cancel.setAccessibleName(
            QCoreApplication.translate("AssistantPage", "Stop the current step")
        )
        self.busy_cancel.clicked.connect(self.stop_task)
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.busy_cancel)
        outer.addLayout(busy_row)
        self.findings_view = FindingsView(self)
        self.findings_view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.findings_view.setMinimumHeight(150)
        outer.addWidget(self.findings_view, 1)
        self.next_hint = QLabel(self)
        self.next_hint.setObjectName("nextHint")
        self.next_hint.setWordWrap(True)
        self.next_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_hint.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.next_hint)
        self.next_hint.hide()
        self.status_line = QLabel(self)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line.setAccessibleName(
            QCoreApplication.translate("AssistantPage", "What just happened")
        )
        self.status_line.hide()
        outer.addWidget(self.status_line)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.status_line.hide)
        self.completeChanged.connect(self._show_next_hint)
        self._show_busy(None)

    content_stretch = 0
    """1 for a page whose content should grow with the window (a list, certbot's output); the
    others keep their natural height and the findings take the rest."""

    # helpers for subclasses ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.finished

    def _show_busy(self, message: str | None) -> None:
        for widget in (self.busy_bar, self.busy_label, self.busy_cancel):
            widget.setVisible(message is not None)
        self.busy_label.setText(message or "")

    def run_task(
        self,
        message: str,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str], None] | None = None,
        on_line: Callable[[str, str], None] | None = None,
    ) -> None:
        """Run ``fn(context)`` off the UI thread; the page shows ``message`` and blocks Next
        meanwhile. Stop (or a new task) cancels it through the context: the work stops."""
        if self._task is not None:
            self._task.cancel()
        self._show_busy(message)

        def done(result: Any) -> None:
            self._show_busy(None)
            on_done(result)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self._show_busy(None)
            if on_error is not None:
                on_error(exc)
            else:
                self.show_error(exc)
            self.completeChanged.emit()

        self._task = Task(fn, done, failed, self, on_progress, on_line)
        self.completeChanged.emit()

    def stop_task(self) -> None:
        """The Stop button: the work ends and the page is idle at once. A page whose work
        reports how it was stopped (the certbot run) overrides this."""
        self.cancel_task()

    def cancel_task(self) -> None:
        """Stop the work and forget it."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._show_busy(None)
        self.completeChanged.emit()

    def show_error(self, exc: BaseException) -> None:
        """The one way an error reaches the page: as the finding it is, as the core's
        translated message, as the OS's own text, or (a bug) as a pointer to the log."""
        finding = exc.finding() if isinstance(exc, AssistantError) else None
        if finding is not None:
            self.set_findings([finding])
        elif isinstance(exc, TranslatableError | OSError):
            self.findings_view.set_message(error_text(exc))
        else:
            self.show_unexpected(exc)

    def show_unexpected(self, exc: BaseException) -> None:
        log.error("%s: unexpected %s", type(self).__name__, type(exc).__name__)
        self.findings_view.set_message(
            QCoreApplication.translate(
                "AssistantPage",
                "Something unexpected went wrong. The details are in the log file; "
                "use Copy report for the help desk.",
            )
        )

    def set_findings(
        self,
        findings: Sequence[F.Finding],
        actions: Mapping[str, Sequence[FixAction]] | None = None,
        empty_message: str | None = None,
    ) -> None:
        self._findings = F.sort_findings(findings)
        self.state.page_findings[self.page_id] = list(self._findings)
        self.findings_view.set_findings(self._findings, actions, empty_message)
        self.completeChanged.emit()
        self.steps_changed.emit()

    @property
    def findings(self) -> list[F.Finding]:
        return list(self._findings)

    def blocking(self) -> list[F.Finding]:
        return [f for f in self._findings if f.severity is F.Severity.ERROR]

    # QWizardPage ---------------------------------------------------------------------------

    def ready(self) -> bool:
        """Subclasses: whether the page's own input is complete."""
        return True

    def missing_input(self) -> str:
        """Subclasses: what the page still needs from the user when ``ready()`` is False."""
        return QCoreApplication.translate("AssistantPage", "Fill in the fields above to go on.")

    def incomplete_reason(self) -> str | None:
        """Why Next is unavailable now, in a sentence; None when it is available (or the page
        is busy: its busy row says what it is doing)."""
        if self.busy or self.isComplete():
            return None
        blocking = self.blocking()
        if blocking:
            return fill(
                QCoreApplication.translate(
                    "AssistantPage", "Next is unavailable until “%1” is fixed (see above)."
                ),
                [blocking[0].title(qt_translate)],
            )
        return self.missing_input()

    def flash(self, text: str, seconds: float = 6.0) -> None:
        """A short note that something happened (copied to the clipboard), then gone."""
        self.status_line.setText(text)
        self.status_line.show()
        self._status_timer.start(int(seconds * 1000))

    def note_event(self, text: str) -> None:
        """Something this session changed, for the help desk's report."""
        self.state.events.append(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_next_hint()

    def _show_next_hint(self) -> None:
        reason = self.incomplete_reason()
        self.next_hint.setText(reason or "")
        self.next_hint.setVisible(bool(reason))

    def isComplete(self) -> bool:
        return not self.busy and not self.blocking() and self.ready()

    def commit(self) -> Work | None:
        """Subclasses: work to finish before leaving (saving to the keyring…), or None.

        It runs off the UI thread; when it succeeds the wizard moves on by itself.
        """
        return None

    def committed(self, result: Any) -> None:
        """Subclasses: called on the UI thread with ``commit()``'s result."""

    def commit_message(self) -> str:
        return QCoreApplication.translate("AssistantPage", "Saving…")

    def validatePage(self) -> bool:
        if self._commit_done:
            self._commit_done = False
            return True
        work = self.commit()
        if work is None:
            return True

        def done(result: Any) -> None:
            self.committed(result)
            self._commit_done = True
            self.wizard().next()

        self.run_task(self.commit_message(), work, done, self.commit_failed)
        return False

    def commit_failed(self, exc: BaseException) -> None:
        self.show_error(exc)

    def cleanupPage(self) -> None:
        """Going Back keeps what the user entered (QWizard would reset the fields)."""
        self.cancel_task()

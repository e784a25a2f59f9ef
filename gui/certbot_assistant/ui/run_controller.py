"""Runs certbot (the core run engine) off the UI thread and reports back by signal.

Lines arrive on the worker's reader threads and cross to the UI thread as queued signals, so
the window keeps painting while certbot works (anchor: qutebrowser's GUIProcess, §8.3).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from certbot_assistant.core.certbot_run import (
    CertbotNotStarted,
    CertbotRun,
    RunRefused,
    RunRequest,
    RunResult,
    Stage,
    stage_for_line,
)
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.i18n import qt_translate
from certbot_assistant.ui.tasks import Task

log = logging.getLogger(__name__)


class RunController(QObject):
    line = Signal(str, str)
    stage = Signal(object)
    finished = Signal(object)
    refused = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        run_factory: Callable[[RunRequest, Callable[[str, str], None]], CertbotRun] = CertbotRun,
    ) -> None:
        super().__init__(parent)
        self._run_factory = run_factory
        self._run: CertbotRun | None = None
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.finished

    @property
    def pid(self) -> int | None:
        return self._run.pid if self._run else None

    def start(self, request: RunRequest) -> None:
        def on_line(stream: str, text: str) -> None:
            self.line.emit(stream, text)
            found = stage_for_line(text)
            if found is not None:
                self.stage.emit(found)

        run = self._run = self._run_factory(request, on_line)
        self.stage.emit(Stage.STARTED)

        def work(context: StepContext) -> RunResult:
            context.on_cancel(run.cancel)  # the app stopping its jobs at exit stops certbot too
            return run.run()

        self._task = Task(work, self._done, self._error, self)

    def cancel(self) -> None:
        if self._run is not None:
            self._run.cancel()

    def _done(self, result: RunResult) -> None:
        self.finished.emit(result)

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, RunRefused):
            self.refused.emit(exc.findings)
        elif isinstance(exc, CertbotNotStarted):
            self.failed.emit(exc.text(qt_translate))
        else:
            log.error("certbot run failed unexpectedly: %s", type(exc).__name__)
            self.failed.emit(type(exc).__name__)

"""Running core code off the UI thread, and getting its progress and result back on it.

One helper for every slow call (filesystem scans, ``certbot --version``, keyring, HTTP, certbot
runs, the renewal test, backups): the callable runs on the global QThreadPool with a
``StepContext``; its progress, output lines, result or exception come back as queued signals, so
widgets are only ever touched on the UI thread (anchors: Picard's ``run_task``, Rare's
``Worker``). ``cancel``/``stop`` ask the work itself to stop (the context's ``cancelled()``), and
the app waits for running work at exit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from certbot_assistant.core.errors import AssistantError
from certbot_assistant.core.step_context import StepContext

log = logging.getLogger(__name__)

Work = Callable[[StepContext], Any]


def expected(exc: BaseException) -> bool:
    """The core's typed, user-facing errors and OS errors are outcomes that the pages turn into
    findings or messages; anything else is a bug worth a traceback in the log."""
    return isinstance(exc, OSError | AssistantError)


class _Signals(QObject):
    progress = Signal(str)
    line = Signal(str, str)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Work, context: StepContext, signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.context = context
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Exception as exc:
            if expected(exc):
                log.info("background task ended with %s: %s", type(exc).__name__, exc)
            else:
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """A running background call, from its start until its result is delivered.

    ``parent`` is the owner (a page, a widget), not a Qt parent: the Task and the signals the
    worker emits on must outlive an owner that is closed mid-way, or the worker would emit on a
    deleted object (a crash on Windows). When the owner is destroyed the work is cancelled and
    its result dropped; the Task deletes itself on the UI thread once the result is in.
    """

    _running: ClassVar[set[Task]] = set()

    def __init__(
        self,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
        on_progress: Callable[[str], None] | None = None,
        on_line: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__()
        self._cancelled = False
        self._finished = False
        if parent is not None:
            parent.destroyed.connect(self._owner_destroyed)
        self._signals = _Signals(self)
        self._signals.done.connect(lambda result: self._deliver(on_done, result))
        self._signals.failed.connect(lambda exc: self._deliver(on_error, exc))
        if on_progress is not None:
            self._signals.progress.connect(
                lambda stage: None if self._cancelled else on_progress(stage)
            )
        if on_line is not None:
            self._signals.line.connect(
                lambda stream, text: None if self._cancelled else on_line(stream, text)
            )
        self.context = StepContext(
            on_progress=self._signals.progress.emit, on_line=self._signals.line.emit
        )
        Task._running.add(self)
        QThreadPool.globalInstance().start(_Runnable(fn, self.context, self._signals))

    def _owner_destroyed(self, *_args: object) -> None:
        self.cancel()

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._finished = True
        Task._running.discard(self)
        try:
            if not self._cancelled:
                callback(value)
        finally:
            self.deleteLater()

    @property
    def finished(self) -> bool:
        return self._finished

    def cancel(self) -> None:
        """Ask the work to stop; whatever it still returns is thrown away."""
        self._cancelled = True
        self.context.cancel()

    def stop(self) -> None:
        """Ask the work to stop and still deliver how it ended (a cancelled certbot run's
        result says where it stopped)."""
        self.context.cancel()

    @classmethod
    def stop_all(cls, wait_ms: int = 10_000) -> bool:
        """At exit: ask every running task to stop and wait for them (True when all ended)."""
        for task in list(cls._running):
            task.cancel()
        return QThreadPool.globalInstance().waitForDone(wait_ms)

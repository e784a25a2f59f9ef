"""Running core code off the UI thread and getting the result back on it.

One helper for every slow call (filesystem scans, ``certbot --version``, keyring, HTTP): the
callable runs on the global QThreadPool and its result or exception comes back as a queued
signal, so widgets are only ever touched on the UI thread (anchors: Picard's ``run_task``,
Rare's ``Worker``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def _expected(exc: Exception) -> bool:
    """The core's own typed errors and OS errors are outcomes the pages turn into findings or
    messages; only anything else is a bug worth a traceback in the log."""
    return isinstance(exc, OSError) or type(exc).__module__.startswith("certbot_assistant.core.")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            if _expected(exc):
                log.info("background task ended with %s: %s", type(exc).__name__, exc)
            else:
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """A running background call. Keep a reference while it runs; ``cancel`` drops its result."""

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._cancelled = False
        self._finished = False
        self._signals = _Signals(self)
        self._signals.done.connect(lambda result: self._deliver(on_done, result))
        self._signals.failed.connect(lambda exc: self._deliver(on_error, exc))
        QThreadPool.globalInstance().start(_Task(fn, self._signals))

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._finished = True
        if not self._cancelled:
            callback(value)

    @property
    def finished(self) -> bool:
        return self._finished

    def cancel(self) -> None:
        """The work itself finishes in the background; its result is thrown away."""
        self._cancelled = True


class Relay(QObject):
    """Carries a value from a worker thread to the UI thread (a queued signal)."""

    message = Signal(object)

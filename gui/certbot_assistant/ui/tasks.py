"""Running core code off the UI thread, and getting its progress and result back on it.

One helper for every slow call (filesystem scans, ``certbot --version``, keyring, HTTP, certbot
runs, the renewal test, backups): the callable runs on the global QThreadPool with a
``StepContext``; its progress, output lines, result or exception come back as queued signals, so
widgets are only ever touched on the UI thread (anchors: Picard's ``run_task``, Rare's
``Worker``). ``cancel``/``stop`` ask the work itself to stop (the context's ``cancelled()``), and
the app waits for running work at exit.

Workers emit on one relay that lives as long as the app, into its own slots; a task is a plain
object looked up by number when its news arrives. Nothing a worker emits on is ever deleted
under it, and no signal crosses threads into a lambda (PySide freed such connections early, and
the app crashed when the object that owned them went: seen under Wine).
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from certbot_assistant.core.errors import AssistantError
from certbot_assistant.core.step_context import StepContext

log = logging.getLogger(__name__)

Work = Callable[[StepContext], Any]


def expected(exc: BaseException) -> bool:
    """The core's typed, user-facing errors and OS errors are outcomes that the pages turn into
    findings or messages; anything else is a bug worth a traceback in the log."""
    return isinstance(exc, OSError | AssistantError)


class _Relay(QObject):
    """Carries what the workers report to the UI thread, where the tasks are."""

    progress = Signal(int, str)
    line = Signal(int, str, str)
    ended = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.progress.connect(self._progress)
        self.line.connect(self._line)
        self.ended.connect(self._ended)

    @Slot(int, str)
    def _progress(self, key: int, stage: str) -> None:
        task = Task._running.get(key)
        if task is not None:
            task._progress(stage)

    @Slot(int, str, str)
    def _line(self, key: int, stream: str, text: str) -> None:
        task = Task._running.get(key)
        if task is not None:
            task._line(stream, text)

    @Slot(int, bool, object)
    def _ended(self, key: int, ok: bool, value: object) -> None:
        task = Task._running.pop(key, None)
        if task is not None:
            task._deliver(ok, value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """Made on first use, on the UI thread (tasks are started there), and kept for good."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Runnable(QRunnable):
    def __init__(self, fn: Work, context: StepContext, key: int, relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.context = context
        self.key = key
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except Exception as exc:
            if expected(exc):
                log.info("background task ended with %s: %s", type(exc).__name__, exc)
            else:
                log.exception("background task failed")
            self.relay.ended.emit(self.key, False, exc)
        else:
            self.relay.ended.emit(self.key, True, result)


def _owner_destroyed(key: int, *_args: object) -> None:
    task = Task._running.get(key)
    if task is not None:
        task.cancel()


class Task:
    """A running background call, from its start until its result is delivered.

    ``owner`` is the page or widget it works for: when the owner is destroyed the work is
    cancelled and its result dropped. The class holds the task until its result is in.
    """

    _running: ClassVar[dict[int, Task]] = {}
    _keys: ClassVar[itertools.count[int]] = itertools.count(1)

    def __init__(
        self,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None = None,
        on_progress: Callable[[str], None] | None = None,
        on_line: Callable[[str, str], None] | None = None,
    ) -> None:
        self.key = next(Task._keys)
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_line = on_line
        self._cancelled = False
        self._finished = False
        self._owner = owner
        # A partial of the number, not of the task: the owner's connection keeps nothing alive.
        self._owner_gone = functools.partial(_owner_destroyed, self.key)
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)
        relay = _the_relay()
        self.context = StepContext(
            on_progress=functools.partial(relay.progress.emit, self.key),
            on_line=functools.partial(relay.line.emit, self.key),
        )
        Task._running[self.key] = self
        QThreadPool.globalInstance().start(_Runnable(fn, self.context, self.key, relay))

    def _progress(self, stage: str) -> None:
        if not self._cancelled and self._on_progress is not None:
            self._on_progress(stage)

    def _line(self, stream: str, text: str) -> None:
        if not self._cancelled and self._on_line is not None:
            self._on_line(stream, text)

    def _deliver(self, ok: bool, value: Any) -> None:
        self._finished = True
        if self._owner is not None and shiboken6.isValid(self._owner):
            self._owner.destroyed.disconnect(self._owner_gone)
        self._owner = None
        if not self._cancelled:
            (self._on_done if ok else self._on_error)(value)

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
        for task in list(cls._running.values()):
            task.cancel()
        return QThreadPool.globalInstance().waitForDone(wait_ms)

"""What a long step gets from whoever runs it: a real ``cancelled()``, ``progress``, ``line``.

The wizard's job helper and the CLI build one per operation; the step polls ``cancelled()``
(or hands it to the process runner, which then ends certbot and its children) and reports its
stage through ``progress()``. Nothing here knows about Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from certbot_assistant.core.errors import AssistantError


def never() -> bool:
    """The ``cancelled`` of work nobody can stop."""
    return False


class StepCancelled(AssistantError):
    """The step stopped part-way because it was asked to; what it had changed is undone."""


class StepContext:
    def __init__(
        self,
        on_progress: Callable[[str], None] | None = None,
        on_line: Callable[[str, str], None] | None = None,
    ) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._on_line = on_line
        self._on_cancel: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.cancel_reason: str | None = None
        """Why the step was asked to stop, when the asker said (e.g. ``SIGTERM``)."""

    def cancel(self, reason: str | None = None) -> None:
        """Ask the step to stop (from any thread)."""
        with self._lock:
            if self.cancel_reason is None:
                self.cancel_reason = reason
            self._cancel.set()
            callbacks, self._on_cancel = self._on_cancel, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Also call ``callback`` when the step is cancelled (at once if it already was): for
        work that has its own stop, such as a certbot run."""
        with self._lock:
            if not self._cancel.is_set():
                self._on_cancel.append(callback)
                return
        callback()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise StepCancelled when the step was asked to stop."""
        if self._cancel.is_set():
            raise StepCancelled

    def progress(self, stage: str) -> None:
        if self._on_progress is not None:
            self._on_progress(stage)

    def line(self, stream: str, text: str) -> None:
        """A line of a program's output ("stdout" or "stderr"), as it arrives."""
        if self._on_line is not None:
            self._on_line(stream, text)

"""Ctrl+C, SIGTERM and SIGHUP (Windows: Ctrl+Break) during a long command stop it cleanly.

Without this, a signal kills the assistant while certbot keeps running in its own session: the
EAB ini stays until the next start and the marker never learns which account certbot
registered. With it, the first signal asks the running job to stop; the job ends certbot and its
children, removes the ini, records the outcome, and the command exits 1 with findings, no
traceback.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType

from certbot_assistant.core.translation import fill
from certbot_assistant.translate import translate

_NAMES = ("SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK")
STOP_SIGNALS = tuple(getattr(signal, name) for name in _NAMES if hasattr(signal, name))


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[str], None]) -> Iterator[None]:
    """Call ``stop(signal name)`` on a stop signal while the block runs (main thread only)."""
    previous: dict[int, object] = {}

    def handler(signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        message = fill(translate("Cli", "Stopping (%1)…"), [name])
        print(message, file=sys.stderr, flush=True)
        stop(name)

    for signum in STOP_SIGNALS:
        with contextlib.suppress(ValueError, OSError):  # not the main thread, or not allowed
            previous[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)  # type: ignore[arg-type]

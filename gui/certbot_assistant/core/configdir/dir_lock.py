"""One assistant run per config dir at a time, for the whole preflight + certbot run.

Certbot's own ``.certbot.lock`` covers only its run: two assistants (two windows, or a window
and a scheduled task) could both pass the preflight, then both register. This lock is an OS lock
on ``certbot-assistant.lock`` in the config dir (``fcntl.flock`` / ``msvcrt.locking``): the OS
drops it when the holder dies, so a killed assistant never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from certbot_assistant.core.configdir.inspection import LOCK_NAME
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP


class DirLocked(TranslatableError):
    """Another process holds the lock; ``holder`` is its process id when it could be read."""

    context = "ConfigDir"
    template = QT_TRANSLATE_NOOP("ConfigDir", "%1 is locked by process %2")

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(path, holder or "?")
        self.path = path
        self.holder = holder


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def config_dir_lock(config_dir: Path) -> Iterator[Path]:
    """Hold the lock of ``config_dir`` (created if missing); DirLocked when another has it."""
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / LOCK_NAME
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o644)
    try:
        if not _try_lock(fd):
            holder = ""
            with contextlib.suppress(OSError):  # Windows: the locked byte cannot be read
                os.lseek(fd, 1, os.SEEK_SET)
                holder = os.read(fd, 32).decode("ascii", "replace").strip("\0 \n")
            raise DirLocked(config_dir, holder)
        os.ftruncate(fd, 0)
        os.lseek(fd, 1, os.SEEK_SET)  # Windows locks byte 0: write the pid after it
        os.write(fd, str(os.getpid()).encode())
        yield path
    finally:
        os.close(fd)

"""One instance per user: a second start asks the first to come to the front, then exits.

A lock file holding the running instance's process id answers "is one running?" without loading
QtNetwork; only when it names a live process does the second start connect to the first one's
local socket and ask it to show itself. The listener starts once the window is on screen.
"""

from __future__ import annotations

import logging
import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from certbot_assistant import APP_ID
from certbot_assistant.core.private_temp import pid_alive

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)


def server_name() -> str:
    user = os.environ.get("USERNAME") or os.environ.get("USER") or str(os.getuid())
    return f"{APP_ID}-{zlib.crc32(user.encode()):08x}"


def lock_path(name: str | None = None) -> Path:
    return Path(tempfile.gettempdir()) / f"{name or server_name()}.lock"


def _running_pid(name: str | None) -> int | None:
    try:
        text = lock_path(name).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not text.isdigit() or int(text) == os.getpid():
        return None
    return int(text) if pid_alive(int(text)) else None


def ask_running_instance(name: str | None = None, timeout_ms: int = 500) -> bool:
    """True when another instance is running and was asked to show itself."""
    if _running_pid(name) is None:
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"raise\n")
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class SingleInstance(QObject):
    """Claims the lock file and listens for later starts; ``on_raise`` runs for each."""

    def __init__(
        self, on_raise: Callable[[], None], name: str | None = None, parent: QObject | None = None
    ) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.on_raise = on_raise
        self.name = name or server_name()
        self.server = QLocalServer(self)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a stale socket after a crash
            if not self.server.listen(self.name):
                log.warning("single-instance server not available: %s", self.server.errorString())
        self.server.newConnection.connect(self._connection)
        try:
            lock_path(self.name).write_text(str(os.getpid()), encoding="ascii")
        except OSError as exc:
            log.info("cannot write the instance lock: %s", exc)

    def release(self) -> None:
        self.server.close()
        try:
            if lock_path(self.name).read_text(encoding="ascii").strip() == str(os.getpid()):
                lock_path(self.name).unlink()
        except OSError:
            pass

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"raise"):
            self.on_raise()

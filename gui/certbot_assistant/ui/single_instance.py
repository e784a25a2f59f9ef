"""One instance per user: a second start asks the first to come to the front, then exits."""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from certbot_assistant import APP_ID

log = logging.getLogger(__name__)


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    return f"{APP_ID}-{hashlib.sha256(user.encode()).hexdigest()[:12]}"


def ask_running_instance(name: str | None = None, timeout_ms: int = 500) -> bool:
    """True when another instance answered (and was asked to show itself)."""
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
    """Listens for later starts and calls ``on_raise`` for each."""

    def __init__(
        self, on_raise: Callable[[], None], name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.on_raise = on_raise
        self.server = QLocalServer(self)
        self.name = name or server_name()
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a stale socket after a crash
            if not self.server.listen(self.name):
                log.warning("single-instance server not available: %s", self.server.errorString())
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"raise"):
            self.on_raise()

"""One instance per user: a second start asks the first to come to the front, then exits.

The claim is a ``QLockFile`` in the user's own runtime folder (``$XDG_RUNTIME_DIR``, else a 0700
folder in the user's cache; on Windows the local app data): created atomically, so two starts in
the same instant cannot both win, never written through a link someone planted, and freed by the
OS when the holder dies (Qt sees the holder's process gone and takes the lock over). Only a start
that loses the claim loads QtNetwork to ask the winner to show itself; the winner's listener
starts once its window is on screen.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Slot

from certbot_assistant import APP_ID

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)


def runtime_dir() -> Path:
    """A folder only this user can use: $XDG_RUNTIME_DIR when it is ours and private, else
    ``<user cache>/run`` created 0700."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and sys.platform != "win32":
        try:
            info = Path(xdg).stat()
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077 == 0:
                return Path(xdg)
        except OSError:
            pass
    import platformdirs

    folder = Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "run"
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        folder.chmod(0o700)
    return folder


def server_name(name: str | None = None) -> str:
    """The listener's address: a socket file in the runtime folder (POSIX), or a pipe name with
    the user in it (Windows, where pipe names are per session anyway)."""
    base = name or APP_ID
    if sys.platform == "win32":
        user = os.environ.get("USERNAME", "")
        return f"{base}-{zlib.crc32(user.encode()):08x}"
    return str(runtime_dir() / f"{base}.socket")


def lock_path(name: str | None = None) -> Path:
    return runtime_dir() / f"{name or APP_ID}.lock"


def claim_instance(name: str | None = None) -> QLockFile | None:
    """The lock for this user's one instance, or None when a live instance holds it."""
    lock = QLockFile(str(lock_path(name)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(0):
        return lock
    log.info("instance lock held: %s", lock.error())
    return None


def ask_running_instance(
    name: str | None = None, timeout_ms: int = 500, patience_s: float = 3.0
) -> bool:
    """Ask the running instance to show itself; True when it was told. It may have claimed the
    lock an instant ago and not listen yet: keep trying for ``patience_s``."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(name))
        if socket.waitForConnected(timeout_ms):
            socket.write(b"raise\n")
            socket.flush()
            socket.waitForBytesWritten(timeout_ms)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


class SingleInstance(QObject):
    """Listens for later starts of the instance that holds the claim; ``on_raise`` runs for
    each.

    Every connection goes to a slot of this object, never to a lambda: a lambda that holds the
    socket it listens to ties the socket's life to Python's, and PySide then freed the
    connection before the socket, which crashed the app when the socket went (seen under
    Wine, in Qt's QLocalSocket destructor).
    """

    def __init__(
        self, on_raise: Callable[[], None], name: str | None = None, parent: QObject | None = None
    ) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.on_raise = on_raise
        self.name = server_name(name)
        self.server = QLocalServer(self)
        self._sockets: set[QLocalSocket] = set()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a stale socket after a crash; we hold the lock
            if not self.server.listen(self.name):
                log.warning("single-instance server not available: %s", self.server.errorString())
        self.server.newConnection.connect(self._connection)

    def release(self) -> None:
        """Stop listening and let go of every client; the sockets go on the event loop."""
        self.server.close()
        for socket in list(self._sockets):
            self._let_go(socket)
            socket.abort()

    @Slot()
    def _connection(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # Read once, when the client has finished: a short message may arrive before any
            # readyRead could be connected (Windows pipes), and the socket is deleted only
            # after we are done with it, never from under a pending read.
            self._sockets.add(socket)
            socket.disconnected.connect(self._disconnected)
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                self._finished(socket)

    @Slot()
    def _disconnected(self) -> None:
        self._finished(self.sender())  # type: ignore[arg-type]

    def _finished(self, socket: QLocalSocket) -> None:
        if socket not in self._sockets:
            return
        message = bytes(socket.readAll().data())
        self._let_go(socket)
        if message.startswith(b"raise"):
            self.on_raise()

    def _let_go(self, socket: QLocalSocket) -> None:
        self._sockets.discard(socket)
        socket.disconnected.disconnect(self._disconnected)
        socket.deleteLater()

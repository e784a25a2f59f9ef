"""A relay that speaks enough SMTP for smtplib (EHLO, MAIL, RCPT, DATA, QUIT) and keeps what
it receives: the assistant's mail goes through a real SMTP conversation on localhost."""

from __future__ import annotations

import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.message import Message


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def _say(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    secured = False

    def finish(self) -> None:
        super().finish()
        if self.secured:
            self.connection.close()  # the TLS wrapper: the server closes only the plain socket

    def handle(self) -> None:
        self._say("220 sink ESMTP")
        recipients: list[str] = []
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                if self.server.tls is not None and not self.secured:
                    self._say("250-sink")
                    self._say("250 STARTTLS")
                else:
                    self._say("250 sink")
            elif verb == "STARTTLS" and self.server.tls is not None:
                self._say("220 go ahead")
                self.wfile.flush()
                try:
                    self.connection = self.server.tls.wrap_socket(self.connection, server_side=True)
                except (OSError, ValueError):
                    return  # the client refused our certificate
                self.rfile = self.connection.makefile("rb")
                self.wfile = self.connection.makefile("wb", buffering=0)
                self.secured = True
            elif verb == "MAIL":
                recipients = []
                self._say("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self._say("250 OK")
            elif verb == "DATA":
                self._say("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                self.server.received.append((recipients, message_from_bytes(data)))
                self._say("250 queued")
            elif verb == "QUIT":
                self._say("221 bye")
                return
            else:
                self._say("250 OK")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    received: list[tuple[list[str], Message]]
    tls: ssl.SSLContext | None


@contextmanager
def smtp_sink(tls: ssl.SSLContext | None = None) -> Iterator[_Server]:
    """A relay on 127.0.0.1; with ``tls`` it offers STARTTLS with that server context."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.received = []
    server.tls = tls
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()

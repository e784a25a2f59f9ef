"""An overall deadline for an HTTP request, however slowly the answer arrives.

httpx's timeouts are per read: a server (or a proxy) that drips one byte every 10 s never trips
a 30 s read timeout, and a check would wait for hours. httpcore reads the socket through a
"network backend"; this one wraps the real backend and gives every connect, read and write at
most the time left until the deadline of the request running on this thread. Past it, the read
raises httpcore's own ReadTimeout, which httpx turns into its TimeoutException as usual.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore

_state = threading.local()


def _remaining() -> float | None:
    deadline: float | None = getattr(_state, "deadline", None)
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("no complete answer before the deadline")
    return left


def _bounded(timeout: float | None) -> float | None:
    left = _remaining()
    if left is None:
        return timeout
    return left if timeout is None else min(timeout, left)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Requests made on this thread inside the block end within ``seconds`` (nested blocks
    keep the earlier deadline)."""
    previous: float | None = getattr(_state, "deadline", None)
    mine = time.monotonic() + seconds
    _state.deadline = mine if previous is None else min(previous, mine)
    try:
        yield
    finally:
        _state.deadline = previous


def time_left() -> float | None:
    """Seconds until this thread's deadline (None without one); 0 once it has passed."""
    try:
        return _remaining()
    except httpcore.ReadTimeout:
        return 0.0


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout)
        inner = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(inner)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.connect_unix_socket(path, _bounded(timeout), socket_options)
        return _DeadlineStream(inner)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: object) -> bool:
    """Put the deadline backend under an httpx transport's connection pool (also a proxy's).
    False when the transport is not httpx's own (a test's mock transport): nothing to wrap."""
    pool = getattr(transport, "_pool", None)
    if pool is None or not hasattr(pool, "_network_backend"):
        return False
    if not isinstance(pool._network_backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(pool._network_backend)
    return True

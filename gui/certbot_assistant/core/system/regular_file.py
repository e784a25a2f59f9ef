"""Reading a file that the assistant did not write: regular files only, never past a size cap.

A config dir is the user's, and anything can sit where certbot keeps a PEM or JSON file: a FIFO
(opening it blocks until someone writes), a device, a folder, a multi-gigabyte file. Every reader
of such a file goes through here, so no inspection can hang or fill memory. The file is opened
without blocking, checked with ``fstat`` on the open handle (no race with a swap in between) and
read up to ``max_bytes``.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


class NotReadable(OSError):
    """The path is not a regular file, is too large, or cannot be read; ``str()`` says which."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The content of ``path``; NotReadable when it is not a regular file of at most ``max_bytes``.

    Links are followed (certbot's ``live/`` files are links); where they lead is checked by the
    caller.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if sys.platform == "win32" and path.is_dir():  # Windows: "Permission denied" for a folder
        raise NotReadable(f"{path}: a folder, not a regular file")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise NotReadable(exc.errno, exc.strerror or str(exc), str(path)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable(f"{path}: {_kind(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise NotReadable(f"{path}: larger than {max_bytes} bytes ({info.st_size})")
        chunks: list[bytes] = []
        remaining = max_bytes + 1
        while remaining > 0:
            try:
                chunk = os.read(fd, min(remaining, 1024 * 1024))
            except BlockingIOError:  # a regular file never blocks; be safe on odd filesystems
                break
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > max_bytes:
            raise NotReadable(f"{path}: larger than {max_bytes} bytes (it grew while read)")
        return data
    except NotReadable:
        raise
    except OSError as exc:
        raise NotReadable(exc.errno, exc.strerror or str(exc), str(path)) from exc
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def reason(exc: OSError) -> str:
    """A short cause for a finding: the OS's words without the path (the finding names it)."""
    if isinstance(exc, NotReadable) and exc.strerror is None and exc.args:
        text = str(exc.args[0])
        return text.split(": ", 1)[1] if ": " in text else text
    return exc.strerror or str(exc)

"""Finding and redacting EAB HMAC keys that certbot wrote into its logs.

Certbot logs its raw command line (``main.py``: ``"Arguments: %r"``), so an ``--eab-hmac-key``
given on the command line sits in clear text in ``letsencrypt.log`` and every rotated copy
(reference/certbot.md §4). The value is never returned or logged here, only counted.

Redaction overwrites each value in place with a mask of the same length. The file keeps its
size, inode, owner, mode, ACLs and other names (hard links), and what certbot appends while it
runs is never lost, because nothing is truncated or replaced; it is read in chunks, so a huge
log takes little memory.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

LOG_GLOB = "letsencrypt.log*"
_CHUNK = 1024 * 1024
_OVERLAP = 8192

# The spellings a logged argv can hold: ['--eab-hmac-key', 'VALUE'], '--eab-hmac-key=VALUE',
# '--eab-hmac-key="VALUE"', "--eab-hmac-key='VALUE'", and every abbreviation argparse accepts
# and certbot logs verbatim: '--eab-hmac-k=VALUE', '--eab-hmac-ke VALUE' (certbot 5.x also has
# --eab-hmac-alg; older ones take '--eab-h' too). A value the option cannot have
# (--eab-hmac-alg's "HS256" follows "alg", not a separator) is never matched, nor is one
# already masked (all asterisks, or the mask's own text).
HMAC_OPTION_NAME = r"--eab[-_]h(?:m(?:a(?:c(?:[-_](?:k(?:e(?:y)?)?)?)?)?)?)?"
_VALUE_CHAR = r"[^'\"\s,\]]"
HMAC_OPTION = (
    HMAC_OPTION_NAME + r"(?:\s*=\s*|['\"],\s*|\s+)['\"]?"
    rf"(?P<value>(?!\*\*\*REDACTED)(?={_VALUE_CHAR}*[^*'\"\s,\]]){_VALUE_CHAR}+)"
)
HMAC_IN_LOG = re.compile(HMAC_OPTION.encode(), re.IGNORECASE)
MASK = b"***REDACTED***"


def log_files(logs_dir: Path) -> list[Path]:
    """The certbot logs in ``logs_dir`` (letsencrypt.log, .log.1, …), links excluded (an
    inspection never follows one out). Whatever else bears the name is listed too: reading it
    fails and says why (a folder, a FIFO)."""
    try:
        return sorted(p for p in logs_dir.glob(LOG_GLOB) if not p.is_symlink())
    except OSError:
        return []


def _open_regular(path: Path, flags: int) -> int:
    """An fd for ``path`` when it is a regular file; OSError otherwise (a FIFO would block)."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return fd


def _values(handle: object) -> list[tuple[int, int]]:
    """(offset, length) of every HMAC value in the open binary file, read in chunks that
    overlap so a value across a chunk boundary is still found, and found once."""
    found: list[tuple[int, int]] = []
    offset = 0  # where ``pending`` starts in the file
    pending = b""
    while True:
        chunk = handle.read(_CHUNK)  # type: ignore[attr-defined]
        data = pending + chunk
        cut = len(data) if not chunk else max(0, len(data) - _OVERLAP)
        for match in HMAC_IN_LOG.finditer(data):
            if match.start() >= cut:
                break
            if match.end() > cut and chunk:
                cut = match.start()  # seen whole with the next chunk
                break
            found.append((offset + match.start("value"), match.end("value") - match.start("value")))
        if not chunk:
            return found
        pending, offset = data[cut:], offset + cut


def count_hmac_values(path: Path) -> int:
    """How many HMAC values ``path`` holds. Raises OSError if it cannot be read."""
    with os.fdopen(_open_regular(path, os.O_RDONLY), "rb") as handle:
        return len(_values(handle))


def _mask(length: int) -> bytes:
    return (MASK + b"*" * length)[:length] if length >= len(MASK) else b"*" * length


def redact_log(path: Path) -> int:
    """Mask every HMAC value in ``path`` in place; returns how many. Raises OSError when the
    file cannot be read or written, or is not a regular file (a FIFO would block)."""
    with os.fdopen(_open_regular(path, os.O_RDWR), "r+b") as handle:
        values = _values(handle)
        for position, length in values:
            handle.seek(position)
            handle.write(_mask(length))
        handle.flush()
        os.fsync(handle.fileno())
    return len(values)


@dataclass
class Redaction:
    """What ``redact_logs`` did: values masked, files changed, and every file it had to skip
    with the reason."""

    replaced: int = 0
    changed: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def _candidates(folder: Path) -> list[Path]:
    """letsencrypt.log* in ``folder`` (and ``folder/logs``), links included: a link to a log
    elsewhere is redacted where it leads (it is the same file), each file once."""
    found: list[Path] = []
    for where in (folder, folder / "logs"):
        try:
            found += sorted(p for p in where.glob(LOG_GLOB) if not p.is_dir())
        except OSError:
            continue
    return found


def redact_logs(folder: Path) -> Redaction:
    """Redact every letsencrypt.log* in ``folder`` (or in ``folder/logs`` for a config dir);
    one file that cannot be changed never stops the others."""
    from certbot_assistant.core.system.regular_file import reason

    result = Redaction()
    seen: set[tuple[int, int]] = set()
    for candidate in _candidates(folder):
        try:
            info = candidate.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue  # another name (a link) of a file already done
            seen.add((info.st_dev, info.st_ino))
            count = redact_log(candidate)
        except OSError as exc:
            result.skipped.append((candidate, reason(exc)))
            continue
        result.replaced += count
        if count:
            result.changed.append(candidate)
    return result

"""Finding (and later redacting) EAB HMAC keys that certbot wrote into its logs.

Certbot logs its raw command line (``main.py``: ``"Arguments: %r"``), so an ``--eab-hmac-key``
given on the command line sits in clear text in ``letsencrypt.log`` and every rotated copy
(reference/certbot.md §4). The value is never returned or logged here, only counted.
"""

from __future__ import annotations

import re
from pathlib import Path

from certbot_assistant.core.atomic_write import write_bytes_atomic

LOG_GLOB = "letsencrypt.log*"
_CHUNK = 1024 * 1024
_OVERLAP = 4096

# The spellings a logged argv can hold: ['--eab-hmac-key', 'VALUE'] and '--eab-hmac-key=VALUE',
# and with every abbreviation argparse accepts and certbot logs verbatim: '--eab-hmac-k=VALUE',
# '--eab-hmac-ke VALUE' (certbot 5.x also has --eab-hmac-alg; older ones take '--eab-h' too).
# A value the option cannot have (--eab-hmac-alg's "HS256" follows "alg", not a separator) is
# never matched.
HMAC_OPTION_NAME = r"--eab[-_]h(?:m(?:a(?:c(?:[-_](?:k(?:e(?:y)?)?)?)?)?)?)?"
HMAC_OPTION = (
    HMAC_OPTION_NAME + r"(?:=|['\"],\s*['\"]|\s+)"
    r"(?P<value>(?!\*\*\*REDACTED\*\*\*)[^'\"\s,\]]+)"
)
HMAC_IN_LOG = re.compile(HMAC_OPTION.encode(), re.IGNORECASE)


def log_files(logs_dir: Path) -> list[Path]:
    """The certbot log files in ``logs_dir`` (letsencrypt.log, .log.1, …), links excluded."""
    try:
        return sorted(p for p in logs_dir.glob(LOG_GLOB) if p.is_file() and not p.is_symlink())
    except OSError:
        return []


def count_hmac_values(path: Path) -> int:
    """How many distinct HMAC occurrences ``path`` holds. Raises OSError if it cannot be read.

    Chunks overlap so a match split across a boundary is still seen; a match inside the overlap
    is counted once by remembering where matches ended in absolute offsets.
    """
    count = 0
    offset = 0
    seen_until = -1
    with path.open("rb") as handle:
        tail = b""
        while True:
            block = handle.read(_CHUNK)
            if not block:
                break
            data = tail + block
            base = offset - len(tail)
            for match in HMAC_IN_LOG.finditer(data):
                end = base + match.end()
                if base + match.start() > seen_until:
                    count += 1
                    seen_until = end - 1
            offset += len(block)
            tail = data[-_OVERLAP:]
    return count


REDACTED = b"***REDACTED***"


def redact_log(path: Path) -> int:
    """Replace every HMAC value in ``path`` in place (atomically, mode kept); returns how many.

    The whole file is read: certbot logs are a few MB at most, and an atomic rewrite needs the
    complete new content anyway.
    """
    data = path.read_bytes()
    new, count = HMAC_IN_LOG.subn(
        lambda m: m.group(0)[: m.start("value") - m.start(0)] + REDACTED, data
    )
    if count:
        mode = path.stat().st_mode & 0o777
        write_bytes_atomic(path, new, mode=mode)
    return count


def redact_logs(folder: Path) -> tuple[int, int]:
    """Redact every letsencrypt.log* in ``folder`` (or in ``folder/logs`` for a config dir).

    Returns (values replaced, files changed).
    """
    targets = log_files(folder)
    if (folder / "logs").is_dir():
        targets += log_files(folder / "logs")
    replaced = changed = 0
    for log_file in targets:
        count = redact_log(log_file)
        replaced += count
        changed += 1 if count else 0
    return replaced, changed

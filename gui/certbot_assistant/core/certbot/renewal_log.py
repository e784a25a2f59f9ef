"""What certbot's own log says about each lineage's last renewal: when, and how it ended.

Unattended renewals leave no other trace: the scheduled task's output goes nowhere. Certbot
logs every run to ``letsencrypt.log`` (rotated to ``.1`` … ``.N``), at DEBUG level, with the
same lines from certbot 1.x to 5.x:

- ``Notifying user: Processing <config>/renewal/<name>.conf`` — a lineage is looked at;
- ``Failed to renew certificate <name> with error: <reason>`` — it failed;
- ``<config>/live/<name>/fullchain.pem (success)`` — it was renewed;
- ``<config>/live/<name>/fullchain.pem expires on <date> (skipped)`` — it was not due.

Lines start ``2026-12-01 10:00:00,123:LEVEL:logger:``; a message's further lines carry no
prefix. Reading is bounded so a huge log stays quick: each file is read backwards from its end,
``MAX_LINES_PER_FILE`` lines or ``MAX_BYTES_PER_FILE`` at most, and a line longer than
``MAX_LINE_BYTES`` (no line certbot writes about a renewal is) is skipped, not held: one
megabytes-long line after a failure no longer hides the failure.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.logs import log_files

MAX_BYTES_PER_FILE = 64 * 1024 * 1024
MAX_LINES_PER_FILE = 200_000
MAX_LINE_BYTES = 64 * 1024
_CHUNK = 1024 * 1024


class Outcome(enum.Enum):
    RENEWED = "renewed"
    FAILED = "failed"
    NOT_DUE = "not-due"
    STARTED = "started"  # looked at, no result logged (certbot stopped or was stopped)


@dataclass(frozen=True)
class RenewalAttempt:
    lineage: str
    when: datetime
    """Local time of the machine that wrote the log (certbot logs without a zone)."""
    outcome: Outcome
    detail: str = ""

    def as_json(self) -> dict[str, str]:
        return {
            "when": self.when.isoformat(timespec="seconds"),
            "outcome": self.outcome.value,
            "detail": self.detail,
        }


_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),\d+:[A-Z]+:[\w.]+:(.*)$")
_SEP = r"[\\/]"
_PROCESSING = re.compile(rf"Processing .*{_SEP}renewal{_SEP}(?P<name>[^\\/]+?)\.conf\s*$")
_FAILED = re.compile(r"Failed to renew certificate (?P<name>\S+) with error: (?P<error>.*)$")
_RESULT = re.compile(
    rf"{_SEP}live{_SEP}(?P<name>[^\\/]+){_SEP}fullchain\.pem"
    r"(?: expires on \S+)? \((?P<kind>success|skipped|failure)\)"
)


def _lines(path: Path) -> list[str]:
    """The file's last lines, oldest first (an unreadable file has none: the config dir's
    inspection names it)."""
    try:
        if not path.is_file():  # a folder or a FIFO bearing the name: said by the inspection
            return []
        with path.open("rb") as handle:
            return [line.decode("utf-8", "replace").rstrip("\r") for line in _tail(handle)]
    except OSError:
        return []


def _tail(handle: BinaryIO) -> list[bytes]:
    """Lines read backwards from the end in chunks, oldest first; overlong lines are left out
    without ever being held whole."""
    position = handle.seek(0, 2)
    scanned = 0
    newest_first: list[bytes] = []
    carry = b""  # the part after this chunk of the line the reading is in
    skipping = False  # that line is too long: its bytes are dropped
    while position > 0 and len(newest_first) < MAX_LINES_PER_FILE and scanned < MAX_BYTES_PER_FILE:
        step = min(_CHUNK, position)
        position -= step
        handle.seek(position)
        pieces = handle.read(step).split(b"\n")
        scanned += step
        for piece in reversed(pieces[1:]):  # each starts right after a newline: complete
            if not skipping and len(piece) + len(carry) <= MAX_LINE_BYTES:
                newest_first.append(piece + carry)
            carry, skipping = b"", False
        if not skipping:
            carry = pieces[0] + carry
            if len(carry) > MAX_LINE_BYTES:
                carry, skipping = b"", True
    if position == 0 and not skipping:
        newest_first.append(carry)  # the file's first line
    newest_first.reverse()
    return newest_first


def _oldest_first(files: list[Path]) -> list[Path]:
    def age(path: Path) -> int:
        suffix = path.name.rpartition(".")[2]
        return int(suffix) if suffix.isdigit() else 0

    return sorted(files, key=age, reverse=True)


def last_attempts(logs_dir: Path) -> dict[str, RenewalAttempt]:
    """Per lineage name, the last renewal certbot logged in ``logs_dir``."""
    found: dict[str, RenewalAttempt] = {}
    for path in _oldest_first(log_files(logs_dir)):
        when: datetime | None = None
        for line in _lines(path):
            stamped = _STAMP.match(line)
            if stamped:
                try:
                    when = datetime.strptime(stamped.group(1), "%Y-%m-%d %H:%M:%S")
                except ValueError:
                    when = None
                line = stamped.group(2)
            if when is None:
                continue
            _read_line(line, when, found)
    return found


def _read_line(line: str, when: datetime, found: dict[str, RenewalAttempt]) -> None:
    if match := _PROCESSING.search(line):
        name = match.group("name")
        found[name] = RenewalAttempt(name, when, Outcome.STARTED)
    elif match := _FAILED.search(line):
        name = match.group("name")
        found[name] = RenewalAttempt(name, when, Outcome.FAILED, match.group("error").strip())
    elif match := _RESULT.search(line):
        name, kind = match.group("name"), match.group("kind")
        previous = found.get(name)
        if kind == "failure":
            if previous is None or previous.outcome is not Outcome.FAILED:
                found[name] = RenewalAttempt(name, when, Outcome.FAILED)
            return
        outcome = Outcome.RENEWED if kind == "success" else Outcome.NOT_DUE
        found[name] = RenewalAttempt(name, previous.when if previous else when, outcome)


def latest_attempts(logs_dirs: Sequence[Path]) -> dict[str, RenewalAttempt]:
    """Per lineage, the newest renewal logged in any of ``logs_dirs``."""
    found: dict[str, RenewalAttempt] = {}
    for logs_dir in dict.fromkeys(logs_dirs):
        for name, attempt in last_attempts(logs_dir).items():
            if name not in found or attempt.when > found[name].when:
                found[name] = attempt
    return found


def failed_finding(attempt: RenewalAttempt, config_dir: Path) -> F.Finding:
    """``renewal-failed`` for a failed attempt, with certbot's reason."""
    return F.make(
        "renewal-failed",
        lineage=attempt.lineage,
        config_dir=str(config_dir),
        error=attempt.detail or "see certbot's log",
    )

"""What certbot's own log says about each lineage's last renewal: when, and how it ended.

Unattended renewals leave no other trace: the scheduled task's output goes nowhere. Certbot
logs every run to ``letsencrypt.log`` (rotated to ``.1`` … ``.N``), at DEBUG level, with the
same lines from certbot 1.x to 5.x:

- ``Notifying user: Processing <config>/renewal/<name>.conf`` — a lineage is looked at;
- ``Failed to renew certificate <name> with error: <reason>`` — it failed;
- ``<config>/live/<name>/fullchain.pem (success)`` — it was renewed;
- ``<config>/live/<name>/fullchain.pem expires on <date> (skipped)`` — it was not due.

Lines start ``2026-12-01 10:00:00,123:LEVEL:logger:``; a message's further lines carry no
prefix. Reading is bounded (the newest megabytes of each file) so a huge log stays quick.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot_logs import log_files

MAX_BYTES_PER_FILE = 8 * 1024 * 1024


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
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - MAX_BYTES_PER_FILE))
            data = handle.read()
    except OSError:
        return []
    return data.decode("utf-8", "replace").splitlines()


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

"""The app's own log: one rotating file in the platform log folder, with secrets redacted.

Every module logs through ``logging.getLogger(__name__)``; this module installs the handler and
a filter that blanks known secret values (registered with ``register_secret`` as soon as they are
read) and anything shaped like an HMAC key or API key header, so a value can never reach the file,
whatever code path formatted it.
"""

from __future__ import annotations

import base64
import functools
import logging
import re
import threading
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from certbot_assistant import APP_ID
from certbot_assistant.core.certbot.logs import HMAC_OPTION

MASK = "***"
# The command-line form is the one certbot's own log scanner uses (certbot_logs.HMAC_OPTION).
_PATTERNS = (
    re.compile(HMAC_OPTION, re.IGNORECASE),
    re.compile(r"eab[-_]hmac[-_]key\s*[=:]\s*['\"]?(?P<value>[^'\"\s,}]+)", re.IGNORECASE),
    re.compile(r"X-DC-DEVKEY['\"]?\s*[:=]\s*['\"]?(?P<value>[^'\"\s,}]+)", re.IGNORECASE),
)
_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Make sure ``value`` never appears in the app's log from now on."""
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


# Between any two characters of a secret, a line break (and the indentation or quote marker
# of the next line) may stand: terminals, mail clients and base64 tools wrap long values.
_LINE_BREAK = r"(?:\r?\n[ \t>]*)?"


def secret_forms(secret: str) -> set[str]:
    """The spellings a secret can take in pasted text: as is; its standard and URL-safe base64
    (of its own bytes); for a base64url key (EAB HMAC) the standard-alphabet spelling with and
    without padding; and URL-encoded."""
    raw = secret.encode("utf-8")
    forms = {secret, base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    standard = secret.replace("-", "+").replace("_", "/")
    forms |= {standard, standard.rstrip("=") + "=" * (-len(standard.rstrip("=")) % 4)}
    forms |= {urllib.parse.quote(f, safe="") for f in set(forms)}
    forms |= {urllib.parse.quote_plus(f, safe="") for f in set(forms)}
    forms |= {f.rstrip("=") for f in set(forms)}
    return {f for f in forms if len(f) >= 4}


@functools.lru_cache(maxsize=64)
def _secret_pattern(secret: str) -> re.Pattern[str]:
    alternatives = sorted(secret_forms(secret), key=len, reverse=True)
    return re.compile("|".join(_LINE_BREAK.join(map(re.escape, f)) for f in alternatives))


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret masked in every form ``secret_forms`` knows, even split
    across lines."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = _secret_pattern(secret).sub(MASK, text)
    return text


def redact(text: str) -> str:
    """``text`` with every registered secret and every secret-shaped option value masked."""
    with _lock:
        values = list(_secrets)
    text = mask_secrets(text, values)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(0)[: m.start("value") - m.start(0)] + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


class EarlyBuffer(logging.Handler):
    """Holds records logged before the file handler exists (the GUI sets it up after its
    window is on screen); ``setup_logging`` replays them into the file."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.capacity = capacity

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.capacity:
            self.records.append(record)


def buffer_early_logs(level: int = logging.INFO) -> EarlyBuffer:
    root = logging.getLogger()
    root.setLevel(level)
    buffer = EarlyBuffer()
    buffer.addFilter(RedactingFilter())
    root.addHandler(buffer)
    return buffer


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the app's log to ``<platform log dir>/certbot-assistant.log`` (5 × 1 MiB).

    Returns the file's path, or None when the folder cannot be created (the app still runs).
    """
    import logging.handlers

    target = directory or log_dir()
    root = logging.getLogger()
    root.setLevel(level)
    try:
        target.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target / f"{APP_ID}.log", maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    for old in [h for h in root.handlers if getattr(h, "_certbot_assistant", False)]:
        root.removeHandler(old)
        old.close()
    handler._certbot_assistant = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    for early in [h for h in root.handlers if isinstance(h, EarlyBuffer)]:
        root.removeHandler(early)
        for record in early.records:
            handler.handle(record)
    return target / f"{APP_ID}.log"

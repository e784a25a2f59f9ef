"""Renewal outcomes where IT's monitoring already looks: the Windows Application Event Log under
the assistant's own source, the systemd journal on Linux (syslog where there is no journal).

SCOM, Zabbix and Splunk forwarders read these without anything new to install. Event ids are
stable (a public contract, like finding ids) and the finding id is in every entry, so a rule can
match either. The Windows source is registered by the MSI (with .NET's generic message file, so
Event Viewer shows the text without "description cannot be found").
"""

from __future__ import annotations

import enum
import logging
import os
import socket
import struct
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

SOURCE = "Certbot Assistant"
IDENTIFIER = "certbot-assistant"
JOURNAL_SOCKET = Path("/run/systemd/journal/socket")
SYSLOG_SOCKET = Path("/dev/log")
# How long a message each log takes, so an event always arrives (a failure reason can be
# certbot's whole output): ReportEventW takes 31 839 characters per string; a journal datagram
# past the socket's buffer (about 208 KB here) is refused; syslog daemons cut at a few KB.
WINDOWS_MAX_CHARS = 31_839
JOURNAL_MAX_BYTES = 64 * 1024
SYSLOG_MAX_BYTES = 4 * 1024


def shorten(text: str, max_bytes: int, *, encoding: str = "utf-8") -> str:
    """``text`` within ``max_bytes`` (in ``encoding``; for Windows, UTF-16 code units times
    two), its head and its tail kept: where a failure starts and how it ended."""
    size = len(text.encode(encoding, "replace"))
    if size <= max_bytes:
        return text
    marker = " […] "
    budget = max_bytes - len(marker.encode(encoding))
    per_char = max(1, -(-size // max(1, len(text))))  # the text's average width, rounded up
    keep = max(0, budget // per_char)
    head, tail = text[: keep * 2 // 3], text[len(text) - keep // 3 :] if keep // 3 else ""
    shortened = head + marker + tail
    while len(shortened.encode(encoding, "replace")) > max_bytes and (head or tail):
        head, tail = head[:-16], tail[16:]
        shortened = head + marker + tail
    return shortened


class EventId(enum.IntEnum):
    """Stable ids: 1xxx information and warnings, 2xxx errors."""

    RENEWAL_CHECK_OK = 1000  # certbot renew ran; nothing wrong was found
    WARNING_FINDING = 1002  # a warning finding (e.g. a certificate expiring soon)
    RENEWAL_FAILED = 2001  # certbot failed to renew a certificate
    ERROR_FINDING = 2002  # an error finding after the renewal
    CHECK_FAILED = 2003  # the assistant could not run certbot or its checks


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Event:
    event_id: EventId
    level: Level
    message: str
    finding: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    """Extra structured fields (config dir, lineage) for the journal."""


class EventSink(Protocol):
    def write(self, event: Event) -> None:
        """Record the event; raises OSError when the log cannot be reached."""


# The journal ---------------------------------------------------------------------------------

_PRIORITY = {Level.INFO: 6, Level.WARNING: 4, Level.ERROR: 3}
# A fixed namespace: the same event id always gives the same MESSAGE_ID (journalctl MESSAGE_ID=).
_MESSAGE_ID_NAMESPACE = uuid.UUID("6c0b0e43-1c83-4b7e-9d0c-8f0c4a3e2b51")


def message_id(event_id: EventId) -> str:
    return uuid.uuid5(_MESSAGE_ID_NAMESPACE, str(int(event_id))).hex


def journal_datagram(event: Event) -> bytes:
    """The journal's native protocol: KEY=value lines; a value with a newline is sent as
    KEY, newline, its length (64-bit little endian), the value, newline."""
    entries = {
        "MESSAGE": shorten(event.message, JOURNAL_MAX_BYTES),
        "PRIORITY": str(_PRIORITY[event.level]),
        "SYSLOG_IDENTIFIER": IDENTIFIER,
        "MESSAGE_ID": message_id(event.event_id),
        "CERTBOT_ASSISTANT_EVENT_ID": str(int(event.event_id)),
        **({"CERTBOT_ASSISTANT_FINDING": event.finding} if event.finding else {}),
        **{f"CERTBOT_ASSISTANT_{k.upper()}": v for k, v in event.fields.items()},
    }
    out = bytearray()
    for key, value in entries.items():
        data = value.encode("utf-8")
        if b"\n" in data:
            out += key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += key.encode() + b"=" + data + b"\n"
    return bytes(out)


class Journal:
    def __init__(self, path: Path = JOURNAL_SOCKET) -> None:
        self.path = path

    def write(self, event: Event) -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(journal_datagram(event), str(self.path))


class Syslog:
    """RFC 3164 to /dev/log, for Linux without systemd's journal (user facility)."""

    def __init__(self, path: Path = SYSLOG_SOCKET) -> None:
        self.path = path

    def write(self, event: Event) -> None:
        priority = 8 + _PRIORITY[event.level]
        finding = f" [finding: {event.finding}]" if event.finding else ""
        line = f"<{priority}>{IDENTIFIER}[{os.getpid()}]: {int(event.event_id)}{finding} "
        message = shorten(event.message, SYSLOG_MAX_BYTES - len(line.encode()))
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto((line + message).encode("utf-8"), str(self.path))


class LogFileOnly:
    """No system log to reach: the assistant's own log file keeps the event."""

    def write(self, event: Event) -> None:
        log.warning("event %d (%s): %s", int(event.event_id), event.finding or "-", event.message)


# The Windows Application log -----------------------------------------------------------------

_EVENTLOG_TYPE = {Level.ERROR: 0x0001, Level.WARNING: 0x0002, Level.INFO: 0x0004}


class WindowsEventLog:
    """ReportEventW under the assistant's source in the Application log."""

    def __init__(self, source: str = SOURCE) -> None:
        self.source = source

    def write(self, event: Event) -> None:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            raise OSError("the Windows event log exists only on Windows")
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        advapi32.RegisterEventSourceW.restype = wintypes.HANDLE
        advapi32.RegisterEventSourceW.argtypes = (wintypes.LPCWSTR, wintypes.LPCWSTR)
        advapi32.ReportEventW.restype = wintypes.BOOL
        advapi32.ReportEventW.argtypes = (
            wintypes.HANDLE,
            wintypes.WORD,
            wintypes.WORD,
            wintypes.DWORD,
            ctypes.c_void_p,
            wintypes.WORD,
            wintypes.DWORD,
            ctypes.POINTER(wintypes.LPCWSTR),
            ctypes.c_void_p,
        )
        advapi32.DeregisterEventSource.argtypes = (wintypes.HANDLE,)
        handle = advapi32.RegisterEventSourceW(None, self.source)
        if not handle:
            raise ctypes.WinError(ctypes.get_last_error())
        try:
            strings = (wintypes.LPCWSTR * 1)(windows_event_text(event))
            if not advapi32.ReportEventW(
                handle, _EVENTLOG_TYPE[event.level], 0, int(event.event_id), None, 1, 0,
                strings, None,
            ):  # fmt: skip
                raise ctypes.WinError(ctypes.get_last_error())
        finally:
            advapi32.DeregisterEventSource(handle)


def windows_event_text(event: Event) -> str:
    """The one string ReportEventW gets: the message, cut to fit, then the finding id (kept
    whole: monitoring rules match on it)."""
    finding = f"\r\n\r\nfinding: {event.finding}" if event.finding else ""
    room = (WINDOWS_MAX_CHARS - len(finding)) * 2
    return shorten(event.message, room, encoding="utf-16-le") + finding


def system_event_sink() -> EventSink:
    if sys.platform == "win32":
        return WindowsEventLog()
    if JOURNAL_SOCKET.exists():
        return Journal()
    if SYSLOG_SOCKET.exists():
        return Syslog()
    return LogFileOnly()

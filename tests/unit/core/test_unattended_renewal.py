"""The unattended renewal (``certbot-assistant renew``, the task's command) under hostile or
unlucky input: it always ends, in bounded time, in an event monitoring can see; a broken
optional setting never stops certbot (issue #23)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.renewal.schedule import TASK_TIME_LIMIT_S, systemd_units, task_xml
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps import watched_renewal
from certbot_assistant.core.steps.watched_renewal import RENEW_TIMEOUT_S, renew_and_check
from certbot_assistant.core.windows.event_log import (
    JOURNAL_MAX_BYTES,
    WINDOWS_MAX_CHARS,
    Event,
    EventId,
    Journal,
    Level,
    journal_datagram,
    shorten,
    windows_event_text,
)
from tests.helpers.programs import python_program


class Sink:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def write(self, event: Event) -> None:
        self.events.append(event)


def renew(tmp_path: Path, certbot_source: str, **kwargs: object) -> tuple[Sink, object]:
    certbot = python_program(tmp_path / "bin" / "certbot", certbot_source)
    sink = Sink()
    context = kwargs.pop("context", None) or StepContext()
    result = renew_and_check(
        context,  # type: ignore[arg-type]
        certbot,
        CertbotDirs.inside(tmp_path / "Certbot"),
        sink=sink,
        **kwargs,  # type: ignore[arg-type]
    )
    return sink, result


def test_the_assistants_limit_is_below_the_tasks_own() -> None:
    assert RENEW_TIMEOUT_S < TASK_TIME_LIMIT_S
    assert f"<ExecutionTimeLimit>PT{TASK_TIME_LIMIT_S // 3600}H</ExecutionTimeLimit>" in task_xml(
        "certbot", Path("C:/Certbot"), Path("C:/Certbot/work"), Path("C:/Certbot/logs")
    )
    service, _timer = systemd_units("certbot", Path("/c"), Path("/c/w"), Path("/c/l"))
    assert f"TimeoutStartSec={TASK_TIME_LIMIT_S}s" in service


def test_a_renewal_past_its_time_limit_is_ended_with_event_2003(tmp_path: Path) -> None:
    sink, result = renew(tmp_path, "import time; time.sleep(60)\n", timeout_s=0.5)
    (event,) = sink.events
    assert event.event_id is EventId.CHECK_FAILED and event.level is Level.ERROR
    assert "did not finish within 0.5 seconds" in event.message
    assert event.finding == "run-timed-out"
    assert [f.id for f in result.findings] == ["run-timed-out"]  # type: ignore[attr-defined]


def test_a_stopped_renewal_says_why_in_event_2003(tmp_path: Path) -> None:
    context = StepContext()
    threading.Timer(0.5, context.cancel, args=("SIGTERM",)).start()
    started = time.monotonic()
    sink, _result = renew(tmp_path, "import time; time.sleep(60)\n", context=context)
    assert time.monotonic() - started < 15
    (event,) = sink.events
    assert event.event_id is EventId.CHECK_FAILED
    assert "the renewal task was stopped (SIGTERM)" in event.message


def test_a_bug_in_the_checks_after_certbot_still_ends_in_event_2003(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> list[object]:
        raise KeyError("a bug")

    monkeypatch.setattr(watched_renewal, "_checks_after", broken)
    sink, _result = renew(tmp_path, "print('renewed')\n")
    (event,) = sink.events
    assert event.event_id is EventId.CHECK_FAILED and "checks after it failed (KeyError)" in (
        event.message
    )


@pytest.mark.parametrize(
    "content",
    ['{"smtp_host": "relay", "recipients": "a@b.test"}', "[" * 30_000 + "]" * 30_000,
     '{"smtp_host": "relay", "recipients": ["a@b.test"], "smtp_port": 1e999}'],
)  # fmt: skip
def test_broken_mail_settings_are_a_finding_and_certbot_still_runs(
    tmp_path: Path, content: str
) -> None:
    settings = tmp_path / "notify.json"
    settings.write_text(content)
    ran = tmp_path / "certbot-ran"
    sink, result = renew(tmp_path, f"open({str(ran)!r}, 'w').close()\n", mail_settings=settings)
    assert ran.exists()
    ids = [f.id for f in result.findings]  # type: ignore[attr-defined]
    assert "mail-settings-unreadable" in ids
    assert any(e.finding == "mail-settings-unreadable" for e in sink.events)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_for_mail_settings_does_not_hold_the_renewal(tmp_path: Path) -> None:
    import os

    settings = tmp_path / "notify.json"
    os.mkfifo(settings)
    started = time.monotonic()
    _sink, result = renew(tmp_path, "print('ok')\n", mail_settings=settings)
    assert time.monotonic() - started < 30
    assert "mail-settings-unreadable" in [f.id for f in result.findings]  # type: ignore[attr-defined]


HUGE = "certbot said: " + "x" * 300_000 + " and the real reason is at the end"


def test_a_huge_reason_is_shortened_to_what_each_log_takes_keeping_head_and_tail() -> None:
    event = Event(EventId.RENEWAL_FAILED, Level.ERROR, HUGE, "renewal-failed")
    datagram = journal_datagram(event)
    assert len(datagram) < JOURNAL_MAX_BYTES + 1024
    assert b"certbot said:" in datagram and b"the real reason is at the end" in datagram
    text = windows_event_text(event)
    assert len(text.encode("utf-16-le")) // 2 <= WINDOWS_MAX_CHARS
    assert text.endswith("finding: renewal-failed") and "the real reason is at the end" in text
    japanese = shorten("証明書" * 100_000, 1000)
    assert len(japanese.encode()) <= 1000 and japanese.startswith("証明書")


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix datagram socket stands in")
def test_a_huge_event_reaches_a_datagram_socket_like_the_journals(tmp_path: Path) -> None:
    """The journal refused a 300 KB datagram with "Message too long": now it arrives."""
    path = tmp_path / "journal.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(path))
    try:
        Journal(path).write(Event(EventId.RENEWAL_FAILED, Level.ERROR, HUGE, "renewal-failed"))
        received = server.recv(1024 * 1024)
    finally:
        server.close()
    assert b"CERTBOT_ASSISTANT_FINDING=renewal-failed" in received

"""Renewals watched: certbot's log read back per lineage, the task that runs the assistant
(generated and recognised), the journal's wire format, the events per finding, and the list
of known config dirs. The real certbot + Pebble path is tests/e2e/test_watched_renewal.py."""

from __future__ import annotations

import socket
import struct
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path, PureWindowsPath

import pytest

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.renewal_log import Outcome, last_attempts
from certbot_assistant.core.configdir.known_folders import remember_folder, remembered_folders
from certbot_assistant.core.renewal.schedule import (
    RenewalTask,
    Scheduler,
    cron_entry,
    parse_schtasks_xml,
    parse_unit_or_cron,
    systemd_units,
    task_xml,
)
from certbot_assistant.core.renewal.status import known_dirs
from certbot_assistant.core.steps.watched_renewal import events_for
from certbot_assistant.core.windows.event_log import (
    Event,
    EventId,
    Level,
    Syslog,
    journal_datagram,
    message_id,
)

# What certbot 1.x-5.x write to letsencrypt.log during `certbot renew` (one run renewing a,
# failing b, skipping c), the older run in the rotated file.
OLDER = """\
2026-11-01 03:00:01,100:DEBUG:certbot._internal.display.obj:Notifying user: Processing /etc/le/renewal/a.example.conf
2026-11-01 03:00:05,200:DEBUG:certbot._internal.display.obj:Notifying user:   /etc/le/live/a.example/fullchain.pem (success)
"""
NEWER = """\
2026-12-01 03:00:01,100:DEBUG:certbot._internal.display.obj:Notifying user: Processing /etc/le/renewal/a.example.conf
2026-12-01 03:00:02,100:DEBUG:certbot._internal.display.obj:Notifying user: Processing /etc/le/renewal/b.example.conf
2026-12-01 03:00:09,300:ERROR:certbot._internal.renewal:Failed to renew certificate b.example with error: HTTPSConnectionPool(host='127.0.0.1', port=9): Max retries exceeded
2026-12-01 03:00:09,301:DEBUG:certbot._internal.renewal:Traceback was:
Traceback (most recent call last):
  File "x", line 1
2026-12-01 03:00:10,000:DEBUG:certbot._internal.display.obj:Notifying user: Processing C:\\Certbot\\renewal\\c.example.conf
2026-12-01 03:00:11,000:DEBUG:certbot._internal.display.obj:Notifying user: The following certificates are not due for renewal yet:
2026-12-01 03:00:11,001:DEBUG:certbot._internal.display.obj:Notifying user:   C:\\Certbot\\live\\c.example\\fullchain.pem expires on 2027-02-01 (skipped)
2026-12-01 03:00:11,002:ERROR:certbot._internal.renewal:  /etc/le/live/b.example/fullchain.pem (failure)
"""


def test_the_last_renewal_of_each_lineage_is_read_from_certbots_logs(tmp_path: Path) -> None:
    (tmp_path / "letsencrypt.log.1").write_text(OLDER)
    (tmp_path / "letsencrypt.log").write_text(NEWER.replace("\n", "\r\n"))
    attempts = last_attempts(tmp_path)
    assert attempts["b.example"].outcome is Outcome.FAILED
    assert attempts["b.example"].detail.startswith("HTTPSConnectionPool(host='127.0.0.1'")
    assert attempts["b.example"].when == datetime(2026, 12, 1, 3, 0, 9)
    # a.example was looked at in the newer run without a result line: started, not renewed.
    assert attempts["a.example"].outcome is Outcome.STARTED
    assert attempts["a.example"].when == datetime(2026, 12, 1, 3, 0, 1)
    assert attempts["c.example"].outcome is Outcome.NOT_DUE
    assert last_attempts(tmp_path / "missing") == {}


WATCHER = (r"C:\Program Files\Certbot Assistant\certbot-assistant-cli.exe",)


def test_the_task_runs_the_assistant_and_is_still_recognised() -> None:
    xml = task_xml(
        r"C:\Program Files\Certbot Assistant\certbot\certbot.exe",
        PureWindowsPath(r"C:\Certbot prod"),  # type: ignore[arg-type]
        PureWindowsPath(r"C:\Certbot prod\work"),  # type: ignore[arg-type]
        PureWindowsPath(r"C:\Certbot prod\logs"),  # type: ignore[arg-type]
        minutes=(1, 2),
        watcher=WATCHER,
    )
    assert "<Command>C:\\Program Files\\Certbot Assistant\\certbot-assistant-cli.exe<" in xml
    (task,) = parse_schtasks_xml(f"<!-- \\Certbot Assistant\\x -->\n{xml}")
    assert task.watched and task.config_dir == r"C:\Certbot prod"
    assert task.certbot == r"C:\Program Files\Certbot Assistant\certbot\certbot.exe"

    watcher = ("/usr/bin/python3", "-m", "certbot_assistant")
    service, _timer = systemd_units(
        "/opt/certbot/bin/certbot", Path("/srv/le"), Path("/srv/le/w"), Path("/srv/le/l"), watcher
    )
    (unit_task,) = parse_unit_or_cron(service, "certbot-assistant-renew-x.service", "systemd")
    assert unit_task.watched and unit_task.certbot == "/opt/certbot/bin/certbot"
    assert "-m certbot_assistant renew --certbot /opt/certbot/bin/certbot" in service
    assert unit_task.config_dir == str(Path("/srv/le"))
    cron = cron_entry("/opt/certbot/bin/certbot", Path("/srv/le"), Path("/w"), Path("/l"), watcher)
    (cron_task,) = parse_unit_or_cron(cron, "x", "cron")
    assert cron_task.watched and cron_task.config_dir == str(Path("/srv/le"))
    # A plain certbot task stays what it was.
    plain, _ = systemd_units("/usr/bin/certbot", Path("/srv/le"), Path("/w"), Path("/l"))
    (old,) = parse_unit_or_cron(plain, "certbot.service", "systemd")
    assert not old.watched and old.certbot == "/usr/bin/certbot"


class Answers:
    def __init__(self, answers: dict[str, tuple[int, str, str]]) -> None:
        self.answers = answers

    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]:
        return self.answers.get(argv[0], (1, "", "unknown"))


def test_next_run_as_the_scheduler_says_it() -> None:
    schtasks = (
        "Folder: \\Certbot Assistant\nNext Run Time:     12/2/2026 12:17:00 PM\nStatus: Ready\n"
    )
    windows = Scheduler(windows=True, runner=Answers({"schtasks": (0, schtasks, "")}))
    task = RenewalTask("\\Certbot Assistant\\Renew x", "c", "renew", None, "schtasks")
    assert windows.next_run(task) == "12/2/2026 12:17:00 PM"
    linux = Scheduler(
        windows=False, runner=Answers({"systemctl": (0, "Wed 2026-12-02 12:00:00 UTC\n", "")})
    )
    unit = RenewalTask("certbot-assistant-renew-x.service", "c", "renew", None, "systemd")
    assert linux.next_run(unit) == "Wed 2026-12-02 12:00:00 UTC"
    assert linux.next_run(RenewalTask("x", "c", "renew", None, "cron")) is None


def test_the_journal_gets_structured_fields_and_multi_line_values() -> None:
    event = Event(
        EventId.RENEWAL_FAILED, Level.ERROR, "line one\nline two", "renewal-failed",
        {"lineage": "b.example", "config_dir": "/etc/le"},
    )  # fmt: skip
    data = journal_datagram(event)
    assert b"PRIORITY=3\n" in data and b"SYSLOG_IDENTIFIER=certbot-assistant\n" in data
    assert b"CERTBOT_ASSISTANT_EVENT_ID=2001\n" in data
    assert b"CERTBOT_ASSISTANT_FINDING=renewal-failed\n" in data
    assert b"CERTBOT_ASSISTANT_LINEAGE=b.example\n" in data
    message = b"line one\nline two"
    assert b"MESSAGE\n" + struct.pack("<Q", len(message)) + message + b"\n" in data
    assert message_id(EventId.RENEWAL_FAILED) == message_id(EventId(2001))
    assert message_id(EventId.RENEWAL_FAILED) != message_id(EventId.ERROR_FINDING)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="syslog and the journal are Linux's")
def test_syslog_where_there_is_no_journal(tmp_path: Path) -> None:
    path = tmp_path / "log.socket"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as receiver:
        receiver.bind(str(path))
        Syslog(path).write(
            Event(EventId.ERROR_FINDING, Level.ERROR, "text", "account-kid-mismatch")
        )
        line = receiver.recv(4096).decode()
    assert line.startswith("<11>certbot-assistant[")
    assert line.endswith("]: 2002 [finding: account-kid-mismatch] text")


def test_events_one_per_problem_or_one_all_well() -> None:
    failed = F.make("renewal-failed", lineage="b", config_dir="/le", error="refused")
    expiring = F.make("certificate-expiring", lineage="c", not_after="2026-12-07")
    events = events_for(
        [
            failed,
            expiring,
            F.make("run-succeeded", path="/le/live/c/fullchain.pem", not_after="2027-01-01"),
        ],
        Path("/le"),
    )
    assert [(e.event_id, e.level, e.finding) for e in events] == [
        (EventId.RENEWAL_FAILED, Level.ERROR, "renewal-failed"),
        (EventId.WARNING_FINDING, Level.WARNING, "certificate-expiring"),
    ]
    assert events[0].fields == {"config_dir": str(Path("/le")), "lineage": "b"}
    missing = F.make("run-failed", output="C:\\nope\\certbot.exe: not found")
    (cannot,) = events_for([missing], Path("/le"), certbot_started=False)
    assert (cannot.event_id, cannot.finding) == (EventId.CHECK_FAILED, "run-failed")
    (well,) = events_for([], Path("/le"))
    assert well.event_id == EventId.RENEWAL_CHECK_OK and well.level is Level.INFO


def test_every_known_folder_once_with_why_it_is_known() -> None:
    tasks = [
        RenewalTask("\\Certbot Assistant\\Renew a", "c", "renew", r"C:\Certbot-new", "schtasks"),
        RenewalTask("\\certbot", "c", "renew", None, "schtasks"),
    ]
    dirs = known_dirs(
        Path(r"C:\Certbot"),
        [("OV", Path(r"C:\Certbot-new"))],
        tasks,
        named=[Path(r"C:\certbot-new")],
        assistant_dirs=[Path(r"C:\Certbot-kid2")],
    )
    assert [(d.path, d.sources) for d in dirs.values()] == [
        (Path(r"C:\certbot-new"), ["named", "profile:OV", "task:\\Certbot Assistant\\Renew a"]),
        (Path(r"C:\Certbot"), ["default", "task:\\certbot"]),
        (Path(r"C:\Certbot-kid2"), ["assistant"]),
    ]


def test_folders_the_assistant_ran_certbot_in_are_remembered_once(tmp_path: Path) -> None:
    registry = tmp_path / "config" / "config-dirs.json"
    assert remembered_folders(registry) == []
    remember_folder(registry, tmp_path / "a")
    remember_folder(registry, tmp_path / "b")
    remember_folder(registry, tmp_path / "a")
    assert remembered_folders(registry) == [tmp_path / "a", tmp_path / "b"]
    registry.write_text("{broken")
    assert remembered_folders(registry) == []

"""The Application event log through advapi32 (RegisterEventSourceW, ReportEventW), as the
renewal task writes it. Under Wine the call goes through and Wine's ``eventlog`` debug channel
shows what Windows would store: ``scripts/windows_stage.py`` checks that text (type, event id,
message, finding id) from outside, where Wine's debug output can be read. Event Viewer itself
and the MSI's source registration are checked on ``windows.yml``."""

from __future__ import annotations

from certbot_assistant.core.windows.event_log import Event, EventId, Level, WindowsEventLog


def test_an_event_is_accepted_by_the_event_log() -> None:
    WindowsEventLog().write(
        Event(EventId.RENEWAL_FAILED, Level.ERROR, "renewing b.example failed", "renewal-failed")
    )
    WindowsEventLog().write(Event(EventId.RENEWAL_CHECK_OK, Level.INFO, "all well"))

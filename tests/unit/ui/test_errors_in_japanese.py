"""No Japanese screen shows an English error: the core's errors that reach a page or the CLI
carry a translated sentence (the OS's own detail inside it is in the system's language)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from certbot_assistant.cli import exit_for_error
from certbot_assistant.core.configdir.marker import MarkerError
from certbot_assistant.core.renewal.schedule import ScheduleError
from certbot_assistant.ui.findings_view import error_text
from certbot_assistant.ui.wizard import AssistantWizard


@pytest.mark.parametrize(
    ("error", "english"),
    [
        (ScheduleError("Access is denied."), "The task scheduler reported an error"),
        (MarkerError(Path("/x/.certbot-assistant.json"), "not UTF-8 text"), "record"),
    ],
)
def test_errors_pages_and_the_cli_show_are_translated(
    error: Exception, english: str, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = error_text(error)
    code = exit_for_error(error, "renewal", io.StringIO())
    printed = capsys.readouterr().err.strip()
    assert code == 1 and printed == shown
    if language == "ja":
        assert english not in shown and any("\u3040" <= c <= "\u30ff" for c in shown), shown
    else:
        assert english in shown


def test_a_page_shows_an_error_as_its_finding_or_its_translated_message(
    unit_wizard: AssistantWizard, language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from certbot_assistant.core.certcentral.client import CertCentralKeyInvalid
    from certbot_assistant.ui.state import PageId

    unit_wizard.ensure_pages()
    page = unit_wizard.page_for(PageId.DONE)
    page.show_error(CertCentralKeyInvalid("401 Unauthorized"))
    assert [f.id for f in page.findings] == ["certcentral-key-invalid"]
    page.show_error(ScheduleError("Access is denied."))
    message = page.findings_view.findChild(QLabel, "findingsMessage")
    assert message is not None and message.text() == error_text(ScheduleError("Access is denied."))
    page.show_error(ZeroDivisionError())
    message = page.findings_view.findChild(QLabel, "findingsMessage")
    assert "ZeroDivisionError" not in message.text()

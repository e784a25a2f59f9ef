"""Background tasks: results and errors come back on the UI thread; the log keeps tracebacks
for bugs only, not for the outcomes the pages expect (a refusal, a missing file)."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot_run import RunRefused
from certbot_assistant.ui.tasks import Task


def run_failing(qtbot: QtBot, exc: Exception) -> BaseException:
    errors: list[BaseException] = []

    def fail(_context: object) -> None:
        raise exc

    task = Task(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: task.finished)
    return errors[0]


def test_an_expected_outcome_is_logged_without_a_traceback(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="certbot_assistant.ui.tasks")
    refused = RunRefused([])
    assert run_failing(qtbot, refused) is refused
    assert [(r.levelno, r.exc_info) for r in caplog.records] == [(logging.INFO, None)]


def test_a_bug_is_logged_with_its_traceback(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="certbot_assistant.ui.tasks")
    run_failing(qtbot, KeyError("oops"))
    (record,) = caplog.records
    assert record.levelno == logging.ERROR and record.exc_info is not None

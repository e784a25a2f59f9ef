"""Background tasks: results and errors come back on the UI thread; the log keeps tracebacks
for bugs only, not for the outcomes the pages expect (a refusal, a missing file)."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from certbot_assistant.core.run.certbot_run import RunRefused
from certbot_assistant.core.step_context import StepContext
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
    # A task an earlier test cancelled may end during this one on a slow machine (Wine): only
    # this task's records count.
    ours = [r for r in caplog.records if "RunRefused" in r.getMessage()]
    assert [(r.levelno, r.exc_info) for r in ours] == [(logging.INFO, None)]


def test_a_bug_is_logged_with_its_traceback(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="certbot_assistant.ui.tasks")
    run_failing(qtbot, KeyError("oops"))
    (record,) = [r for r in caplog.records if r.exc_info is not None]
    assert record.levelno == logging.ERROR and "oops" in str(record.exc_info[1])


def test_an_owner_closed_mid_way_cancels_the_work_and_drops_its_result(qtbot: QtBot) -> None:
    """Closing a window while its work runs: the work is asked to stop, nothing is delivered
    to the dead page, and the task lets go (before, a worker could emit on deleted objects)."""
    owner = QWidget()
    started, delivered = threading.Event(), []

    def work(context: StepContext) -> str:
        started.set()
        while not context.cancelled():
            time.sleep(0.01)
        return "stopped"

    task = Task(work, delivered.append, delivered.append, owner)
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: task.finished, timeout=5_000)
    assert delivered == [] and task.key not in Task._running


def test_progress_lines_and_result_arrive_in_order_on_the_ui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, ...]] = []
    ui_thread = threading.get_ident()

    def work(context: StepContext) -> int:
        context.progress("checking")
        context.line("stdout", "one")
        context.line("stderr", "two")
        return 42

    def record(*what: object) -> None:
        assert threading.get_ident() == ui_thread
        seen.append(tuple(map(str, what)))

    task = Task(work, record, record, None, record, record)
    qtbot.waitUntil(lambda: task.finished)
    assert seen == [("checking",), ("stdout", "one"), ("stderr", "two"), ("42",)]

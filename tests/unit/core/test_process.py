"""The one process runner: environment policy, output, timeout, cancel (the whole tree)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.process import child_environment, run_program
from tests.helpers.programs import process_alive


def test_children_get_the_users_environment_without_the_frozen_apps() -> None:
    env = child_environment(
        {"PATH": "/bin", "PYTHONPATH": "/x", "PYTHONHOME": "/h", "QT_PLUGIN_PATH": "/q",
         "LD_LIBRARY_PATH": "/frozen", "LD_LIBRARY_PATH_ORIG": "/users",
         "HTTPS_PROXY": "http://proxy:3128", "REQUESTS_CA_BUNDLE": "/ca.pem"}
    )  # fmt: skip
    assert "PYTHONPATH" not in env and "PYTHONHOME" not in env and "QT_PLUGIN_PATH" not in env
    assert env["LD_LIBRARY_PATH"] == "/users"
    assert env["HTTPS_PROXY"] == "http://proxy:3128" and env["REQUESTS_CA_BUNDLE"] == "/ca.pem"


def test_output_code_and_input() -> None:
    script = (
        "import sys; print(sys.stdin.read().upper()); print('err', file=sys.stderr); sys.exit(3)"
    )
    outcome = run_program([sys.executable, "-c", script], timeout_s=30, input_text="hi")
    assert outcome.code == 3 and outcome.stdout.strip() == "HI" and outcome.stderr.strip() == "err"
    assert not outcome.timed_out and not outcome.cancelled


def test_a_program_that_cannot_start_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        run_program([str(tmp_path / "missing")], timeout_s=5)


def test_cancel_ends_the_program_and_its_children_within_2_s(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    script = (
        "import subprocess, sys, time; "
        "c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)']); "
        f"open({str(pid_file)!r}, 'w').write(str(c.pid)); print('ready', flush=True); "
        "time.sleep(300)"
    )
    stop = threading.Event()
    lines: list[str] = []

    def on_line(_stream: str, line: str) -> None:
        lines.append(line)
        stop.set()

    started = time.monotonic()
    outcome = run_program(
        [sys.executable, "-c", script], timeout_s=120, cancelled=stop.is_set, on_line=on_line
    )
    assert outcome.cancelled and not outcome.timed_out and lines == ["ready"]
    assert time.monotonic() - started < 30
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 2
    while process_alive(child):
        assert time.monotonic() < deadline, "the child outlived the cancel by 2 s"
        time.sleep(0.02)


def test_timeout_ends_the_program() -> None:
    outcome = run_program([sys.executable, "-c", "import time; time.sleep(60)"], timeout_s=0.5)
    assert outcome.timed_out and not outcome.cancelled

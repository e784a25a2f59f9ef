"""The one process runner: environment policy, output, timeout, cancel (the whole tree)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.system.process import (
    HEAD_CHARS,
    MAX_LINE_BYTES,
    TAIL_CHARS,
    BoundedText,
    child_environment,
    run_program,
)
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


# What the unattended renewal met (issue #23): output held open, floods, endless lines.

DETACHED_HOLDER = (
    "import os, subprocess, sys, time; "
    "c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'], "
    "start_new_session=True); "  # setsid: out of the program's group, holding its stdout
    "open(sys.argv[1], 'w').write(str(c.pid)); print('started', flush=True)"
)


@pytest.mark.skipif(sys.platform == "win32", reason="setsid; Windows uses a job object")
def test_a_detached_child_holding_stdout_does_not_keep_the_reader_waiting(
    tmp_path: Path,
) -> None:
    pid_file = tmp_path / "holder.pid"
    started = time.monotonic()
    outcome = run_program([sys.executable, "-c", DETACHED_HOLDER, str(pid_file)], timeout_s=60)
    assert time.monotonic() - started < 10
    assert outcome.code == 0 and outcome.stdout == "started\n" and not outcome.timed_out
    holder = int(pid_file.read_text())
    assert process_alive(holder)  # a finished run leaves what it started to its work
    os.kill(holder, signal.SIGKILL)


@pytest.mark.skipif(sys.platform == "win32", reason="setsid; Windows uses a job object")
def test_a_stopped_run_ends_the_detached_child_holding_its_output(tmp_path: Path) -> None:
    pid_file = tmp_path / "holder.pid"
    script = DETACHED_HOLDER + "; time.sleep(120)"
    stop = threading.Event()
    threading.Timer(1.0, stop.set).start()
    started = time.monotonic()
    outcome = run_program(
        [sys.executable, "-c", script, str(pid_file)], timeout_s=60, cancelled=stop.is_set
    )
    assert outcome.cancelled and time.monotonic() - started < 15
    holder = int(pid_file.read_text())
    deadline = time.monotonic() + 2
    while process_alive(holder):
        assert time.monotonic() < deadline, "the detached child outlived the stop"
        time.sleep(0.02)


def test_a_timeout_ends_even_when_a_detached_child_holds_the_output(tmp_path: Path) -> None:
    script = DETACHED_HOLDER + "; time.sleep(120)"
    started = time.monotonic()
    outcome = run_program([sys.executable, "-c", script, str(tmp_path / "pid")], timeout_s=1)
    assert outcome.timed_out and time.monotonic() - started < 15


def test_a_flood_of_output_is_kept_to_its_head_and_tail() -> None:
    """200 MB of lines: the text kept is bounded, the last lines (where certbot says why it
    failed) are there."""
    script = (
        "import sys\n"
        "line = 'x' * 1000 + '\\n'\n"
        "for _ in range(200_000): sys.stdout.write(line)\n"
        "print('the last line')\n"
    )
    outcome = run_program([sys.executable, "-c", script], timeout_s=120)
    assert outcome.code == 0
    assert len(outcome.stdout) < HEAD_CHARS + TAIL_CHARS + 2 * MAX_LINE_BYTES
    assert outcome.stdout.endswith("the last line\n")
    assert "characters of output left out" in outcome.stdout


def test_a_line_that_never_ends_is_cut() -> None:
    script = "import sys\nsys.stdout.write('y' * 50_000_000)\nsys.stdout.write('\\nend\\n')\n"
    lines: list[str] = []
    outcome = run_program(
        [sys.executable, "-c", script], timeout_s=120, on_line=lambda _s, text: lines.append(text)
    )
    assert outcome.code == 0
    assert len(lines) == 2 and lines[0].endswith(" […]") and lines[1] == "end"
    assert len(lines[0]) < MAX_LINE_BYTES + 10


def test_bounded_text_keeps_head_and_tail() -> None:
    text = BoundedText(head=10, tail=10)
    for n in range(100):
        text.add(f"{n:02d}\n")
    kept = text.text()
    assert kept.startswith("00\n01\n02\n03\n") and kept.endswith("97\n98\n99\n")
    assert "[… " in kept and text.left_out == 3 * (100 - 4 - 3)


def test_a_child_never_gets_the_pfx_password() -> None:
    env = child_environment({"PATH": "/bin", "CERTBOT_ASSISTANT_PFX_PASSWORD": "s3cret"})
    assert "CERTBOT_ASSISTANT_PFX_PASSWORD" not in env

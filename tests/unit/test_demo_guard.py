"""Demo mode is a sandbox, proven from outside: every command and every page, driven in demo
mode, under a guard that sees each file the process opens for writing, each file it renames,
removes or creates a folder for, and each program it starts (Python's audit events).

The guard fails on any change outside the demo's own folder and on any program started: demo
runs, renewals and renewal tests are played back, scheduling is emulated. The assistant's own log
is the one place outside the folder it writes (where a help desk looks), and the test's own
screenshots folder is the harness's.
"""

from __future__ import annotations

import io
import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.app_logging import log_dir
from certbot_assistant.demo.session import (
    DEFAULT_SCENARIOS,
    SAMPLE_NAME,
    DemoSession,
    start_demo,
)
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.walk import REPORT, Walker
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.walks import walk_paths, walk_problems

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
CHANGES = {
    "os.rename": (0, 1), "os.replace": (0, 1), "os.remove": (0,), "os.rmdir": (0,),
    "os.mkdir": (0,), "shutil.rmtree": (0,), "os.truncate": (0,), "os.chmod": (0,),
    "os.chown": (0,), "os.symlink": (1,), "os.link": (1,), "os.utime": (0,),
    "shutil.copyfile": (1,), "shutil.move": (0, 1),
}  # fmt: skip
"""Audit events that change the file system, and which of their arguments are the paths they
change (a link's target is not changed, the link is)."""
STARTS = (
    "subprocess.Popen", "os.posix_spawn", "os.spawn", "os.exec", "os.system", "os.fork",
    "os.startfile",
)  # fmt: skip


class Guard:
    """Collects what the process did while active; one audit hook for the whole session."""

    def __init__(self) -> None:
        self.active = False
        self.allowed: list[str] = []
        self.seen: list[str] = []
        self._lock = threading.Lock()
        self._inside = threading.local()

    def _outside(self, value: object) -> str | None:
        if isinstance(value, int) or value is None:
            return None
        text = os.fsdecode(value) if isinstance(value, bytes) else str(value)
        if text in (os.devnull, "/dev/tty", "nul", "NUL") or "__pycache__" in text:
            return None
        # No file system call in here: it would raise audit events of its own (Windows'
        # realpath opens files), re-entering this hook.
        path = os.path.normcase(os.path.abspath(text))  # noqa: PTH100 - no file system call
        if any(path == folder or path.startswith(folder + os.sep) for folder in self.allowed):
            return None
        return text

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or getattr(self._inside, "hook", False):
            return
        self._inside.hook = True
        try:
            self._check(event, args)
        finally:
            self._inside.hook = False

    def _check(self, event: str, args: tuple[Any, ...]) -> None:
        problem = None
        if event == "open" and len(args) >= 3:
            mode, flags = args[1], args[2] or 0
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                mode is None and flags & WRITE_FLAGS
            )
            if writes and (where := self._outside(args[0])):
                problem = f"wrote {where}"
        elif event in CHANGES:
            if event in ("os.remove", "os.rmdir") and len(args) > 1 and args[1] not in (None, -1):
                return  # a name inside a folder shutil.rmtree opened: its own event said which
            changed = [args[i] for i in CHANGES[event] if i < len(args)]
            outside = [o for a in changed if (o := self._outside(a))]
            if outside:
                problem = f"{event} {outside[0]}"
        elif event in STARTS:
            problem = f"started a program ({event}: {args[0]!r})"
        if problem:
            with self._lock:
                self.seen.append(problem)
            raise PermissionError(f"demo guard: {problem}")


GUARD = Guard()
sys.addaudithook(GUARD.hook)


@contextmanager
def guarded(*allowed: Path) -> Iterator[Guard]:
    GUARD.allowed = sorted(
        {
            os.path.normcase(str(form))
            for p in (*allowed, log_dir())
            for form in (Path(p).absolute(), Path(p).resolve())
        }
    )
    GUARD.seen = []
    GUARD.active = True
    try:
        yield GUARD
    finally:
        GUARD.active = False


def test_the_guard_sees_a_write_a_removal_and_a_program(tmp_path: Path) -> None:
    import subprocess

    inside, outside = tmp_path / "demo", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    with guarded(inside) as guard:
        (inside / "ok.txt").write_text("fine")
        with pytest.raises(PermissionError):
            (outside / "no.txt").write_text("not fine")
        with pytest.raises(PermissionError):
            (inside / "ok.txt").replace(outside / "moved.txt")
        with pytest.raises(PermissionError):
            subprocess.run(["true"], check=False)
    assert [s.split(" ")[0] for s in guard.seen] == ["wrote", "os.rename", "started"]


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo(["healthy", "pending-2h"])
    yield demo
    demo.stop()


def cli(session: DemoSession, *argv: str) -> tuple[int, str]:
    """One command as ``certbot-assistant --demo`` runs it (``cli.main`` builds the same)."""
    args = build_parser(list(argv)).parse_args(list(argv))
    args.services = Services.demo(session)
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def commands(demo: Path, outside: Path) -> list[tuple[str, ...]]:
    """Every command, once inside the demo folder and (where it changes something) once
    aimed at a folder outside it."""
    certbot = str(demo / "certbot (played back)")
    live = str(demo / "Certbot")
    profile = "Demo - IIS servers OV"
    moving = ("--profile", profile, "--keep-old", "--yes")
    return [
        ("diagnose", "--config-dir", live, "--renewal"),
        ("diagnose", "--profile", profile, "--certcentral", "--format", "json"),
        ("status", "--format", "json"),
        ("profiles", "list"),
        ("requests", "list", "--profile", profile),
        (
            "issue",
            "--profile",
            profile,
            "-d",
            "www.example.com",
            "--config-dir",
            str(demo / "New"),
            "--http-01-port",
            "18080",
        ),
        (
            "issue",
            "--profile",
            profile,
            "-d",
            "www.example.com",
            "--config-dir",
            live,
            "--same-credential",
        ),
        (
            "issue",
            "--profile",
            profile,
            "-d",
            "www.example.com",
            "--config-dir",
            str(outside),
            "--same-credential",
        ),
        ("renewal", "status", "--config-dir", live),
        ("renewal", "schedule", "--config-dir", live),
        ("renewal", "test", "--config-dir", live),
        ("renewal", "unschedule", "--config-dir", live),
        ("renewal", "schedule", "--config-dir", str(outside)),
        ("renew", "--certbot", certbot, "--config-dir", live),
        ("renew", "--certbot", certbot, "--config-dir", str(outside)),
        (
            "deploy",
            "--config-dir",
            live,
            "--cert-name",
            SAMPLE_NAME,
            "--folder",
            str(demo / "installed"),
        ),
        (
            "deploy",
            "--config-dir",
            live,
            "--cert-name",
            SAMPLE_NAME,
            "--folder",
            str(outside / "installed"),
        ),
        ("notify", "set", "--smtp-host", "relay.example", "--to", "ops@example.com"),
        ("notify", "show"),
        ("redact-logs", live),
        ("redact-logs", str(outside)),
        ("migrate", "--from", live, "--to", str(demo / "Moved"), "--profile", profile, "--plan"),
        ("migrate", "--from", live, "--to", str(demo / "Moved"), *moving),
        ("migrate", "--from", live, "--to", str(outside / "Moved"), *moving),
        ("retire", "--config-dir", str(outside), "--archive", str(outside / "b.zip"), "--yes"),
        ("retire", "--config-dir", live, "--archive", str(demo / "backup.zip"), "--yes"),
    ]


def test_every_command_in_demo_mode_changes_nothing_outside_and_starts_nothing(
    session: DemoSession, tmp_path: Path
) -> None:
    outside = tmp_path / "RealCertbot"
    (outside / "renewal").mkdir(parents=True)
    (outside / "logs").mkdir()
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    results: dict[str, int] = {}
    with guarded(session.folder) as guard:
        for argv in commands(session.folder, outside):
            code, _out = cli(session, *argv)
            results[" ".join(argv)] = code
    assert guard.seen == [], "\n".join(guard.seen)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    refused = {cmd: code for cmd, code in results.items() if str(outside) in cmd}
    assert refused and all(code != 0 for code in refused.values()), refused
    renew = ("renew", "--certbot", str(session.folder / "certbot (played back)"),
             "--config-dir", str(session.folder / "Certbot"))  # fmt: skip
    assert results[" ".join(renew)] == 0
    moved = [cmd for cmd in results if cmd.startswith("migrate") and "--yes" in cmd]
    assert [results[cmd] for cmd in moved] == [0, 1], moved  # inside moved; outside refused


def test_every_page_in_demo_mode_changes_nothing_outside_and_starts_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """All the walks of tests/walks/paths.json (every situation to its end, Install and the
    renewal steps included), in this process, under the guard."""
    sessions: list[DemoSession] = []
    codes: list[int] = []
    out = tmp_path / "walk"

    def open_wizard(scenarios: str) -> tuple[QWizard, Path, Callable[[], None]]:
        GUARD.active = False  # the session's own folder is made here, by the harness
        session = start_demo([s for s in scenarios.split(",") if s] or DEFAULT_SCENARIOS)
        sessions.append(session)
        GUARD.allowed += [
            os.path.normcase(str(session.folder.absolute())),
            os.path.normcase(str(session.folder.resolve())),
        ]
        GUARD.active = True
        wizard = AssistantWizard(Services.demo(session))
        wizard.show()
        return wizard, session.folder, session.stop

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    walker = Walker(
        app, {"language": "en", "out": str(out), "paths": walk_paths()}, open_wizard, codes.append
    )
    with guarded(out) as guard:
        walker.start()
        qtbot.waitUntil(lambda: bool(codes), timeout=300_000)
    report = json.loads((out / REPORT).read_text(encoding="utf-8"))
    assert guard.seen == [], "\n".join(guard.seen)
    assert codes[0] == 0 and walk_problems(report) == [], report

"""``certbot-assistant renewal`` in-process, with the scheduler writing into a temp folder."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.renewal import schedule as renewal_schedule
from certbot_assistant.core.services import Services
from certbot_assistant.demo.scheduler import EmulatedSchedulerCommands
from tests.helpers.programs import python_program
from tests.helpers.synthetic import add_account, add_lineage

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def run(self, argv, input_text=None):  # type: ignore[no-untyped-def]
        self.calls.append(list(argv))
        return 0, "", ""


@pytest.fixture
def scheduler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> renewal_schedule.Scheduler:
    """This platform's scheduling code: systemd units written into a temp folder, or (Windows)
    the task XML handed to schtasks, emulated as the demo does so no real task is made."""
    runner = EmulatedSchedulerCommands() if os.name == "nt" else Recorder()
    made = renewal_schedule.Scheduler(
        windows=os.name == "nt", runner=runner, unit_dir=tmp_path / "units", system_unit_dirs=(),
        cron_dir=tmp_path / "cron", use_systemd=True,
    )  # fmt: skip
    monkeypatch.setattr(renewal_schedule, "Scheduler", lambda: made)
    return made


def scheduled(tmp_path: Path, scheduler: renewal_schedule.Scheduler) -> list[str]:
    """What the scheduler holds now: unit files, or the emulated schtasks' task names."""
    if isinstance(scheduler.runner, EmulatedSchedulerCommands):
        return list(scheduler.runner.tasks)
    folder = tmp_path / "units"
    return [p.name for p in folder.iterdir()] if folder.is_dir() else []


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args(list(argv))
    args.services = Services.real()
    saved = sys.stdout
    sys.stdout = out
    try:
        code = run_command(args)
    finally:
        sys.stdout = saved
    return code, out.getvalue()


def test_status_schedule_unschedule(tmp_path: Path, scheduler: renewal_schedule.Scheduler) -> None:
    cfg = tmp_path / "Certbot-prod"
    account = add_account(cfg, SERVER)
    add_lineage(cfg, "www.example.com", SERVER, account)
    fake_certbot = python_program(tmp_path / "certbot", "print('certbot 5.8.0')\n")
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert code == 0 and "renewal-not-scheduled" in text
    code, text = run(
        "renewal", "schedule", "--config-dir", str(cfg), "--certbot", str(fake_certbot)
    )
    assert code == 0 and "twice a day" in text
    # The command shown is the one the task runs: the assistant watching this certbot.
    shown = text.split("It runs: ", 1)[1].splitlines()[0]
    assert " renew --certbot " in shown and str(fake_certbot) in shown and str(cfg) in shown
    if not isinstance(scheduler.runner, EmulatedSchedulerCommands):
        unit = next((tmp_path / "units").glob("*.service")).read_text(encoding="utf-8")
        assert "--certbot" in unit and str(fake_certbot) in unit
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert "renewal-not-scheduled" not in text and str(fake_certbot) in text
    fake_certbot.unlink()  # the certbot the task names is gone
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert code == 1 and "renewal-task-broken" in text
    code, text = run("renewal", "unschedule", "--config-dir", str(cfg))
    assert code == 0 and "removed" in text
    assert not scheduled(tmp_path, scheduler)


def test_retire_backs_up_removes_and_drops_the_task(
    tmp_path: Path, scheduler: renewal_schedule.Scheduler
) -> None:
    """The wizard's "Back up and remove…" step, from the command line (help desk sessions)."""
    import zipfile

    cfg = tmp_path / "Certbot-old"
    add_lineage(cfg, "www.example.com", SERVER, add_account(cfg, SERVER))
    fake_certbot = python_program(tmp_path / "certbot", "print('certbot 5.8.0')\n")
    run("renewal", "schedule", "--config-dir", str(cfg), "--certbot", str(fake_certbot))
    assert scheduled(tmp_path, scheduler)
    archive = tmp_path / "old.zip"
    code, text = run("retire", "--config-dir", str(cfg), "--archive", str(archive), "--yes")
    assert code == 0 and "removed" in text, text
    assert not cfg.exists()
    with zipfile.ZipFile(archive) as backup:
        assert any(name.endswith("cert.pem") for name in backup.namelist())
    assert not scheduled(tmp_path, scheduler)  # its renewal task went with it


def test_retire_refuses_a_folder_that_is_not_certbots(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    code, _ = run(
        "retire", "--config-dir", str(folder), "--archive", str(tmp_path / "x.zip"), "--yes"
    )
    assert code == 1 and "not a certbot config directory" in capsys.readouterr().err
    assert (folder / "letter.txt").exists() and not (tmp_path / "x.zip").exists()


class Failing:
    def __init__(self, text: str) -> None:
        self.text = text

    def run(self, argv, input_text=None):  # type: ignore[no-untyped-def]
        return 1, "", self.text


def test_one_error_mapping_a_scheduler_error_is_said_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    made = renewal_schedule.Scheduler(windows=True, runner=Failing("Access is denied."))
    monkeypatch.setattr(renewal_schedule, "Scheduler", lambda: made)
    cfg = tmp_path / "Certbot"
    add_lineage(cfg, "www.example.com", SERVER, add_account(cfg, SERVER))
    code, _ = run("renewal", "status", "--config-dir", str(cfg))
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "The task scheduler reported an error: Access is denied."


def test_one_error_mapping_a_bug_is_logged_never_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from certbot_assistant.core import assistant

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(assistant, "renewal_status", broken)
    code, out = run("renewal", "status", "--config-dir", str(tmp_path))
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err + out and "ZeroDivisionError" not in err
    assert "Something unexpected went wrong" in err

"""``certbot-assistant renewal`` in-process, with the scheduler writing into a temp folder."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from certbot_assistant.cli import build_parser, commands
from certbot_assistant.core import renewal_schedule
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
    made = renewal_schedule.Scheduler(
        windows=False, runner=Recorder(), unit_dir=tmp_path / "units", system_unit_dirs=(),
        cron_dir=tmp_path / "cron", use_systemd=True,
    )  # fmt: skip
    monkeypatch.setattr(renewal_schedule, "Scheduler", lambda: made)
    return made


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = build_parser().parse_args(list(argv))
    saved = sys.stdout
    sys.stdout = out
    try:
        code = commands.run(args)
    finally:
        sys.stdout = saved
    return code, out.getvalue()


def test_status_schedule_unschedule(tmp_path: Path, scheduler: renewal_schedule.Scheduler) -> None:
    cfg = tmp_path / "Certbot-prod"
    account = add_account(cfg, SERVER)
    add_lineage(cfg, "www.example.com", SERVER, account)
    fake_certbot = tmp_path / "certbot"
    fake_certbot.write_text(f"#!{sys.executable}\nprint('certbot 5.8.0')\n")
    fake_certbot.chmod(0o755)
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert code == 0 and "renewal-not-scheduled" in text
    code, text = run(
        "renewal", "schedule", "--config-dir", str(cfg), "--certbot", str(fake_certbot)
    )
    assert code == 0 and "twice a day" in text
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert "renewal-not-scheduled" not in text and str(fake_certbot) in text
    fake_certbot.unlink()  # the certbot the task names is gone
    code, text = run("renewal", "status", "--config-dir", str(cfg))
    assert code == 1 and "renewal-task-broken" in text
    code, text = run("renewal", "unschedule", "--config-dir", str(cfg))
    assert code == 0 and "removed" in text
    assert not list((tmp_path / "units").iterdir())

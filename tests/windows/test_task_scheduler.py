"""The renewal task through the project's scheduler and Windows' own ``schtasks``: the task XML
the assistant writes is accepted by ``schtasks /Create /XML`` and removed by ``/Delete``.

Wine's schtasks keeps tasks as XML files under ``%SystemRoot%\\System32\\Tasks``, which is how
this test sees what was created. ``schtasks /Query`` is not implemented by Wine, and Wine keeps
only part of a definition: the command and triggers are checked on real Windows (windows.yml),
and the status path by the unit tests' recorded output (tests/fixtures/schtasks)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from certbot_assistant.core.renewal.schedule import Scheduler
from tests.helpers.programs import python_program, under_wine


def _task_file(name: str) -> Path:
    return Path(os.environ["SYSTEMROOT"]) / "System32" / "Tasks" / name.lstrip("\\")


def _read_task(path: Path) -> str:
    """Wine stores the task as UTF-8 or UTF-16 (with its BOM), depending on its version."""
    data = path.read_bytes()
    return data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode()


def test_schedule_and_unschedule_a_renewal_task(tmp_path: Path) -> None:
    config_dir = tmp_path / f"Certbot-{uuid.uuid4().hex[:6]}"
    config_dir.mkdir()
    certbot = python_program(tmp_path / "bin" / "certbot", "print('certbot 5.8.0')\n")
    scheduler = Scheduler(windows=True)
    name = scheduler.schedule(str(certbot), config_dir, tmp_path / "work", tmp_path / "logs")
    try:
        assert name.startswith("\\Certbot Assistant\\Renew ")
        if under_wine():
            # Wine's task store keeps what it parsed of the definition: the registration info
            # and settings, not the triggers, principal or action (dropped by Wine itself).
            stored = _read_task(_task_file(name))
            assert f"<Description>certbot renew for {config_dir}</Description>" in stored
            assert "<ExecutionTimeLimit>PT2H</ExecutionTimeLimit>" in stored
        else:  # real Windows answers schtasks /Query /XML, as the renewal status asks it
            (task,) = [t for t in scheduler.tasks() if t.covers(config_dir, Path("C:/Certbot"))]
            assert Path(task.certbot) == certbot
    finally:
        assert scheduler.unschedule(config_dir) is True
    if under_wine():
        assert not _task_file(name).exists()
    assert scheduler.unschedule(config_dir) is False  # gone: a second removal says so

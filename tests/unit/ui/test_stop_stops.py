"""Stop stops: the page's Stop button ends the work itself, not only its result.

Before, Stop dropped the result while a renewal test (up to 600 s of certbot) or a backup went
on in the background. Through the real pages and their Stop button.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot.discovery import CertbotInstall, InstallKind
from certbot_assistant.ui.state import PageId, Scenario
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.programs import gone_within, process_alive, python_program
from tests.helpers.synthetic import add_account, add_lineage

FAKE = Path(__file__).resolve().parents[2] / "helpers" / "fake_certbot.py"
DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def test_stop_ends_the_renewal_test_and_certbots_children(
    qtbot: QtBot,
    unit_wizard: AssistantWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = python_program(tmp_path / "certbot", FAKE.read_text())
    monkeypatch.setenv("FAKE_CERTBOT_MODE", "hang")
    monkeypatch.setenv("FAKE_CERTBOT_RECORD", str(tmp_path / "rec.json"))
    monkeypatch.setenv("FAKE_CERTBOT_CHILD", str(tmp_path / "child.pid"))
    cfg = tmp_path / "Certbot"
    add_lineage(cfg, "www.example.test", DIGICERT, add_account(cfg, DIGICERT))
    unit_wizard.ensure_pages()
    state = unit_wizard.state
    state.scenario = Scenario.CHECK
    state.config_dir = cfg
    state.certbot = CertbotInstall(fake, InstallKind.PIP, (), "5.8.0", None, False)
    page = unit_wizard.page_for(PageId.DONE)
    page.test_renewal()
    qtbot.waitUntil(lambda: (tmp_path / "child.pid").exists(), timeout=20_000)
    certbot_pid = json.loads((tmp_path / "rec.json").read_text())["pid"]
    child = int((tmp_path / "child.pid").read_text())
    assert page.busy and process_alive(certbot_pid) and process_alive(child)
    qtbot.mouseClick(page.busy_cancel, Qt.MouseButton.LeftButton)
    assert not page.busy
    assert gone_within(certbot_pid) and gone_within(child)
    assert QThreadPool.globalInstance().waitForDone(2000)


def test_stop_ends_the_backup_and_leaves_the_folder_and_no_partial(
    qtbot: QtBot,
    unit_wizard: AssistantWizard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import certbot_assistant.core.configdir.backup as backup

    folder = tmp_path / "Certbot"
    add_lineage(folder, "www.example.test", DIGICERT, add_account(folder, DIGICERT))
    for n in range(100):
        (folder / "archive" / f"extra-{n}.pem").write_text("x")
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    real_add = backup._add_file

    def slow_add(*args: object) -> object:
        time.sleep(0.05)  # 100+ files: several seconds, so Stop lands mid-way
        return real_add(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "_add_file", slow_add)
    unit_wizard.ensure_pages()
    unit_wizard.state.scenario = Scenario.REVOKED
    unit_wizard.state.config_dir = folder
    page = unit_wizard.page_for(PageId.CONFIG_DIR)
    archive = tmp_path / "backup.zip"
    page.ask_archive_path = lambda _folder: archive  # type: ignore[method-assign]
    page.confirm = lambda _text: True  # type: ignore[method-assign]
    page.backup_and_remove()
    partial = tmp_path / "backup.zip.partial"
    # Files are going in (on Windows the empty zip is first made owner-only by icacls).
    qtbot.waitUntil(lambda: partial.exists() and partial.stat().st_size > 0, timeout=10_000)
    qtbot.mouseClick(page.busy_cancel, Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(2000), "the backup went on after Stop"
    assert not partial.exists() and not archive.exists()
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before

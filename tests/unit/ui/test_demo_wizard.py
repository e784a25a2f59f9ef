"""Demo mode, clicked through as a help-desk trainer would: the sample folder shows KB 1, a new
folder is created, the played-back run issues, renewal is scheduled; and nothing outside the
demo folder changes (no certbot, no ACME server, no scheduled task, no user settings)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.demo.session import DEMO_KID, DEMO_PROFILE, DemoSession, start_demo
from certbot_assistant.ui.pages import done_page
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.pebble import free_port
from tests.helpers.programs import python_program
from tests.helpers.wizard_driver import open_wizard, to_demo_config_dir


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo()
    yield demo
    demo.stop()


@pytest.fixture
def demo_wizard(qtbot: QtBot, session: DemoSession, tmp_path: Path) -> Iterator[AssistantWizard]:
    # Found by discovery; the run is played back.
    certbot = python_program(tmp_path / "bin" / "certbot", "print('certbot 5.8.0')\n")
    services = dataclasses.replace(
        Services.demo(session),
        discovery=lambda paths: DiscoveryEnvironment(
            windows=os.name == "nt", path_dirs=[certbot.parent], user_paths=list(paths)
        ),
    )
    yield from open_wizard(services)


def test_kb1_in_demo_mode_from_sample_folder_to_scheduled_renewal(
    qtbot: QtBot,
    demo_wizard: AssistantWizard,
    session: DemoSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    driver = to_demo_config_dir(qtbot, demo_wizard, Scenario.OLD_URL.value, DEMO_PROFILE)
    assert demo_wizard.state.config_dir == session.config_dir
    assert "account-kid-mismatch" in driver.finding_ids()
    qtbot.mouseClick(driver.page.new_button, Qt.MouseButton.LeftButton)
    driver.wait_idle()
    new_dir = demo_wizard.state.config_dir
    assert (
        new_dir is not None and new_dir.parent == session.folder and new_dir != session.config_dir
    )
    driver.next(PageId.CERTCENTRAL)
    driver.wait_idle()
    assert demo_wizard.state.certcentral is not None  # checked against the demo's CertCentral
    driver.next(PageId.SERVER)
    driver.wait_idle()
    driver.page.port_spin.setValue(free_port())
    driver.next(PageId.REVIEW)
    driver.next(PageId.RUN)
    qtbot.waitUntil(lambda: driver.page_is(PageId.DONE), timeout=30_000)
    marker = read_marker(new_dir)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == [DEMO_KID]
    done = driver.page
    qtbot.waitUntil(lambda: not done.busy and "www.example.com" in done.summary.text())
    qtbot.mouseClick(done.schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not done.busy and done.schedule_result.text() != "")
    assert str(new_dir) in done.schedule_result.text()
    assert session.scheduler_commands.calls  # emulated: systemctl/schtasks never ran
    if os.name == "nt":
        assert session.scheduler_commands.tasks  # the task XML, as schtasks would get it
    else:
        assert list((session.folder / "systemd").glob("*.timer"))
    # The task may now get the profile's CertCentral key, to check before each renewal.
    qtbot.waitUntil(lambda: not done.busy and done.machine_key_button.isVisible())
    monkeypatch.setattr(done_page, "ask_yes_no", lambda *_args: True)
    qtbot.mouseClick(done.machine_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not done.busy and done.machine_key_result.isVisible())
    stored = session.folder / "machine" / "certcentral-api-key-us"
    assert str(stored) in done.machine_key_result.text() and stored.is_file()
    assert not done.machine_key_button.isVisible()
    assert marker.certcentral is not None and marker.certcentral.region == "us"


def test_demo_mode_will_not_back_up_and_remove_a_real_folder(
    qtbot: QtBot, demo_wizard: AssistantWizard, tmp_path: Path
) -> None:
    from tests.helpers.synthetic import add_account

    real = tmp_path / "RealCertbot"
    add_account(real, "https://acme.example/directory", "real")
    demo_wizard.ensure_pages()
    demo_wizard.state.config_dir = real
    page = demo_wizard.page_for(PageId.CONFIG_DIR)
    asked: list[Path] = []
    page.ask_archive_path = lambda folder: asked.append(folder)  # type: ignore[method-assign,func-returns-value]
    page.backup_and_remove()
    assert asked == [] and real.is_dir()
    shown = [m.text() for m in page.findings_view.findChildren(QLabel, "findingsMessage")]
    assert any("Demo mode changes only its own sample folder" in text for text in shown)

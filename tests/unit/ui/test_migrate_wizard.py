"""The wizard's way to DigiCert's fix for scenarios 1 and 2: on the KB 1 path, "Move all
certificates to this credential" shows the plan, orders each certificate again (played back in
demo mode) in a new folder, and selects that folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.steps.migrate import plan_migration
from certbot_assistant.demo.session import DEMO_KID, DEMO_PROFILE, DemoSession, start_demo
from certbot_assistant.ui.migration_dialog import MigrationDialog
from certbot_assistant.ui.pages.config_dir_page import ConfigDirPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import Scenario
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.wizard_driver import to_demo_config_dir


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo()
    yield demo
    demo.stop()


def test_move_all_certificates_from_the_kb1_folder(
    qtbot: QtBot, session: DemoSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = AssistantWizard(Services.demo(session))
    wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(wizard)
    wizard.show()
    driver = to_demo_config_dir(qtbot, wizard, Scenario.OLD_URL.value, DEMO_PROFILE)
    page = driver.page
    assert isinstance(page, ConfigDirPage)
    shown: list[MigrationDialog] = []

    def accept(plan: object) -> bool:
        dialog = MigrationDialog(plan, page)  # type: ignore[arg-type]
        shown.append(dialog)
        return True

    monkeypatch.setattr(page, "confirm_migration", accept)
    button = next(
        b for b in page.findings_view.findChildren(QPushButton) if "to this credential" in b.text()
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "migrate-lineage-moved" in driver.finding_ids(), timeout=30_000)
    (dialog,) = shown
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.table.topLevelItem(0).text(0) == "www.example.com"  # type: ignore[union-attr]
    new = wizard.state.config_dir
    assert new is not None and new != session.config_dir and new.parent == session.folder
    marker = read_marker(new)
    assert marker is not None and [m.name for m in marker.migrated] == ["www.example.com"]
    assert [a.eab_kid for a in marker.accounts] == [DEMO_KID]
    assert (session.config_dir / "renewal" / "www.example.com.conf").exists()  # old kept


def test_the_plan_dialog_in_japanese_names_every_column(
    qtbot: QtBot, session: DemoSession, language: str
) -> None:
    profile = session.profiles.get(DEMO_PROFILE)
    plan = plan_migration(session.config_dir, session.folder / "New", profile)
    dialog = MigrationDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    move = dialog.findChild(QPushButton, "migrationMoveButton")
    assert move is not None and move.isEnabled()
    headers = [dialog.table.headerItem().text(i) for i in range(4)]
    assert all(headers)
    if language == "ja":
        assert headers[0] != "Certificate"

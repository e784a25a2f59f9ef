"""The wizard's way to DigiCert's fix for scenarios 1 and 2: on the KB 1 path, "Move all
certificates to this credential" shows the plan, orders each certificate again (played back in
demo mode) in a new folder, and selects that folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.steps.migrate import plan_migration
from certbot_assistant.demo.session import DEMO_KID, DEMO_PROFILE, DemoSession, start_demo
from certbot_assistant.ui.migration_dialog import MigrationDialog
from certbot_assistant.ui.pages.config_dir_page import ConfigDirPage
from certbot_assistant.ui.pages.done_page import DonePage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.wizard_driver import to_demo_config_dir


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo()
    yield demo
    demo.stop()


@pytest.mark.parametrize("scenario", [Scenario.OLD_URL, Scenario.REVOKED, Scenario.CHECK])
def test_move_all_certificates_from_the_old_folder(
    qtbot: QtBot, session: DemoSession, monkeypatch: pytest.MonkeyPatch, scenario: Scenario
) -> None:
    wizard = AssistantWizard(Services.demo(session))
    wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
    qtbot.addWidget(wizard)
    wizard.show()
    driver = to_demo_config_dir(qtbot, wizard, scenario.value, DEMO_PROFILE)
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
    session.fake.recorded.clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The move ends on Done, saying what moved and where, with the new folder scheduled.
    qtbot.waitUntil(lambda: wizard.currentId() == int(PageId.DONE), timeout=30_000)
    (dialog,) = shown
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.table.topLevelItem(0).text(0) == "www.example.com"  # type: ignore[union-attr]
    new = wizard.state.config_dir
    assert new is not None and new != session.config_dir and new.parent == session.folder
    marker = read_marker(new)
    assert marker is not None and [m.name for m in marker.migrated] == ["www.example.com"]
    assert [a.eab_kid for a in marker.accounts] == [DEMO_KID]
    assert (session.config_dir / "renewal" / "www.example.com.conf").exists()  # old kept
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    summary = done.findChild(QLabel, "doneSummary")
    assert summary is not None and "www.example.com" in summary.text()
    assert str(new) in summary.text() and str(session.config_dir) in summary.text()
    assert not done.install_box.isVisible()
    assert "migrate-lineage-moved" in [f.id for f in done.findings]
    # CertCentral was asked about the name before the order (the demo's fake recorded it).
    asked = [r.path for r in session.fake.recorded]
    assert any("/domain" in path for path in asked), asked


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

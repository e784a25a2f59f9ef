"""The wizard as a help-desk person meets it (issue #28): no dead ends, every disabled Next says
why, words that do not mislead, feedback for every copy, and a report with the session's
actions. Driven with pytest-qt as a user clicks; the demo needs no certbot on the machine."""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot.discovery import (
    DiscoveryEnvironment,
    InstallKind,
    beside_this_python,
)
from certbot_assistant.demo.fake_certcentral import DEMO_API_KEY
from certbot_assistant.demo.session import DEMO_PROFILE, DemoSession, start_demo
from certbot_assistant.ui.file_dialogs import _dialog
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario
from certbot_assistant.ui.walk import layout_problems
from certbot_assistant.ui.widgets import without_mnemonic
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.wizard_driver import WizardDriver, open_wizard


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo(["healthy"])
    yield demo
    demo.stop()


@pytest.fixture
def bare_demo(qtbot: QtBot, session: DemoSession, tmp_path: Path) -> Iterator[AssistantWizard]:
    """Demo mode on a machine with no certbot anywhere."""
    services = dataclasses.replace(
        Services.demo(session),
        discovery=lambda paths: DiscoveryEnvironment(windows=os.name == "nt", path_dirs=[tmp_path]),
    )
    yield from open_wizard(services)


def choose(driver: WizardDriver, scenario: Scenario) -> None:
    radio = driver.wizard.page_for(PageId.SITUATION).findChild(
        __import__("PySide6.QtWidgets", fromlist=["QRadioButton"]).QRadioButton,
        f"scenario-{scenario.value}",
    )
    driver.qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def to_certcentral(driver: WizardDriver, scenario: Scenario = Scenario.NEW) -> None:
    choose(driver, scenario)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    driver.wait_idle()
    assert driver.page.profile_combo.currentData() == DEMO_PROFILE  # preselected, not empty
    driver.qtbot.keyClicks(driver.page.domains_edit, "www.example.com")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    driver.qtbot.mouseClick(driver.page.new_button, Qt.MouseButton.LeftButton)
    driver.next(PageId.CERTCENTRAL)
    driver.wait_idle()


# Dead ends -----------------------------------------------------------------------------------


def test_the_demo_needs_no_certbot_it_plays_one_back(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    choose(driver, Scenario.NEW)
    driver.next(PageId.CERTBOT)
    driver.wait_complete()
    assert bare_demo.state.certbot is not None
    assert bare_demo.state.certbot.kind is InstallKind.DEMO
    driver.next(PageId.CREDENTIAL)


def test_discovery_looks_beside_the_running_python() -> None:
    assert Path(sys.executable).parent in beside_this_python()
    env = DiscoveryEnvironment.from_system()
    assert Path(sys.executable).parent in env.python_scripts_dirs


@pytest.mark.parametrize(("windows", "shown", "hidden"), [
    (False, "/opt/certbot/bin/pip install certbot", "C:\\"),
    (True, "C:\\Certbot-venv\\Scripts\\pip install certbot", "/opt/certbot"),
])  # fmt: skip
def test_the_install_hint_shows_this_platforms_commands(
    qtbot: QtBot, unit_services: Services, windows: bool, shown: str, hidden: str
) -> None:
    wizard = AssistantWizard(dataclasses.replace(unit_services, windows=windows))
    qtbot.addWidget(wizard)
    wizard.ensure_pages()
    page = wizard.page_for(PageId.CERTBOT)
    page.state.installs = []
    page._update_findings()
    assert shown in page.guidance.text() and hidden not in page.guidance.text()


def test_check_an_existing_setup_ends_with_finish_enabled(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    choose(driver, Scenario.CHECK)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    driver.wait_idle()
    driver.next(PageId.CONFIG_DIR)
    driver.next(PageId.CERTCENTRAL)
    driver.next(PageId.DONE)
    driver.wait_idle()
    assert "account-kid-mismatch" in driver.finding_ids()  # an error, shown, not blocking
    assert bare_demo.button(QWizard.WizardButton.FinishButton).isEnabled()


def enter_wrong_key(driver: WizardDriver) -> None:
    to_certcentral(driver)
    page = driver.page
    driver.qtbot.keyClicks(page.key_edit, "not-the-key")
    driver.qtbot.mouseClick(page.save_key_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(
        lambda: "certcentral-key-invalid" in driver.finding_ids(), timeout=30_000
    )


def fix_button(driver: WizardDriver, text: str) -> QPushButton:
    return next(b for b in driver.page.findings_view.findChildren(QPushButton) if b.text() == text)


def test_a_wrong_api_key_in_the_demo_has_a_way_back(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    enter_wrong_key(driver)
    page = driver.page
    (finding,) = page.findings
    assert "access_denied" not in finding.detail()  # said in words; the code is evidence
    assert not page.isComplete() and "Next is unavailable" in page.next_hint.text()
    qtbot.mouseClick(fix_button(driver, "Restore the demo key"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.isComplete(), timeout=30_000)
    assert page.api_key == DEMO_API_KEY


def test_a_real_user_may_go_on_without_certcentral_and_is_warned(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    enter_wrong_key(driver)
    qtbot.mouseClick(fix_button(driver, "Go on without CertCentral"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(driver.page.isComplete)
    assert driver.finding_ids() == ["certcentral-not-checked"]
    driver.next(PageId.SERVER)


def test_back_on_the_first_page_the_overview_looks_again(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    situation = bare_demo.page_for(PageId.SITUATION)
    qtbot.waitUntil(lambda: not situation.loading, timeout=10_000)
    choose(driver, Scenario.NEW)
    driver.next(PageId.CERTBOT)
    driver.back(PageId.SITUATION)
    assert situation.loading  # a fresh look, for what the session may have added
    qtbot.waitUntil(lambda: not situation.loading, timeout=10_000)


def test_a_webroot_that_does_not_exist_is_named_beside_next(
    qtbot: QtBot, bare_demo: AssistantWizard, tmp_path: Path
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    to_certcentral(driver)
    driver.next(PageId.SERVER)
    driver.wait_idle()
    page = driver.page
    qtbot.mouseClick(
        page.webroot, Qt.MouseButton.LeftButton, pos=QPoint(8, page.webroot.height() // 2)
    )
    missing = tmp_path / "no-such-webroot"
    qtbot.keyClicks(page.webroot_edit, str(missing))
    qtbot.mouseClick(page.recheck, Qt.MouseButton.LeftButton)
    driver.wait_idle()
    assert not bare_demo.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.next_hint.isVisible()
    assert f"The web root folder {missing} does not exist" in page.next_hint.text()


def test_the_stop_question_goes_when_the_run_ends_and_a_stop_says_so(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    to_certcentral(driver)
    driver.next(PageId.SERVER)
    driver.wait_idle()
    driver.page.port_spin.setValue(18080)
    driver.next(PageId.REVIEW)
    driver.next(PageId.RUN)
    run = driver.page
    from PySide6.QtCore import QTimer

    # The question runs its own event loop: what sees it and answers it runs there, on timers.
    seen: list[QMessageBox] = []
    answer: list[QMessageBox.StandardButton] = []

    def watch() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                if box not in seen:
                    seen.append(box)
                if answer:
                    box.button(answer[0]).click()

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(20)
    QTimer.singleShot(0, run.stop_task)
    # The run ends behind the unanswered question: the question goes, the wizard moves on.
    qtbot.waitUntil(lambda: driver.page_is(PageId.DONE), timeout=30_000)
    assert seen, "the question was never shown"
    assert not any(box.isVisible() for box in seen if __import__("shiboken6").isValid(box))
    # Back, and again with a stop answered yes: "you stopped it", not a failure.
    driver.back(PageId.RUN)
    assert run.subTitle() == "Certbot received the certificate."
    qtbot.mouseClick(run.retry_button, Qt.MouseButton.LeftButton)
    answer.append(QMessageBox.StandardButton.Yes)
    QTimer.singleShot(0, run.stop_task)
    qtbot.waitUntil(lambda: not run.running and run.state.run_result is not None, timeout=30_000)
    watcher.stop()
    assert run.cancelled and "You stopped Certbot" in run.subTitle()
    assert any(label.text().startswith("■") for label in run.stage_labels.values())


# Words ---------------------------------------------------------------------------------------


def test_the_revoked_path_says_what_scenario_2_is(qtbot: QtBot, bare_demo: AssistantWizard) -> None:
    driver = WizardDriver(qtbot, bare_demo)
    choose(driver, Scenario.REVOKED)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    driver.wait_idle()
    qtbot.keyClicks(driver.page.domains_edit, "www.example.com")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    note = driver.page.scenario_note
    assert note.isVisible() and "revoked" in note.text()


def test_one_title_and_a_whole_kid(qtbot: QtBot, bare_demo: AssistantWizard) -> None:
    assert bare_demo.windowTitle() == "DEMO"  # Qt adds the app's name once
    driver = WizardDriver(qtbot, bare_demo)
    choose(driver, Scenario.OLD_URL)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    driver.wait_idle()
    qtbot.keyClicks(driver.page.domains_edit, "www.example.com")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    shown = driver.page.details.text() + " ".join(
        w.text() for w in driver.page.findings_view.findChildren(QLabel)
    )
    assert "DEMO-OLD-KID-1c9e07" in shown and "…" not in driver.page.details.text()


def test_the_report_has_no_mnemonic_and_the_sessions_actions(
    qtbot: QtBot, bare_demo: AssistantWizard
) -> None:
    assert without_mnemonic("ACME ディレクトリ URL が取り消された(&R)") == (
        "ACME ディレクトリ URL が取り消された"
    )
    assert without_mnemonic("Certificates are still issued under the &old URL") == (
        "Certificates are still issued under the old URL"
    )
    bare_demo.state.scenario = Scenario.REVOKED
    bare_demo.state.events.append("Scheduled: X renews Y twice a day.")
    report = bare_demo.report_text()
    assert "(R)" not in report and "&" not in report.split("\n== ")[1]
    assert "What was done in this session" in report and "Scheduled: X renews Y" in report


def test_copy_report_says_it_copied(qtbot: QtBot, bare_demo: AssistantWizard) -> None:
    button = bare_demo.button(QWizard.WizardButton.CustomButton1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = bare_demo.currentPage()
    assert page.status_line.isVisible() and "clipboard" in page.status_line.text()
    assert "Diagnostic report" in QGuiApplication.clipboard().text()


# Japanese file dialogs, layout ---------------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="Windows shows its own dialog, in its language")
def test_qts_file_dialog_speaks_japanese_and_cuts_no_place_name(
    qtbot: QtBot, language: str
) -> None:
    dialog = _dialog(None, "x", str(Path.home()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QSplitter

    # As narrow as Qt restores it from a saved state, or a user drags it.
    splitter = dialog.findChild(QSplitter, "splitter")
    splitter.setSizes([30, splitter.width() - 30])
    QApplication.processEvents()
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    if language == "ja":
        assert not [t for t in labels if t.isascii()], labels
    from PySide6.QtWidgets import QListView

    sidebar = dialog.findChild(QListView, "sidebar")
    model = sidebar.model()
    widths = [sidebar.fontMetrics().horizontalAdvance(str(model.index(r, 0).data()))
              for r in range(model.rowCount())]  # fmt: skip
    # A place name is cut ("コンピ…") when the row cannot hold its icon and its whole text.
    needed = sidebar.iconSize().width() + max(widths, default=0) + 12
    assert sidebar.viewport().width() >= needed, (sidebar.viewport().width(), needed)
    dialog.reject()


def test_layout_problems_sees_a_crushed_page(qtbot: QtBot) -> None:
    """The walk's check itself: widgets squeezed below their needs, and overlapping ones."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    crushed = QWidget()
    qtbot.addWidget(crushed)
    layout = QVBoxLayout(crushed)
    for n in range(8):
        label = QLabel(f"A long line of text that must wrap in a narrow window {n}" * 3, crushed)
        label.setWordWrap(True)
        label.setObjectName(f"label{n}")
        layout.addWidget(label)
        layout.addWidget(QPushButton(f"Button {n}", crushed))
    crushed.setFixedSize(300, 120)
    crushed.show()
    qtbot.waitExposed(crushed)
    problems = layout_problems(crushed)
    assert problems and any("is cut" in p or "squeezed" in p for p in problems)
    roomy = QWidget()
    qtbot.addWidget(roomy)
    QVBoxLayout(roomy).addWidget(QPushButton("OK", roomy))
    roomy.resize(300, 200)
    roomy.show()
    qtbot.waitExposed(roomy)
    assert layout_problems(roomy) == []

"""The wizard's shape: every page and interactive widget named for tests and screen readers,
paths per scenario, keyboard use, the report, and every page in English and Japanese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from certbot_assistant.core import findings as F
from certbot_assistant.ui.state import PageId, Scenario, path_for
from certbot_assistant.ui.wizard import AssistantWizard

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QTreeWidget, QPlainTextEdit, QAbstractSpinBox)


def test_every_page_and_widget_is_named(unit_wizard: AssistantWizard, language: str) -> None:
    for page_id, page in unit_wizard.pages.items():
        assert page.objectName(), page_id
        assert page.title(), page_id
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
                continue
            parent = type(widget.parent()).__name__
            if parent in ("QSpinBox", "QComboBox", "QAbstractSpinBox") or widget.objectName() in (
                "qt_spinbox_lineedit",
            ):
                continue
            assert widget.objectName(), (page_id, type(widget).__name__)
            assert widget.accessibleName(), (page_id, widget.objectName())
    for which in (QWizard.WizardButton.CustomButton1,):
        assert unit_wizard.button(which).accessibleName()


def test_paths_skip_what_does_not_apply() -> None:
    assert path_for(Scenario.CHECK)[-1] is PageId.DONE
    assert PageId.RUN not in path_for(Scenario.CHECK)
    timeout = path_for(Scenario.TIMEOUT)
    assert timeout.index(PageId.CERTCENTRAL) == timeout.index(PageId.CREDENTIAL) + 1
    assert path_for(Scenario.NEW) == list(PageId)


def test_step_list_follows_the_scenario(unit_wizard: AssistantWizard) -> None:
    situation = unit_wizard.pages[PageId.SITUATION]
    situation.choose(Scenario.CHECK)
    items = [unit_wizard.steps.list.item(i).text() for i in range(unit_wizard.steps.list.count())]
    assert len(items) == len(path_for(Scenario.CHECK))
    assert items[0].startswith("▶")
    situation.choose(Scenario.NEW)
    assert unit_wizard.steps.list.count() == len(PageId)


def test_keyboard_enter_goes_next_and_certbot_page_blocks_without_certbot(
    qtbot: QtBot, unit_wizard: AssistantWizard
) -> None:
    qtbot.keyClick(unit_wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unit_wizard.currentId() == int(PageId.CERTBOT))
    page = unit_wizard.pages[PageId.CERTBOT]
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    assert [f.id for f in page.findings] == ["certbot-not-found"]
    assert not unit_wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "pip" in page.guidance.text()


def test_escape_asks_before_closing_mid_path(
    qtbot: QtBot, unit_wizard: AssistantWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_wizard.next()
    asked: list[bool] = []
    monkeypatch.setattr(AssistantWizard, "confirm_leave", lambda self: asked.append(True) or False)
    qtbot.keyClick(unit_wizard, Qt.Key.Key_Escape)
    assert asked and unit_wizard.isVisible()


def test_report_has_no_secret(unit_wizard: AssistantWizard) -> None:
    state = unit_wizard.state
    state.hmac_key = "SUPERSECRETHMACVALUE12345"
    state.page_findings[PageId.CONFIG_DIR] = [F.make("config-dir-missing", path="/x")]
    state.display_command = ["certbot", "--eab-hmac-key", "SUPERSECRETHMACVALUE12345"]
    report = unit_wizard.report_text()
    assert "SUPERSECRETHMACVALUE12345" not in report
    assert "config-dir-missing" in report
    assert f"Qt {qVersion()}" in report.splitlines()[2], "help desk needs the Qt version"
    unit_wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert (
        QApplication.clipboard().text() == report
        or "config-dir-missing" in QApplication.clipboard().text()
    )


def test_every_page_opens_in_each_language_without_warnings(
    qtbot: QtBot,
    unit_services,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    wizard = AssistantWizard(unit_services)
    wizard.show()
    try:
        wizard.ensure_pages()
        for page_id in (PageId.SITUATION, PageId.CREDENTIAL, PageId.SERVER):
            wizard.setStartId(int(page_id))
            wizard.restart()
            page = wizard.currentPage()
            qtbot.waitUntil(lambda p=page: not p.busy, timeout=15_000)
        next_text = wizard.button(QWizard.WizardButton.NextButton).text()
        if language == "ja":
            assert "次へ" in next_text  # Qt's own qtbase_ja is loaded too
            assert wizard.pages[PageId.SITUATION].title() == "どのような状況ですか?"
    finally:
        wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
        wizard.close()
        wizard.deleteLater()


def test_language_switch_is_saved_and_offered_on_the_first_page(
    qtbot: QtBot, unit_wizard: AssistantWizard
) -> None:
    combo = unit_wizard.steps.language
    with qtbot.waitSignal(unit_wizard.language_chosen) as signal:
        combo.setCurrentIndex(combo.findData("ja"))
    assert signal.args == ["ja"]
    assert unit_wizard.services.settings.value("ui/language") == "ja"


def test_digicert_docs_link_follows_the_language(
    unit_wizard: AssistantWizard, language: str
) -> None:
    from certbot_assistant.ui.pages.situation import troubleshooting_url

    url = troubleshooting_url()
    assert url.startswith(f"https://docs.digicert.com/{language}/")
    assert url.endswith("troubleshooting-scenarios-for-third-party-acme-clients.html")


def test_done_page_turns_an_unreadable_certificate_into_a_finding(
    qtbot: QtBot, unit_wizard: AssistantWizard, tmp_path: Path
) -> None:
    from certbot_assistant.core.run.certbot_run import RunResult

    unit_wizard.ensure_pages()
    state = unit_wizard.state
    state.scenario = Scenario.NEW
    missing = tmp_path / "live" / "example.test" / "fullchain.pem"
    state.run_result = RunResult(0, False, False, [], "", "", ["certbot"], missing)
    page = unit_wizard.page_for(PageId.DONE)
    page.initializePage()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert [f.id for f in page.findings] == ["certificate-unreadable"]
    assert page.findings[0].evidence["file"] == str(missing)
    assert str(missing) in page.summary.text()


def test_a_failed_backup_is_explained_in_the_users_language(
    qtbot: QtBot, unit_wizard: AssistantWizard, tmp_path: Path, language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.helpers.synthetic import add_account

    folder = tmp_path / "Certbot"
    add_account(folder, "https://acme.example/directory", "old")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup's folder should be")
    unit_wizard.ensure_pages()
    unit_wizard.state.config_dir = folder
    page = unit_wizard.page_for(PageId.CONFIG_DIR)
    page.ask_archive_path = lambda _folder: blocker / "Certbot.zip"  # type: ignore[method-assign]
    page.confirm = lambda _text: True  # type: ignore[method-assign]
    page.backup_and_remove()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    message = page.findings_view.findChild(QLabel, "findingsMessage")
    assert message is not None and folder.is_dir()
    expected = {
        "en": "Nothing was removed: The backup {} could not be written",
        "ja": "何も削除されていません: バックアップ {} を書き込めませんでした",
    }[language].format(blocker / "Certbot.zip")
    assert message.text().startswith(expected), message.text()


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_no_two_mnemonics_clash_on_any_page(unit_wizard: AssistantWizard, language: str) -> None:
    """Alt+letter must reach one widget: with two, Qt only moves the focus between them (an
    admin pressing Alt+R for "revoked" landed on Copy report). The wizard's own buttons count."""
    from PySide6.QtWidgets import QLabel

    unit_wizard.ensure_pages()
    clashes = {}
    for page_id, page in unit_wizard.pages.items():
        texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
        texts += [
            label.text()
            for label in page.findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(page)
        ]
        buttons = [QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CancelButton]
        buttons.append(
            QWizard.WizardButton.FinishButton
            if page_id is PageId.DONE
            else QWizard.WizardButton.NextButton
        )
        if page_id is not PageId.SITUATION:
            buttons.append(QWizard.WizardButton.BackButton)
        texts += [page.buttonText(b) for b in buttons]
        letters = [m for m in map(_mnemonic, texts) if m]
        repeated = {m for m in letters if letters.count(m) > 1}
        if repeated:
            clashes[page_id.name] = [t for t in texts if _mnemonic(t) in repeated]
    assert clashes == {}


def test_credential_page_names_an_acme_host_of_another_region(unit_wizard: AssistantWizard) -> None:
    unit_wizard.ensure_pages()
    page = unit_wizard.page_for(PageId.CREDENTIAL)
    page.region_combo.setCurrentIndex(page.region_combo.findData("us"))
    page.url_edit.setText("https://one.digicert.co.jp/mpki/api/v1/acme/v2/directory")
    assert [f.id for f in page.findings] == ["acme-region-mismatch"]
    assert page.findings_view.isVisibleTo(page)
    page.url_edit.setText("https://one.digicert.com/mpki/api/v1/acme/v2/directory")
    assert page.findings == [] and not page.findings_view.isVisibleTo(page)

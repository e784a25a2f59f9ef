"""The organization's preset settings as a user meets them on the pages: filled in, said to be
set by the organization, locked ones not editable, a saved credential against them refused."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.policy import policy_from
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.wizard_driver import open_wizard

URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
OTHER = "https://one.digicert.co.jp/mpki/api/v1/acme/v2/directory"


def _wizard(qtbot: QtBot, services: Services, **values: object) -> Iterator[AssistantWizard]:
    organized = dataclasses.replace(services, policy=lambda: policy_from(values, "test"))
    yield from open_wizard(organized)


@pytest.fixture
def locked_wizard(qtbot: QtBot, unit_services: Services) -> Iterator[AssistantWizard]:
    yield from _wizard(
        qtbot, unit_services, AcmeDirectoryUrl=URL, CertCentralRegion="eu", Language="en",
        Locked="AcmeDirectoryUrl CertCentralRegion Language",
    )  # fmt: skip


def _credential_page(wizard: AssistantWizard, qtbot: QtBot):  # type: ignore[no-untyped-def]
    wizard.ensure_pages()
    page = wizard.page_for(PageId.CREDENTIAL)
    page.initializePage()
    qtbot.waitUntil(lambda: page._loaded, timeout=5000)
    return page


def test_new_credential_takes_the_locked_values(
    locked_wizard: AssistantWizard, qtbot: QtBot
) -> None:
    page = _credential_page(locked_wizard, qtbot)
    assert page.url_edit.text() == URL and page.url_edit.isReadOnly()
    assert page.region_combo.currentData() == "eu" and not page.region_combo.isEnabled()
    note = page.findChild(type(page.backend_label), "policyNote")
    assert note.isVisibleTo(page)
    assert "Set by your organization" in note.text() and "Locked" in note.text()
    assert not locked_wizard.steps.language.isEnabled()


def test_a_saved_credential_with_another_url_is_refused(
    locked_wizard: AssistantWizard, qtbot: QtBot
) -> None:
    locked_wizard.services.profiles.add(Profile(name="old", server=OTHER, eab_kid="kid-1"))
    page = _credential_page(locked_wizard, qtbot)
    page.select_profile("old")
    qtbot.waitUntil(lambda: page.errors["acmeUrl"].isVisibleTo(page), timeout=5000)
    assert "Your organization requires the ACME directory URL" in page.errors["acmeUrl"].text()
    assert URL in page.errors["acmeUrl"].text()
    assert not page.ready()
    # Even an old profile of another region is shown in the organization's locked region.
    assert page.region_combo.currentData() == "eu"


def test_a_default_is_offered_and_may_be_changed(qtbot: QtBot, unit_services: Services) -> None:
    for wizard in _wizard(qtbot, unit_services, AcmeDirectoryUrl=URL, CertCentralRegion="eu"):
        page = _credential_page(wizard, qtbot)
        assert page.url_edit.text() == URL and not page.url_edit.isReadOnly()
        assert page.region_combo.isEnabled()
        page.url_edit.setText(OTHER)
        assert page.errors["acmeUrl"].isHidden()
        assert wizard.steps.language.isEnabled()


def test_no_policy_no_note(unit_wizard: AssistantWizard, qtbot: QtBot) -> None:
    page = _credential_page(unit_wizard, qtbot)
    assert page.url_edit.text() == "" and not page.url_edit.isReadOnly()
    assert page.findChild(type(page.backend_label), "policyNote").isHidden()


def test_new_config_dirs_go_in_the_organizations_folder(
    qtbot: QtBot, unit_services: Services, tmp_path: Path
) -> None:
    from certbot_assistant.core.assistant import Assistant

    root = tmp_path / "org-certbot"
    organized = dataclasses.replace(
        unit_services,
        policy=lambda: policy_from({"ConfigRoot": str(root), "Locked": "ConfigRoot"}, "t"),
    )
    assistant = Assistant(organized)
    assert assistant.new_config_dir("Web servers OV") == root / "Web-servers-OV"
    assert assistant.config_root_refuses(tmp_path / "elsewhere" / "new") == root
    assert assistant.config_root_refuses(root / "new") is None
    assert assistant.config_root_refuses(tmp_path) is None  # an existing folder: looked at


def test_the_language_the_organization_locked_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, user_dirs: Path
) -> None:
    from certbot_assistant.app import start_application
    from certbot_assistant.i18n import current_language, install_translators

    monkeypatch.delenv("CERTBOT_ASSISTANT_LANG", raising=False)
    (user_dirs / "policy.json").write_text(
        json.dumps({"Language": "ja", "Locked": "Language"}), encoding="utf-8"
    )
    try:
        start_application([])
        assert current_language() == "ja"
    finally:
        install_translators(qapp, "en")

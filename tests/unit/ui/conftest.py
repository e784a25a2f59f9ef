"""Wizard unit tests use throw-away services: memory keyring, temp profiles and settings, no
real certbot search (an empty PATH) and no CertCentral."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment
from certbot_assistant.core.certcentral.machine_key import MachineKeyStore
from certbot_assistant.core.configdir.profiles import ProfileStore
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.i18n import install_translators
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.wizard_driver import open_wizard


@pytest.fixture
def unit_services(tmp_path: Path) -> Services:
    return Services(
        secrets=SecretStore(),
        profiles=ProfileStore(tmp_path / "profiles.json"),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        discovery=lambda paths: DiscoveryEnvironment(windows=False, user_paths=list(paths)),
        default_config_dir=lambda: tmp_path / "Certbot",
        certcentral_url=lambda region: "http://127.0.0.1:9/services/v2",
        windows=False,
        # Nothing of the machine the tests run on: its services, its keys, the ACME servers.
        service_host=lambda: None,
        machine_keys=lambda: MachineKeyStore(tmp_path / "machine", windows=False, protect=False),
        ari_reader=lambda: None,
    )


@pytest.fixture
def unit_wizard(qtbot: QtBot, unit_services: Services) -> Iterator[AssistantWizard]:
    yield from open_wizard(unit_services)


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test that takes it runs in English and in Japanese."""
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")

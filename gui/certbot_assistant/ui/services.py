"""What the wizard needs from the outside world, in one place so tests can supply their own
(a Secret Service on a private bus, a fake CertCentral, a temporary default config dir)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from certbot_assistant import APP_ID
from certbot_assistant.core.certbot_paths import default_config_dir
from certbot_assistant.core.secrets import SecretStore

if TYPE_CHECKING:
    from certbot_assistant.core.certbot_discovery import DiscoveryEnvironment
    from certbot_assistant.core.profiles import ProfileStore
    from certbot_assistant.core.renewal_schedule import Scheduler


def _system_discovery(paths: Sequence[Path]) -> DiscoveryEnvironment:
    from certbot_assistant.core.certbot_discovery import DiscoveryEnvironment

    return DiscoveryEnvironment.from_system(paths)


def _certcentral_url(region: str) -> str:
    from certbot_assistant.core.certcentral_client import base_url

    return base_url(region)


def _scheduler() -> Scheduler:
    from certbot_assistant.core.renewal_schedule import Scheduler

    return Scheduler()


def _profile_store() -> ProfileStore:
    from certbot_assistant.core.profiles import ProfileStore

    return ProfileStore()


def settings_store() -> QSettings:
    """The app's non-secret choices (window, language, last profile, recent folders)."""
    return _settings()


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


@dataclass
class Services:
    secrets: SecretStore = field(default_factory=SecretStore)
    profiles: ProfileStore = field(default_factory=_profile_store)
    settings: QSettings = field(default_factory=_settings)
    discovery: Callable[[Sequence[Path]], DiscoveryEnvironment] = _system_discovery
    default_config_dir: Callable[[], Path] = default_config_dir
    certcentral_url: Callable[[str], str] = _certcentral_url
    windows: bool = os.name == "nt"
    demo: bool = False
    scheduler_factory: Callable[[], Scheduler] = _scheduler

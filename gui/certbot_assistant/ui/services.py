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
    from certbot_assistant.core.certbot_run import CertbotRun, LineCallback, RunRequest
    from certbot_assistant.core.profiles import ProfileStore
    from certbot_assistant.core.renewal_schedule import Scheduler
    from certbot_assistant.demo.session import DemoSession


def _system_discovery(paths: Sequence[Path]) -> DiscoveryEnvironment:
    from certbot_assistant.core.certbot_discovery import DiscoveryEnvironment

    return DiscoveryEnvironment.from_system(paths)


def _certcentral_url(region: str) -> str:
    from certbot_assistant.core.certcentral_client import base_url

    return base_url(region)


def _scheduler() -> Scheduler:
    from certbot_assistant.core.renewal_schedule import Scheduler

    return Scheduler()


def _certbot_run(request: RunRequest, on_line: LineCallback | None = None) -> CertbotRun:
    from certbot_assistant.core.certbot_run import CertbotRun

    return CertbotRun(request, on_line)


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
    run_factory: Callable[[RunRequest, LineCallback | None], CertbotRun] = _certbot_run
    sandbox: Path | None = None
    """In demo mode, the only folder the assistant may change (backups, removals, runs)."""


def demo_services(session: DemoSession) -> Services:
    """Services for demo mode: everything the wizard may change points into the session's
    folder (settings, the default config dir, runs, the scheduler); see demo/session.py."""
    return Services(
        settings=QSettings(str(session.folder / "settings.ini"), QSettings.Format.IniFormat),
        default_config_dir=lambda: session.config_dir,
        demo=True,
        scheduler_factory=session.scheduler,
        run_factory=session.run,
        sandbox=session.folder,
    )

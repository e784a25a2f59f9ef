"""The wizard's services: the core's (keyring, profiles, CertCentral, scheduler, runs; real or
demo, see core/services.py) plus where the wizard keeps its own non-secret choices."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self

from PySide6.QtCore import QSettings

from certbot_assistant import APP_ID
from certbot_assistant.core import services as core

if TYPE_CHECKING:
    pass


def settings_store() -> QSettings:
    """The app's non-secret choices (window, language, last profile, recent folders)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


@dataclass
class Services(core.Services):
    settings: QSettings = field(default_factory=settings_store)

    @classmethod
    def demo(cls, session: core.DemoPieces, **extra: Any) -> Self:
        """Demo mode keeps even the wizard's settings in the session's folder."""
        settings = QSettings(str(session.folder / "settings.ini"), QSettings.Format.IniFormat)
        return super().demo(session, settings=settings, **extra)

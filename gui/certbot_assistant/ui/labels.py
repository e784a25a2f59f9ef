"""Words for core values that several widgets show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from certbot_assistant.core.certbot.discovery import InstallKind


def install_kind_text(kind: InstallKind) -> str:
    texts = {
        InstallKind.INCLUDED: QCoreApplication.translate(
            "MainWindow", "included with the assistant"
        ),
        InstallKind.WINDOWS_INSTALLER: QCoreApplication.translate(
            "MainWindow", "EFF Windows installer"
        ),
        InstallKind.PIP: QCoreApplication.translate("MainWindow", "pip"),
        InstallKind.VENV: QCoreApplication.translate("MainWindow", "Python virtual environment"),
        InstallKind.SNAP: QCoreApplication.translate("MainWindow", "snap"),
        InstallKind.DISTRO: QCoreApplication.translate("MainWindow", "Linux distribution package"),
        InstallKind.DEMO: QCoreApplication.translate(
            "MainWindow", "demo mode: its runs are played back"
        ),
        InstallKind.UNKNOWN: QCoreApplication.translate("MainWindow", "unknown"),
    }
    return texts[kind]

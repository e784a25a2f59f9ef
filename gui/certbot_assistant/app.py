"""The GUI entry point: application object, translations, logging, single instance, wizard."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from certbot_assistant import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent / "resources" / "certbot-assistant.svg"


def main(argv: Sequence[str] | None = None, demo: str | None = None) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from certbot_assistant.core.app_logging import setup_logging
    from certbot_assistant.core.private_temp import sweep_stale_inis
    from certbot_assistant.i18n import choose_language, install_translators
    from certbot_assistant.ui.services import Services
    from certbot_assistant.ui.single_instance import SingleInstance, ask_running_instance
    from certbot_assistant.ui.wizard import AssistantWizard

    log_file = setup_logging()
    sweep_stale_inis()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    if sys.platform != "win32":
        app.setStyle("Fusion")  # native on Windows, Fusion elsewhere (ux.md)
    settings = Services().settings
    saved = settings.value("ui/language")
    install_translators(app, choose_language(saved=str(saved) if saved else None))
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    if demo is None and ask_running_instance():
        log.info("another instance is running; asked it to come to the front")
        return 0
    session = None
    if demo is not None:
        from certbot_assistant.demo.session import start_demo

        session = start_demo([s for s in demo.split(",") if s])
    log.info("starting %s %s, log at %s", APP_NAME, __version__, log_file)
    current: list[AssistantWizard] = []

    def open_wizard() -> None:
        wizard = AssistantWizard(Services(demo=session is not None))
        wizard.language_chosen.connect(switch_language)
        current[:] = [wizard]
        wizard.show()

    def switch_language(code: str) -> None:
        old = current[0]
        install_translators(app, code)
        open_wizard()
        current[0].move(old.pos())
        old.confirm_leave = lambda: True  # type: ignore[method-assign]
        old.close()
        old.deleteLater()

    def bring_to_front() -> None:
        wizard = current[0]
        wizard.setWindowState(wizard.windowState() & ~Qt.WindowState.WindowMinimized)
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    instance = SingleInstance(bring_to_front, parent=app) if session is None else None
    open_wizard()
    try:
        return app.exec()
    finally:
        del instance
        if session is not None:
            session.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The GUI entry point: application object, translations, logging, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from certbot_assistant import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent / "resources" / "certbot-assistant.svg"


def main(argv: Sequence[str] | None = None, demo: str | None = None) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from certbot_assistant.core.app_logging import setup_logging
    from certbot_assistant.core.private_temp import sweep_stale_inis
    from certbot_assistant.i18n import install_translators
    from certbot_assistant.ui.main_window import MainWindow

    log_file = setup_logging()
    sweep_stale_inis()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app)
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    log.info("starting %s %s, log at %s", APP_NAME, __version__, log_file)
    window = MainWindow()
    window.show()
    window.rescan()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

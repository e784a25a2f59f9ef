"""The GUI entry point: application object, translations, single instance, the wizard.

The window comes first: logging to the file, the sweep of stale EAB files and the
single-instance listener are set up right after it is on screen (records logged before that are
buffered, not lost), and the wizard loads its later pages a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from certbot_assistant import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent / "resources" / "certbot-assistant.svg"


def main(argv: Sequence[str] | None = None, demo: str | None = None) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from certbot_assistant.core.app_logging import buffer_early_logs
    from certbot_assistant.i18n import choose_language, install_translators
    from certbot_assistant.ui.services import Services, settings_store
    from certbot_assistant.ui.single_instance import (
        SingleInstance,
        ask_running_instance,
        claim_instance,
    )
    from certbot_assistant.ui.wizard import AssistantWizard

    buffer_early_logs()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    if sys.platform != "win32":
        app.setStyle("Fusion")  # native on Windows, Fusion elsewhere (ux.md)
    saved = settings_store().value("ui/language")
    install_translators(app, choose_language(saved=str(saved) if saved else None))
    instance_lock = claim_instance() if demo is None else None
    if demo is None and instance_lock is None:
        told = ask_running_instance()
        log.info(
            "another instance is running; %s",
            "brought it to the front" if told else "it did not answer",
        )
        return 0
    session = None
    if demo is not None:
        from certbot_assistant.demo.session import start_demo

        session = start_demo([s for s in demo.split(",") if s])
    current: list[AssistantWizard] = []
    listeners: list[SingleInstance] = []

    def open_wizard() -> None:
        wizard = AssistantWizard(Services.demo(session) if session else Services.real())
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

    def after_start() -> None:
        from certbot_assistant.core.app_logging import setup_logging
        from certbot_assistant.core.private_temp import sweep_stale_inis

        log_file = setup_logging()
        log.info("started %s %s, log at %s", APP_NAME, __version__, log_file)
        # The SVG icon loads Qt's SVG support; on Windows the exe's own icon shows until then.
        app.setWindowIcon(QIcon(str(ICON_PATH)))
        sweep_stale_inis()
        if session is None:
            listeners.append(SingleInstance(bring_to_front, parent=app))

    open_wizard()
    QTimer.singleShot(200, after_start)  # after the first paint, which it must not delay
    if os.environ.get("CERTBOT_ASSISTANT_STARTUP_PROBE"):
        # For scripts/bench_bundle.py: report that the first window is up, then leave.
        def shown() -> None:
            print("window-shown", flush=True)
            current[0].confirm_leave = lambda: True  # type: ignore[method-assign]
            app.quit()

        QTimer.singleShot(0, shown)
    try:
        return app.exec()
    finally:
        from certbot_assistant.ui.tasks import Task

        # Running work (a certbot run, a renewal test, a backup) is asked to stop and waited
        # for: certbot must not outlive the window, and the EAB file must go.
        if not Task.stop_all():
            log.warning("background work still running at exit")
        for listener in listeners:
            listener.release()
        if instance_lock is not None:
            instance_lock.unlock()
        if session is not None:
            session.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

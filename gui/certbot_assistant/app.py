"""The GUI entry point: application object, translations, single instance, the wizard.

The window comes first: logging to the file, the sweep of stale EAB files and the
single-instance listener are set up right after it is on screen (records logged before that are
buffered, not lost), and the wizard loads its later pages a moment later.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWizard

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent / "resources" / "certbot-assistant.svg"


def start_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The application object as every start makes it: names, style, translations."""
    from PySide6.QtWidgets import QApplication

    from certbot_assistant.core.app_logging import buffer_early_logs
    from certbot_assistant.i18n import choose_language, install_translators
    from certbot_assistant.ui.services import settings_store

    buffer_early_logs()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    if sys.platform != "win32":
        app.setStyle("Fusion")  # native on Windows, Fusion elsewhere (ux.md)
    if language is None:
        from certbot_assistant.core.policy import Setting, read_machine_policy

        policy = read_machine_policy()
        saved = settings_store().value("ui/language")
        language = choose_language(
            saved=str(saved) if saved else None,
            preset=policy.value(Setting.LANGUAGE),
            locked=policy.is_locked(Setting.LANGUAGE),
        )
    install_translators(app, language)
    return app


def after_first_paint(app: QApplication) -> None:
    """What waits until the window is up: the log file, the icon, stale EAB files."""
    from PySide6.QtGui import QIcon

    from certbot_assistant.core.app_logging import setup_logging
    from certbot_assistant.core.system.private_temp import sweep_stale_inis

    log_file = setup_logging()
    log.info("started %s %s, log at %s", APP_NAME, __version__, log_file)
    # The SVG icon loads Qt's SVG support; on Windows the exe's own icon shows until then.
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    sweep_stale_inis()


def main(argv: Sequence[str] | None = None, demo: str | None = None) -> int:
    from PySide6.QtCore import Qt, QTimer

    from certbot_assistant.i18n import install_translators
    from certbot_assistant.ui.services import Services
    from certbot_assistant.ui.single_instance import (
        SingleInstance,
        ask_running_instance,
        claim_instance,
    )
    from certbot_assistant.ui.wizard import AssistantWizard

    app = start_application(list(argv or []))
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
        after_first_paint(app)
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


def walk_main(script_path: Path) -> int:
    """``--walk``: the wizard in demo mode, driven by a walk script (``ui/walk.py``)."""
    from PySide6.QtCore import QTimer

    from certbot_assistant.demo.session import DEFAULT_SCENARIOS, start_demo
    from certbot_assistant.ui.services import Services
    from certbot_assistant.ui.walk import Walker, read_script
    from certbot_assistant.ui.wizard import AssistantWizard

    try:
        script = read_script(script_path)
    except (OSError, ValueError) as exc:
        print(f"certbot-assistant --walk: {exc}", file=sys.stderr)
        return 2
    # A walk may name Qt's platform: the Windows stage walks on a virtual display with Qt's
    # native Windows platform, where the test prefix otherwise runs Qt offscreen.
    platform = script.get("qt_platform")
    app = start_application(["-platform", str(platform)] if platform else [],
                            language=script.get("language"))  # fmt: skip
    after_first_paint(app)

    def open_wizard(scenarios: str) -> tuple[QWizard, Path, Callable[[], None]]:
        session = start_demo([s for s in scenarios.split(",") if s] or DEFAULT_SCENARIOS)
        wizard = AssistantWizard(Services.demo(session))
        wizard.show()
        return wizard, session.folder, session.stop

    walker = Walker(app, script, open_wizard, app.exit)
    QTimer.singleShot(0, walker.start)
    try:
        return app.exec()
    finally:
        from certbot_assistant.ui.tasks import Task

        Task.stop_all()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The budget's yardstick: a bare PySide6 QWizard, frozen with the app's own rules.

With CERTBOT_ASSISTANT_STARTUP_PROBE set it prints "window-shown" once its window is on screen
and exits, exactly like the app does, so both start-to-window times compare.
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Bare wizard")
    QVBoxLayout(page).addWidget(QLabel("Hello"))
    wizard.addPage(page)
    wizard.show()
    if os.environ.get("CERTBOT_ASSISTANT_STARTUP_PROBE"):

        def shown() -> None:
            print("window-shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

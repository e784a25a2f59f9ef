"""The first window: the certbot installs on this machine and the findings for a config dir.

The wizard (a later step) replaces it as the main face; until then this is what ``scripts/run``
opens. The scan runs on the thread pool so the window stays responsive while ``certbot
--version`` probes take their time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from certbot_assistant import APP_NAME
from certbot_assistant.core.certbot_discovery import CertbotInstall, InstallKind
from certbot_assistant.core.certbot_paths import default_config_dir
from certbot_assistant.core.diagnose import DiagnoseRequest, Diagnosis, diagnose
from certbot_assistant.core.translation import fill
from certbot_assistant.ui.findings_view import FindingsView
from certbot_assistant.ui.tasks import Task

log = logging.getLogger(__name__)


def install_kind_text(kind: InstallKind) -> str:
    texts = {
        InstallKind.WINDOWS_INSTALLER: QCoreApplication.translate(
            "MainWindow", "EFF Windows installer"
        ),
        InstallKind.PIP: QCoreApplication.translate("MainWindow", "pip"),
        InstallKind.VENV: QCoreApplication.translate("MainWindow", "Python virtual environment"),
        InstallKind.SNAP: QCoreApplication.translate("MainWindow", "snap"),
        InstallKind.DISTRO: QCoreApplication.translate("MainWindow", "Linux distribution package"),
        InstallKind.UNKNOWN: QCoreApplication.translate("MainWindow", "unknown"),
    }
    return texts[kind]


class MainWindow(QMainWindow):
    def __init__(self, config_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(960, 680)
        self._task: Task | None = None
        self.diagnosis: Diagnosis | None = None

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)

        intro = QLabel(
            self.tr(
                "The Certbot programs found on this computer, and what the assistant sees "
                "in the config directory Certbot keeps its accounts and certificates in."
            ),
            central,
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        dir_row = QHBoxLayout()
        dir_label = QLabel(self.tr("&Config directory:"), central)
        dir_label.setObjectName("configDirLabel")
        self.config_dir_edit = QLineEdit(str(config_dir or default_config_dir()), central)
        self.config_dir_edit.setObjectName("configDirEdit")
        self.config_dir_edit.setAccessibleName(self.tr("Config directory"))
        self.config_dir_edit.returnPressed.connect(self.rescan)
        dir_label.setBuddy(self.config_dir_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), central)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAccessibleName(self.tr("Browse for a config directory"))
        self.browse_button.clicked.connect(self.browse)
        self.rescan_button = QPushButton(self.tr("&Scan again"), central)
        self.rescan_button.setObjectName("rescanButton")
        self.rescan_button.setAccessibleName(self.tr("Scan again"))
        self.rescan_button.clicked.connect(self.rescan)
        dir_row.addWidget(dir_label)
        dir_row.addWidget(self.config_dir_edit, 1)
        dir_row.addWidget(self.browse_button)
        dir_row.addWidget(self.rescan_button)
        layout.addLayout(dir_row)

        installs_box = QGroupBox(self.tr("Certbot installations"), central)
        installs_box.setObjectName("installsBox")
        installs_layout = QVBoxLayout(installs_box)
        self.installs_tree = QTreeWidget(installs_box)
        self.installs_tree.setObjectName("installsTree")
        self.installs_tree.setAccessibleName(self.tr("Certbot installations"))
        self.installs_tree.setHeaderLabels(
            [self.tr("Program"), self.tr("Version"), self.tr("Installed by"), self.tr("Problems")]
        )
        self.installs_tree.setRootIsDecorated(False)
        header = self.installs_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        installs_layout.addWidget(self.installs_tree)
        layout.addWidget(installs_box, 1)

        findings_box = QGroupBox(self.tr("Findings"), central)
        findings_box.setObjectName("findingsBox")
        findings_layout = QVBoxLayout(findings_box)
        self.findings_view = FindingsView(findings_box)
        findings_layout.addWidget(self.findings_view)
        layout.addWidget(findings_box, 3)

        self.setCentralWidget(central)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("scanProgress")
        self.progress.setAccessibleName(self.tr("Scan progress"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.rescan)

    @property
    def scanning(self) -> bool:
        return self._task is not None and not self._task.finished

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a certbot config directory"), self.config_dir_edit.text()
        )
        if chosen:
            self.config_dir_edit.setText(chosen)
            self.rescan()

    def rescan(self) -> None:
        """Start a scan; a scan already running is superseded (its result is dropped)."""
        if self._task is not None:
            self._task.cancel()
        text = self.config_dir_edit.text().strip()
        request = DiagnoseRequest(config_dir=Path(text) if text else default_config_dir())
        self.rescan_button.setEnabled(False)
        self.progress.show()
        self.statusBar().showMessage(
            fill(self.tr("Looking for Certbot and reading %1…"), [request.config_dir])
        )
        self.findings_view.set_message(self.tr("Scanning…"))
        self._task = Task(lambda: diagnose(request), self._show, self._failed, self)

    def _finish(self) -> None:
        self.rescan_button.setEnabled(True)
        self.progress.hide()

    def _show(self, diagnosis: Diagnosis) -> None:
        self._finish()
        self.diagnosis = diagnosis
        self.installs_tree.clear()
        for install in diagnosis.installs:
            self.installs_tree.addTopLevelItem(self._install_item(install))
        if not diagnosis.installs:
            item = QTreeWidgetItem([self.tr("No Certbot found"), "", "", ""])
            self.installs_tree.addTopLevelItem(item)
        self.findings_view.set_findings(diagnosis.findings)
        count = len(diagnosis.findings)
        self.statusBar().showMessage(self.tr("Scan finished: %n finding(s).", "", count))

    def _install_item(self, install: CertbotInstall) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                str(install.path),
                install.version or self.tr("unknown"),
                install_kind_text(install.kind),
                str(len(install.findings)) if install.findings else "",
            ]
        )
        item.setToolTip(0, str(install.path))
        item.setData(0, Qt.ItemDataRole.UserRole, str(install.path))
        return item

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.findings_view.set_message(
            self.tr("The scan stopped with an unexpected error. Details are in the log file.")
        )
        self.statusBar().showMessage(self.tr("Scan failed."))
        log.error("scan failed: %s", type(exc).__name__)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)

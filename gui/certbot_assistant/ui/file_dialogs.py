"""Choosing a file or folder: the system's own dialog on Windows (in the system's language),
Qt's elsewhere, made to read well in Japanese.

Qt's Japanese catalogue lacks two of its file dialog's labels ("Look in:", "Files of type:");
the app's own catalogue supplies them (``QT_GAPS``), and the dialog's side bar gets the width
its longer place names need instead of cutting them ("コンピ…").
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileDialog, QListView, QWidget

from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Qt's own strings its Japanese catalogue leaves in English; lupdate collects them here."""


def _dialog(parent: QWidget | None, title: str, start: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    dialog.setObjectName("fileDialog")
    if os.name != "nt":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        sidebar = dialog.findChild(QListView, "sidebar")
        if sidebar is not None:
            model, metrics = sidebar.model(), sidebar.fontMetrics()
            widest = max(
                (metrics.horizontalAdvance(str(model.index(row, 0).data() or ""))
                 for row in range(model.rowCount())),
                default=0,
            )  # fmt: skip
            room = sidebar.iconSize().width() + 4 * metrics.horizontalAdvance("M")
            sidebar.setMinimumWidth(widest + room)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return ""
    files = dialog.selectedFiles()
    return files[0] if files else ""


def choose_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    """An existing folder, or "" when the user cancelled."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)


def choose_file(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """An existing file to open, or ""."""
    return _file(parent, title, start, filters, save=False)


def choose_save_file(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """Where to write a new file, or ""."""
    return _file(parent, title, start, filters, save=True)


def _file(parent: QWidget | None, title: str, start: str, filters: str, *, save: bool) -> str:
    dialog = _dialog(parent, title, start)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilter(filters)
    return _chosen(dialog)

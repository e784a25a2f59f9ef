"""Small widget helpers the pages share, so every list and question looks and behaves alike."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QMessageBox, QTreeWidget, QWidget


def make_table(
    parent: QWidget, object_name: str, accessible: str, headers: Sequence[str]
) -> QTreeWidget:
    """A flat list whose first column stretches and the others fit their content."""
    tree = QTreeWidget(parent)
    tree.setObjectName(object_name)
    tree.setAccessibleName(accessible)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return tree


def without_mnemonic(text: str) -> str:
    """A button or radio label as text: its shortcut marker gone, whether "&Get" (English) or
    "取得する(&G)" (Japanese, where the letter is added in parentheses)."""
    text = re.sub(r"\s?\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A question whose safe answer (No) is the default, as every confirmation here is."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes

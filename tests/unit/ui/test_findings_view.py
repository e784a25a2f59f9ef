"""The findings panel: rows never squeezed (wrapped Japanese text included), names for a11y."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from certbot_assistant.core import findings as F
from certbot_assistant.ui.findings_view import FindingRow, FindingsView

LONG_SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory?action=renew&orderId=1"


def sample() -> list[F.Finding]:
    return [
        F.make(
            "account-kid-mismatch", server=LONG_SERVER, recorded_kid="OLD-KID", eab_kid="NEW-KID"
        ),
        F.make(
            "lineage-bound-to-other-server",
            lineage="www.example.co.jp",
            other_server=LONG_SERVER,
            server="https://x/d",
        ),
        F.make("approval-step-may-be-required", count=3),
        F.make("config-dir-missing", path="C:\\Certbot-prod"),
    ]


def test_rows_get_the_height_their_text_needs(qtbot: QtBot, language: str) -> None:
    view = FindingsView()
    qtbot.addWidget(view)
    view.resize(640, 300)
    view.show()
    view.set_findings(sample())

    def fitted() -> bool:
        labels = [lbl for row in view.findChildren(FindingRow) for lbl in row.findChildren(QLabel)]
        return bool(labels) and all(
            lbl.height() >= lbl.heightForWidth(lbl.width()) for lbl in labels if lbl.wordWrap()
        )

    qtbot.waitUntil(fitted, timeout=5000)
    assert view.verticalScrollBar().maximum() > 0  # more than fits: it scrolls, not squeezes


def test_texts_are_translated(qtbot: QtBot, language: str) -> None:
    view = FindingsView()
    qtbot.addWidget(view)
    view.set_findings(sample()[:1])
    (row,) = view.findChildren(FindingRow)
    title = row.findChild(QLabel, "findingTitle").text()
    if language == "ja":
        assert title == "Certbot は新しい KID を無視します"
    else:
        assert title == "Certbot would ignore the new KID"
    assert row.accessibleName().endswith(title)


def test_empty_and_message(qtbot: QtBot) -> None:
    view = FindingsView()
    qtbot.addWidget(view)
    assert view.findChild(QLabel, "findingsMessage").text() == "No problems found."
    view.set_message("Scanning…")
    qtbot.waitUntil(lambda: view.findChild(QLabel, "findingsMessage").text() == "Scanning…")

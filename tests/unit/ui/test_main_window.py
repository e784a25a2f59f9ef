from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot_discovery import CertbotInstall, InstallKind, Source
from certbot_assistant.core.config_dir import inspect_config_dir
from certbot_assistant.core.diagnose import DiagnoseRequest, Diagnosis
from certbot_assistant.ui import main_window as mw
from certbot_assistant.ui.findings_view import FindingRow


@pytest.fixture
def fake_diagnose(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    calls: list[DiagnoseRequest] = []

    def diagnose(request: DiagnoseRequest) -> Diagnosis:
        calls.append(request)
        install = CertbotInstall(
            path=Path("/opt/certbot/bin/certbot"),
            kind=InstallKind.VENV,
            sources=(Source.PATH,),
            version="5.8.0",
            version_error=None,
            windows=False,
        )
        report = inspect_config_dir(request.config_dir, scan_platform_logs=False)
        return Diagnosis(request, [install], report)

    monkeypatch.setattr(mw, "diagnose", diagnose)
    return calls


def test_scan_fills_installs_and_findings(qtbot: QtBot, tmp_path: Path, fake_diagnose) -> None:
    window = mw.MainWindow(config_dir=tmp_path / "missing")
    qtbot.addWidget(window)
    window.show()
    window.rescan()
    assert window.scanning
    qtbot.waitUntil(lambda: not window.scanning, timeout=10_000)
    assert window.installs_tree.topLevelItemCount() == 1
    item = window.installs_tree.topLevelItem(0)
    assert item.text(0) == "/opt/certbot/bin/certbot"
    assert item.text(1) == "5.8.0"
    rows = window.findings_view.findChildren(FindingRow)
    assert [r.finding.id for r in rows] == ["config-dir-missing"]
    assert window.rescan_button.isEnabled()
    assert fake_diagnose[0].config_dir == tmp_path / "missing"


def test_rescan_supersedes_running_scan(qtbot: QtBot, tmp_path: Path, fake_diagnose) -> None:
    window = mw.MainWindow(config_dir=tmp_path)
    qtbot.addWidget(window)
    window.rescan()
    window.config_dir_edit.setText(str(tmp_path / "other"))
    window.rescan()
    qtbot.waitUntil(lambda: not window.scanning, timeout=10_000)
    assert window.diagnosis is not None
    assert window.diagnosis.request.config_dir == tmp_path / "other"


def test_widgets_have_names(qtbot: QtBot, tmp_path: Path) -> None:
    window = mw.MainWindow(config_dir=tmp_path)
    qtbot.addWidget(window)
    for name in ("configDirEdit", "browseButton", "rescanButton", "installsTree", "findingsView"):
        widget = window.findChild(mw.QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_failed_scan_shows_a_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(request: DiagnoseRequest) -> Diagnosis:
        raise RuntimeError("internal detail")

    monkeypatch.setattr(mw, "diagnose", broken)
    window = mw.MainWindow(config_dir=tmp_path)
    qtbot.addWidget(window)
    window.rescan()
    qtbot.waitUntil(lambda: not window.scanning, timeout=10_000)
    labels = [w.text() for w in window.findings_view.findChildren(mw.QLabel)]
    assert any("unexpected error" in text for text in labels)
    assert not any("internal detail" in text for text in labels)

"""The walk driver (``--walk``): it walks a path like a user, and it fails loudly, naming the path,
the step and the page, on everything that would stop a user. The frozen apps are walked in
tests/packaging and the Windows stage; this proves the driver itself."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment
from certbot_assistant.demo.session import DemoSession, start_demo
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.walk import REPORT, Walker
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.programs import python_program
from tests.helpers.walks import walk_paths, walk_problems


@pytest.fixture
def certbot(tmp_path: Path) -> Path:
    return python_program(tmp_path / "bin" / "certbot", "print('certbot 5.8.0')\n")


def walk(
    qtbot: QtBot, tmp_path: Path, certbot: Path, paths: list[dict[str, Any]],
    tweak: Callable[[AssistantWizard], None] = lambda _w: None,
) -> tuple[int, dict[str, Any]]:  # fmt: skip
    """Run the walker in this process, on demo sessions whose discovery finds ``certbot``."""
    sessions: list[DemoSession] = []
    codes: list[int] = []

    def open_wizard(scenarios: str) -> tuple[QWizard, Path, Callable[[], None]]:
        session = start_demo([s for s in scenarios.split(",") if s] or ["healthy"])
        sessions.append(session)
        services = dataclasses.replace(
            Services.demo(session),
            discovery=lambda paths: DiscoveryEnvironment(
                windows=os.name == "nt", path_dirs=[certbot.parent], user_paths=list(paths)
            ),
        )
        wizard = AssistantWizard(services)
        tweak(wizard)
        wizard.show()
        return wizard, session.folder, session.stop

    out = tmp_path / "walk"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    walker = Walker(app, {"language": "en", "out": str(out), "paths": paths}, open_wizard,
                    codes.append)  # fmt: skip
    walker.start()
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    return codes[0], json.loads((out / REPORT).read_text(encoding="utf-8"))


def path_named(name: str) -> dict[str, Any]:
    return next(p for p in walk_paths() if p["name"] == name)


def test_the_kb3_path_is_walked_to_done_with_its_question_answered(
    qtbot: QtBot, tmp_path: Path, certbot: Path
) -> None:
    code, report = walk(qtbot, tmp_path, certbot, [path_named("kb3-timeout")])
    assert code == 0 and walk_problems(report, ["kb3-timeout"]) == [], report
    (path,) = report["paths"]
    assert path["pages"][-1] == "donePage"
    assert any(shot.endswith("certcentralPage-question.png") for shot in path["shots"])
    assert all((tmp_path / "walk" / shot).stat().st_size > 0 for shot in path["shots"])


def test_the_move_is_walked_from_the_plan_to_done(
    qtbot: QtBot, tmp_path: Path, certbot: Path
) -> None:
    code, report = walk(qtbot, tmp_path, certbot, [path_named("kb1-move")])
    assert code == 0 and walk_problems(report, ["kb1-move"]) == [], report
    (path,) = report["paths"]
    assert path["pages"][-1] == "donePage" and "runPage" not in path["pages"]
    assert any(shot.endswith("configDirPage-migrationDialog.png") for shot in path["shots"])


def test_a_missing_widget_fails_with_path_step_and_page(
    qtbot: QtBot, tmp_path: Path, certbot: Path
) -> None:
    steps = [{"choose": "scenario-new"}, {"next": "certbotPage"}, {"click": "noSuchButton"}]
    code, report = walk(qtbot, tmp_path, certbot, [{"name": "broken", "steps": steps}])
    assert code == 1
    assert report["failure"].startswith('path broken, step 3 {"click": "noSuchButton"}, on page '
                                        "certbotPage: no widget named 'noSuchButton'")  # fmt: skip
    assert (tmp_path / "walk").glob("*FAILED.png")


def test_a_page_that_stays_incomplete_fails_naming_its_findings(
    qtbot: QtBot, tmp_path: Path, certbot: Path
) -> None:
    """The KB 1 folder blocks Next until a new folder is made; a walk that skips the fix
    fails on that page, with the finding that blocks it."""
    steps = [
        {"choose": "scenario-kb1"}, {"next": "certbotPage"}, {"next": "credentialPage"},
        {"select": "profileCombo", "text": "Demo - IIS servers OV"},
        {"type": "domains", "text": "www.example.com"}, {"next": "configDirPage"},
        {"next": "certcentralPage", "timeout": 2},
    ]  # fmt: skip
    code, report = walk(qtbot, tmp_path, certbot, [{"name": "stuck", "steps": steps}])
    assert code == 1
    assert "waited 2 s for configDirPage to be complete" in report["failure"]
    assert "account-kid-mismatch" in report["failure"]


def test_an_unexpected_dialog_fails(qtbot: QtBot, tmp_path: Path, certbot: Path) -> None:
    def pops_up(wizard: AssistantWizard) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Oops", "Something popped up", parent=wizard)
        wizard.currentIdChanged.connect(lambda _id: box.show())

    steps = [{"choose": "scenario-new"}, {"next": "certbotPage"}, {"next": "credentialPage"}]
    code, report = walk(qtbot, tmp_path, certbot, [{"name": "popup", "steps": steps}], pops_up)
    assert code == 1
    assert "a dialog opened: QMessageBox 'Something popped up'" in report["failure"]


def test_an_error_logged_by_a_page_fails(
    qtbot: QtBot, tmp_path: Path, certbot: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Something unexpected went wrong" on a page is a traceback in the log: the walk fails."""
    from certbot_assistant.ui.pages import certbot_page

    def broken_scan(self: certbot_page.CertbotPage) -> None:
        self.show_error(RuntimeError("a bug"))

    monkeypatch.setattr(certbot_page.CertbotPage, "scan", broken_scan)
    steps = [{"choose": "scenario-new"}, {"next": "certbotPage"}, {"next": "credentialPage"}]
    code, report = walk(qtbot, tmp_path, certbot, [{"name": "bug", "steps": steps}])
    assert code == 1
    assert "logged error (certbot_assistant.ui.pages.base): CertbotPage: unexpected " \
           "RuntimeError" in report["failure"]  # fmt: skip


def test_a_walk_script_that_names_no_paths_is_a_usage_error(tmp_path: Path) -> None:
    from certbot_assistant.cli import main

    script = tmp_path / "walk.json"
    script.write_text('{"language": "en"}', encoding="utf-8")
    assert main(["--walk", str(script)]) == 2


@pytest.fixture(autouse=True)
def _no_leftover_windows(qtbot: QtBot) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QWizard | QMessageBox):
            widget.hide()
            widget.deleteLater()

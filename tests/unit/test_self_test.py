"""``--self-test`` fails when an installation would fail a user: each check, made to fail."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from pytestqt.qtbot import QtBot

from certbot_assistant import self_test
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.module_manifest import source_modules
from certbot_assistant.ui.state import PageId
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.programs import python_program


def test_every_module_of_the_source_tree_imports() -> None:
    result = self_test.check_modules()
    assert result.ok, result.detail
    assert result.detail == f"{len(source_modules())} of {len(source_modules())} imported"
    assert "certbot_assistant.ui.pages.done_page" in source_modules()
    assert "certbot_assistant.__main__" not in source_modules()  # it would run the app


def test_a_module_left_out_fails_and_is_named() -> None:
    result = self_test.check_modules(
        ["certbot_assistant.ui.wizard", "certbot_assistant.ui.pages.gone_page"]
    )
    assert not result.ok
    assert "certbot_assistant.ui.pages.gone_page (ModuleNotFoundError" in result.detail


def test_a_frozen_build_without_its_module_list_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(
        "certbot_assistant.module_manifest.PACKAGE_DIR", Path("/nonexistent/certbot_assistant")
    )
    result = self_test.check_modules()
    assert not result.ok and "no list of the package's modules" in result.detail


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_a_keyring_that_cannot_keep_secrets_fails(backend: type) -> None:
    keyring.set_keyring(backend())
    result = self_test.check_keyring(SecretStore())
    assert not result.ok
    assert "No usable keyring" in result.detail


def test_the_keyring_round_trip_leaves_nothing_behind(memory_keyring: MemoryKeyring) -> None:
    result = self_test.check_keyring(SecretStore())
    assert result.ok, result.detail
    assert memory_keyring.entries == {}


def test_a_keyring_that_loses_what_it_was_given_fails() -> None:
    class Forgetful(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            return None

    result = self_test.check_keyring(SecretStore(Forgetful()))
    assert not result.ok


def test_the_demo_keyring_is_never_chosen_for_a_real_session() -> None:
    """Importing every module (as the self-test does) must not make the demo's in-memory
    keyring the default of a machine without one."""
    from certbot_assistant.demo.memory_keyring import MemoryKeyring as DemoKeyring

    assert not DemoKeyring.viable


def test_translations_missing_fail(tmp_path: Path) -> None:
    result = self_test.check_translations(tmp_path)
    assert not result.ok
    assert f"app_ja not found in {tmp_path}" in result.detail


def test_translations_load_and_say_the_known_string_in_japanese() -> None:
    result = self_test.check_translations()
    assert result.ok, result.detail
    assert "Situation = 状況" in result.detail


def test_every_page_builds_in_both_languages(qtbot: QtBot) -> None:
    result = self_test.check_pages()
    assert result.ok, result.detail
    assert result.detail == f"{len(PageId)} in en, {len(PageId)} in ja"


def test_a_page_that_does_not_build_fails(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from certbot_assistant.ui.pages import later

    classes = later.later_page_classes()

    def without_done() -> dict:  # type: ignore[type-arg]
        return {k: v for k, v in classes.items() if k is not PageId.DONE}

    monkeypatch.setattr("certbot_assistant.ui.wizard.later_page_classes", without_done)
    result = self_test.check_pages(["en"])
    assert not result.ok and "missing ['DONE']" in result.detail


def test_a_qt_warning_while_building_fails(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import qWarning

    from certbot_assistant.ui.pages.review_page import ReviewPage

    built = ReviewPage.__init__

    def warns(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        built(self, *args, **kwargs)
        qWarning("QLayout: Attempting to add QLayout to ReviewPage, which already has a layout")

    monkeypatch.setattr(ReviewPage, "__init__", warns)
    result = self_test.check_pages(["en"])
    assert not result.ok and "Qt: QLayout: Attempting" in result.detail


def test_the_included_certbot_must_answer(tmp_path: Path) -> None:
    good = python_program(tmp_path / "good" / "certbot", "print('certbot 5.8.0')\n")
    assert self_test.check_certbot(good).ok
    broken = python_program(tmp_path / "bad" / "certbot", "import sys; sys.exit(3)\n")
    result = self_test.check_certbot(broken)
    assert not result.ok and "exit 3" in result.detail
    wrong = python_program(tmp_path / "odd" / "certbot", "print('hello')\n")
    assert not self_test.check_certbot(wrong).ok
    assert not self_test.check_certbot(tmp_path / "missing" / "certbot").ok


def test_a_frozen_build_without_its_certbot_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "certbot-assistant"))
    result = self_test.check_certbot()
    assert not result.ok and "is missing" in result.detail


def test_one_failed_check_fails_the_run_and_is_named(qtbot: QtBot) -> None:
    out = io.StringIO()
    code = self_test.run(
        out,
        [
            lambda: self_test.CheckResult("modules", True, "2 of 2 imported"),
            lambda: self_test.CheckResult("keyring", False, "no keyring"),
        ],
    )
    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines[-3:] == [
        "modules: ok - 2 of 2 imported",
        "keyring: FAILED - no keyring",
        "self-test: FAILED (keyring)",
    ]


def test_all_checks_pass_here(qtbot: QtBot) -> None:
    out = io.StringIO()
    assert self_test.run(out) == 0, out.getvalue()
    names = [line.split(":")[0] for line in out.getvalue().splitlines()[3:]]
    assert names == ["modules", "translations", "pages", "keyring", "certbot", "self-test"]

"""Every wizard page, in its main states, renders in English and Japanese without a Qt warning
(pytest-qt fails the test on any). Uses the screenshot script's own setup, so what the pictures
show for review is what is tested here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from certbot_assistant.demo.fake_certcentral import FakeCertCentral
from certbot_assistant.i18n import install_translators

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "screenshots.py"


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_all_pages_render(qapp: QApplication, tmp_path: Path, lang: str) -> None:
    shots_module = load_script()
    fake = FakeCertCentral().start()
    installed = install_translators(qapp, lang)
    try:
        shots = shots_module.Shots(tmp_path / "png", tmp_path / "root", fake)
        shots_module.all_shots(shots, lang)
    finally:
        fake.stop()
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        install_translators(qapp, "en")
    pictures = sorted(p.name for p in (tmp_path / "png" / lang).iterdir())
    assert len(pictures) == 13
    # A whole-sentence template per case: "KID %2" filled with "KID not recorded" doubled it.
    assert not any("KID KID" in t for texts in shots.texts.values() for t in texts)
    assert all((tmp_path / "png" / lang / name).stat().st_size > 10_000 for name in pictures)
    if lang == "ja":
        # Japanese runs sentences and clauses on without spaces: a space after 。 or 、 means
        # translated pieces were glued together the English way.
        glued = [
            (shot, t)
            for shot, texts in shots.texts.items()
            for t in texts
            if "。 " in t or "、 " in t
        ]
        assert glued == []

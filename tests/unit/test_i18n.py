"""Japanese and English catalogues: complete, consistent with the code, placeholders intact."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from certbot_assistant.core import findings as F
from certbot_assistant.i18n import QM_DIR, choose_language

REPO = Path(__file__).resolve().parents[2]
TS = {lang: REPO / "i18n" / f"app_{lang}.ts" for lang in ("en", "ja")}
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS[lang]).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_japanese_message_is_translated() -> None:
    problems = []
    for context, message in messages("ja"):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        text = "".join(translation.itertext()).strip()
        if kind in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"{context}: {message.findtext('source')}")
    assert problems == []


def test_no_message_lacks_a_context() -> None:
    for lang in TS:
        assert [m.findtext("source") for c, m in messages(lang) if not c] == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_placeholders_match(lang: str) -> None:
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form:
                continue  # an English entry may rely on the source text
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
            )


def test_ts_files_are_up_to_date_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "i18n.py"), "--check"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_every_finding_has_a_japanese_title_and_fix() -> None:
    translator = QTranslator()
    assert translator.load("app_ja", str(QM_DIR)), "run scripts/i18n.py --release"
    for spec in F.CATALOGUE:
        for text in (spec.title, spec.fix):
            translated = translator.translate("Findings", text)
            assert translated and translated != text, (spec.id, text)
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", translated), (spec.id, translated)


def test_language_choice() -> None:
    assert choose_language(["ja-JP", "en-US"]) in ("en", "ja")  # the env override may pin it
    import os

    saved = os.environ.pop("CERTBOT_ASSISTANT_LANG", None)
    try:
        assert choose_language(["ja-JP", "en-US"]) == "ja"
        assert choose_language(["en-US", "ja-JP"]) == "en"
        assert choose_language(["de-DE"]) == "en"
        assert choose_language([]) == "en"
    finally:
        if saved is not None:
            os.environ["CERTBOT_ASSISTANT_LANG"] = saved

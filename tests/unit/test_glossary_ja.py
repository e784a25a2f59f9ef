"""The Japanese catalogue speaks with one voice: each meaning has the one rendering the
glossary chose (shared/design/glossary-ja.md, "Decisions from a review"; the pairs are in
scripts/ja_glossary.py), and a shortcut key sits right after its label."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from ja_glossary import AVOID  # noqa: E402

MESSAGES = [
    (context.findtext("name") or "", message.findtext("source") or "", text or "")
    for context in ET.parse(REPO / "i18n" / "app_ja.ts").getroot().iter("context")
    for message in context.iter("message")
    for text in [
        message.findtext("translation"),
        *(n.text for n in message.iter("numerusform")),
    ]
]


@pytest.mark.parametrize(("avoid", "use", "exceptions"), AVOID, ids=[a for a, _u, _e in AVOID])
def test_one_rendering_per_meaning(avoid: str, use: str, exceptions: tuple[str, ...]) -> None:
    second = [
        f"{context}: {source!r} -> {text!r}"
        for context, source, text in MESSAGES
        if avoid in text and not any(e in source for e in exceptions)
    ]
    assert second == [], f"{avoid} where the glossary says {use}:\n" + "\n".join(second)


def test_a_shortcut_follows_its_label() -> None:
    """メールアドレス (省略可)(&E): — not メールアドレス(&L) (省略可): with the key mid-label."""
    misplaced = [
        f"{context}: {text!r}"
        for context, _source, text in MESSAGES
        if re.search(r"\(&[A-Za-z0-9]\)\s*[\(（]", text)
    ]
    assert misplaced == []


def test_the_wizard_step_review_is_not_the_word_for_check() -> None:
    (step,) = {t for c, s, t in MESSAGES if c == "AssistantWizard" and s == "Review"}
    assert step == "内容の確認"

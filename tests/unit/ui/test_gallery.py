"""docs/gallery shows every page of the wizard in both languages (scripts/gallery.py makes it
from the Windows stage's walk of the installed app)."""

from __future__ import annotations

import re
from pathlib import Path

from certbot_assistant.ui.wizard import AssistantWizard

GALLERY = Path(__file__).resolve().parents[3] / "docs" / "gallery"


def test_every_page_is_pictured_in_both_languages(unit_wizard: AssistantWizard) -> None:
    text = (GALLERY / "README.md").read_text(encoding="utf-8")
    linked = re.findall(r"\]\(((?:en|ja)/[^)]+\.png)\)", text)
    assert linked and all((GALLERY / link).is_file() for link in linked)
    pages = [page.objectName() for page in unit_wizard.pages.values()]
    assert len(pages) == 9
    for language in ("en", "ja"):
        names = " ".join(link for link in linked if link.startswith(f"{language}/"))
        assert [p for p in pages if f"-{p}" not in names] == [], language

"""Write translations from a Python table into i18n/app_<lang>.ts (a translator's helper).

    python scripts/i18n_apply.py ja TABLE.py

TABLE.py defines a dict named after the language in upper case, ``{(context, source): text}``.
Entries already translated in the .ts are overwritten by the table; a numerus entry takes a
tuple of forms (English: singular, plural) or one string (Japanese has one form). Messages the
table lacks are listed so nothing is missed silently.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    lang, table_path = sys.argv[1], Path(sys.argv[2])
    table: dict[tuple[str, str], str | tuple[str, ...]] = runpy.run_path(str(table_path))[
        lang.upper()
    ]
    ts_path = REPO / "i18n" / f"app_{lang}.ts"
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = table.get((name, source))
            if text is None:
                if translation.get("type") == "unfinished" and lang != "en":
                    missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for variant in text if isinstance(text, tuple) else (text,):
                    ET.SubElement(translation, "numerusform").text = variant
            else:
                translation.text = str(text)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    # lupdate writes the canonical layout; run it so the file matches what --check expects.
    sys.path.insert(0, str(REPO / "scripts"))
    import i18n

    i18n.update()
    for name, source in missing:
        print(f"untranslated: {name}: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

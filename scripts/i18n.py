"""The Qt Linguist workflow: extract strings into i18n/*.ts, compile them to .qm.

    python scripts/i18n.py --update    # after changing user-visible strings
    python scripts/i18n.py --release   # compile (scripts/run and scripts/test do this)

``.ts`` files carry no line numbers (``-locations none``) so diffs show only real changes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "gui" / "certbot_assistant"
TS_DIR = REPO / "i18n"
QM_DIR = SOURCES / "i18n"
LANGUAGES = ("en", "ja")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"app_{lang}.ts"
        subprocess.run(
            [tool("lupdate"), "-noobsolete", "-locations", "none", "-source-language", "en",
             "-target-language", lang, *sources(), "-ts", str(ts.relative_to(REPO))],
            cwd=REPO, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


def release() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"app_{lang}.ts"
        if ts.exists():
            subprocess.run(
                [tool("lrelease"), "-silent", str(ts), "-qm", str(QM_DIR / f"app_{lang}.qm")],
                check=True,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="extract strings into i18n/*.ts")
    parser.add_argument("--release", action="store_true", help="compile .ts into .qm")
    args = parser.parse_args()
    if not (args.update or args.release):
        parser.error("say --update, --release or both")
    if args.update:
        update()
    if args.release:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

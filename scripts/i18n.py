"""The Qt Linguist workflow: extract strings into i18n/*.ts, compile them to .qm.

    python scripts/i18n.py --update    # after changing user-visible strings
    python scripts/i18n.py --release   # compile (scripts/run and scripts/test do this)

``.ts`` files carry no line numbers (``-locations none``) so diffs show only real changes.
"""

from __future__ import annotations

import argparse
import os
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
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python: beside it
    (a POSIX venv's bin/, a Windows venv's Scripts\\), in Scripts\\ of a plain Windows Python,
    else on PATH. Windows names them ``.exe``."""
    program = f"pyside6-{name}{'.exe' if os.name == 'nt' else ''}"
    home = Path(sys.executable).parent
    here = next((p for p in (home / program, home / "Scripts" / program) if p.exists()), None)
    found = str(here) if here else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in SOURCES.rglob("*.py"))


def update(target: Path = TS_DIR) -> None:
    target.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = target / f"app_{lang}.ts"
        if target != TS_DIR and (TS_DIR / ts.name).exists():
            shutil.copy(TS_DIR / ts.name, ts)
        subprocess.run(
            [tool("lupdate"), "-noobsolete", "-locations", "none", "-source-language", "en",
             "-target-language", lang, *sources(), "-ts", str(ts)],
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


def check() -> list[str]:
    """The .ts files that ``--update`` would change (empty when they are up to date)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        update(Path(tmp))
        return [
            name
            for name in (f"app_{lang}.ts" for lang in LANGUAGES)
            if (Path(tmp) / name).read_bytes() != (TS_DIR / name).read_bytes()
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="extract strings into i18n/*.ts")
    parser.add_argument("--release", action="store_true", help="compile .ts into .qm")
    parser.add_argument("--check", action="store_true", help="fail if --update would change")
    args = parser.parse_args()
    if not (args.update or args.release or args.check):
        parser.error("say --update, --release or --check")
    if args.check:
        stale = check()
        for name in stale:
            print(f"i18n/{name} is out of date: run scripts/i18n.py --update", file=sys.stderr)
        return 1 if stale else 0
    if args.update:
        update()
    if args.release:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())

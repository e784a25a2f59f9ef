"""Make docs/gallery: every wizard page in English and Japanese, as the installed Windows app
draws it.

    .venv/bin/python scripts/gallery.py            # runs the Windows stage's frozen part first
    .venv/bin/python scripts/gallery.py --from build/windows/walk   # reuse its last pictures

The pictures come from the walk of the app the MSI installed under Wine (``scripts/
windows_stage.py --frozen-only``: build, MSI, install, ``certbot-assistant.exe --walk``), not
from the source tree; this script picks one picture per page and state and writes the page
that shows them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GALLERY = REPO / "docs" / "gallery"
WALKS = REPO / "build" / "windows" / "walk"
LANGUAGES = {"en": "English", "ja": "日本語"}

# (walk path, the picture's name after its number, what it shows)
PICTURES = [
    ("kb1-old-url", "situationPage", "Situation: what brings the user here"),
    ("kb1-old-url", "certbotPage", "Certbot: every install found, the included one chosen"),
    ("kb1-old-url", "credentialPage", "ACME credential: a saved profile, the names to certify"),
    ("kb1-old-url", "configDirPage-kid-mismatch",
     "Config directory: DigiCert's scenario 1, an account bound to another KID"),
    ("kb1-old-url", "configDirPage", "Config directory: a new folder for the new KID"),
    ("kb1-move", "configDirPage-migrationDialog",
     "Config directory: the plan to move every certificate to the new credential"),
    ("kb1-move", "donePage", "Done, after the move: what moved, and the new folder's renewal"),
    ("kb1-old-url", "certcentralPage", "CertCentral: the checks before certbot runs"),
    ("kb3-timeout", "certcentralPage-question",
     "CertCentral: approving a request that waits (scenario 3)"),
    ("kb2-detected", "certcentralPage", "CertCentral: a revoked ACME credential (scenario 2)"),
    ("kb1-old-url", "serverPage", "This server: the HTTP port, rights, name resolution"),
    ("kb1-old-url", "reviewPage", "Review: the certbot command, the key masked"),
    ("new", "runPage-running", "Run: certbot's output as it comes"),
    ("kb1-old-url", "donePage", "Done: scheduled renewal and the certificate installed"),
    ("check", "donePage", "Done, after “check an existing setup”: what was found"),
]  # fmt: skip


def find_picture(folder: Path, path: str, name: str) -> Path:
    matches = sorted(folder.glob(f"[0-9][0-9]-{path}-[0-9][0-9]-{name}.png"))
    if not matches:
        raise SystemExit(f"{folder}: no picture {name} in the walk of path {path}")
    return matches[-1]


def write_gallery(walks: Path) -> list[Path]:
    """Copy the chosen pictures to docs/gallery/<lang>/ and write docs/gallery/README.md
    (all of them found first: a walk that lacks one leaves the gallery as it was)."""
    sources = {
        (number, language): find_picture(walks / language, path, name)
        for number, (path, name, _caption) in enumerate(PICTURES, start=1)
        for language in LANGUAGES
    }
    if GALLERY.exists():
        shutil.rmtree(GALLERY)
    written = []
    rows = ["| | English | 日本語 |", "|---|---|---|"]
    for number, (path, name, caption) in enumerate(PICTURES, start=1):
        cells = []
        for language in LANGUAGES:
            source = sources[(number, language)]
            target = GALLERY / language / f"{number:02d}-{path}-{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
            relative = target.relative_to(GALLERY).as_posix()
            cells.append(f"[![{caption} ({language})]({relative})]({relative})")
        rows.append(f"| {caption} | {cells[0]} | {cells[1]} |")
    (GALLERY / "README.md").write_text(
        "# The wizard, page by page\n\n"
        "Every page in English and Japanese, as the app installed by the MSI draws it on\n"
        "Windows (under Wine, Qt's Windows style; Japanese in IPAGothic, as Wine has no Yu\n"
        "Gothic). Made by `scripts/gallery.py` from the walk the Windows stage of the test\n"
        "command runs (`certbot-assistant.exe --walk`, demo mode, `tests/walks/paths.json`).\n\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="walks", type=Path, help="pictures of an earlier walk")
    args = parser.parse_args()
    walks = args.walks
    if walks is None:
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "windows_stage.py"), "--frozen-only"],
            check=True,
        )
        walks = WALKS
    written = write_gallery(walks)
    print(f"{len(written)} pictures in {GALLERY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

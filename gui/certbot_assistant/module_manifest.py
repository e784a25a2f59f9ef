"""Which modules make up the package: walked from the source tree, or read from the list the
frozen build ships (a frozen app has no tree to walk).

The build writes the list (``installers/certbot-assistant.spec``), the bundle check compares the
archive with it, and ``--self-test`` imports every name on it, so a module the freezer left out
fails the build and, should one slip through, the installed app's self-test.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = "modules.txt"
"""The frozen build's list, one dotted name per line, in the package's data folder."""
NOT_IMPORTED = frozenset({"certbot_assistant.__main__"})
"""Modules that act when imported (``python -m``), not libraries to import."""


def source_modules(package: Path = PACKAGE_DIR) -> list[str]:
    """Every module of the package as a dotted name, from the ``.py`` files on disk (but for
    ``NOT_IMPORTED``: a frozen app has its own entry point)."""
    names = set()
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.add(".".join(parts))
    return sorted(names - NOT_IMPORTED)


def expected_modules() -> list[str]:
    """The package's modules: the shipped list when frozen, the source tree otherwise.

    Raises ``FileNotFoundError`` when a frozen build carries no list.
    """
    if getattr(sys, "frozen", False):
        text = (PACKAGE_DIR / MANIFEST).read_text(encoding="utf-8")
        return [line.strip() for line in text.splitlines() if line.strip()]
    return source_modules()

"""Walk scripts for ``certbot-assistant --walk``: the paths of ``tests/walks/paths.json`` in one
language, with where the pictures and the report go. Shared by the packaging test (the Linux
frozen app), the Windows stage (the app the MSI installed) and ``scripts/gallery.py``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PATHS = Path(__file__).resolve().parents[1] / "walks" / "paths.json"
# Paths that end before the Done page by design (a finding that blocks, shown for training).
ENDS_EARLY = {"kb2-detected", "organization-policy"}
"""(organization-policy: the Windows stage's look at the first pages under an MSI's preset
settings.)"""


def walk_paths() -> list[dict[str, Any]]:
    paths: list[dict[str, Any]] = json.loads(PATHS.read_text(encoding="utf-8"))["paths"]
    return paths


def write_walk_script(file: Path, language: str, out: str, **extra: Any) -> Path:
    """A script for one language; ``out`` is the folder as the walking program names it (a
    Windows program under Wine names a Linux folder through Z:)."""
    script = {"language": language, "out": out, "paths": walk_paths(), **extra}
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps(script, ensure_ascii=False, indent=1), encoding="utf-8")
    return file


def walk_problems(report: dict[str, Any], expected: list[str] | None = None) -> list[str]:
    """What a walk's report says went wrong: its failure, a path of ``expected`` (all of
    paths.json by default) not walked, and any path that did not reach the Done page (but
    those that end early by design)."""
    problems = [report["failure"]] if report.get("failure") else []
    names = [p["name"] for p in report.get("paths", [])]
    wanted = expected if expected is not None else [p["name"] for p in walk_paths()]
    missing = [name for name in wanted if name not in names]
    problems += [f"path {name} was not walked" for name in missing]
    for path in report.get("paths", []):
        if path["name"] not in ENDS_EARLY and (
            not path["pages"] or path["pages"][-1] != "donePage"
        ):
            problems.append(f"path {path['name']} ended on {path['pages'][-1:]}, not donePage")
    return problems

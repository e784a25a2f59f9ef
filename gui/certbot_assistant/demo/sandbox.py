"""The one rule of demo mode: it changes nothing outside its own temporary folder."""

from __future__ import annotations

from pathlib import Path


def inside(path: Path, sandbox: Path) -> bool:
    """True when ``path`` (links resolved) lies in ``sandbox``; an unresolvable path does not."""
    try:
        return path.resolve().is_relative_to(sandbox.resolve())
    except (OSError, RuntimeError):
        return False

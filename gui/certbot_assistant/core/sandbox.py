"""Demo mode's one write rule: the assistant changes nothing outside the demo's own folder.

The rule lives here and is applied by the operations (``core.assistant``), never by a face.
"""

from __future__ import annotations

from pathlib import Path


def within(path: Path, folder: Path) -> bool:
    """True when ``path`` (links resolved) lies in ``folder``; an unresolvable path does not."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False

"""End-to-end: the assistant's own run engine and CLI driving real certbot against real Pebble."""

from __future__ import annotations

from pathlib import Path


def files_containing(roots: list[Path], needle: bytes) -> list[Path]:
    """Every regular file under ``roots`` whose bytes contain ``needle`` (links not followed)."""
    hits: list[Path] = []
    for root in roots:
        if root.is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
        else:
            candidates = []
        hits += [p for p in candidates if needle in p.read_bytes()]
    return hits

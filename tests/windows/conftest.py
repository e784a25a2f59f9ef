"""The Windows integration set: Windows' own registry, Credential Manager, Task Scheduler and a
pip-installed certbot, reached from the assistant's code under a Windows CPython. Run by
``scripts/test-windows`` (Wine); on a real Windows machine ``pytest tests/windows`` runs them
too. Elsewhere they are skipped, with this reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

WINDOWS_ONLY = "Windows integration: runs under a Windows Python (scripts/test-windows, Wine)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.name == "nt":
        return
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.skip(reason=WINDOWS_ONLY))

"""Atomic writes: a crash never leaves half a file, and on Windows a reader holding the file
for a moment does not make the write fail ("Access is denied" on the rename)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.system.atomic_write import write_text_atomic


def test_the_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "profiles.json"
    target.write_text("old")
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["profiles.json"]


@pytest.mark.skipif(os.name != "nt", reason="Windows' sharing rules")
def test_a_reader_holding_the_file_briefly_does_not_fail_the_write(tmp_path: Path) -> None:
    """The first page's overview reads the profiles in a worker while the credential page
    saves them: the save waits out the read instead of failing."""
    target = tmp_path / "profiles.json"
    target.write_text("old")
    holding = threading.Event()

    def reader() -> None:
        with target.open("rb"):
            holding.set()
            time.sleep(0.5)

    thread = threading.Thread(target=reader)
    thread.start()
    holding.wait(5)
    write_text_atomic(target, "new")
    thread.join()
    assert target.read_text() == "new"

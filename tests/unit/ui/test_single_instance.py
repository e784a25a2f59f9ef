"""One instance per user, claimed with a QLockFile in the user's private runtime folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from certbot_assistant.ui.single_instance import (
    SingleInstance,
    claim_instance,
    lock_path,
    runtime_dir,
)
from tests.helpers.programs import NO_SYMLINKS, symlinks_work


def _name() -> str:
    return f"certbot-assistant-test-{uuid.uuid4().hex[:8]}"


_ASK = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from certbot_assistant.ui.single_instance import ask_running_instance
    app = QCoreApplication([])
    print("told" if ask_running_instance(sys.argv[1], patience_s=5) else "not told", flush=True)
    """
)


def test_second_start_raises_the_first(qtbot: QtBot) -> None:
    name = _name()
    raised: list[bool] = []
    lock = claim_instance(name)
    assert lock is not None
    instance = SingleInstance(lambda: raised.append(True), name=name)
    try:
        assert claim_instance(name) is None  # held: a second start must not open a window
        # The second start is another process, as for real (a client in the listening thread
        # would wait on itself: Windows' pipes, unlike Unix sockets, may not buffer the write).
        second = subprocess.Popen(
            [sys.executable, "-c", _ASK, name], stdout=subprocess.PIPE, text=True
        )
        qtbot.waitUntil(lambda: raised == [True], timeout=15_000)
        assert second.communicate(timeout=30)[0].strip() == "told"
    finally:
        instance.release()
        lock.unlock()
    again = claim_instance(name)
    assert again is not None
    again.unlock()


def test_the_lock_lives_in_a_private_folder_not_in_tmp() -> None:
    folder = runtime_dir()
    assert not str(lock_path()).startswith("/tmp/certbot-assistant")
    if sys.platform != "win32":
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
        assert folder.stat().st_uid == os.getuid()


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_a_planted_link_is_never_written_through(tmp_path: Path) -> None:
    name = _name()
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    lock_path(name).symlink_to(victim)
    try:
        lock = claim_instance(name)
        if lock is not None:
            lock.unlock()
        assert victim.read_text() == "mine"
    finally:
        lock_path(name).unlink(missing_ok=True)


_CLAIM = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from certbot_assistant.ui.single_instance import claim_instance
    app = QCoreApplication([])
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    lock = claim_instance(sys.argv[1])
    print("won" if lock else "lost", flush=True)
    time.sleep(1.5)
    """
)


def test_two_starts_in_the_same_instant_cannot_both_win(tmp_path: Path) -> None:
    """Before, both read 'no lock' and both opened a window."""
    name = _name()
    go = tmp_path / "go"
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", _CLAIM, name, str(go)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    time.sleep(1.0)  # all four are waiting at the gate
    go.write_text("go")
    results = sorted(p.communicate(timeout=30)[0].strip() for p in starts)
    assert results == ["lost", "lost", "lost", "won"]
    # All gone now: the next claim succeeds (a dead holder's lock is stale).
    lock = claim_instance(name)
    assert lock is not None
    lock.unlock()

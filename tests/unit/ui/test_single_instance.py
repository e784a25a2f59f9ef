from __future__ import annotations

import os
import subprocess
import sys
import uuid

from pytestqt.qtbot import QtBot

from certbot_assistant.ui.single_instance import SingleInstance, ask_running_instance, lock_path


def test_second_start_raises_the_first(qtbot: QtBot) -> None:
    name = f"certbot-assistant-test-{uuid.uuid4().hex[:8]}"
    raised: list[bool] = []
    instance = SingleInstance(lambda: raised.append(True), name=name)
    try:
        # The lock names this very process, which does not count as "another instance".
        assert ask_running_instance(name) is False
        other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            lock_path(name).write_text(str(other.pid))
            assert ask_running_instance(name) is True
            qtbot.waitUntil(lambda: raised == [True], timeout=5000)
        finally:
            other.kill()
            other.wait()
        assert ask_running_instance(name) is False  # its process is gone: a stale lock
    finally:
        instance.release()
    assert not lock_path(name).exists() or lock_path(name).read_text() != str(os.getpid())

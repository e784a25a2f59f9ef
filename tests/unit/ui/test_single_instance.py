from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot

from certbot_assistant.ui.single_instance import SingleInstance, ask_running_instance


def test_second_start_raises_the_first(qtbot: QtBot) -> None:
    name = f"certbot-assistant-test-{uuid.uuid4().hex[:8]}"
    raised: list[bool] = []
    instance = SingleInstance(lambda: raised.append(True), name=name)
    try:
        assert ask_running_instance(name) is True
        qtbot.waitUntil(lambda: raised == [True], timeout=5000)
    finally:
        instance.server.close()
    assert ask_running_instance(f"{name}-none", timeout_ms=100) is False

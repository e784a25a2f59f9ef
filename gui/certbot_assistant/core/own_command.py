"""How other programs start the assistant: certbot's deploy hook and the renewal task.

Frozen, the CLI exe beside the app (in Program Files, a path that stays the same across MSI
upgrades); from source, this Python with ``-m certbot_assistant``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def assistant_command() -> tuple[str, ...]:
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        twin = exe.with_name("certbot-assistant-cli" + exe.suffix)
        return (str(twin if twin.exists() else exe),)
    return (sys.executable, "-m", "certbot_assistant")

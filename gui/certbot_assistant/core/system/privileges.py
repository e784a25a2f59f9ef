"""Whether this process runs with the machine's highest rights: an elevated administrator on
Windows, root elsewhere (what the HTTP port, the machine store and the machine key need)."""

from __future__ import annotations

import os
import sys


def is_elevated() -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        try:
            return bool(ctypes.windll.shell32.IsUserAnAdmin())
        except OSError:
            return False
    return os.geteuid() == 0

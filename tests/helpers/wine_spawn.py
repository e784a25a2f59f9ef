"""Under Wine only: a process start that Wine itself fails is tried again.

Wine 8 now and then loses a new process while it sets it up, and CreateProcess then fails with
ERROR_INTERNAL_ERROR (1359). Windows never reports that for a start, so it is not something the
app should handle: the last CI-like loop saw it once in four Windows runs, in a test that
only starts ``python -m certbot_assistant``. Retrying that one error, in the test process
only, keeps the Windows stage about the app and not about Wine's process loader.
"""

from __future__ import annotations

import subprocess
import time
from typing import Any

ERROR_INTERNAL_ERROR = 1359
ATTEMPTS = 3


def retry_wines_lost_starts(popen: type[Any] = subprocess.Popen) -> None:
    """Wrap ``Popen.__init__``, not ``_execute_child``: a failed start has already closed the
    child's ends of its pipes, and ``__init__`` makes them anew."""
    original = popen.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                original(self, *args, **kwargs)
                return
            except OSError as exc:
                if getattr(exc, "winerror", None) != ERROR_INTERNAL_ERROR or attempt == ATTEMPTS:
                    raise
                time.sleep(0.2 * attempt)

    popen.__init__ = init

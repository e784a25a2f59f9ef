"""Step "retire a folder": back up, verify, remove, and drop the task that renewed it.

The fix for KB scenarios 1 and 2 when the folder's account is the wrong one: certbot then
registers afresh with the KID it is given.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from certbot_assistant.core.configdir.backup import BackupResult, backup_and_remove
from certbot_assistant.core.renewal.schedule import ScheduleError, Scheduler
from certbot_assistant.core.step_context import StepContext

log = logging.getLogger(__name__)


def retire_folder(
    context: StepContext,
    folder: Path,
    archive: Path,
    scheduler: Scheduler | None,
    *,
    windows_acl: bool = True,
) -> BackupResult:
    """Raises BackupError (nothing removed, or RemovalIncomplete) and BackupStopped. A removed
    folder needs no renewal task: one left behind would fail twice a day."""
    result = backup_and_remove(
        folder,
        archive,
        progress=context.progress,
        cancelled=context.cancelled,
        windows_acl=windows_acl,
    )
    if result.removed and scheduler is not None:
        with contextlib.suppress(ScheduleError, OSError):
            if scheduler.unschedule(folder):
                log.info("removed the renewal task of the retired folder")
    return result

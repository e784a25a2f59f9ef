"""The config dirs the assistant has run certbot in, so ``status`` and the overview find them
again (a folder made for a new KID is often in no profile and named by no task yet)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from certbot_assistant.core.system.atomic_write import write_text_atomic

log = logging.getLogger(__name__)

FILE_NAME = "config-dirs.json"


def default_registry() -> Path:
    import platformdirs

    from certbot_assistant import APP_ID

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / FILE_NAME


def remembered_folders(registry: Path) -> list[Path]:
    try:
        data = json.loads(registry.read_text(encoding="utf-8"))
        return [Path(p) for p in data["config_dirs"] if isinstance(p, str)]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def remember_folder(registry: Path, folder: Path) -> None:
    """Add ``folder`` (once); a registry that cannot be written is logged, never an error:
    the run it follows matters more."""
    known = remembered_folders(registry)
    if any(str(k) == str(folder) for k in known):
        return
    try:
        registry.parent.mkdir(parents=True, exist_ok=True)
        payload = {"schema": 1, "config_dirs": [str(p) for p in [*known, folder]]}
        write_text_atomic(registry, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        log.warning("could not remember %s: %s", folder, exc)

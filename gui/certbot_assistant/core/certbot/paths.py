"""Certbot's default folders per platform (``compat/misc.py`` WINDOWS/LINUX_DEFAULT_FOLDERS)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath


@dataclass(frozen=True)
class CertbotFolders:
    config: PurePath
    work: PurePath
    logs: PurePath


WINDOWS_DEFAULTS = CertbotFolders(
    PureWindowsPath("C:/Certbot"),
    PureWindowsPath("C:/Certbot/lib"),
    PureWindowsPath("C:/Certbot/log"),
)
LINUX_DEFAULTS = CertbotFolders(
    Path("/etc/letsencrypt"), Path("/var/lib/letsencrypt"), Path("/var/log/letsencrypt")
)


def default_folders(*, windows: bool | None = None) -> CertbotFolders:
    """The folders certbot uses when run without ``--config-dir``/``--work-dir``/``--logs-dir``."""
    if windows is None:
        windows = os.name == "nt"
    if windows:
        drive = os.environ.get("SYSTEMDRIVE", "C:") if os.name == "nt" else "C:"
        root = PureWindowsPath(drive + "\\", "Certbot")
        return CertbotFolders(root, root / "lib", root / "log")
    return LINUX_DEFAULTS


def default_config_dir() -> Path:
    return Path(default_folders().config)


def default_logs_dir() -> Path:
    return Path(default_folders().logs)

"""Back up a certbot config dir to a zip, prove the zip is good, and only then remove the dir.

KB scenario 2 says to delete the config dir used with the revoked ACME directory URL. The dir
holds private keys and is the only record of the old account, so nothing is removed before a
backup exists and has been read back completely: every file present, same size, same SHA-256.
Never offered for a folder that is not a certbot dir.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from certbot_assistant.core.config_dir import CERTBOT_FOLDERS

log = logging.getLogger(__name__)


class BackupError(Exception):
    """The backup could not be written or did not verify; the folder was left untouched."""


@dataclass(frozen=True)
class PlannedRemoval:
    """What "back up and remove" will take away, shown to the user before they confirm."""

    folder: Path
    files: tuple[Path, ...]
    links: tuple[Path, ...]
    total_bytes: int


@dataclass(frozen=True)
class BackupResult:
    archive: Path
    files: int
    total_bytes: int
    removed: bool


def is_certbot_dir(folder: Path) -> bool:
    try:
        return folder.is_dir() and any((folder / name).is_dir() for name in CERTBOT_FOLDERS)
    except OSError:
        return False


def plan_removal(folder: Path) -> PlannedRemoval:
    if not is_certbot_dir(folder):
        raise BackupError(f"{folder} is not a certbot config directory")
    files: list[Path] = []
    links: list[Path] = []
    total = 0
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(dirpath)
        for name in [*filenames, *[d for d in dirnames if (here / d).is_symlink()]]:
            path = here / name
            if path.is_symlink():
                links.append(path)
            elif path.is_file():
                files.append(path)
                total += path.stat().st_size
    return PlannedRemoval(folder, tuple(sorted(files)), tuple(sorted(links)), total)


def suggested_archive_name(folder: Path, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d")
    return f"{folder.name or 'Certbot'}-{stamp}.zip"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(plan: PlannedRemoval, archive: Path) -> dict[str, tuple[int, str]]:
    """Write the zip (links stored as links, so certbot's live/ tree restores as it was)."""
    if archive.resolve().is_relative_to(plan.folder.resolve()):
        raise BackupError("the backup must not be written inside the folder being removed")
    manifest: dict[str, tuple[int, str]] = {}
    tmp = archive.with_name(archive.name + ".partial")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in plan.files:
                name = path.relative_to(plan.folder).as_posix()
                zf.write(path, name)
                manifest[name] = (path.stat().st_size, _sha256(path))
            for link in plan.links:
                name = link.relative_to(plan.folder).as_posix()
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so the mode bits below mean "symlink"
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, str(link.readlink()))
        tmp.replace(archive)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"{archive}: {exc.strerror or exc}") from exc
    return manifest


def verify_backup(archive: Path, manifest: dict[str, tuple[int, str]]) -> None:
    """Read the zip back completely; raise BackupError on any difference."""
    try:
        with zipfile.ZipFile(archive) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise BackupError(f"{archive}: {bad} is damaged")
            for name, (size, digest) in manifest.items():
                data = zf.read(name)
                if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                    raise BackupError(f"{archive}: {name} differs from the original")
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise BackupError(f"{archive}: {exc}") from exc


def backup_and_remove(
    folder: Path,
    archive: Path,
    *,
    remove: bool = True,
    progress: Callable[[str], None] | None = None,
) -> BackupResult:
    """Back up, verify, then (only then) remove ``folder``. The folder stays on any error."""
    plan = plan_removal(folder)
    if progress:
        progress("backup")
    manifest = write_backup(plan, archive)
    if progress:
        progress("verify")
    verify_backup(archive, manifest)
    removed = False
    if remove:
        if progress:
            progress("remove")
        try:
            shutil.rmtree(folder)
        except OSError as exc:
            raise BackupError(
                f"the backup {archive} is complete, but {folder} could not be removed: "
                f"{exc.strerror or exc}"
            ) from exc
        removed = True
        log.info("backed up %s to %s (%d files) and removed it", folder, archive, len(manifest))
    return BackupResult(archive, len(manifest), plan.total_bytes, removed)

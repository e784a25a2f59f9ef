"""Back up a certbot config dir to a zip, prove the zip is good, and only then remove the dir.

KB scenario 2 says to delete the config dir used with the revoked ACME directory URL. The dir
holds private keys and is the only record of the old account, so nothing is removed before a
backup exists and has been read back completely: every file present, same size, same SHA-256.
Never offered for a folder that is not a certbot dir.
"""

from __future__ import annotations

import contextlib
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
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, TranslatableError

log = logging.getLogger(__name__)


class BackupError(TranslatableError):
    """The backup could not be written or did not verify; the folder was left untouched."""

    context = "Backup"
    template = QT_TRANSLATE_NOOP("Backup", "The backup could not be made.")


class RemovalIncomplete(BackupError):
    """The backup is verified but removing the folder failed part-way: some files may be gone."""

    template = QT_TRANSLATE_NOOP(
        "Backup",
        "The backup %1 is complete and verified, but %2 could not be removed completely (%3). "
        "Remove what is left by hand; everything that was in it is in the backup.",
    )


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
        raise BackupError(
            folder, template=QT_TRANSLATE_NOOP("Backup", "%1 is not a certbot config directory.")
        )
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
        raise BackupError(
            template=QT_TRANSLATE_NOOP(
                "Backup", "The backup must not be written inside the folder being removed."
            )
        )
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
        with contextlib.suppress(OSError):  # e.g. the folder for it is not there at all
            tmp.unlink(missing_ok=True)
        raise BackupError(
            archive,
            exc.strerror or exc,
            template=QT_TRANSLATE_NOOP("Backup", "The backup %1 could not be written: %2"),
        ) from exc
    return manifest


def verify_backup(archive: Path, manifest: dict[str, tuple[int, str]]) -> None:
    """Read the zip back completely; raise BackupError on any difference."""
    try:
        with zipfile.ZipFile(archive) as zf:
            bad = zf.testzip()
            if bad is not None:
                raise BackupError(
                    archive,
                    bad,
                    template=QT_TRANSLATE_NOOP("Backup", "The backup %1 is damaged: %2"),
                )
            for name, (size, digest) in manifest.items():
                data = zf.read(name)
                if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                    raise BackupError(
                        archive,
                        name,
                        template=QT_TRANSLATE_NOOP(
                            "Backup", "The backup %1 does not match the original: %2 differs."
                        ),
                    )
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise BackupError(
            archive,
            exc,
            template=QT_TRANSLATE_NOOP("Backup", "The backup %1 could not be read back: %2"),
        ) from exc


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
            raise RemovalIncomplete(archive, folder, exc.strerror or exc) from exc
        removed = True
        log.info("backed up %s to %s (%d files) and removed it", folder, archive, len(manifest))
    return BackupResult(archive, len(manifest), plan.total_bytes, removed)

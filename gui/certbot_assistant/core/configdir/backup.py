"""Back up a certbot config dir to a zip, prove the zip is good, and only then remove the dir.

KB scenario 2 says to delete the config dir used with the revoked ACME directory URL. The dir
holds private keys and is the only record of the old account, so nothing is removed before a
backup exists and has been read back completely: every file present, same size, same SHA-256.
Never offered for a folder that is not a certbot dir.

Guarantees, each with a test: the zip is owner-only from its first byte (it holds private keys);
it may not lie inside the folder under any spelling of its path (a bind mount, a junction, a
``subst`` drive, ``\\\\localhost\\C$``), since removing the folder would take it along; and
only what was archived, verified and left unchanged since is removed. A file that appears or
changes during the backup (a renewal running meanwhile) stays, and the result names it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import stat
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from certbot_assistant.core.configdir.inspection import CERTBOT_FOLDERS
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.step_context import never
from certbot_assistant.core.system.private_temp import restrict_to_current_user
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class BackupError(TranslatableError):
    """The backup could not be written or did not verify; the folder was left untouched."""

    context = "Backup"
    template = QT_TRANSLATE_NOOP("Backup", "The backup could not be made.")


class BackupStopped(BackupError):
    """The user stopped the backup before it was verified: the folder was left untouched."""

    template = QT_TRANSLATE_NOOP("Backup", "The backup was stopped. Nothing was removed.")


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
class ArchivedEntry:
    """One file or link as it was put into the zip; removal checks it is still that."""

    size: int
    sha256: str
    mtime_ns: int
    inode: int


Manifest = dict[str, ArchivedEntry]


@dataclass(frozen=True)
class BackupResult:
    archive: Path
    files: int
    total_bytes: int
    removed: bool
    left_behind: tuple[Path, ...] = field(default=())
    """Entries not removed because they were not in the backup or changed after it."""


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
    for dirpath, dirnames, filenames in os.walk(folder, onerror=_walk_error, followlinks=False):
        here = Path(dirpath)
        for name in [*filenames, *[d for d in dirnames if (here / d).is_symlink()]]:
            path = here / name
            if path.is_symlink():
                links.append(path)
            elif path.is_file():
                files.append(path)
                total += path.stat().st_size
    return PlannedRemoval(folder, tuple(sorted(files)), tuple(sorted(links)), total)


def _walk_error(exc: OSError) -> None:
    """A folder that cannot be listed cannot be backed up: stop before anything is written."""
    raise BackupError(
        exc.filename or "?",
        exc.strerror or exc,
        template=QT_TRANSLATE_NOOP("Backup", "%1 cannot be read, so it cannot be backed up: %2"),
    )


def suggested_archive_name(folder: Path, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%d")
    return f"{folder.name or 'Certbot'}-{stamp}.zip"


def archive_is_inside(archive: Path, folder: Path) -> bool:
    """Whether ``archive`` would be inside ``folder``, however either path is spelled.

    Resolving links is not enough: a bind mount, a junction, a ``subst`` drive or an
    administrative share reach the same folder under another name. So every existing ancestor
    of the archive is also compared with the folder by identity (device and inode; on Windows
    the volume serial and file index).
    """
    target = archive.absolute()
    try:
        if target.resolve().is_relative_to(folder.resolve()):
            return True
        folder_stat = folder.stat()
    except (OSError, RuntimeError):
        return True  # if we cannot tell, we do not risk it
    for ancestor in target.parents:
        try:
            if os.path.samestat(ancestor.stat(), folder_stat):
                return True
        except OSError:
            continue  # not there yet (the zip's folder may be created later) or not reachable
    return False


def _zip_name(path: Path, folder: Path) -> zipfile.ZipInfo:
    """The entry for ``path``: UTF-8 as usual, or, for a POSIX name that is not UTF-8, its raw
    bytes (as Info-ZIP stores them), so nothing is refused or renamed."""
    name = path.relative_to(folder).as_posix()
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return _RawNameInfo(os.fsencode(name).decode("cp437"))
    return zipfile.ZipInfo(name)


class _RawNameInfo(zipfile.ZipInfo):
    """A zip entry whose name is stored as raw bytes, without the UTF-8 flag."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("cp437"), self.flag_bits & ~0x800


def _open_private(path: Path, windows_acl: bool = True) -> int:
    """Create ``path`` readable by the owner only from the first byte; replaces a stale one.
    On Windows the ACL is set with icacls (a program), unless ``windows_acl`` is off."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    if sys.platform == "win32" and windows_acl:  # pragma: no cover - Windows only
        try:
            restrict_to_current_user(path)
        except BaseException:
            os.close(fd)
            path.unlink()
            raise
    return fd


def _add_file(zf: zipfile.ZipFile, path: Path, folder: Path) -> tuple[str, ArchivedEntry]:
    info = _zip_name(path, folder)
    before = path.stat()
    t = time.localtime(max(before.st_mtime, 315532800))  # zip times start in 1980
    info.date_time = (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (before.st_mode & 0xFFFF) << 16
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as source, zf.open(info, "w") as sink:
        for block in iter(lambda: source.read(1024 * 1024), b""):
            digest.update(block)
            sink.write(block)
            size += len(block)
    return info.filename, ArchivedEntry(size, digest.hexdigest(), before.st_mtime_ns, before.st_ino)


def _add_link(zf: zipfile.ZipFile, link: Path, folder: Path) -> tuple[str, ArchivedEntry]:
    info = _zip_name(link, folder)
    info.create_system = 3  # Unix, so the mode bits below mean "symlink"
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    target = os.fsencode(link.readlink())
    zf.writestr(info, target)
    before = link.lstat()
    digest = hashlib.sha256(target).hexdigest()
    return info.filename, ArchivedEntry(len(target), digest, before.st_mtime_ns, before.st_ino)


def write_backup(
    plan: PlannedRemoval,
    archive: Path,
    cancelled: Callable[[], bool] = never,
    windows_acl: bool = True,
) -> Manifest:
    """Write the zip (links stored as links, so certbot's live/ tree restores as it was).
    ``cancelled()`` is asked before each file; stopping leaves no partial zip behind."""
    if archive_is_inside(archive, plan.folder):
        raise BackupError(
            template=QT_TRANSLATE_NOOP(
                "Backup", "The backup must not be written inside the folder being removed."
            )
        )
    manifest: Manifest = {}
    tmp = archive.with_name(archive.name + ".partial")
    try:
        with (
            os.fdopen(_open_private(tmp, windows_acl), "wb") as handle,
            zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        ):
            for path in plan.files:
                if cancelled():
                    raise BackupStopped
                name, entry = _add_file(zf, path, plan.folder)
                manifest[name] = entry
            for link in plan.links:
                name, entry = _add_link(zf, link, plan.folder)
                manifest[name] = entry
        tmp.replace(archive)
    except BackupStopped:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):  # e.g. the folder for it is not there at all
            tmp.unlink(missing_ok=True)
        raise BackupError(
            archive,
            exc.strerror or exc,
            template=QT_TRANSLATE_NOOP("Backup", "The backup %1 could not be written: %2"),
        ) from exc
    return manifest


def verify_backup(archive: Path, manifest: Manifest) -> None:
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
            for name, entry in manifest.items():
                data = zf.read(name)
                if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
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


def _unchanged(path: Path, entry: ArchivedEntry) -> bool:
    try:
        now = path.lstat()
        if stat.S_ISLNK(now.st_mode):
            target = os.fsencode(path.readlink())
            return hashlib.sha256(target).hexdigest() == entry.sha256
    except OSError:
        return False
    return (now.st_size, now.st_mtime_ns, now.st_ino) == (entry.size, entry.mtime_ns, entry.inode)


def remove_archived(plan: PlannedRemoval, manifest: Manifest) -> tuple[Path, ...]:
    """Remove what the verified backup holds, if unchanged since, then the folders left empty.

    Returns what stays: anything new, changed, or not in the backup. OSError when a removal
    fails (the caller says the backup is complete).
    """
    for path in (*plan.files, *plan.links):
        entry = manifest.get(_zip_name(path, plan.folder).filename)
        if entry is not None and _unchanged(path, entry):
            path.unlink()
    kept: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(plan.folder, topdown=False, followlinks=False):
        here = Path(dirpath)
        kept += [here / f for f in filenames]
        kept += [here / d for d in dirnames if (here / d).is_symlink()]
        with contextlib.suppress(OSError):  # not empty: something new is inside
            here.rmdir()
    return tuple(sorted(kept))


def backup_and_remove(
    folder: Path,
    archive: Path,
    *,
    remove: bool = True,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] = never,
    windows_acl: bool = True,
) -> BackupResult:
    """Back up, verify, then (only then) remove ``folder``. The folder stays on any error, and
    when ``cancelled()`` turns true before the backup is verified (BackupStopped); the removal
    itself, quick and all-or-what-changed, is not interrupted."""
    plan = plan_removal(folder)
    if progress:
        progress("backup")
    manifest = write_backup(plan, archive, cancelled, windows_acl)
    if progress:
        progress("verify")
    verify_backup(archive, manifest)
    if cancelled():
        archive.unlink(missing_ok=True)
        raise BackupStopped
    if not remove:
        return BackupResult(archive, len(plan.files), plan.total_bytes, False)
    if progress:
        progress("remove")
    try:
        left = remove_archived(plan, manifest)
    except OSError as exc:
        raise RemovalIncomplete(archive, folder, exc.strerror or exc) from exc
    if left:
        log.warning("%s: %d entries not in the backup or changed; left in place", folder, len(left))
    log.info("backed up %s to %s (%d files) and removed it", folder, archive, len(plan.files))
    return BackupResult(archive, len(plan.files), plan.total_bytes, True, left)

"""Back up and remove (KB scenario 2): nothing goes before a verified zip exists, and every way
it can fail leaves the folder as it was and says why in the user's language."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.backup import (
    BackupError,
    RemovalIncomplete,
    backup_and_remove,
    plan_removal,
    verify_backup,
    write_backup,
)
from tests.helpers.programs import NO_SYMLINKS, symlinks_work
from tests.helpers.synthetic import add_account, add_lineage

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


@pytest.fixture
def certbot_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "Certbot"
    account = add_account(folder, SERVER, "kb2")
    add_lineage(folder, "www.example.test", SERVER, account)
    return folder


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: file contents, or a link's target."""
    entries: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            entries[name] = str(path.readlink())
        elif path.is_file():
            entries[name] = path.read_bytes()
    return entries


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_backup_restores_exactly_what_was_removed(certbot_dir: Path, tmp_path: Path) -> None:
    before = tree(certbot_dir)
    steps: list[str] = []
    result = backup_and_remove(certbot_dir, tmp_path / "backup.zip", progress=steps.append)
    assert steps == ["backup", "verify", "remove"]
    assert result.removed and not certbot_dir.exists()
    assert result.files == sum(1 for v in before.values() if isinstance(v, bytes))
    restored = tmp_path / "restored"
    with zipfile.ZipFile(result.archive) as zf:
        for info in zf.infolist():
            target = restored / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                target.symlink_to(zf.read(info).decode())
            else:
                target.write_bytes(zf.read(info))
    assert tree(restored) == before
    assert (restored / "live" / "www.example.test" / "cert.pem").read_bytes().startswith(b"-----")


def test_remove_false_keeps_the_folder(certbot_dir: Path, tmp_path: Path) -> None:
    result = backup_and_remove(certbot_dir, tmp_path / "backup.zip", remove=False)
    assert not result.removed and certbot_dir.is_dir() and result.archive.is_file()


def test_a_folder_that_is_not_certbots_is_refused(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "report.txt").write_text("mine")
    with pytest.raises(BackupError) as info:
        backup_and_remove(documents, tmp_path / "backup.zip")
    assert str(info.value) == f"{documents} is not a certbot config directory."
    assert (documents / "report.txt").read_text() == "mine"
    assert not (tmp_path / "backup.zip").exists()


def test_the_backup_may_not_go_inside_the_folder(certbot_dir: Path) -> None:
    before = tree(certbot_dir)
    with pytest.raises(BackupError, match="inside the folder being removed"):
        backup_and_remove(certbot_dir, certbot_dir / "keys" / "backup.zip")
    assert tree(certbot_dir) == before


def test_an_unwritable_archive_leaves_the_folder_and_no_partial_file(
    certbot_dir: Path, tmp_path: Path
) -> None:
    before = tree(certbot_dir)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup's folder should be")
    with pytest.raises(BackupError) as info:
        backup_and_remove(certbot_dir, blocker / "backup.zip")
    assert str(info.value).startswith(f"The backup {blocker / 'backup.zip'} could not be written")
    assert tree(certbot_dir) == before
    assert list(tmp_path.glob("**/*.partial")) == []


def test_verify_catches_a_changed_file(certbot_dir: Path, tmp_path: Path) -> None:
    plan = plan_removal(certbot_dir)
    archive = tmp_path / "backup.zip"
    manifest = write_backup(plan, archive)
    verify_backup(archive, manifest)
    name = next(iter(manifest))
    with pytest.raises(BackupError, match=f"{name} differs"):
        verify_backup(archive, {**manifest, name: replace(manifest[name], sha256="0" * 64)})
    archive.write_bytes(archive.read_bytes()[:100])
    with pytest.raises(BackupError, match="could not be read back"):
        verify_backup(archive, manifest)


def test_removal_failing_part_way_says_the_backup_is_complete(
    certbot_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink
    removed: list[Path] = []

    def fails_after_accounts(self: Path, missing_ok: bool = False) -> None:
        if "accounts" not in self.parts and self.suffix != ".partial":
            raise PermissionError(13, "Permission denied")
        removed.append(self)
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", fails_after_accounts)
    with pytest.raises(RemovalIncomplete) as info:
        backup_and_remove(certbot_dir, tmp_path / "backup.zip")
    assert "complete and verified" in str(info.value) and "Permission denied" in str(info.value)
    with zipfile.ZipFile(tmp_path / "backup.zip") as zf:
        assert any(n.startswith("accounts/") for n in zf.namelist())


def test_messages_are_translated_when_shown(tmp_path: Path) -> None:
    catalogue = {
        "%1 is not a certbot config directory.": "%1 は Certbot の設定ディレクトリではありません。"
    }
    with pytest.raises(BackupError) as info:
        plan_removal(tmp_path)
    assert info.value.text(lambda context, text: catalogue.get(text, text)) == (
        f"{tmp_path} は Certbot の設定ディレクトリではありません。"
    )


def test_the_zip_and_its_partial_are_owner_only_from_the_first_byte(
    certbot_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It holds private keys. A backup killed half-way leaves a partial nobody else can read."""
    if os.name == "nt":
        pytest.skip("POSIX mode bits; Windows gets an owner-only ACL")
    monkeypatch.setattr(os, "umask", os.umask)  # the test's umask is the usual 022
    old = os.umask(0o022)
    try:
        seen: list[int] = []
        real_add = zipfile.ZipFile.open

        def spy(self: zipfile.ZipFile, *args: object, **kwargs: object) -> object:
            partial = tmp_path / "backup.zip.partial"
            if partial.exists():
                seen.append(stat.S_IMODE(partial.stat().st_mode))
            return real_add(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(zipfile.ZipFile, "open", spy)
        backup_and_remove(certbot_dir, tmp_path / "backup.zip", remove=False)
    finally:
        os.umask(old)
    assert seen and set(seen) == {0o600}
    assert stat.S_IMODE((tmp_path / "backup.zip").stat().st_mode) == 0o600


def test_a_stale_readable_partial_is_replaced_not_reused(certbot_dir: Path, tmp_path: Path) -> None:
    stale = tmp_path / "backup.zip.partial"
    stale.write_bytes(b"left by a killed backup")
    stale.chmod(0o644)
    backup_and_remove(certbot_dir, tmp_path / "backup.zip", remove=False)
    assert not stale.exists()
    if os.name != "nt":
        assert stat.S_IMODE((tmp_path / "backup.zip").stat().st_mode) == 0o600
    with zipfile.ZipFile(tmp_path / "backup.zip") as zf:
        assert zf.testzip() is None


def test_a_file_created_during_the_backup_stays_and_is_named(
    certbot_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renewal running meanwhile writes cert2.pem and rewrites the conf: neither is lost."""
    import certbot_assistant.core.configdir.backup as backup

    new_cert = certbot_dir / "archive" / "www.example.test" / "cert2.pem"
    conf = certbot_dir / "renewal" / "www.example.test.conf"
    real_verify = backup.verify_backup

    def renewal_meanwhile(archive: Path, manifest: backup.Manifest) -> None:
        new_cert.write_text("issued during the backup")
        conf.write_text(conf.read_text() + "# changed during the backup\n")
        real_verify(archive, manifest)

    monkeypatch.setattr(backup, "verify_backup", renewal_meanwhile)
    result = backup_and_remove(certbot_dir, tmp_path / "backup.zip")
    assert new_cert.read_text() == "issued during the backup"
    assert conf.read_text().endswith("# changed during the backup\n")
    assert set(result.left_behind) == {new_cert, conf}
    assert not (certbot_dir / "accounts").exists()  # what was archived and unchanged is gone
    with zipfile.ZipFile(tmp_path / "backup.zip") as zf:
        assert "archive/www.example.test/cert2.pem" not in zf.namelist()


def test_a_name_that_is_not_utf8_is_backed_up_byte_for_byte(
    certbot_dir: Path, tmp_path: Path
) -> None:
    if sys.platform in ("win32", "darwin"):
        pytest.skip("only POSIX file systems with byte names allow non-UTF-8 names")
    odd = os.fsencode(certbot_dir / "live") + b"/caf\xe9.txt"
    with open(odd, "wb") as handle:  # noqa: PTH123 (a bytes path)
        handle.write(b"latin-1 name")
    result = backup_and_remove(certbot_dir, tmp_path / "backup.zip")
    assert result.removed and not certbot_dir.exists()
    with zipfile.ZipFile(result.archive) as zf:
        (info,) = [i for i in zf.infolist() if i.filename.startswith("live/caf")]
        assert info.filename.encode("cp437") == b"live/caf\xe9.txt"
        assert zf.read(info) == b"latin-1 name"


def _can_bind_mount() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount --bind / /mnt"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_bind_mount(), reason="needs root and mount namespaces (as in CI)")
def test_a_zip_reaching_the_folder_through_a_bind_mount_is_refused(
    certbot_dir: Path, tmp_path: Path
) -> None:
    """The data loss seen: the zip's path reached the folder under another name, and removing
    the folder took the just-verified zip with it. Run in a private mount namespace."""
    other_name = tmp_path / "same-folder-elsewhere"
    other_name.mkdir()
    script = (
        "import sys; from pathlib import Path\n"
        "from certbot_assistant.core.configdir.backup import BackupError, backup_and_remove\n"
        "try:\n"
        f"    backup_and_remove(Path({str(certbot_dir)!r}), Path({str(other_name)!r}) / 'b.zip')\n"
        "except BackupError as exc:\n"
        "    print('refused:', exc); sys.exit(0)\n"
        "print('not refused'); sys.exit(1)\n"
    )
    before = tree(certbot_dir)
    mount = f'mount --bind {certbot_dir} {other_name} && exec {sys.executable} -c "$0"'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", mount, script],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "inside the folder being removed" in done.stdout
    assert tree(certbot_dir) == before

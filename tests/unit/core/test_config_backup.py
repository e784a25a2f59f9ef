"""Back up and remove (KB scenario 2): nothing goes before a verified zip exists, and every way
it can fail leaves the folder as it was and says why in the user's language."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from certbot_assistant.core.config_backup import (
    BackupError,
    RemovalIncomplete,
    backup_and_remove,
    plan_removal,
    verify_backup,
    write_backup,
)
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
    size, _digest = manifest[name]
    with pytest.raises(BackupError, match=f"{name} differs"):
        verify_backup(archive, {**manifest, name: (size, "0" * 64)})
    archive.write_bytes(archive.read_bytes()[:100])
    with pytest.raises(BackupError, match="could not be read back"):
        verify_backup(archive, manifest)


def test_removal_failing_part_way_says_the_backup_is_complete(
    certbot_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rmtree = shutil.rmtree

    def fails_after_accounts(path: Path) -> None:
        real_rmtree(Path(path) / "accounts")
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(shutil, "rmtree", fails_after_accounts)
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

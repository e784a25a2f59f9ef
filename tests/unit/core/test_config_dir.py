from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from certbot_assistant.core.config_dir import inspect_config_dir
from certbot_assistant.core.marker import MARKER_NAME, record_account
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)


def ids(path: Path, server: str | None = SERVER, kid: str | None = None, **kw: object) -> list[str]:
    report = inspect_config_dir(
        path, server, kid, now=NOW, scan_platform_logs=False, windows=False, **kw
    )
    return sorted(f.id for f in report.findings)


def snapshot(root: Path) -> dict[str, tuple[int, float]]:
    return {str(p): (p.lstat().st_size, p.lstat().st_mtime) for p in sorted(root.rglob("*"))}


def test_missing_dir(tmp_path: Path) -> None:
    assert ids(tmp_path / "nope") == ["config-dir-missing"]


def test_empty_dir_and_marker_only_dir_are_fine(tmp_path: Path) -> None:
    assert ids(tmp_path) == []
    (tmp_path / MARKER_NAME).write_text('{"schema": 1, "accounts": []}')
    assert ids(tmp_path) == []


def test_foreign_folder_and_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    assert ids(tmp_path) == ["config-dir-not-certbot"]
    assert ids(tmp_path / "notes.txt") == ["config-dir-not-certbot"]


def test_kid_mismatch_unknown_and_match(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    assert ids(tmp_path, kid="kid-2") == ["account-kid-unknown"]
    record_account(tmp_path, SERVER, "kid-1", account)
    assert ids(tmp_path, kid="kid-2") == ["account-kid-mismatch"]
    assert ids(tmp_path, kid="kid-1") == []
    # DigiCert's query variants and a trailing slash are the same folder for certbot.
    assert ids(tmp_path, SERVER + "/?action=renew&orderId=1", kid="kid-2") == [
        "account-kid-mismatch"
    ]


def test_account_for_another_server_does_not_count(tmp_path: Path) -> None:
    add_account(tmp_path, "https://other.example/dir")
    assert ids(tmp_path, kid="kid-2") == []


def test_multiple_and_incomplete_accounts(tmp_path: Path) -> None:
    add_account(tmp_path, SERVER, "a")
    add_account(tmp_path, SERVER, "b", files=("regr.json",))
    assert ids(tmp_path) == ["incomplete-account"]
    add_account(tmp_path, SERVER, "c")
    assert ids(tmp_path) == ["incomplete-account", "multiple-accounts"]
    assert ids(tmp_path, server=None) == ["incomplete-account", "multiple-accounts"]


def test_windows_folder_mapping(tmp_path: Path) -> None:
    folder = tmp_path / "accounts" / "localhost_14000" / "dir" / ("a" * 32)
    folder.mkdir(parents=True)
    for name in ("regr.json", "meta.json", "private_key.json"):
        (folder / name).write_text("{}")
    report = inspect_config_dir(
        tmp_path, "https://localhost:14000/dir", "k", windows=True, scan_platform_logs=False
    )
    assert [f.id for f in report.findings] == ["account-kid-unknown"]


def test_lineage_bound_to_other_server(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", "https://old.example/acme/dir", account)
    add_lineage(tmp_path, "b.example", SERVER + "/?action=renew&orderId=1", account)
    assert ids(tmp_path) == ["lineage-bound-to-other-server"]
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.evidence["lineage"] == "a.example"
    assert finding.evidence["other_server"] == "https://old.example/acme/dir"


def test_legacy_url_in_server_and_in_a_renewal_conf(tmp_path: Path) -> None:
    legacy = "https://acme.digicert.com/v2/acme/directory/"
    account = add_account(tmp_path, legacy)
    add_lineage(tmp_path, "a.example", legacy, account)
    assert ids(tmp_path, server=legacy) == ["legacy-acme-url"]
    assert ids(tmp_path) == ["legacy-acme-url", "lineage-bound-to-other-server"]


def test_expiry(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "soon.example", SERVER, account, not_after=NOW + dt.timedelta(days=10))
    add_lineage(tmp_path, "gone.example", SERVER, account, not_after=NOW - dt.timedelta(days=1))
    add_lineage(tmp_path, "fine.example", SERVER, account, not_after=NOW + dt.timedelta(days=60))
    assert ids(tmp_path) == ["certificate-expired", "certificate-expiring"]
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    names = {lineage.name: lineage.certificate for lineage in report.lineages}
    assert names["fine.example"] is not None
    assert names["fine.example"].names == ("fine.example",)


def test_corrupt_files_are_named_and_never_raise(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    (tmp_path / "renewal" / "bad.conf").write_text("[renewalparams]\nserver = a\nserver = b\n")
    regr = next((tmp_path / "accounts").rglob("regr.json"))
    regr.write_text("{not json")
    (tmp_path / "archive" / "a.example" / "cert1.pem").write_text("garbage")
    (tmp_path / MARKER_NAME).write_text("[]")
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    by_id = {f.id: f for f in report.findings}
    assert set(by_id) == {
        "renewal-conf-unreadable",
        "account-unreadable",
        "certificate-unreadable",
        "marker-unreadable",
    }
    assert by_id["renewal-conf-unreadable"].evidence["file"].endswith("bad.conf")
    assert by_id["account-unreadable"].evidence["file"].endswith("regr.json")


def test_links_out_of_the_dir_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    cfg = tmp_path / "cfg"
    outside.mkdir()
    (outside / "cert.pem").write_bytes(make_cert_pem(["x.example"], NOW + dt.timedelta(days=5)))
    account = add_account(cfg, SERVER)
    add_lineage(cfg, "x.example", SERVER, account)
    live_cert = cfg / "live" / "x.example" / "cert.pem"
    live_cert.unlink()
    live_cert.symlink_to(outside / "cert.pem")
    (outside / "accounts").mkdir()
    report = inspect_config_dir(cfg, SERVER, now=NOW, scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["certificate-unreadable"]
    assert "outside" in report.findings[0].detail()


def test_accounts_link_out_is_ignored(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    add_account(elsewhere, SERVER, "a")
    add_account(elsewhere, SERVER, "b")
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "accounts").symlink_to(elsewhere / "accounts")
    assert ids(cfg) == []


def test_inspection_never_writes(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    record_account(tmp_path, SERVER, "kid-1", account)
    before = snapshot(tmp_path)
    inspect_config_dir(tmp_path, SERVER, "kid-2", now=NOW, scan_platform_logs=False)
    assert snapshot(tmp_path) == before


def test_unreadable_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a non-elevated process on Windows sees certbot's 0700 folders (CI runs as root)."""
    cfg = tmp_path / "cfg"
    cfg.mkdir()

    def denied(self: Path) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)
    report = inspect_config_dir(cfg, SERVER, scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["config-dir-unreadable"]
    assert "Permission denied" in report.findings[0].detail()


def test_secret_in_logs(tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    custom_logs = tmp_path / "custom-logs"
    platform_logs = tmp_path / "platform-logs"
    account = add_account(cfg, SERVER)
    add_lineage(cfg, "a.example", SERVER, account, logs_dir=custom_logs)
    for folder in (cfg / "logs", custom_logs, platform_logs):
        folder.mkdir(parents=True)
    line = "DEBUG:certbot._internal.main:Arguments: ['--eab-kid', 'k', '--eab-hmac-key', 'c2VjcmV0c2VjcmV0']\n"
    (cfg / "logs" / "letsencrypt.log").write_text("clean\n")
    (cfg / "logs" / "letsencrypt.log.3").write_text(line)
    (custom_logs / "letsencrypt.log").write_text("x '--eab-hmac-key=c2VjcmV0c2VjcmV0' y\n")
    (platform_logs / "letsencrypt.log.1").write_text(line * 2)
    report = inspect_config_dir(cfg, SERVER, now=NOW, platform_logs_dir=platform_logs)
    files = sorted(
        Path(f.evidence["file"]).relative_to(tmp_path).as_posix()
        for f in report.findings
        if f.id == "secret-in-certbot-log"
    )
    assert files == [
        "cfg/logs/letsencrypt.log.3",
        "custom-logs/letsencrypt.log",
        "platform-logs/letsencrypt.log.1",
    ]
    for finding in report.findings:
        assert "c2VjcmV0c2VjcmV0" not in str(finding.to_json())

"""The config-dir corpus cases that were still silent or misnamed (issue #23): each is a finding
that names the file and says what is wrong with it, and the rest of the folder is still read."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.inspection import MAX_ACCOUNT_DEPTH, inspect_config_dir
from tests.helpers.programs import NO_SYMLINKS, symlinks_work
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
NOW = dt.datetime(2026, 11, 26, tzinfo=dt.UTC)
links = pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)


def findings(path: Path) -> list[tuple[str, str]]:
    report = inspect_config_dir(path, SERVER, now=NOW, scan_platform_logs=False)
    return [(f.id, f.detail()) for f in report.findings]


def folder(tmp_path: Path, name: str = "a.example") -> Path:
    add_lineage(tmp_path, name, SERVER, add_account(tmp_path, SERVER),
                not_after=NOW + dt.timedelta(days=80))  # fmt: skip
    return tmp_path


def test_a_nul_in_the_authenticator_names_the_conf(tmp_path: Path) -> None:
    conf = folder(tmp_path) / "renewal" / "a.example.conf"
    text = re.sub(r"(?m)^authenticator = .*$", "authenticator = stand\x00alone", conf.read_text())
    assert "stand\x00alone" in text
    conf.write_text(text)
    (found,) = findings(tmp_path)
    assert (
        found[0] == "renewal-conf-unreadable"
        and "authenticator holds a control character" in (found[1])
    )


def test_renewal_being_a_file_is_named(tmp_path: Path) -> None:
    folder(tmp_path)
    shutil.rmtree(tmp_path / "renewal")
    (tmp_path / "renewal").write_text("not a folder")
    found = findings(tmp_path)
    assert any(i == "config-dir-unreadable" and str(tmp_path / "renewal") in d
               and "a file, not a folder" in d for i, d in found), found  # fmt: skip


def test_accounts_being_a_file_is_named_not_account_missing(tmp_path: Path) -> None:
    folder(tmp_path)
    shutil.rmtree(tmp_path / "accounts")
    (tmp_path / "accounts").write_text("not a folder")
    ids = [i for i, _ in findings(tmp_path)]
    assert "accounts-unreadable" in ids and "lineage-account-missing" not in ids


def negative_serial_pem() -> bytes:
    pem = make_cert_pem(["a.example"], NOW + dt.timedelta(days=80)).decode()
    der = base64.b64decode("".join(re.findall(r"^[A-Za-z0-9+/=]+$", pem, re.M)))
    # tbsCertificate: version [0], then serialNumber INTEGER: make its first byte negative.
    version = der.index(b"\xa0\x03\x02\x01\x02")
    serial_at = version + 5
    assert der[serial_at] == 0x02
    length = der[serial_at + 1]
    serial = bytes([0x80 | der[serial_at + 2]]) + der[serial_at + 3 : serial_at + 2 + length]
    der = der[: serial_at + 2] + serial + der[serial_at + 2 + length :]
    body = base64.encodebytes(der).decode()
    return f"-----BEGIN CERTIFICATE-----\n{body}-----END CERTIFICATE-----\n".encode()


def test_a_negative_serial_number_is_named(tmp_path: Path) -> None:
    folder(tmp_path)
    # Through live/ (a link to archive/ where links work, the file itself where they do not).
    (tmp_path / "live" / "a.example" / "cert.pem").write_bytes(negative_serial_pem())
    found = dict(findings(tmp_path))
    assert "certificate-malformed" in found and "is not positive" in found["certificate-malformed"]


def test_an_unreadable_log_is_named_and_may_hold_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a non-elevated user meets certbot's root-only logs (the tests run as root)."""
    folder(tmp_path)
    (tmp_path / "logs").mkdir()
    log = tmp_path / "logs" / "letsencrypt.log"
    log.write_text("x\n")
    opened = os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == log:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    found = dict(findings(tmp_path))
    assert "renewal-log-unreadable" in found
    assert "Permission denied" in found["renewal-log-unreadable"]
    assert "may hold an HMAC key" in found["renewal-log-unreadable"]
    assert "Errno" not in found["renewal-log-unreadable"]


@links
def test_a_link_loop_is_called_a_loop_not_outside(tmp_path: Path) -> None:
    folder(tmp_path)
    cert = tmp_path / "live" / "a.example" / "cert.pem"
    cert.unlink()
    loop = tmp_path / "live" / "a.example" / "loop.pem"
    loop.symlink_to(cert)
    cert.symlink_to(loop)
    details = [d for i, d in findings(tmp_path) if i == "certificate-unreadable"]
    assert details and all("a link loop" in d for d in details)
    assert not any("outside" in d for _, d in findings(tmp_path))


def _deep_tree(top: Path, levels: int) -> Iterator[None]:
    """``levels`` nested folders under ``top``, made and removed one level at a time (the
    path is too long to name whole, and shutil.rmtree would recurse too far)."""
    here = Path.cwd()
    top.mkdir(parents=True)
    os.chdir(top)
    try:
        for _ in range(levels):
            Path("d").mkdir()
            os.chdir("d")
        os.chdir(here)
        yield
    finally:
        os.chdir(top)
        depth = 0
        while Path("d").is_dir():
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            os.chdir("..")
            Path("d").rmdir()
        os.chdir(here)


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot be inside a path this deep")
def test_a_tree_thousands_deep_is_one_finding_and_the_rest_is_read(tmp_path: Path) -> None:
    folder(tmp_path)
    with contextlib.contextmanager(_deep_tree)(tmp_path / "accounts" / "deep.example", 3000):
        report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    found = [(f.id, f.detail()) for f in report.findings]
    assert not any("recursion" in d for _, d in found), found
    assert any(i == "accounts-unreadable" and f"more than {MAX_ACCOUNT_DEPTH} deep" in d
               for i, d in found)  # fmt: skip
    assert [lin.name for lin in report.lineages] == ["a.example"]


@links
def test_a_lineage_linked_outside_is_named_as_such(tmp_path: Path) -> None:
    cfg = folder(tmp_path / "cfg")
    outside = tmp_path / "elsewhere"
    shutil.move(cfg / "live" / "a.example", outside)
    (cfg / "live" / "a.example").symlink_to(outside / "gone")
    found = findings(cfg)
    assert "lineage-files-missing" not in [i for i, _ in found], found
    assert "config-dir-link-outside" in [i for i, _ in found]


def test_live_without_permission_gives_the_os_reason_not_an_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """live/ at mode 000, as a non-root user meets it (the tests run as root)."""
    folder(tmp_path)
    live = tmp_path / "live"
    stat, resolve = Path.stat, Path.resolve

    def denied_stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if live in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return stat(self, *args, **kwargs)  # type: ignore[arg-type]

    def denied_resolve(self: Path, strict: bool = False) -> Path:
        if live in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return resolve(self, strict)

    monkeypatch.setattr(Path, "stat", denied_stat)
    monkeypatch.setattr(Path, "resolve", denied_resolve)
    found = findings(tmp_path)
    assert found, "silent"
    assert all("Errno" not in detail for _, detail in found), found
    assert any(i == "certificate-unreadable" and "Permission denied" in d for i, d in found)

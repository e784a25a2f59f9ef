from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.configdir.marker import MARKER_NAME, record_account
from tests.helpers.programs import NO_SYMLINKS, symlinks_work
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
    # live/, where the assistant reads: a link into archive/, or a copy where links cannot be made
    (tmp_path / "live" / "a.example" / "cert.pem").write_text("garbage")
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


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
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


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_accounts_link_out_is_reported_and_blocks_a_run(tmp_path: Path) -> None:
    """Not followed (inspection stays inside), but not silent either: the KID check cannot be
    done without it, so a run is refused."""
    elsewhere = tmp_path / "elsewhere"
    add_account(elsewhere, SERVER, "a")
    add_account(elsewhere, SERVER, "b")
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "accounts").symlink_to(elsewhere / "accounts")
    report = inspect_config_dir(cfg, SERVER, "kid", now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "accounts-unreadable" and finding.spec.blocks_run
    assert "outside" in finding.detail()
    assert report.accounts == []


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_renewal_link_out_is_reported(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    add_lineage(elsewhere, "a.example", SERVER, add_account(elsewhere, SERVER))
    cfg = tmp_path / "cfg"
    add_account(cfg, SERVER)
    (cfg / "renewal").symlink_to(elsewhere / "renewal")
    assert ids(cfg) == ["config-dir-link-outside"]


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


# Hardening (issue 12): every odd input ends in a finding about that input, never a hang, a
# crash, or silence.

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


@needs_fifo
@pytest.mark.timeout(20)
def test_a_fifo_as_cert_or_marker_does_not_hang(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    cert = tmp_path / "live" / "a.example" / "cert.pem"
    cert.unlink()
    os.mkfifo(cert)
    os.mkfifo(tmp_path / MARKER_NAME)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    by_id = {f.id: f for f in report.findings}
    assert "FIFO" in by_id["certificate-unreadable"].detail()
    assert "FIFO" in by_id["marker-unreadable"].detail()


@needs_fifo
@pytest.mark.timeout(20)
def test_a_fifo_as_account_json_does_not_hang(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    regr = next((tmp_path / "accounts").rglob("regr.json"))
    regr.unlink()
    os.mkfifo(regr)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["account-unreadable"]
    assert report.accounts[0].account_id == account


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_a_config_dir_that_is_a_link_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    report = inspect_config_dir(loop, SERVER, now=NOW, scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["config-dir-unreadable"]


@pytest.mark.parametrize(
    "kind",
    [
        "folder",
        pytest.param("loop", marks=pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)),
        pytest.param("outside", marks=pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)),
        "empty",
        "truncated",
    ],
)
def test_renewal_confs_that_are_not_confs_are_named(tmp_path: Path, kind: str) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "good.example", SERVER, account)
    conf = tmp_path / "renewal" / "odd.conf"
    if kind == "folder":
        conf.mkdir()
    elif kind == "loop":
        conf.symlink_to(tmp_path / "renewal" / "odd2.conf")
        (tmp_path / "renewal" / "odd2.conf").symlink_to(conf)
    elif kind == "outside":
        (tmp_path.parent / "stray.conf").write_text("x = 1\n")
        conf.symlink_to(tmp_path.parent / "stray.conf")
    elif kind == "empty":
        conf.write_text("")
    else:
        good = (tmp_path / "renewal" / "good.example.conf").read_text()
        conf.write_text(good[: len(good) // 3])
    found = ids(tmp_path)
    expected = "config-dir-link-outside" if kind == "outside" else "renewal-conf-unreadable"
    assert expected in found, found
    if kind == "loop":
        assert found.count("renewal-conf-unreadable") == 2


def test_unreadable_accounts_folder_blocks_the_kid_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a non-elevated user sees certbot's 0700 accounts folder: before, the KID check was
    silently skipped and the run went ahead."""
    add_account(tmp_path, SERVER)
    real_scandir = os.scandir

    def denied(path: object) -> object:
        if Path(str(path)).name == "accounts":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", denied)
    report = inspect_config_dir(tmp_path, SERVER, "kid-2", now=NOW, scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["accounts-unreadable"]
    assert report.findings[0].spec.blocks_run


def test_missing_lineage_files_make_the_lineage_broken(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    archive = tmp_path / "archive" / "a.example"
    (archive / "chain1.pem").unlink()  # live/chain.pem now dangles
    live_chain = tmp_path / "live" / "a.example" / "chain.pem"
    if not live_chain.is_symlink():  # a copy, where no link can be made: gone as well
        live_chain.unlink()
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = [f for f in report.findings if f.id == "lineage-files-missing"]
    assert finding.evidence["file"].endswith("chain.pem")


def test_a_conf_without_server_renews_against_lets_encrypt(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    conf = tmp_path / "renewal" / "a.example.conf"
    conf.write_text(
        "".join(x for x in conf.read_text().splitlines(True) if not x.startswith("server"))
    )
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "lineage-bound-to-other-server"
    assert "letsencrypt.org" in finding.evidence["other_server"]


def test_a_certificate_not_yet_valid(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account, not_after=NOW + dt.timedelta(days=90))
    earlier = NOW - dt.timedelta(days=200)
    assert inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False).findings == []
    report = inspect_config_dir(tmp_path, SERVER, now=earlier, scan_platform_logs=False)
    assert "certificate-not-yet-valid" in [f.id for f in report.findings]


def test_a_key_that_does_not_match_its_certificate(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    add_lineage(tmp_path, "b.example", SERVER, account)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    # RSA, as certbot before 2.0 made them: read without its 80 ms consistency check.
    other = rsa.generate_private_key(65537, 2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (tmp_path / "live" / "a.example" / "privkey.pem").write_bytes(other)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "certificate-key-mismatch" and finding.evidence["lineage"] == "a.example"


def test_a_marker_with_schema_true_is_not_schema_1(tmp_path: Path) -> None:
    add_account(tmp_path, SERVER)
    (tmp_path / MARKER_NAME).write_text('{"schema": true, "accounts": []}')
    assert "marker-unreadable" in ids(tmp_path)


@pytest.mark.parametrize("content", ["[" * 100_000 + "]" * 100_000, '{"uri": ' + "9" * 5000 + "}"])
def test_json_over_python_limits_is_one_files_problem(tmp_path: Path, content: str) -> None:
    """Before, RecursionError or the int-digit limit ended the whole inspection (and every
    other finding with it)."""
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account, not_after=NOW - dt.timedelta(days=1))
    next((tmp_path / "accounts").rglob("regr.json")).write_text(content)
    (tmp_path / MARKER_NAME).write_text(content)
    found = ids(tmp_path)
    assert found == ["account-unreadable", "certificate-expired", "marker-unreadable"]


def test_thousands_of_incomplete_accounts_are_one_finding(tmp_path: Path) -> None:
    for n in range(2000):
        add_account(tmp_path, SERVER, f"broken-{n}", files=("meta.json",))
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "incomplete-account" and finding.evidence["count"] == "2000"
    assert "2000" in finding.detail()


def test_a_few_incomplete_accounts_are_listed_one_by_one(tmp_path: Path) -> None:
    for n in range(3):
        add_account(tmp_path, SERVER, f"broken-{n}", files=("meta.json",))
    assert ids(tmp_path) == ["incomplete-account"] * 3


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX byte file names")
def test_json_output_with_a_non_utf8_file_name_is_valid_utf8(tmp_path: Path) -> None:
    cfg_path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9"))
    cfg_path.mkdir()
    (cfg_path / "notes.txt").write_text("not certbot")
    report = inspect_config_dir(cfg_path, SERVER, now=NOW, scan_platform_logs=False)
    text = json.dumps([f.to_json() for f in report.findings], ensure_ascii=False)
    text.encode("utf-8")  # lone surrogates would raise here
    assert report.findings[0].evidence["path"].endswith("caf\\xe9")


@pytest.mark.parametrize("server", ["http://[::1/x", "https://acme.example:99999999/dir",
                                    "https://acme.example:port/dir"])  # fmt: skip
def test_a_malformed_server_url_in_a_renewal_conf_is_called_invalid(
    tmp_path: Path, server: str
) -> None:
    """urlsplit raises on 'http://[::1/x'; it used to end the whole inspection, then to read
    as "bound to another server". Certbot cannot renew with it: the conf is named."""
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", server, account)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "renewal-conf-unreadable" and "is not a valid URL" in finding.detail()


def test_a_certificate_with_a_duplicate_extension() -> None:
    """cryptography raises DuplicateExtension only when the extensions are read; it escaped."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    from certbot_assistant.core.certificates.certificate_info import (
        CertificateError,
        parse_certificate,
    )

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "a.example")])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(NOW)
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("a.example")]), False)
        .add_extension(x509.IssuerAlternativeName([x509.DNSName("b.example")]), False)
    )
    der = builder.sign(key, hashes.SHA256()).public_bytes(Encoding.DER)
    # IssuerAltName (2.5.29.18) renamed SubjectAltName (2.5.29.17): one flipped byte, two SANs.
    doubled = der.replace(bytes.fromhex("0603551d12"), bytes.fromhex("0603551d11"), 1)
    assert doubled != der
    bad = x509.load_der_x509_certificate(doubled).public_bytes(Encoding.PEM)
    with pytest.raises(CertificateError):
        parse_certificate(bad)


def test_a_renewal_conf_naming_an_account_that_is_not_here(tmp_path: Path) -> None:
    """A folder copied without accounts/, or an account deleted by hand: renewal will fail."""
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "a.example", SERVER, account)
    add_lineage(tmp_path, "b.example", SERVER, "0" * 32)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    (finding,) = report.findings
    assert finding.id == "lineage-account-missing"
    assert finding.evidence["lineage"] == "b.example" and finding.evidence["account"] == "0" * 32


def test_expiry_warning_scales_with_the_certificate_lifetime(tmp_path: Path) -> None:
    """Warned at a third of its life left, as certbot renews: 60 days left is due for a
    199-day DigiCert certificate, not for a 90-day one."""
    account = add_account(tmp_path, SERVER)
    ends = NOW + dt.timedelta(days=60)
    add_lineage(tmp_path, "long.example", SERVER, account,
                pem=make_cert_pem(["long.example"], ends, lifetime_days=199))  # fmt: skip
    add_lineage(tmp_path, "short.example", SERVER, account,
                pem=make_cert_pem(["short.example"], ends, lifetime_days=90))  # fmt: skip
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    assert [(f.id, f.evidence["lineage"]) for f in report.findings] == [
        ("certificate-expiring", "long.example")
    ]


def test_a_renewal_server_cut_at_the_ampersand(tmp_path: Path) -> None:
    """DigiCert's "?action=renew&orderId=N" typed unquoted: the shell ended the command at "&"."""
    account = add_account(tmp_path, SERVER)
    add_lineage(tmp_path, "cut.example", SERVER + "?action=renew", account)
    add_lineage(tmp_path, "whole.example", SERVER + "?action=renew&orderId=12345", account)
    report = inspect_config_dir(tmp_path, SERVER, now=NOW, scan_platform_logs=False)
    cut = [f for f in report.findings if f.id == "renewal-server-cut"]
    assert [f.evidence["lineage"] for f in cut] == ["cut.example"]

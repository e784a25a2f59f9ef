"""Config dirs laid out the way certbot 5.x writes them, without running certbot.

The demo's sample folders and its played-back runs are written with these, and so are the
tests' and benchmarks' synthetic folders (the integration tests use real certbot instead). The
account keys are placeholders: nothing here is ever sent to an ACME server.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import shutil
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_KEY: ec.EllipticCurvePrivateKey | None = None


def _key() -> ec.EllipticCurvePrivateKey:
    """One signing key per process: generating keys is the slow part."""
    global _KEY
    if _KEY is None:
        _KEY = ec.generate_private_key(ec.SECP256R1())
    return _KEY


ISSUER_KEY_ID = bytes.fromhex("69885b6b87464041e1b37b847ba0ae2cde01c8d4")
"""The made-up issuing CA's key identifier (RFC 9773's example), for renewal info lookups."""


def make_cert_pem(names: list[str], not_after: dt.datetime, lifetime_days: int = 90) -> bytes:
    """A certificate for ``names`` from a made-up issuing CA; only its fields matter."""
    key = _key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Issuing CA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_after - dt.timedelta(days=lifetime_days))
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), False)
        .add_extension(x509.AuthorityKeyIdentifier(ISSUER_KEY_ID, None, None), False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


@functools.cache
def issuer_pem() -> bytes:
    """The made-up issuing CA's own certificate (the lineage's chain)."""
    key = _key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Issuing CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=365))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


@functools.cache
def private_key_pem() -> bytes:
    """The key of every sample certificate (a sample, so one key serves them all)."""
    return _key().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def server_folder(server: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(server)
    return (parts.netloc + parts.path).rstrip("/")


def add_account(
    config_dir: Path, server: str, seed: str = "a", *, files: tuple[str, ...] | None = None
) -> str:
    account_id = hashlib.md5(seed.encode()).hexdigest()
    folder = config_dir / "accounts" / server_folder(server) / account_id
    folder.mkdir(parents=True, exist_ok=True)
    contents = {
        "regr.json": json.dumps({"body": {}, "uri": f"{server}/acct/{seed}"}),
        "meta.json": json.dumps({"creation_dt": "2026-01-01T00:00:00Z", "creation_host": "h"}),
        "private_key.json": json.dumps({"n": "x", "e": "AQAB", "d": "secret", "kty": "RSA"}),
    }
    for name in files if files is not None else tuple(contents):
        (folder / name).write_text(contents[name])
    return account_id


def link_or_copy(link: Path, target: str) -> None:
    """Certbot's relative link from live/ into archive/; where no link can be made (Windows
    without the symbolic-link privilege, which a normal user lacks; Wine 8), a copy, which the
    assistant reads the same way. Only the demo's sample folders and the tests use this."""
    if link.is_symlink() or link.exists():
        return
    try:
        link.symlink_to(target)
    except OSError:
        pass
    else:
        if link.exists():
            return
        with contextlib.suppress(OSError):
            link.unlink()  # Wine 8 reports success and leaves an unusable entry
    shutil.copyfile(link.parent / target, link)


def add_lineage(
    config_dir: Path,
    name: str,
    server: str,
    account: str,
    *,
    not_after: dt.datetime | None = None,
    pem: bytes | None = None,
    logs_dir: Path | None = None,
    names: list[str] | None = None,
) -> None:
    """A renewal conf, archive/<name>/cert1.pem and the relative links in live/<name>/."""
    not_after = not_after or dt.datetime.now(dt.UTC) + dt.timedelta(days=80)
    archive = config_dir / "archive" / name
    live = config_dir / "live" / name
    archive.mkdir(parents=True, exist_ok=True)
    live.mkdir(parents=True, exist_ok=True)
    cert = pem or make_cert_pem(names or [name], not_after)
    chain = issuer_pem()
    # What certbot itself checks of a lineage: fullchain = cert + chain, the key fits the cert.
    files = {"cert": cert, "chain": chain, "fullchain": cert + chain, "privkey": private_key_pem()}
    for kind, data in files.items():
        (archive / f"{kind}1.pem").write_bytes(data)
        link_or_copy(live / f"{kind}.pem", f"../../archive/{name}/{kind}1.pem")
    renewal = config_dir / "renewal"
    renewal.mkdir(parents=True, exist_ok=True)
    lines = [
        "# renew_before_expiry = 30 days",
        "version = 5.8.0",
        f"archive_dir = {archive}",
        f"cert = {live / 'cert.pem'}",
        f"privkey = {live / 'privkey.pem'}",
        f"chain = {live / 'chain.pem'}",
        f"fullchain = {live / 'fullchain.pem'}",
        "",
        "# Options used in the renewal process",
        "[renewalparams]",
        f"account = {account}",
        "authenticator = standalone",
        f"server = {server}",
        "key_type = ecdsa",
        f"config_dir = {config_dir}",
    ]
    if logs_dir is not None:
        lines.append(f"logs_dir = {logs_dir}")
    (renewal / f"{name}.conf").write_text("\n".join(lines) + "\n")

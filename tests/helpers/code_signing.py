"""A throwaway code-signing authority for the build's signing step: a test root, a code-signing
certificate in a password-protected PFX, and a local RFC 3161 timestamp server (``openssl ts``)
with its own root. Nothing of it is trusted anywhere but in the verification that names it."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "test-signing-password-1"  # a throwaway key's; the tests check it is never printed

TSA_CONFIG = """\
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha1, sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@dataclass(frozen=True)
class SigningAuthority:
    folder: Path

    @property
    def ca(self) -> Path:
        return self.folder / "ca.pem"

    @property
    def pfx(self) -> Path:
        return self.folder / "signer.pfx"

    @property
    def signer_pem(self) -> Path:
        return self.folder / "signer.pem"

    @property
    def tsa_ca(self) -> Path:
        return self.folder / "tsa-ca.pem"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Certbot Assistant tests")])  # fmt: skip


def _certificate(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] | None,
    *,
    ca: bool,
    usage: x509.ObjectIdentifier | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    issuer_name = issuer[0].subject if issuer else _name(subject)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True,
                          crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True,
        )  # fmt: skip
    else:
        builder = builder.add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False,
                          crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True,
        ).add_extension(x509.ExtendedKeyUsage([usage] if usage else []),
                        critical=usage == ExtendedKeyUsageOID.TIME_STAMPING)  # fmt: skip
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()),
            critical=False,
        )
    signer = issuer[1] if issuer else key
    return builder.sign(signer, hashes.SHA256())


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(path: Path, *certificates: x509.Certificate) -> None:
    path.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates))


def make_authority(folder: Path) -> SigningAuthority:
    """A root and a code-signing certificate (PFX with ``PASSWORD``), and a timestamping root
    and certificate for ``timestamp_server``."""
    folder.mkdir(parents=True, exist_ok=True)
    root_key, signer_key, tsa_root_key, tsa_key = _key(), _key(), _key(), _key()
    root = _certificate("Certbot Assistant test root", root_key, None, ca=True)
    signer = _certificate("Certbot Assistant test publisher", signer_key, (root, root_key),
                          ca=False, usage=ExtendedKeyUsageOID.CODE_SIGNING)  # fmt: skip
    tsa_root = _certificate("Certbot Assistant test TSA root", tsa_root_key, None, ca=True)
    tsa = _certificate("Certbot Assistant test TSA", tsa_key, (tsa_root, tsa_root_key),
                       ca=False, usage=ExtendedKeyUsageOID.TIME_STAMPING)  # fmt: skip
    authority = SigningAuthority(folder)
    _pem(authority.ca, root)
    _pem(authority.signer_pem, signer)
    _pem(authority.tsa_ca, tsa_root)
    _pem(folder / "tsa.pem", tsa)
    (folder / "tsa.key").write_bytes(
        tsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    )  # fmt: skip
    authority.pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"signer", signer_key, signer, [root],
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )  # fmt: skip
    (folder / "serial").write_text("01\n", encoding="ascii")
    (folder / "tsa.cnf").write_text(TSA_CONFIG.format(dir=folder), encoding="ascii")
    return authority


@contextlib.contextmanager
def timestamp_server(authority: SigningAuthority) -> Iterator[str]:
    """An RFC 3161 timestamp server on localhost (each request answered by ``openssl ts``);
    yields its URL."""
    folder = authority.folder
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lock, tempfile.TemporaryDirectory() as scratch:
                request, reply = Path(scratch) / "q.tsq", Path(scratch) / "r.tsr"
                request.write_bytes(query)
                done = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"),
                     "-queryfile", str(request), "-inkey", str(folder / "tsa.key"),
                     "-signer", str(folder / "tsa.pem"), "-out", str(reply)],
                    capture_output=True, check=False, timeout=60,
                )  # fmt: skip
                body = reply.read_bytes() if done.returncode == 0 else b""
            self.send_response(200 if body else 500)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()

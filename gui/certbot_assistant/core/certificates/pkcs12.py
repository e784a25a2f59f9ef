"""A certbot lineage as PKCS#12 (PFX): what Windows, IIS and most Windows services import.

Built with ``cryptography`` using modern encryption (AES-256-CBC with PBKDF2-SHA256 and a
SHA-256 MAC) rather than the RC2/3DES of older tools; Windows 10 1709+ and Server 2019+ read it.
The password is random, lives only in memory for as long as the import needs it, and is never
written or logged; an exported PFX for other software gets the password the admin chose.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

MAX_PEM_BYTES = 1024 * 1024


class LineageUnreadable(TranslatableError):
    """The lineage's certificate or key cannot be read or does not fit together."""

    context = "Deploy"
    template = QT_TRANSLATE_NOOP("Deploy", "%1: %2")


@dataclass(frozen=True)
class LineageMaterial:
    name: str
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    key: object = field(repr=False)

    @property
    def thumbprint(self) -> str:
        return thumbprint(self.certificate)


def thumbprint(cert: x509.Certificate) -> str:
    """SHA-1 of the certificate, upper-case hex: how Windows and IIS name a certificate."""
    return cert.fingerprint(hashes.SHA1()).hex().upper()


def der_thumbprint(der: bytes) -> str:
    """``thumbprint`` of a certificate still in its DER bytes (as a store hands it over)."""
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()


def _read(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_PEM_BYTES)
    except NotReadable as exc:
        raise LineageUnreadable(path, exc) from exc


def read_lineage(config_dir: Path, name: str) -> LineageMaterial:
    """``live/<name>/``: the certificate, its chain and its private key, checked to match."""
    live = config_dir / "live" / name
    try:
        cert = x509.load_pem_x509_certificate(_read(live / "cert.pem"))
        chain = tuple(x509.load_pem_x509_certificates(_read(live / "chain.pem")))
        key = serialization.load_pem_private_key(_read(live / "privkey.pem"), password=None)
        public = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        ours = cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    except TypeError as exc:  # cryptography's word for a key that needs a password
        raise LineageUnreadable(
            live, template=QT_TRANSLATE_NOOP("Deploy", "%1: privkey.pem is protected by a password")
        ) from exc
    except (ValueError, x509.InvalidVersion, UnsupportedAlgorithm) as exc:
        raise LineageUnreadable(live, exc) from exc
    if public != ours:
        raise LineageUnreadable(
            live,
            template=QT_TRANSLATE_NOOP("Deploy", "%1: privkey.pem does not belong to cert.pem"),
        )
    return LineageMaterial(name, cert, chain, key)


def random_password() -> bytes:
    return secrets.token_urlsafe(32).encode()


def friendly_name(material: LineageMaterial) -> str:
    """What an admin sees in certlm.msc: which lineage, until when."""
    until = material.certificate.not_valid_after_utc.strftime("%Y-%m-%d")
    return f"{material.name} (certbot, until {until})"


def build_pfx(material: LineageMaterial, password: bytes, *, compatible: bool = False) -> bytes:
    """``compatible``: 3DES/SHA-1 for Windows that cannot read AES PFX files (Server 2016,
    Windows 10 before 1709, Wine); used only for an in-memory import with a random password."""
    builder = serialization.PrivateFormat.PKCS12.encryption_builder().kdf_rounds(100_000)
    if compatible:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC).hmac_hash(
            hashes.SHA1()
        )
    else:
        builder = builder.key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(
            hashes.SHA256()
        )
    encryption = builder.build(password)
    return pkcs12.serialize_key_and_certificates(
        friendly_name(material).encode(),
        material.key,  # type: ignore[arg-type]
        material.certificate,
        list(material.chain),
        encryption,
    )

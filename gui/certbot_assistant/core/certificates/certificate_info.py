"""What a PEM certificate says: names, expiry, issuer (read with ``cryptography``)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file, reason
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cryptography import x509

MAX_PEM_BYTES = 1024 * 1024


class CertificateError(TranslatableError):
    """The file is not a readable PEM certificate; the message says why (the parser's or the
    OS's own words)."""

    context = "Deploy"
    template = QT_TRANSLATE_NOOP("Deploy", "%1")


@dataclass(frozen=True)
class CertificateInfo:
    names: tuple[str, ...]
    not_after: datetime
    issuer: str
    serial: str
    not_before: datetime | None = None
    public_key_der: bytes = b""  # SubjectPublicKeyInfo, to check that a private key belongs
    authority_key_id: bytes = b""
    """The issuer's key identifier: with the serial, what ACME renewal info (ARI) names it by."""
    serial_number: int = 0
    thumbprint: str = ""
    """SHA-1 of the DER, upper case: how Windows names it in a store and in a binding."""


def _authority_key_id(cert: x509.Certificate) -> bytes:
    from cryptography import x509

    try:
        extension = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    except (x509.ExtensionNotFound, ValueError):
        return b""  # none, or one that does not parse: no renewal info lookup, nothing else
    return extension.value.key_identifier or b""


def _issuer_text(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = cert.issuer.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return cert.issuer.rfc4514_string()


def _names(cert: x509.Certificate) -> tuple[str, ...]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        names = [str(n) for n in san.value.get_values_for_type(x509.DNSName)]
        names += [str(ip) for ip in san.value.get_values_for_type(x509.IPAddress)]
        if names:
            return tuple(names)
    except x509.ExtensionNotFound:
        pass
    return tuple(str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME))


def parse_certificate_der(der: bytes) -> CertificateInfo:
    """A certificate as a store holds it (DER). Raises CertificateError."""
    import base64

    pem = (
        b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(der) + b"-----END CERTIFICATE-----\n"
    )
    return parse_certificate(pem)


def parse_certificate(data: bytes) -> CertificateInfo:
    """The first certificate in PEM ``data``. Raises CertificateError.

    cryptography is imported here, not at module level: it is only needed once a certificate
    is read, and the app starts faster without it.
    """
    from cryptography import x509
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.utils import CryptographyDeprecationWarning

    # cryptography parses extensions lazily: a duplicate extension, a bad version or an unknown
    # name type surfaces only when a field is read, each with its own exception class.
    errors = (
        ValueError,
        TypeError,
        x509.DuplicateExtension,
        x509.InvalidVersion,
        x509.UnsupportedGeneralNameType,
        UnsupportedAlgorithm,  # a key on a curve it does not know
    )
    try:
        with warnings.catch_warnings():
            # A certificate someone else issued may break RFC 5280 (a serial of zero or less):
            # cryptography reads it with a deprecation warning, which is not the user's concern.
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            cert = x509.load_pem_x509_certificate(data)
            return CertificateInfo(
                names=_names(cert),
                not_after=cert.not_valid_after_utc,
                issuer=_issuer_text(cert),
                serial=format(cert.serial_number, "x"),
                not_before=cert.not_valid_before_utc,
                public_key_der=cert.public_key().public_bytes(
                    serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
                ),
                authority_key_id=_authority_key_id(cert),
                serial_number=cert.serial_number,
                thumbprint=cert.fingerprint(hashes.SHA1()).hex().upper(),
            )
    except errors as exc:
        raise CertificateError(
            str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        ) from exc


def read_certificate(path: Path) -> CertificateInfo:
    try:
        data = read_regular_file(path, MAX_PEM_BYTES)
    except NotReadable as exc:
        raise CertificateError(reason(exc)) from exc
    return parse_certificate(data)


def private_key_matches(path: Path, public_key_der: bytes) -> bool | None:
    """Whether the PEM private key at ``path`` belongs to ``public_key_der``; None when the
    key cannot be read (encrypted, unknown type, not a key). The key never leaves this function.
    """
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    try:
        data = read_regular_file(path, MAX_PEM_BYTES)
        # Only the public half is compared and the key is never used: RSA's consistency check
        # (80 ms a key) would make a folder of RSA lineages take minutes.
        key = serialization.load_pem_private_key(
            data, password=None, unsafe_skip_rsa_key_validation=True
        )
        public = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm):
        return None
    return public == public_key_der

"""What a PEM certificate says: names, expiry, issuer (read with ``cryptography``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography import x509

MAX_PEM_BYTES = 1024 * 1024


class CertificateError(Exception):
    """The file is not a readable PEM certificate; the message says why."""


@dataclass(frozen=True)
class CertificateInfo:
    names: tuple[str, ...]
    not_after: datetime
    issuer: str
    serial: str


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


def parse_certificate(data: bytes) -> CertificateInfo:
    """The first certificate in PEM ``data``. Raises CertificateError.

    cryptography is imported here, not at module level: it is only needed once a certificate
    is read, and the app starts faster without it.
    """
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(data)
        return CertificateInfo(
            names=_names(cert),
            not_after=cert.not_valid_after_utc,
            issuer=_issuer_text(cert),
            serial=format(cert.serial_number, "x"),
        )
    except (ValueError, TypeError) as exc:
        raise CertificateError(
            str(exc).splitlines()[0] if str(exc) else "not a certificate"
        ) from exc


def read_certificate(path: Path) -> CertificateInfo:
    try:
        if path.stat().st_size > MAX_PEM_BYTES:
            raise CertificateError(f"larger than {MAX_PEM_BYTES} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise CertificateError(exc.strerror or str(exc)) from exc
    return parse_certificate(data)

"""Which certificate a host:port really serves (with SNI), compared with the one just deployed.

After a renewal the new certificate is in the store or folder, but a binding that still names
the old one keeps serving it until someone notices. Asking the server is the only proof.
Trust is not checked here (the question is "which certificate", not "is it trusted"), so an
internal name or a private CA does not stop the comparison.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass

from cryptography import x509

from certbot_assistant.core import findings as F
from certbot_assistant.core.certificates.pkcs12 import thumbprint
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Served:
    host: str
    port: int
    thumbprint: str | None  # SHA-1, upper-case hex, as Windows names certificates
    not_after: str | None = None
    error: str | None = None


class BindingError(TranslatableError, ValueError):
    """Not ``host:port``; the message says what is wrong."""

    context = "Deploy"


def parse_binding(text: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` too); the port defaults to 443. Raises BindingError."""
    text = text.strip()
    if text.startswith("["):
        host, closed, rest = text[1:].partition("]")
        port_text = (
            rest.removeprefix(":") if closed and (rest.startswith(":") or not rest) else None
        )
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep:
            host, port_text = text, ""
    if port_text is None:
        raise BindingError(text, template=QT_TRANSLATE_NOOP("Deploy", '"%1" is not host:port'))
    if not host or any(c.isspace() or ord(c) < 32 for c in host):
        raise BindingError(
            text,
            template=QT_TRANSLATE_NOOP(
                "Deploy", '"%1" names no host (host:port, e.g. www.example.com:443)'
            ),
        )
    if not port_text:
        return host, 443
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise BindingError(
            text,
            port_text,
            template=QT_TRANSLATE_NOOP("Deploy", '"%1": "%2" is not a port between 1 and 65535'),
        )
    return host, int(port_text)


def _any_certificate() -> ssl.SSLContext:
    """TLS that accepts whatever certificate is presented: it is read, not trusted."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _served(host: str, port: int, der: bytes | None) -> Served:
    if not der:
        return Served(host, port, None, error="no certificate")
    cert = x509.load_der_x509_certificate(der)
    return Served(
        host, port, thumbprint(cert), cert.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC")
    )


def served_certificate(host: str, port: int, server_name: str | None = None) -> Served:
    """The leaf certificate ``host:port`` presents for ``server_name`` (SNI; default ``host``)."""
    try:
        with (
            socket.create_connection((host, port), timeout=TIMEOUT_S) as raw,
            _any_certificate().wrap_socket(raw, server_hostname=server_name or host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError, ValueError) as exc:
        return Served(host, port, None, error=str(exc) or type(exc).__name__)
    return _served(host, port, der)


# An X.224 connection request with an RDP negotiation request for TLS or CredSSP (which runs
# over TLS too): what an RDP client sends before the TLS handshake ([MS-RDPBCGR] 2.2.1.1).
_RDP_CONNECTION_REQUEST = bytes.fromhex("030000130ee000000000000100080003000000")


def served_rdp_certificate(host: str, port: int = 3389) -> Served:
    """The certificate a Remote Desktop listener presents: the RDP negotiation first, then the
    TLS handshake (a plain TLS client gets no answer on 3389)."""
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT_S) as raw:
            raw.sendall(_RDP_CONNECTION_REQUEST)
            header = _read_exactly(raw, 4)
            length = int.from_bytes(header[2:4], "big")
            if header[0] != 3 or not 11 <= length <= 64:
                return Served(host, port, None, error="not an RDP listener")
            body = _read_exactly(raw, length - 4)
            if len(body) < 15 or body[7] != 0x02:  # RDP_NEG_RSP; 0x03 is a failure
                return Served(host, port, None, error="the RDP listener refused TLS")
            with _any_certificate().wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError, ValueError) as exc:
        return Served(host, port, None, error=str(exc) or type(exc).__name__)
    return _served(host, port, der)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("the connection closed")
        data += chunk
    return data


def served_findings(expected_thumbprint: str, served: Served, lineage: str) -> list[F.Finding]:
    binding = f"{served.host}:{served.port}"
    if served.error is not None:
        return [F.make("served-certificate-unreachable", binding=binding, error=served.error)]
    if served.thumbprint != expected_thumbprint:
        return [
            F.make(
                "served-certificate-stale",
                binding=binding,
                lineage=lineage,
                served=served.thumbprint or "?",
                expected=expected_thumbprint,
                not_after=served.not_after or "?",
            )
        ]
    return []

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
from certbot_assistant.core.pkcs12 import thumbprint

TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Served:
    host: str
    port: int
    thumbprint: str | None  # SHA-1, upper-case hex, as Windows names certificates
    not_after: str | None = None
    error: str | None = None


def parse_binding(text: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` too); the port defaults to 443."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, int(rest.lstrip(":") or 443)
    host, sep, port = text.rpartition(":")
    if not sep:
        return text, 443
    return host, int(port)


def served_certificate(host: str, port: int, server_name: str | None = None) -> Served:
    """The leaf certificate ``host:port`` presents for ``server_name`` (SNI; default ``host``)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout=TIMEOUT_S) as raw,
            context.wrap_socket(raw, server_hostname=server_name or host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError, ValueError) as exc:
        return Served(host, port, None, error=str(exc) or type(exc).__name__)
    if not der:
        return Served(host, port, None, error="no certificate")
    cert = x509.load_der_x509_certificate(der)
    return Served(
        host, port, thumbprint(cert), cert.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC")
    )


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

"""ACME renewal information (ARI, RFC 9773): the renewal window an ACME server suggests.

Certbot from 4.1 asks the server that issued a certificate for it and renews inside the window,
so the forecast of a lineage follows it too. Read-only GETs, no account, no order: the
directory, then ``renewalInfo/<certificate id>``. Any failure means "no window" (certbot then
falls back to its own rule, and so does the forecast).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import ssl
import urllib.error
import urllib.request
from datetime import datetime

from certbot_assistant.core.certificates.certificate_info import CertificateInfo
from certbot_assistant.core.renewal.forecast import AriWindow

log = logging.getLogger(__name__)

TIMEOUT_S = 10.0
MAX_BYTES = 64 * 1024


def certificate_id(cert: CertificateInfo) -> str | None:
    """``base64url(AKI keyIdentifier) "." base64url(serial)`` (RFC 9773 §4.1); None when the
    certificate names no authority key identifier."""
    if not cert.authority_key_id or cert.serial_number <= 0:
        return None
    serial = cert.serial_number.to_bytes((cert.serial_number.bit_length() + 8) // 8, "big")
    return f"{_b64(cert.authority_key_id)}.{_b64(serial)}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class AriReader:
    """Asks each server's directory once for its ``renewalInfo`` URL."""

    def __init__(self, timeout_s: float = TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self._endpoints: dict[str, str | None] = {}
        cafile = os.environ.get("REQUESTS_CA_BUNDLE")  # what certbot itself trusts
        self._tls = ssl.create_default_context(cafile=cafile if cafile else None)

    def window(self, server: str, cert: CertificateInfo) -> AriWindow | None:
        ident = certificate_id(cert)
        if ident is None:
            return None
        endpoint = self._endpoint(server)
        if endpoint is None:
            return None
        data = self._get_json(f"{endpoint.rstrip('/')}/{ident}")
        suggested = data.get("suggestedWindow") if isinstance(data, dict) else None
        if not isinstance(suggested, dict):
            return None
        try:
            start = datetime.fromisoformat(str(suggested["start"]).replace("Z", "+00:00"))
            end = datetime.fromisoformat(str(suggested["end"]).replace("Z", "+00:00"))
        except (KeyError, ValueError):
            log.info("renewal info for %s has no usable window: %r", server, suggested)
            return None
        if start.tzinfo is None or end.tzinfo is None or end < start:
            return None
        return AriWindow(start, end)

    def _endpoint(self, server: str) -> str | None:
        if server not in self._endpoints:
            directory = self._get_json(server)
            url = directory.get("renewalInfo") if isinstance(directory, dict) else None
            self._endpoints[server] = url if isinstance(url, str) and url else None
        return self._endpoints[server]

    def _get_json(self, url: str) -> object:
        if not url.startswith(("https://", "http://")):
            return None
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(
                request, timeout=self.timeout_s, context=self._tls
            ) as response:
                body = response.read(MAX_BYTES + 1)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            log.info("no renewal info from %s: %s", url, exc)
            return None
        if len(body) > MAX_BYTES:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return None

"""A small client for DigiCert CertCentral's Services API v2 (reference/certcentral-api.md).

Only what the pre-flight checks need: GET with paging, PUT for request status. Every failure is
one typed error that knows its finding, so callers never see an httpx exception, and the API key
appears in no log line, exception text or finding. TLS is verified against the OS trust store
(truststore) so TLS-inspecting company proxies work; proxies come from the environment and, on
Windows and macOS, from the system settings (httpx reads them through urllib's getproxies).
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from certbot_assistant import APP_ID, __version__
from certbot_assistant.core import findings as F
from certbot_assistant.core.app_logging import register_secret
from certbot_assistant.core.certbot.server_path import host_of
from certbot_assistant.core.errors import AssistantError, TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

# §1: base URLs by region.
REGION_URLS = {
    "us": "https://www.digicert.com/services/v2",
    "eu": "https://certcentral.digicert.eu/services/v2",
}
URL_ENV = "CERTBOT_ASSISTANT_CERTCENTRAL_URL"
USER_AGENT = f"{APP_ID}/{__version__} (DigiCert CertCentral ACME assistant)"
DEFAULT_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10.0
# However slowly an answer drips in, one request ends within this (http_deadline.py).
REQUEST_DEADLINE_S = 60.0
PAGE_LIMIT = 1000  # the recorded list-domains answer shows limit 1000 (§1 Pagination)
MAX_PAGES = 1000


class CertCentralError(AssistantError):
    """Base: ``finding()`` says what it means for the user."""

    def finding(self) -> F.Finding:
        return F.make("certcentral-unreachable", error=str(self))


class CertCentralKeyInvalid(CertCentralError):
    def finding(self) -> F.Finding:
        return F.make("certcentral-key-invalid", error=str(self))


class CertCentralPermissionMissing(CertCentralError):
    def finding(self) -> F.Finding:
        return F.make("certcentral-permission-missing", error=str(self))


class CertCentralUnreachable(CertCentralError):
    pass


class CertCentralBlocked(CertCentralError):
    """A proxy or firewall answered (an HTML 403 page, say), not CertCentral."""

    def finding(self) -> F.Finding:
        return F.make("certcentral-blocked", error=str(self))


class CertCentralNotFound(CertCentralError):
    pass


class CertCentralApiError(CertCentralError):
    """Any other documented error answer (4xx with an ``errors`` body)."""


class BaseUrlError(TranslatableError, ValueError):
    """A configured base URL that must not be used (plain http to a non-loopback host)."""

    context = "CertCentral"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_url(region: str, setting: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The Services API base: the environment override, else the setting, else the region's.

    Plain http is accepted only for loopback addresses (tests, demo); anything else must be https.
    """
    environ = os.environ if env is None else env
    url = (environ.get(URL_ENV) or setting or REGION_URLS.get(region, REGION_URLS["us"])).strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if any(c.isspace() for c in url):
            raise ValueError("white space")
    except ValueError:
        raise BaseUrlError(
            url, template=QT_TRANSLATE_NOOP("CertCentral", "CertCentral URL is not a valid URL: %1")
        ) from None
    if parts.scheme == "http" and _is_loopback(host):
        return url.rstrip("/")
    if parts.scheme != "https" or not host:
        raise BaseUrlError(
            url,
            template=QT_TRANSLATE_NOOP(
                "CertCentral", "CertCentral URL must be https (http only on loopback): %1"
            ),
        )
    return url.rstrip("/")


def _error_codes(response: httpx.Response) -> list[tuple[str, str]]:
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return []
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list):
        return []
    return [
        (str(e.get("code", "")), str(e.get("message", ""))) for e in errors if isinstance(e, dict)
    ]


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from ``Retry-After`` (a number or an HTTP date); None for anything else, such as
    "soon", so the usual backoff applies."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - time.time())
    return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    backoff_s: float = 1.0  # 1, 2, 4 … between attempts
    max_wait_s: float = 30.0


def ssl_context() -> ssl.SSLContext:
    """The OS trust store (Windows certificate store, macOS keychain, Linux CA bundle)."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class CertCentralClient:
    def __init__(
        self,
        api_key: str,
        base: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        request_deadline_s: float = REQUEST_DEADLINE_S,
    ) -> None:
        import httpx  # here, not at import: only a CertCentral check needs it

        from certbot_assistant.core.certcentral import http_deadline

        register_secret(api_key)
        if timeout is None:
            timeout = httpx.Timeout(DEFAULT_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
        self.base = base.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.request_deadline_s = request_deadline_s
        self._sleep = sleep
        verify: ssl.SSLContext | bool = ssl_context() if base.startswith("https") else True
        self._http = httpx.Client(
            base_url=self.base,
            headers={
                "X-DC-DEVKEY": api_key,
                "Content-Type": "application/json",
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
            },
            timeout=timeout,
            verify=verify,
            transport=transport,
            trust_env=True,
            follow_redirects=False,
        )
        for each in (self._http._transport, *self._http._mounts.values()):
            http_deadline.install(each)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CertCentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # transport -----------------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        import httpx

        from certbot_assistant.core.certcentral import http_deadline

        last_cause = ""
        for attempt in range(1, self.retry.attempts + 1):
            try:
                with http_deadline.deadline(self.request_deadline_s):
                    response = self._http.request(method, path, **kwargs)
            except httpx.TimeoutException:
                last_cause = f"no complete answer from {self.base} in time"
            except httpx.ProxyError as exc:
                last_cause = f"proxy error: {_short(exc)}"
            except httpx.ConnectError as exc:
                last_cause = _connect_cause(exc, self.base)
            except httpx.HTTPError as exc:
                last_cause = f"{type(exc).__name__}: {_short(exc)}"
            else:
                if response.status_code == 429 or response.status_code >= 500:
                    last_cause = f"HTTP {response.status_code} from {self.base}{path}"
                    if attempt < self.retry.attempts:
                        self._wait(attempt, _retry_after(response))
                        continue
                    if response.status_code == 429:
                        last_cause = f"rate limit (HTTP 429) still in force after {attempt} tries"
                    raise CertCentralUnreachable(last_cause)
                return response
            log.info("CertCentral %s %s failed (try %d): %s", method, path, attempt, last_cause)
            if attempt < self.retry.attempts:
                self._wait(attempt, None)
        raise CertCentralUnreachable(last_cause)

    def _wait(self, attempt: int, retry_after: float | None) -> None:
        from certbot_assistant.core.certcentral import http_deadline

        delay = (
            retry_after if retry_after is not None else self.retry.backoff_s * 2 ** (attempt - 1)
        )
        delay = min(delay, self.retry.max_wait_s)
        left = http_deadline.time_left()
        if left is not None and left <= delay:
            raise CertCentralUnreachable(
                f"no answer from {self.base} within the time allowed for the check"
            )
        self._sleep(delay)

    def _check(self, response: httpx.Response, path: str) -> None:
        status = response.status_code
        if status < 400:
            return
        codes = _error_codes(response)
        text = "; ".join(f"{c}: {m}" if m else c for c, m in codes) or f"HTTP {status}"
        joined = " ".join(c for c, _ in codes)
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if status in (401, 403) and not codes and kind != "application/json":
            # CertCentral answers a bad key with a JSON error; an HTML page is someone else's.
            raise CertCentralBlocked(f"HTTP {status} ({kind or 'no content type'})")
        if status in (401, 403) and ("invalid_key" in joined or not codes or status == 401):
            raise CertCentralKeyInvalid(text)
        if status == 403:
            raise CertCentralPermissionMissing(text)
        if status == 404:
            raise CertCentralNotFound(f"{path}: {text}")
        raise CertCentralApiError(f"{path}: {text}")

    def _json(self, response: httpx.Response, path: str) -> dict[str, Any]:
        try:
            data = response.json()
        except (ValueError, RecursionError):
            kind = response.headers.get("content-type", "?").split(";")[0]
            raise CertCentralUnreachable(
                f"{path}: the answer is not JSON ({kind}); a proxy may have answered instead "
                "of CertCentral"
            ) from None
        if not isinstance(data, dict):
            raise CertCentralUnreachable(f"{path}: unexpected answer")
        return data

    # API -----------------------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
        response = self._send("GET", path, params=dict(params or {}))
        self._check(response, path)
        return self._json(response, path)

    def get_all(
        self, path: str, key: str, params: Mapping[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every item of a list endpoint, paging with limit/offset until ``page.total``."""
        offset = 0
        for _ in range(MAX_PAGES):
            query = {**dict(params or {}), "limit": PAGE_LIMIT, "offset": offset}
            data = self.get(path, query)
            items = data.get(key) or []
            if not isinstance(items, list):
                raise CertCentralUnreachable(f"{path}: '{key}' is not a list")
            yield from (i for i in items if isinstance(i, dict))
            page = data.get("page") if isinstance(data.get("page"), dict) else {}
            total = page.get("total") if isinstance(page, dict) else None
            offset += len(items)
            if not items or not isinstance(total, int) or offset >= total:
                return
        raise CertCentralUnreachable(f"{path}: more than {MAX_PAGES} pages")

    def put(self, path: str, body: Mapping[str, Any]) -> int:
        response = self._send("PUT", path, json=dict(body))
        self._check(response, path)
        return response.status_code


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]


def _connect_cause(exc: httpx.ConnectError, base: str) -> str:
    text = _short(exc)
    lowered = text.lower()
    if "certificate" in lowered or "ssl" in lowered:
        return f"TLS: the certificate of {base} was not trusted ({text})"
    if "name or service" in lowered or "getaddrinfo" in lowered or "nodename" in lowered:
        return f"DNS: {host_of(base)} could not be resolved"
    return f"cannot connect to {base}: {text}"

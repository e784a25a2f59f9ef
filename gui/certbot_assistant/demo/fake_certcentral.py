"""A fake DigiCert CertCentral Services API v2 on 127.0.0.1: a real HTTP server.

It answers with the documented JSON shapes (field names exactly as reference/certcentral-api.md
records them) and can be switched into the states the assistant must recognise: unvalidated
organization or domain, expiring validations, pending requests, a revoked ACME credential, a bad
key, rate limiting, server errors, slow answers, a proxy's HTML page, thousands of domains. The
tests drive the real client against it through sockets; ``certbot-assistant --demo`` uses it for
training.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

API_PREFIX = "/services/v2"
DEMO_API_KEY = "demo-api-key-0000000000000000"
CREDENTIAL_NAME = "IIS servers OV"
ORG_ID = 123456
SCENARIOS = (
    "healthy", "legacy-credential", "org-not-validated", "org-expiring", "domain-not-validated",
    "domain-expiring", "domain-validated-30-days",
    "domain-missing", "pending-2h", "pending-30h", "credential-revoked", "bad-key",
    "no-permission", "standard-user", "rate-limited-once", "server-error", "slow", "proxy-html",
    "many-domains", "drip", "waf-403", "retry-after-soon", "deep-json",
)  # fmt: skip
INVALID_KEY = {
    "errors": [
        {
            "code": "access_denied|access_denied_invalid_key",
            "message": "Access denied due to access_denied_invalid_key.",
        }
    ]
}
RATE_LIMITED = {
    "errors": [
        {
            "code": "request_limit_exceeded",
            "message": "Service unavailable, please limit request volume",
        }
    ]
}
MISSING_PERMISSION = {
    "errors": [{"code": "access_denied|missing_permission", "message": "Permission denied."}]
}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


@dataclass
class FakeCertCentral:
    scenarios: set[str] = field(default_factory=lambda: {"healthy"})
    api_key: str = DEMO_API_KEY
    slow_seconds: float = 3.0
    drip_seconds: float = 1.0  # "drip": one byte of the whole answer every drip_seconds
    domain_count: int = 2500
    recorded: list[Recorded] = field(default_factory=list)
    _server: _Server | None = None
    _thread: threading.Thread | None = None
    _rate_limited: bool = False
    _requests: dict[int, dict[str, Any]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # lifecycle -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}{API_PREFIX}"

    def start(self, port: int = 0) -> FakeCertCentral:
        self.reset()
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = _Server(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def set_scenarios(self, scenarios: Iterable[str]) -> None:
        unknown = set(scenarios) - set(SCENARIOS)
        if unknown:
            raise ValueError(f"unknown scenario(s): {', '.join(sorted(unknown))}")
        with self._lock:
            self.scenarios = set(scenarios)
            self._rate_limited = False
        self.reset()

    def reset(self) -> None:
        now = datetime.now(UTC)
        with self._lock:
            self._requests = {}
            ages = []
            if "pending-2h" in self.scenarios:
                ages.append((198, timedelta(hours=2), "www.example.com"))
            if "pending-30h" in self.scenarios:
                ages.append((199, timedelta(hours=30), "www.example.com"))
            for request_id, age, name in ages:
                self._requests[request_id] = self._request(request_id, now - age, name)

    # data ----------------------------------------------------------------------------------

    def _request(self, request_id: int, date: datetime, name: str) -> dict[str, Any]:
        return {
            "id": request_id,
            "date": _iso(date),
            "type": "new_request",
            "status": "pending",
            "requester": {"id": 10, "first_name": "Jill", "last_name": "Valentine",
                          "email": "jill@example.com"},
            "order": {
                "id": 12345600 + request_id,
                "certificate": {"common_name": name, "dns_names": [name]},
                "organization": {"id": ORG_ID, "name": "Example Organization Inc."},
                "container": {"id": 5, "name": "IT Department"},
                "product": {"name_id": "ssl_plus", "name": "Standard SSL",
                            "type": "ssl_certificate"},
            },
        }  # fmt: skip

    def user(self) -> dict[str, Any]:
        role = "User" if "standard-user" in self.scenarios else "Administrator"
        return {
            "id": 10, "username": "jill", "first_name": "Jill", "last_name": "Valentine",
            "email": "jill@example.com", "status": "active",
            "container": {"id": 5, "name": "IT Department"},
            "access_roles": [{"id": 1 if role == "Administrator" else 5, "name": role}],
        }  # fmt: skip

    def keys(self) -> list[dict[str, Any]]:
        status = "revoked" if "credential-revoked" in self.scenarios else "active"
        acme = {
            "id": 15, "user": {"id": 10, "first_name": "Jill", "last_name": "Valentine"},
            "status": status,
            # Before 2024-01-30: DigiCert's legacy ACME service (only prevalidated names issue).
            "create_date": "2023-06-01T09:00:00+00:00"
            if "legacy-credential" in self.scenarios
            else "2025-11-20T22:27:47+00:00",
            "last_used_date": "2026-01-05T08:12:00+00:00", "name": CREDENTIAL_NAME,
            "is_legacy": False, "restricted_to_role_id": 0, "acme_directory_url": "******nnAA",
            "product_name_id": "ssl_plus", "product_name": "Standard SSL",
            "organization_id": str(ORG_ID), "organization_name": "Example Organization Inc.",
            "validity_days": "0", "validity_years": "1",
        }  # fmt: skip
        old = dict(acme, id=11, name="Old ACME URL", status="revoked", is_legacy=True)
        api_key = {
            "id": 9, "user": {"id": 10, "first_name": "Jill", "last_name": "Valentine"},
            "status": "active", "create_date": "2025-01-01T00:00:00+00:00",
            "last_used_date": _iso(datetime.now(UTC)), "name": "Assistant API key",
            "is_legacy": False, "restricted_to_role_id": 0,
        }  # fmt: skip
        return [api_key, old, acme]

    def org_validations(self) -> list[dict[str, Any]]:
        now = datetime.now(UTC)
        until = now + timedelta(days=10 if "org-expiring" in self.scenarios else 200)
        ov: dict[str, Any] = {
            "type": "ov", "name": "OV", "description": "Normal Organization Validation",
            "date_created": "2025-03-09T19:29:02+00:00", "validated_until": _iso(until),
            "status": "active",
        }  # fmt: skip
        if "org-not-validated" in self.scenarios:
            ov = {k: v for k, v in ov.items() if k != "validated_until"} | {"status": "pending"}
        ev = {
            "type": "ev", "name": "EV", "description": "Extended Organization Validation (EV)",
            "status": "pending", "verified_users": [{"id": 12, "first_name": "John",
                                                    "last_name": "Smith"}],
        }  # fmt: skip
        return [ov, ev]

    def domains(self) -> list[dict[str, Any]]:
        now = datetime.now(UTC)
        organization = {"id": ORG_ID, "status": "active", "name": "Example Organization Inc.",
                        "display_name": "Example Organization Inc.", "is_active": "1"}  # fmt: skip

        def domain(domain_id: int, name: str, days: int, status: str = "active") -> dict[str, Any]:
            until = now + timedelta(days=days)
            validation: dict[str, Any] = {
                "type": "ov", "name": "OV", "description": "Normal Organization Validation",
                "date_created": "2025-02-24T06:49:33+00:00", "status": status,
            }  # fmt: skip
            if status == "active":
                validation["validated_until"] = _iso(until)
            return {
                "id": domain_id, "is_active": True, "name": name,
                "date_created": "2025-02-10T15:24:08+00:00", "organization": organization,
                "validations": [validation], "dcv_method": "dns-txt-token",
                "dcv_expiration": {"ov": until.strftime("%Y-%m-%d")},
                "container": {"id": 93288, "parent_id": 0, "name": "Example Division",
                              "is_active": True},
            }  # fmt: skip

        main_status = "pending" if "domain-not-validated" in self.scenarios else "active"
        # A validation reused for 199 days (DigiCert since 2026-02-24), done a few days ago.
        main_days = 10 if "domain-expiring" in self.scenarios else 190
        if "domain-validated-30-days" in self.scenarios:
            main_days = 30  # past the next month, but before a renewal 60 days away
        result = [domain(12345, "example.co.jp", 190)]
        if "domain-missing" not in self.scenarios:
            result.append(domain(12346, "example.com", main_days, main_status))
        if "many-domains" in self.scenarios:
            result = [domain(20000 + n, f"site{n:05d}.example.org", 190)
                      for n in range(self.domain_count)] + result  # fmt: skip
        return result

    # request handling ----------------------------------------------------------------------

    def answer(
        self, method: str, path: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any, str]:
        """(status, JSON body or text, content type) for one request."""
        if "server-error" in self.scenarios:
            return 500, {"errors": [{"code": "internal_error", "message": "Server error"}]}, ""
        if "proxy-html" in self.scenarios:
            page = "<html><body><h1>Proxy Authentication Required</h1></body></html>"
            return 200, page, "text/html"
        if "waf-403" in self.scenarios:
            page = "<html><body><h1>403 Forbidden</h1><p>Request blocked.</p></body></html>"
            return 403, page, "text/html; charset=utf-8"
        if "deep-json" in self.scenarios:
            return 200, "[" * 100_000 + "]" * 100_000, "application/json"
        if "retry-after-soon" in self.scenarios and not self._rate_limited:
            self._rate_limited = True
            return 429, RATE_LIMITED, "retry-after-soon"
        if "rate-limited-once" in self.scenarios and not self._rate_limited:
            self._rate_limited = True
            return 429, RATE_LIMITED, ""
        if "slow" in self.scenarios:
            time.sleep(self.slow_seconds)
        route = path.removeprefix(API_PREFIX)
        if method == "GET" and route == "/user/me":
            return 200, self.user(), ""
        if method == "GET" and route == "/key":
            return 200, {"api_keys": self.keys()}, ""
        if method == "GET" and route.startswith("/key/"):
            found = [k for k in self.keys() if str(k["id"]) == route.split("/")[2]]
            return (200, found[0], "") if found else (404, _not_found(), "")
        if method == "GET" and route == f"/organization/{ORG_ID}/validation":
            return 200, {"validations": self.org_validations()}, ""
        if method == "GET" and route.startswith("/organization/"):
            return 404, _not_found(), ""
        if method == "GET" and route == "/domain":
            items = self.domains()
            status = _first(query, "filters[status]")
            if status == "active":
                items = [d for d in items if d["is_active"]]
            return 200, _page(items, "domains", query), ""
        if route == "/request" or route.startswith("/request/"):
            if "no-permission" in self.scenarios:
                return 403, MISSING_PERMISSION, ""
            return self._requests_route(method, route, query, body)
        return 404, {"errors": [{"code": "not_found|route", "message": "Route not found"}]}, ""

    def _requests_route(
        self, method: str, route: str, query: dict[str, list[str]], body: Any
    ) -> tuple[int, Any, str]:
        with self._lock:
            requests = list(self._requests.values())
        if method == "GET" and route == "/request":
            status = _first(query, "filters[status]")
            if status:
                requests = [r for r in requests if r["status"] == status]
            return 200, _page(requests, "requests", query), ""
        parts = route.split("/")
        request_id = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else -1
        found = self._requests.get(request_id)
        if method == "GET" and len(parts) == 3:
            return (200, found, "") if found else (404, _not_found("request"), "")
        if method == "PUT" and len(parts) == 4 and parts[3] == "status":
            if found is None:
                return 404, _not_found("request"), ""
            if "standard-user" in self.scenarios:
                return 403, MISSING_PERMISSION, ""
            new_status = body.get("status") if isinstance(body, dict) else None
            if new_status not in ("submitted", "pending", "approved", "rejected"):
                return 400, _error("invalid_status", "Invalid status"), ""
            with self._lock:
                found["status"] = new_status
                found["comments"] = body.get("processor_comment", "")
            return 204, None, ""
        return 404, _not_found("route"), ""


def _error(code: str, message: str) -> dict[str, Any]:
    return {"errors": [{"code": code, "message": message}]}


def _first(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


def _not_found(what: str = "") -> dict[str, Any]:
    code = f"not_found|{what}" if what else "not_found"
    return {"errors": [{"code": code, "message": "Not found"}]}


def _page(items: list[dict[str, Any]], key: str, query: dict[str, list[str]]) -> dict[str, Any]:
    limit = min(int(_first(query, "limit") or 1000), 1000)
    offset = int(_first(query, "offset") or 0)
    return {key: items[offset : offset + limit],
            "page": {"total": len(items), "limit": limit, "offset": offset}}  # fmt: skip


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (a timeout test, a closed demo) is not an error here."""


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeCertCentral
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and the demo have their own logs

    def _handle(self, method: str) -> None:
        fake = self.server_fake
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        fake.recorded.append(Recorded(method, parts.path, query, dict(self.headers.items())))
        if self.headers.get("X-DC-DEVKEY") != fake.api_key or "bad-key" in fake.scenarios:
            self._send(403, INVALID_KEY, "")
            return
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            self._send(400, {"errors": [{"code": "bad_request_format", "message": "Bad JSON"}]}, "")
            return
        status, payload, content_type = fake.answer(method, parts.path, query, body)
        self._send(status, payload, content_type)

    def _send(self, status: int, payload: Any, content_type: str) -> None:
        if payload is None:
            data = b""
        elif isinstance(payload, str):
            data = payload.encode()
        else:
            data = json.dumps(payload).encode()
        headers = []
        if data:
            kind = "application/json" if content_type in ("", "retry-after-soon") else content_type
            headers.append(("Content-Type", kind))
        if status == 429:
            headers.append(("Retry-After", "soon" if content_type == "retry-after-soon" else "0"))
        headers.append(("Content-Length", str(len(data))))
        if "drip" in self.server_fake.scenarios:
            self._drip(status, headers, data)
            return
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _drip(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
        """The whole answer, status line included, one byte at a time: every read succeeds,
        so only an overall deadline ends the wait."""
        head = f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n"
        try:
            for byte in head.encode() + data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(self.server_fake.drip_seconds)
        except OSError:
            self.close_connection = True  # the client gave up, as it should

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

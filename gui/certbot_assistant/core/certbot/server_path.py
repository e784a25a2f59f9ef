"""How certbot files accounts by ACME server, and how servers are compared.

Certbot keeps the accounts for a server in ``accounts/<netloc><path>``: scheme, query and fragment
dropped, a trailing ``/`` naming the same folder, and on Windows every ``:`` after the drive turned
into ``_`` (``configuration.py`` ``server_path``, ``compat/misc.py``; reference/certbot.md §1a).
DigiCert's ``?action=renew&orderId=…`` variants therefore share one account folder, which is
exactly why a new KID on the same URL is silently ignored (KB scenario 1).
"""

from __future__ import annotations

import os
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import SplitResult, urlsplit

LEGACY_DIGICERT_HOST = "acme.digicert.com"
# DigiCert's ACME hosts: CertCentral (legacy acme.digicert.com), DigiCert ONE and its regional
# hosts (one.us.digicert.com, one.nl.digicert.com, one.digicert.co.jp); see
# reference/certcentral-api.md §7.
DIGICERT_DOMAINS = ("digicert.com", "digicert.eu", "digicert.co.jp")


def _split(server: str) -> SplitResult:
    """urlsplit that never raises: a malformed URL (``http://[::1/x``) is kept as a bare path,
    so it still compares equal only to itself."""
    try:
        return urlsplit(server.strip())
    except ValueError:
        return SplitResult("", "", server.strip(), "", "")


def host_of(server: str) -> str:
    """The lower-case host of a URL, "" when it has none or is malformed."""
    return (_split(server).hostname or "").lower().rstrip(".")


def server_key(server: str) -> str:
    """The part of a directory URL certbot files accounts by: netloc + path, without end slashes.

    Two URLs with the same key share certbot's account folder and count as the same server.
    """
    parts = _split(server)
    return (parts.netloc + parts.path).rstrip("/")


def same_server(a: str, b: str) -> bool:
    return server_key(a) == server_key(b)


def accounts_subpath(server: str, *, windows: bool | None = None) -> PurePath:
    """The folder below ``accounts/`` where certbot keeps this server's accounts."""
    if windows is None:
        windows = os.name == "nt"
    key = server_key(server)
    if windows:
        return PureWindowsPath(*[part.replace(":", "_") for part in key.split("/") if part])
    return PurePosixPath(*[part for part in key.split("/") if part])


def is_legacy_digicert(server: str) -> bool:
    """True for DigiCert's retired ``acme.digicert.com`` service (retired 2026-02-24)."""
    return host_of(server) == LEGACY_DIGICERT_HOST


def is_digicert(server: str) -> bool:
    """True for any DigiCert ACME service, where an account's KID matters (KB scenario 1)."""
    host = host_of(server)
    return any(host == d or host.endswith("." + d) for d in DIGICERT_DOMAINS)


def server_cut_at_ampersand(server: str) -> bool:
    """DigiCert's renew URLs are ``...directory?action=renew&orderId=N``; typed unquoted in
    cmd.exe, PowerShell or a shell, the ``&`` ends the command and certbot keeps
    ``...?action=renew`` without the order."""
    query = _split(server).query.lower()
    params = [part.split("=", 1)[0] for part in query.split("&") if part]
    return "action" in params and "action=renew" in query and "orderid" not in params

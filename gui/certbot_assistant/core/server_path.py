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
from urllib.parse import urlsplit

LEGACY_DIGICERT_HOST = "acme.digicert.com"


def server_key(server: str) -> str:
    """The part of a directory URL certbot files accounts by: netloc + path, without end slashes.

    Two URLs with the same key share certbot's account folder and count as the same server.
    """
    parts = urlsplit(server.strip())
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
    host = (urlsplit(server.strip()).hostname or "").lower().rstrip(".")
    return host == LEGACY_DIGICERT_HOST

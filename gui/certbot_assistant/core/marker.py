"""The marker file ``certbot-assistant.json``: which KID each account in a config dir belongs to.

Certbot records nothing about the EAB KID an account was bound to, so without this file nobody
can tell whether a new KID would be ignored (KB scenario 1). Schema 1 is the contract in
architecture.md; it never holds a secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from certbot_assistant.core.atomic_write import write_text_atomic
from certbot_assistant.core.server_path import same_server

MARKER_NAME = "certbot-assistant.json"
SCHEMA = 1
MAX_MARKER_BYTES = 1024 * 1024


class MarkerError(Exception):
    """The marker file exists but cannot be used; the message names the file and the cause."""


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class MarkerAccount:
    server: str
    eab_kid: str
    account_id: str
    registered_at: str

    def to_json(self) -> dict[str, str]:
        return {
            "server": self.server,
            "eab_kid": self.eab_kid,
            "account_id": self.account_id,
            "registered_at": self.registered_at,
        }


@dataclass
class Marker:
    accounts: list[MarkerAccount] = field(default_factory=list)
    profile: str | None = None
    created_at: str = field(default_factory=utc_now_iso)

    def kid_for_account(self, account_id: str) -> str | None:
        for account in self.accounts:
            if account.account_id == account_id:
                return account.eab_kid
        return None

    def accounts_for_server(self, server: str) -> list[MarkerAccount]:
        return [a for a in self.accounts if same_server(a.server, server)]

    def record(self, server: str, eab_kid: str, account_id: str) -> None:
        """Record (or re-record) which KID ``account_id`` was registered with."""
        self.accounts = [a for a in self.accounts if a.account_id != account_id]
        self.accounts.append(MarkerAccount(server, eab_kid, account_id, utc_now_iso()))

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "accounts": [a.to_json() for a in self.accounts],
            "profile": self.profile,
            "created_at": self.created_at,
        }


def _parse(data: Any, path: Path) -> Marker:
    if not isinstance(data, dict):
        raise MarkerError(f"{path}: not a JSON object")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise MarkerError(f"{path}: unsupported schema {schema!r}")
    raw_accounts = data.get("accounts", [])
    if not isinstance(raw_accounts, list):
        raise MarkerError(f"{path}: 'accounts' is not a list")
    accounts = []
    for raw in raw_accounts:
        if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) for k in ("server", "eab_kid", "account_id")
        ):
            raise MarkerError(f"{path}: an account entry lacks server, eab_kid or account_id")
        accounts.append(
            MarkerAccount(
                raw["server"], raw["eab_kid"], raw["account_id"], str(raw.get("registered_at", ""))
            )
        )
    profile = data.get("profile")
    return Marker(
        accounts=accounts,
        profile=profile if isinstance(profile, str) else None,
        created_at=str(data.get("created_at", "")),
    )


def read_marker(config_dir: Path) -> Marker | None:
    """The marker of ``config_dir``, or None when it has none. Raises MarkerError if unusable."""
    path = config_dir / MARKER_NAME
    try:
        if path.is_symlink():
            raise MarkerError(f"{path}: is a link; the assistant does not follow it")
        if not path.exists():
            return None
        if path.stat().st_size > MAX_MARKER_BYTES:
            raise MarkerError(f"{path}: larger than {MAX_MARKER_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MarkerError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise MarkerError(f"{path}: not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MarkerError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    return _parse(data, path)


def write_marker(config_dir: Path, marker: Marker) -> Path:
    """Write the marker atomically; creates ``config_dir`` when it does not exist yet."""
    path = config_dir / MARKER_NAME
    write_text_atomic(path, json.dumps(marker.to_json(), indent=2, ensure_ascii=False) + "\n")
    return path


def record_account(
    config_dir: Path, server: str, eab_kid: str, account_id: str, profile: str | None = None
) -> Marker:
    """Add one registration to the marker of ``config_dir`` (creating the marker if needed)."""
    marker = read_marker(config_dir) or Marker(profile=profile)
    if profile is not None and marker.profile is None:
        marker.profile = profile
    marker.record(server, eab_kid, account_id)
    write_marker(config_dir, marker)
    return marker

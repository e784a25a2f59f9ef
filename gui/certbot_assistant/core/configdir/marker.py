"""The marker file ``certbot-assistant.json``: which KID each account in a config dir belongs to.

Certbot records nothing about the EAB KID an account was bound to, so without this file nobody
can tell whether a new KID would be ignored (KB scenario 1). Schema 1 is the contract in
architecture.md; it never holds a secret.

A run writes its KID as *pending* before certbot starts and settles it afterwards. If the
assistant is killed in between, certbot may still have registered; the pending entry then tells
the next inspection which KID an account created after it was bound to, instead of nothing.
The optional ``pending`` list is the only addition to schema 1; readers that do not know it
ignore it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from certbot_assistant.core.certbot.server_path import same_server
from certbot_assistant.core.errors import Detail, TranslatableError
from certbot_assistant.core.system.atomic_write import write_text_atomic
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file, reason
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.core.utc_time import parse_time

MARKER_NAME = "certbot-assistant.json"
SCHEMA = 1
MAX_MARKER_BYTES = 1024 * 1024


class MarkerError(TranslatableError):
    """The marker file exists but cannot be used: which file, and why (a technical detail)."""

    context = "Marker"
    template = QT_TRANSLATE_NOOP("Marker", "The assistant's record %1 cannot be used: %2")

    def __init__(self, path: Path, cause: object) -> None:
        super().__init__(path, cause)
        self.path, self.cause = path, str(cause)


def _why(template: str, *args: object) -> Detail:
    return Detail("Marker", template, *args)


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


@dataclass(frozen=True)
class PendingRegistration:
    """A run that was about to use ``eab_kid`` with ``server`` and has not been settled."""

    server: str
    eab_kid: str
    started_at: str

    def to_json(self) -> dict[str, str]:
        return {"server": self.server, "eab_kid": self.eab_kid, "started_at": self.started_at}


@dataclass(frozen=True)
class MigratedLineage:
    """A lineage ``certbot-assistant migrate`` issued again in this folder, and from where: a
    rerun of the same move skips it."""

    name: str
    source: str
    eab_kid: str
    moved_at: str

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "from": self.source,
            "eab_kid": self.eab_kid,
            "moved_at": self.moved_at,
        }


@dataclass(frozen=True)
class CertCentralLink:
    """Which CertCentral account region and ACME credential the folder's orders go to: what
    the unattended renewal (no user's profiles there) needs to check CertCentral. Not secret."""

    region: str
    credential: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"region": self.region, "credential": self.credential}


@dataclass
class Marker:
    accounts: list[MarkerAccount] = field(default_factory=list)
    profile: str | None = None
    created_at: str = field(default_factory=utc_now_iso)
    pending: list[PendingRegistration] = field(default_factory=list)
    migrated: list[MigratedLineage] = field(default_factory=list)
    certcentral: CertCentralLink | None = None

    def pending_kid_for(self, server: str, created: str | None) -> str | None:
        """The KID of the latest unsettled run for ``server`` that started before an account
        created at ``created``: the KID that account was registered with. None when no run
        explains it (an account older than every pending run was not made by one of them)."""
        when = parse_time(created)
        if when is None:
            return None
        best: tuple[datetime, str] | None = None
        for entry in self.pending:
            started = parse_time(entry.started_at)
            if started is None or not same_server(entry.server, server):
                continue
            # certbot's creation_dt has whole seconds; ours too: allow the same second.
            if started.replace(microsecond=0) <= when and (best is None or started > best[0]):
                best = (started, entry.eab_kid)
        return best[1] if best else None

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

    def drop_pending(self, server: str, eab_kid: str | None = None) -> None:
        """Forget the unsettled runs for ``server`` (only those with ``eab_kid``, if given)."""
        self.pending = [
            p
            for p in self.pending
            if not (same_server(p.server, server) and eab_kid in (None, p.eab_kid))
        ]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "accounts": [a.to_json() for a in self.accounts],
            "profile": self.profile,
            "created_at": self.created_at,
        }
        if self.pending:
            data["pending"] = [p.to_json() for p in self.pending]
        if self.migrated:
            data["migrated"] = [m.to_json() for m in self.migrated]
        if self.certcentral is not None:
            data["certcentral"] = self.certcentral.to_json()
        return data


def _parse(data: Any, path: Path) -> Marker:
    if not isinstance(data, dict):
        raise MarkerError(path, _why(QT_TRANSLATE_NOOP("Marker", "not a JSON object")))
    schema = data.get("schema")
    if type(schema) is not int or schema != SCHEMA:  # JSON true would compare equal to 1
        raise MarkerError(
            path, _why(QT_TRANSLATE_NOOP("Marker", "unsupported schema %1"), repr(schema))
        )
    raw_accounts = data.get("accounts", [])
    if not isinstance(raw_accounts, list):
        raise MarkerError(path, _why(QT_TRANSLATE_NOOP("Marker", "'accounts' is not a list")))
    accounts = []
    for raw in raw_accounts:
        if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) for k in ("server", "eab_kid", "account_id")
        ):
            raise MarkerError(
                path,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Marker", "an account entry lacks server, eab_kid or account_id"
                    )
                ),
            )
        accounts.append(
            MarkerAccount(
                raw["server"], raw["eab_kid"], raw["account_id"], str(raw.get("registered_at", ""))
            )
        )
    raw_pending = data.get("pending", [])
    if not isinstance(raw_pending, list):
        raise MarkerError(path, _why(QT_TRANSLATE_NOOP("Marker", "'pending' is not a list")))
    pending = []
    for raw in raw_pending:
        if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), str) for k in ("server", "eab_kid", "started_at")
        ):
            raise MarkerError(
                path,
                _why(
                    QT_TRANSLATE_NOOP(
                        "Marker", "a pending entry lacks server, eab_kid or started_at"
                    )
                ),
            )
        pending.append(PendingRegistration(raw["server"], raw["eab_kid"], raw["started_at"]))
    raw_migrated = data.get("migrated", [])
    migrated = [
        MigratedLineage(raw["name"], raw["from"], raw["eab_kid"], str(raw.get("moved_at", "")))
        for raw in (raw_migrated if isinstance(raw_migrated, list) else [])
        if isinstance(raw, dict)
        and all(isinstance(raw.get(k), str) for k in ("name", "from", "eab_kid"))
    ]  # an unreadable entry only means that lineage is checked again, never an error
    profile = data.get("profile")
    raw_link = data.get("certcentral")
    link = None
    if isinstance(raw_link, dict) and isinstance(raw_link.get("region"), str):
        credential = raw_link.get("credential")
        link = CertCentralLink(
            raw_link["region"], credential if isinstance(credential, str) else None
        )  # an unreadable link only means the renewal cannot check CertCentral
    return Marker(
        accounts=accounts,
        profile=profile if isinstance(profile, str) else None,
        created_at=str(data.get("created_at", "")),
        pending=pending,
        migrated=migrated,
        certcentral=link,
    )


def read_marker(config_dir: Path) -> Marker | None:
    """The marker of ``config_dir``, or None when it has none. Raises MarkerError if unusable."""
    path = config_dir / MARKER_NAME
    try:
        if path.is_symlink():
            raise MarkerError(
                path,
                _why(QT_TRANSLATE_NOOP("Marker", "is a link; the assistant does not follow it")),
            )
        if not path.exists():
            return None
        text = read_regular_file(path, MAX_MARKER_BYTES).decode("utf-8")
    except NotReadable as exc:
        raise MarkerError(path, reason(exc)) from exc
    except OSError as exc:
        raise MarkerError(path, str(exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise MarkerError(path, _why(QT_TRANSLATE_NOOP("Marker", "not UTF-8 text"))) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MarkerError(
            path,
            _why(QT_TRANSLATE_NOOP("Marker", "not valid JSON (%1, line %2)"), exc.msg, exc.lineno),
        ) from exc
    except (ValueError, RecursionError) as exc:  # a 5 000-digit number, nesting 10 000 deep
        raise MarkerError(
            path, _why(QT_TRANSLATE_NOOP("Marker", "not usable JSON (%1)"), type(exc).__name__)
        ) from exc
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


def mark_pending(
    config_dir: Path,
    server: str,
    eab_kid: str,
    profile: str | None = None,
    certcentral: CertCentralLink | None = None,
) -> None:
    """Before certbot starts: remember which KID this run is about to bind, in case the
    assistant does not live to see the outcome (and which CertCentral credential it orders
    under, for the unattended renewal's checks)."""
    marker = read_marker(config_dir) or Marker(profile=profile)
    if profile is not None and marker.profile is None:
        marker.profile = profile
    if certcentral is not None:
        marker.certcentral = certcentral
    marker.drop_pending(server, eab_kid)
    marker.pending.append(PendingRegistration(server, eab_kid, utc_now_iso()))
    write_marker(config_dir, marker)


def settle_pending(
    config_dir: Path, server: str, eab_kid: str, new_account_id: str | None = None
) -> None:
    """After certbot ends: drop the pending entry, recording the account it registered."""
    marker = read_marker(config_dir)
    if marker is None:
        if new_account_id is None:
            return
        marker = Marker()
    marker.drop_pending(server, eab_kid)
    if new_account_id is not None:
        marker.record(server, eab_kid, new_account_id)
    write_marker(config_dir, marker)


def adopt_account(config_dir: Path, server: str, eab_kid: str, account_id: str) -> None:
    """Record ``account_id`` as bound to ``eab_kid``: what an interrupted run registered (told
    by its pending entry) or what the user confirmed. Pending entries that the account explains
    are dropped."""
    marker = read_marker(config_dir) or Marker()
    marker.record(server, eab_kid, account_id)
    marker.drop_pending(server)
    write_marker(config_dir, marker)


def record_migrated(config_dir: Path, name: str, source: Path, eab_kid: str) -> None:
    """After a lineage was issued again in ``config_dir``: remember that it moved from
    ``source`` (``migrate`` goes on from there after a stop)."""
    marker = read_marker(config_dir) or Marker()
    marker.migrated = [m for m in marker.migrated if m.name != name]
    marker.migrated.append(MigratedLineage(name, str(source), eab_kid, utc_now_iso()))
    write_marker(config_dir, marker)

"""Profiles: a named ACME credential (never its secret) and where its certbot config dir is.

Stored as JSON in the platformdirs user config folder, written atomically, with a schema version.
A corrupt file is moved aside with a timestamp and reported, never silently discarded or
overwritten (architecture rule 5).
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from certbot_assistant import APP_ID
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.system.atomic_write import write_text_atomic
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "Profiles"

SCHEMA = 1
FILE_NAME = "profiles.json"
REGIONS = ("us", "eu")
MAX_BYTES = 4 * 1024 * 1024
_NAME = re.compile(r"^[\w][\w .@()-]{0,63}$")


class ProfileError(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP("Profiles", "The profiles could not be read.")


class ProfilesFileCorrupt(ProfileError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "The profiles file %1 could not be read (%2). It was kept as %3; the assistant starts "
        "with no profiles. Nothing was deleted.",
    )

    def __init__(self, path: Path, reason: str, kept_as: Path) -> None:
        super().__init__(path, reason, kept_as)
        self.kept_as = kept_as


class ProfileNotFound(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", 'There is no profile named "%1".')


class ProfileExists(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", 'A profile named "%1" already exists.')


class ProfileNameInvalid(ProfileError):
    template = QT_TRANSLATE_NOOP(
        "Profiles",
        "A profile name uses letters, digits, spaces and . @ ( ) - _ (at most 64): %1",
    )


class ProfilesWriteError(ProfileError):
    template = QT_TRANSLATE_NOOP("Profiles", "The profiles could not be saved to %1: %2")


@dataclass
class Profile:
    name: str
    server: str
    eab_kid: str
    region: str = "us"
    config_dir: str | None = None
    acme_credential_name: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> Profile:
        if not isinstance(data, dict):
            raise ValueError("a profile is not an object")
        for key in ("name", "server", "eab_kid"):
            if not isinstance(data.get(key), str) or not data[key]:
                raise ValueError(f"a profile lacks {key}")
        region = data.get("region", "us")
        return cls(
            name=data["name"],
            server=data["server"],
            eab_kid=data["eab_kid"],
            region=region if region in REGIONS else "us",
            config_dir=data.get("config_dir") if isinstance(data.get("config_dir"), str) else None,
            acme_credential_name=data.get("acme_credential_name")
            if isinstance(data.get("acme_credential_name"), str)
            else None,
        )


def default_path() -> Path:
    """The user's profiles file (demo mode gives its store another path)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / FILE_NAME


class ProfileStore:
    """The profiles file. Its path is resolved on first use, so creating a store is free."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = default_path()
        return self._path

    def load(self) -> list[Profile]:
        """All profiles. A corrupt file is moved aside and ProfilesFileCorrupt is raised once;
        the next load then sees no file and starts empty."""
        import json

        try:
            if not self.path.exists():
                return []
            if self.path.stat().st_size > MAX_BYTES:
                return self._corrupt(f"larger than {MAX_BYTES} bytes")
            text = self.path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return self._corrupt("not UTF-8 text")
        except OSError as exc:
            raise ProfilesWriteError(self.path, exc.strerror or exc) from exc
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("schema") != SCHEMA:
                raise ValueError(
                    f"unsupported schema {data.get('schema') if isinstance(data, dict) else None!r}"
                )
            raw = data.get("profiles", [])
            if not isinstance(raw, list):
                raise ValueError("'profiles' is not a list")
            return [Profile.from_json(item) for item in raw]
        except json.JSONDecodeError as exc:
            return self._corrupt(f"not valid JSON: {exc.msg}, line {exc.lineno}")
        except ValueError as exc:
            return self._corrupt(str(exc))

    def _corrupt(self, reason: str) -> list[Profile]:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while kept.exists():
            kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        self.path.replace(kept)
        log.warning("profiles file %s unreadable (%s), kept as %s", self.path, reason, kept)
        raise ProfilesFileCorrupt(self.path, reason, kept)

    def save(self, profiles: list[Profile]) -> None:
        import json

        payload = {"schema": SCHEMA, "profiles": [asdict(p) for p in profiles]}
        try:
            write_text_atomic(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise ProfilesWriteError(self.path, exc.strerror or exc) from exc

    def get(self, name: str) -> Profile:
        for profile in self.load():
            if profile.name == name:
                return profile
        raise ProfileNotFound(name)

    def add(self, profile: Profile, *, replace: bool = False) -> None:
        if not _NAME.match(profile.name):
            raise ProfileNameInvalid(profile.name)
        profiles = self.load()
        if any(p.name == profile.name for p in profiles):
            if not replace:
                raise ProfileExists(profile.name)
            profiles = [p for p in profiles if p.name != profile.name]
        profiles.append(profile)
        self.save(profiles)

    def remove(self, name: str) -> Profile:
        profiles = self.load()
        found = [p for p in profiles if p.name == name]
        if not found:
            raise ProfileNotFound(name)
        self.save([p for p in profiles if p.name != name])
        return found[0]

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.profiles import (
    Profile,
    ProfileExists,
    ProfileNameInvalid,
    ProfileNotFound,
    ProfilesFileCorrupt,
    ProfileStore,
    default_path,
)

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def test_default_path_is_in_the_user_config_folder(user_dirs: Path) -> None:
    if os.name == "nt":
        local = Path(os.environ["LOCALAPPDATA"])
        assert default_path() == local / "certbot-assistant" / "profiles.json"
    else:
        assert default_path() == user_dirs / "config" / "certbot-assistant" / "profiles.json"


def test_add_get_remove_round_trip(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(Profile("prod", SERVER, "kid-1", "eu", "C:\\Certbot-prod", "Prod ACME"))
    store.add(Profile("test", SERVER, "kid-2"))
    data = json.loads((tmp_path / "profiles.json").read_text())
    assert data["schema"] == 1
    assert [p["name"] for p in data["profiles"]] == ["prod", "test"]
    assert store.get("prod").region == "eu"
    assert store.get("prod").acme_credential_name == "Prod ACME"
    with pytest.raises(ProfileExists):
        store.add(Profile("prod", SERVER, "kid-3"))
    store.add(Profile("prod", SERVER, "kid-3"), replace=True)
    assert store.get("prod").eab_kid == "kid-3"
    assert store.remove("test").eab_kid == "kid-2"
    with pytest.raises(ProfileNotFound):
        store.get("test")
    with pytest.raises(ProfileNameInvalid):
        store.add(Profile("../evil", SERVER, "k"))


@pytest.mark.parametrize(
    "content",
    [b"{broken", b'{"schema": 99, "profiles": []}', b'{"schema": 1, "profiles": [{"name": 1}]}',
     b"\xff\xfe", b"[]"],
)  # fmt: skip
def test_corrupt_file_is_kept_aside_never_discarded(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "profiles.json"
    path.write_bytes(content)
    store = ProfileStore(path)
    with pytest.raises(ProfilesFileCorrupt) as info:
        store.load()
    kept = info.value.kept_as
    assert kept.read_bytes() == content
    assert kept.name.startswith("profiles.json.corrupt-")
    assert str(kept) in info.value.text()
    assert store.load() == []  # starts empty afterwards
    store.add(Profile("new", SERVER, "kid"))
    assert kept.read_bytes() == content  # the old file is still there, untouched


def test_write_is_atomic(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "p" / "profiles.json")
    store.add(Profile("a", SERVER, "k"))
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["profiles.json"]

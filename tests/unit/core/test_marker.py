from __future__ import annotations

import json
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.marker import (
    MARKER_NAME,
    Marker,
    MarkerError,
    read_marker,
    record_account,
    write_marker,
)
from tests.helpers.programs import NO_SYMLINKS, symlinks_work


def test_round_trip_matches_the_schema(tmp_path: Path) -> None:
    marker = record_account(tmp_path, "https://s/dir", "kid-1", "abc", profile="prod")
    data = json.loads((tmp_path / MARKER_NAME).read_text())
    assert data["schema"] == 1
    assert data["profile"] == "prod"
    assert data["accounts"][0]["server"] == "https://s/dir"
    assert data["accounts"][0]["eab_kid"] == "kid-1"
    assert data["accounts"][0]["account_id"] == "abc"
    assert data["accounts"][0]["registered_at"].endswith("Z")
    assert data["created_at"].endswith("Z")
    again = read_marker(tmp_path)
    assert again is not None and again.to_json() == marker.to_json()


def test_record_replaces_the_same_account(tmp_path: Path) -> None:
    record_account(tmp_path, "https://s/dir", "kid-1", "abc")
    marker = record_account(tmp_path, "https://s/dir", "kid-2", "abc")
    assert [(a.account_id, a.eab_kid) for a in marker.accounts] == [("abc", "kid-2")]
    assert marker.kid_for_account("abc") == "kid-2"
    assert len(marker.accounts_for_server("https://s/dir/?x=1")) == 1


def test_missing_marker_is_none(tmp_path: Path) -> None:
    assert read_marker(tmp_path) is None


@pytest.mark.parametrize(
    "content",
    ["{", "[]", '{"schema": 2}', '{"schema": 1, "accounts": {}}', '{"schema": 1, "accounts": [1]}'],
)
def test_unusable_marker_names_the_file(tmp_path: Path, content: str) -> None:
    (tmp_path / MARKER_NAME).write_text(content)
    with pytest.raises(MarkerError, match=MARKER_NAME):
        read_marker(tmp_path)


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_marker_link_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    write_marker(tmp_path / "x", Marker())
    outside.write_text((tmp_path / "x" / MARKER_NAME).read_text())
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / MARKER_NAME).symlink_to(outside)
    with pytest.raises(MarkerError, match="link"):
        read_marker(cfg)


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    write_marker(tmp_path, Marker(profile="p"))
    write_marker(tmp_path, Marker(profile="q"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [MARKER_NAME]

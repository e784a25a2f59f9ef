"""Shared test setup: headless Qt, English unless a test asks, private user folders, and an
in-memory keyring so no test ever touches the developer's real keychain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CERTBOT_ASSISTANT_LANG", "en")

from tests.helpers.fixtures import (  # noqa: F401
    certbot_29_exe,
    certbot_exe,
    other_pebble,
    pebble,
    secret_service_env,
)
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.programs import under_wine
from tests.helpers.wine_spawn import retry_wines_lost_starts

if under_wine():
    retry_wines_lost_starts()


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' config, cache and state folders, and the private temp, per test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("CERTBOT_ASSISTANT_TEMP", str(home / "private-tmp"))
    # No organization policy unless a test writes one here: the machine's own (a GPO on a
    # developer's PC, an install left in the Wine prefix) must not change what tests see.
    monkeypatch.setenv("CERTBOT_ASSISTANT_POLICY_FILE", str(home / "policy.json"))
    return home


@pytest.fixture(autouse=True, scope="session")
def one_application(qapp: object) -> object:
    """The session's one QApplication, made first: a CLI test that needs Qt's translators
    (Japanese, a plural) would otherwise make a bare QCoreApplication that no widget can use."""
    return qapp


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)

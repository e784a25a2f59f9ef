"""Session fixtures for the real things: certbot from PyPI and Pebble with EAB.

When pebble or the certbot venv is missing the tests fail with the command that installs them;
they do not skip (the end-to-end tests are part of the normal suite).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import secret_service
from tests.helpers.certbot import certbot_29_executable, certbot_executable
from tests.helpers.pebble import Pebble, pebble_binary


def _required(exe: Path | None, what: str) -> Path:
    if exe is None:
        pytest.fail(f"{what} venv missing: scripts/test creates it (see tests/helpers/certbot.py)")
    return exe


@pytest.fixture(scope="session")
def certbot_exe() -> Path:
    return _required(certbot_executable(), "certbot")


@pytest.fixture(scope="session")
def certbot_29_exe() -> Path:
    return _required(certbot_29_executable(), "certbot 2.9")


def _start_pebble(workdir: Path) -> Pebble:
    if pebble_binary() is None:
        pytest.fail("pebble missing: apt-get install pebble (scripts/test does it as root)")
    return Pebble(workdir).start()


@pytest.fixture(scope="session")
def pebble(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pebble]:
    server = _start_pebble(tmp_path_factory.mktemp("pebble"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def other_pebble(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pebble]:
    server = _start_pebble(tmp_path_factory.mktemp("pebble-other"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def secret_service_env() -> Iterator[dict[str, str]]:
    missing = secret_service.available()
    if missing:
        pytest.fail(f"{missing} missing: apt-get install gnome-keyring dbus (scripts/test does it)")
    with secret_service.secret_service() as env:
        yield env

"""A real certbot, pip-installed under this Windows Python (as the EFF's own instructions for
certbot after 2.9 say), found by discovery and version-probed by running ``certbot.exe``."""

from __future__ import annotations

import shutil
import sysconfig
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.discovery import (
    DiscoveryEnvironment,
    InstallKind,
    Source,
    discover,
    parse_version,
    probe_version,
)
from tests.helpers.programs import under_wine

SCRIPTS = Path(sysconfig.get_path("scripts"))
CERTBOT = SCRIPTS / "certbot.exe"


@pytest.fixture(scope="module")
def certbot() -> Path:
    if not CERTBOT.exists():
        pytest.skip("certbot is not installed in this Python (scripts/test-windows installs it)")
    return CERTBOT


def test_discovery_finds_and_probes_the_pip_certbot(certbot: Path) -> None:
    """The machine's own search; the Scripts folder is named too, for a venv off PATH (CI)."""
    env = DiscoveryEnvironment.from_system(user_paths=[SCRIPTS])
    installs = {str(i.path).lower(): i for i in discover(env)}
    install = installs[str(certbot).lower()]
    assert install.kind in (InstallKind.PIP, InstallKind.VENV)
    if under_wine():  # C:\Python311\Scripts: found by the search for Python installs itself
        assert Source.PYTHON_SCRIPTS in install.sources
    version = parse_version(install.version or "")
    assert version is not None and version >= (2, 0), install.version_error
    assert not [f for f in install.findings if f.severity.value == "error"]


def test_the_version_probe_on_a_path_with_spaces(certbot: Path, tmp_path: Path) -> None:
    """``C:\\Program Files\\...`` is where certbots live on Windows; the probe quotes nothing
    itself (an argument list), so a space must not matter. The copied launcher still runs the
    certbot it was made for."""
    spaced = tmp_path / "Program Files" / "Certbot" / "certbot.exe"
    spaced.parent.mkdir(parents=True)
    shutil.copy2(certbot, spaced)
    probe = probe_version(spaced)
    assert probe.error is None and probe.version is not None

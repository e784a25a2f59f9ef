"""Discovery of an EFF-installer certbot through the Uninstall key, written with ``reg add`` as
the installer writes it, in the 64-bit view (2.x installers) and the 32-bit one (older ones)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.discovery import (
    UNINSTALL_KEY,
    DiscoveryEnvironment,
    InstallKind,
    Source,
    WindowsRegistry,
    discover,
)
from tests.helpers.programs import python_program

KEY = "HKLM\\" + UNINSTALL_KEY


def reg(*args: str) -> None:
    subprocess.run(["reg", *args], check=True, capture_output=True, timeout=60)


@pytest.fixture(params=["64", "32"])
def installed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An EFF-installer layout (<root>\\bin\\certbot.exe) and its Uninstall key in one view."""
    view = request.param
    root = tmp_path / f"Certbot-{uuid.uuid4().hex[:6]}"
    exe = python_program(root / "bin" / "certbot", "print('certbot 2.9.0')\n")
    reg("add", KEY, "/v", "DisplayVersion", "/d", "2.9.0", "/f", f"/reg:{view}")
    reg("add", KEY, "/v", "InstallLocation", "/d", f'"{root}"', "/f", f"/reg:{view}")
    try:
        yield view, exe
    finally:
        reg("delete", KEY, "/f", f"/reg:{view}")


def test_the_uninstall_key_leads_to_the_installer_certbot(installed: tuple[str, Path]) -> None:
    view, exe = installed
    entries = WindowsRegistry().certbot_uninstall_entries()
    assert [(e.view, e.display_version) for e in entries] == [(view, "2.9.0")]
    (install,) = discover(DiscoveryEnvironment(windows=True, registry=WindowsRegistry()))
    assert Path(install.path) == exe
    assert install.sources == (Source.REGISTRY,)
    assert install.kind is InstallKind.WINDOWS_INSTALLER
    assert install.version == "2.9.0"  # probed by running it, not only read from the key
    ids = {f.id for f in install.findings}
    assert "certbot-windows-installer-eol" in ids


def test_the_machine_view_finds_it_too(installed: tuple[str, Path]) -> None:
    """What the wizard and ``diagnose`` use: the running machine's PATH, registry, folders."""
    _view, exe = installed
    found = {str(i.path).lower(): i for i in discover(DiscoveryEnvironment.from_system())}
    assert str(exe).lower() in found
    assert Source.REGISTRY in found[str(exe).lower()].sources

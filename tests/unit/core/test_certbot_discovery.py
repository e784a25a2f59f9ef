"""Discovery logic with fake Windows sources (registry, Program Files) and fake probes.

The version probe itself runs against a real certbot in tests/integration.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.discovery import (
    DiscoveryEnvironment,
    InstallKind,
    RegistryEntry,
    Source,
    VersionProbe,
    discover,
    discovery_findings,
    parse_version,
    probe_version,
)
from tests.helpers.programs import python_program


class FakeRegistry:
    def __init__(self, entries: list[RegistryEntry]) -> None:
        self.entries = entries

    def certbot_uninstall_entries(self) -> list[RegistryEntry]:
        return self.entries


def exe(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def probes(versions: dict[str, str | None]):
    def probe(path: Path) -> VersionProbe:
        for marker, version in versions.items():
            if marker in str(path):
                return VersionProbe(version, None if version else "exit code 1")
        return VersionProbe("5.8.0")

    return probe


def eff_install(root: Path) -> Path:
    """The pynsist layout of the EFF Windows installer."""
    (root / "pkgs").mkdir(parents=True)
    (root / "Python").mkdir()
    return exe(root / "bin" / "certbot.exe")


def test_nothing_found(tmp_path: Path) -> None:
    env = DiscoveryEnvironment(windows=False, path_dirs=[tmp_path])
    assert discover(env, probe=probes({})) == []
    assert [f.id for f in discovery_findings([])] == ["certbot-not-found"]


def test_windows_sources_are_merged_and_classified(tmp_path: Path) -> None:
    pf = tmp_path / "Program Files"
    pf86 = tmp_path / "Program Files (x86)"
    eff = eff_install(pf / "Certbot")
    old32 = eff_install(pf86 / "Certbot")
    pip_exe = exe(tmp_path / "Python312" / "Scripts" / "certbot.exe")
    venv = tmp_path / "venvs" / "cb"
    (venv).mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = x\n")
    venv_exe = exe(venv / "Scripts" / "certbot.exe")
    env = DiscoveryEnvironment(
        windows=True,
        path_dirs=[pf / "Certbot" / "bin", tmp_path / "nothing"],
        registry=FakeRegistry(
            [
                RegistryEntry("64", "2.9.0", str(pf / "Certbot")),
                RegistryEntry("32", "1.24.0", f"{pf86 / 'Certbot'}"),
            ]
        ),
        program_files=[pf, pf86],
        python_scripts_dirs=[tmp_path / "Python312" / "Scripts"],
        user_paths=[venv],
    )
    installs = discover(
        env, probe=probes({"x86": "1.24.0", "Program Files": "2.9.0", "venvs": "3.1.0"})
    )
    by_path = {i.path: i for i in installs}
    assert list(by_path) == [venv_exe, eff, old32, pip_exe]
    assert by_path[eff].kind is InstallKind.WINDOWS_INSTALLER
    assert by_path[eff].sources == (Source.PATH, Source.REGISTRY, Source.PROGRAM_FILES)
    assert by_path[eff].registry_version == "2.9.0"
    assert by_path[old32].kind is InstallKind.WINDOWS_INSTALLER
    assert by_path[pip_exe].kind is InstallKind.PIP
    assert by_path[venv_exe].kind is InstallKind.VENV
    assert [f.id for f in by_path[eff].findings] == ["certbot-windows-installer-eol"]
    assert [f.id for f in by_path[venv_exe].findings] == ["certbot-windows-symlink-bug"]
    assert [f.id for f in by_path[pip_exe].findings] == []


def test_version_findings(tmp_path: Path) -> None:
    old = exe(tmp_path / "old" / "certbot")
    broken = exe(tmp_path / "broken" / "certbot")
    bug = exe(tmp_path / "bug" / "certbot")
    env = DiscoveryEnvironment(windows=False, path_dirs=[old.parent, broken.parent, bug.parent])
    installs = discover(env, probe=probes({"old": "0.28.0", "broken": None, "bug": "3.1.0"}))
    findings = {i.path.parent.name: [f.id for f in i.findings] for i in installs}
    # 3.1.0 is only broken on Windows.
    assert findings == {
        "old": ["certbot-too-old-for-eab"],
        "broken": ["certbot-version-unknown"],
        "bug": [],
    }


@pytest.mark.skipif(os.name == "nt", reason="POSIX discovery: executable bits and links")
def test_linux_kinds(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / "pyvenv.cfg").write_text("")
    venv_exe = exe(venv / "bin" / "certbot")
    other = exe(tmp_path / "somewhere" / "certbot")
    link_dir = tmp_path / "links"
    link_dir.mkdir()
    (link_dir / "certbot").symlink_to(venv_exe)
    env = DiscoveryEnvironment(windows=False, path_dirs=[link_dir, other.parent, venv / "bin"])
    installs = discover(env, probe=probes({}))
    assert [(i.path, i.kind) for i in installs] == [
        (link_dir / "certbot", InstallKind.VENV),
        (other, InstallKind.UNKNOWN),
    ]
    assert installs[0].sources == (Source.PATH,)


@pytest.mark.skipif(os.name == "nt", reason="Windows files have no executable bit")
def test_non_executable_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "certbot").write_text("")
    env = DiscoveryEnvironment(windows=False, path_dirs=[tmp_path])
    assert discover(env, probe=probes({})) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("5.8.0", (5, 8, 0)), ("2.0.0.dev0", (2, 0, 0)), ("1.2", (1, 2, 0)), ("x", None)],
)
def test_parse_version(text: str, expected: tuple[int, ...] | None) -> None:
    assert parse_version(text) == expected


def _script(tmp_path: Path, body: str) -> Path:
    return python_program(tmp_path / "fake-certbot", f"{body}\n")


def test_probe_reports_failures_and_timeouts(tmp_path: Path) -> None:
    failing = _script(tmp_path, "import sys; sys.stderr.write('boom\\n'); sys.exit(3)")
    assert probe_version(failing) == VersionProbe(None, "boom")
    slow = _script(tmp_path, "import time; time.sleep(30)")
    result = probe_version(slow, timeout=0.5)
    assert result.version is None and "0.5" in (result.error or "")
    stdin_reader = _script(tmp_path, "import sys; data = sys.stdin.read(); print('certbot 9.9.9')")
    assert probe_version(stdin_reader).version == "9.9.9"  # stdin is closed, not inherited
    assert probe_version(tmp_path / "missing").version is None


def test_the_included_certbot_is_listed_and_preferred_unless_a_newer_one_is_installed(
    tmp_path: Path,
) -> None:
    from certbot_assistant.core.steps.certbot import choose_certbot

    included = exe(tmp_path / "Certbot Assistant" / "certbot.exe")
    older = exe(tmp_path / "old-venv" / "Scripts" / "certbot.exe")
    env = DiscoveryEnvironment(
        windows=True, path_dirs=[older.parent], included_dirs=[included.parent]
    )
    installs = discover(env, probe=probes({"old-venv": "5.1.0", "Assistant": "5.8.0"}))
    assert [(i.path, i.kind, i.sources) for i in installs] == [
        (included, InstallKind.INCLUDED, (Source.INCLUDED,)),
        (older, InstallKind.PIP, (Source.PATH,)),
    ]
    assert choose_certbot(installs) == installs[0]
    # The user's own newer certbot wins; and one they chose before wins over both.
    newer = discover(env, probe=probes({"old-venv": "5.9.1", "Assistant": "5.8.0"}))
    assert choose_certbot(newer).path == older  # type: ignore[union-attr]
    assert choose_certbot(installs, preferred=older).path == older  # type: ignore[union-attr]

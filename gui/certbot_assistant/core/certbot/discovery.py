"""Finding every certbot on the machine, its version and how it was installed.

Admins often have several: the discontinued EFF Windows installer build in Program Files, a pip
install in some Python's ``Scripts``, a venv, a distro or snap package. The first one on PATH is
not necessarily the one the scheduled renewal uses, so all of them are listed, each with what is
wrong with it. Windows-only sources (registry, Program Files) sit behind small interfaces so the
logic is tested on Linux with fakes.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from certbot_assistant.core import findings as F
from certbot_assistant.core.system.process import run_program

log = logging.getLogger(__name__)

VERSION_TIMEOUT_S = 10.0
MIN_EAB_VERSION = (0, 29, 0)
WINDOWS_SYMLINK_BUG_VERSION = (3, 1, 0)
UNINSTALL_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\Certbot"
_VERSION_RE = re.compile(r"certbot\s+(\d+(?:\.\d+)+\S*)", re.IGNORECASE)


class InstallKind(enum.Enum):
    INCLUDED = "included"  # frozen beside the assistant, shipped in its MSI
    WINDOWS_INSTALLER = "windows-installer"
    PIP = "pip"
    VENV = "venv"
    SNAP = "snap"
    DISTRO = "distro"
    DEMO = "demo"  # demo mode's certbot: its runs are played back, it never starts
    UNKNOWN = "unknown"


class Source(enum.Enum):
    INCLUDED = "included"
    PATH = "path"
    REGISTRY = "registry"
    PROGRAM_FILES = "program-files"
    PYTHON_SCRIPTS = "python-scripts"
    SYSTEM_FOLDER = "system-folder"
    USER = "user"
    DEMO = "demo"


@dataclass(frozen=True)
class RegistryEntry:
    """The ``Uninstall\\Certbot`` key as the EFF installer wrote it."""

    view: str  # "64" or "32"
    display_version: str | None
    install_location: str | None


class RegistryReader(Protocol):
    def certbot_uninstall_entries(self) -> list[RegistryEntry]: ...


class NoRegistry:
    """Every platform but Windows."""

    def certbot_uninstall_entries(self) -> list[RegistryEntry]:
        return []


class WindowsRegistry:  # pragma: no cover - exercised on Windows only
    """Reads HKLM in the 64- and 32-bit views."""

    def certbot_uninstall_entries(self) -> list[RegistryEntry]:
        if sys.platform != "win32":
            return []
        import winreg

        entries: list[RegistryEntry] = []
        for view, flag in (("64", winreg.KEY_WOW64_64KEY), ("32", winreg.KEY_WOW64_32KEY)):
            try:
                key = winreg.OpenKey(
                    winreg.HKEY_LOCAL_MACHINE, UNINSTALL_KEY, 0, winreg.KEY_READ | flag
                )
            except OSError:
                continue
            with key:
                entries.append(
                    RegistryEntry(
                        view,
                        _reg_value(winreg, key, "DisplayVersion"),
                        _reg_value(winreg, key, "InstallLocation"),
                    )
                )
        return entries


def _reg_value(winreg: object, key: object, name: str) -> str | None:  # pragma: no cover
    try:
        value, _kind = winreg.QueryValueEx(key, name)  # type: ignore[attr-defined]
    except OSError:
        return None
    return str(value).strip('"') if value else None


@dataclass(frozen=True)
class DiscoveryEnvironment:
    """Everything discovery looks at; ``from_system`` fills it from the running machine."""

    windows: bool
    path_dirs: Sequence[Path] = ()
    registry: RegistryReader = field(default_factory=NoRegistry)
    program_files: Sequence[Path] = ()
    python_scripts_dirs: Sequence[Path] = ()
    system_dirs: Sequence[Path] = ()
    user_paths: Sequence[Path] = ()
    included_dirs: Sequence[Path] = ()
    """Where the certbot shipped with the assistant lives (the frozen app's own folder)."""

    @classmethod
    def from_system(cls, user_paths: Sequence[Path] = ()) -> DiscoveryEnvironment:
        windows = os.name == "nt"
        path_dirs = [Path(p) for p in os.environ.get("PATH", "").split(os.pathsep) if p]
        included = included_certbot_dirs()
        beside = beside_this_python()
        if windows:  # pragma: no cover - Windows only
            roots = [
                os.environ.get(v) for v in ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)")
            ]
            return cls(
                windows=True,
                path_dirs=path_dirs,
                registry=WindowsRegistry(),
                program_files=[Path(r) for r in dict.fromkeys(roots) if r],
                python_scripts_dirs=[*beside, *_windows_python_scripts_dirs()],
                user_paths=tuple(user_paths),
                included_dirs=included,
            )
        home = Path.home()
        return cls(
            windows=False,
            path_dirs=path_dirs,
            python_scripts_dirs=beside,
            system_dirs=[
                Path("/usr/bin"),
                Path("/usr/local/bin"),
                Path("/snap/bin"),
                Path("/opt/certbot/bin"),
                home / ".local" / "bin",
            ],
            user_paths=tuple(user_paths),
            included_dirs=included,
        )


def beside_this_python() -> list[Path]:
    """Where pip put scripts for the Python running the assistant (its venv's bin/ or
    Scripts\\): a certbot installed there (``pip install certbot`` in the same venv) is
    found without being on PATH. None for a frozen app, which has no pip."""
    if getattr(sys, "frozen", False):
        return []
    here = Path(sys.executable).parent
    return [here, here / "Scripts"] if os.name == "nt" else [here]


def included_certbot_dirs() -> list[Path]:
    """The frozen app's folder, where its MSI puts the included certbot (a path that stays the
    same across upgrades, so scheduled tasks keep working); none when run from source."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable).parent]
    return []


def _windows_python_scripts_dirs() -> list[Path]:  # pragma: no cover - Windows only
    """Python installs' Scripts folders: per-user, all-users and the old C:\\PythonXY layout."""
    bases: list[Path] = []
    for var, sub in (
        ("LOCALAPPDATA", "Programs/Python"),
        ("ProgramFiles", ""),
        ("APPDATA", "Python"),
    ):
        value = os.environ.get(var)
        if value:
            bases.append(Path(value) / sub)
    bases.append(Path(os.environ.get("SYSTEMDRIVE", "C:") + "\\"))
    found: list[Path] = []
    for base in bases:
        try:
            found += [p / "Scripts" for p in base.glob("Python3*") if (p / "Scripts").is_dir()]
        except OSError:
            continue
    return found


@dataclass(frozen=True)
class VersionProbe:
    version: str | None
    error: str | None = None


@dataclass(frozen=True)
class CertbotInstall:
    path: Path
    kind: InstallKind
    sources: tuple[Source, ...]
    version: str | None
    version_error: str | None
    windows: bool
    registry_version: str | None = None
    findings: tuple[F.Finding, ...] = ()

    @property
    def version_tuple(self) -> tuple[int, ...] | None:
        return parse_version(self.version) if self.version else None


def parse_version(text: str) -> tuple[int, ...] | None:
    """``"5.8.0"`` → ``(5, 8, 0)``; ``"2.0.0.dev0"`` → ``(2, 0, 0)``; garbage → None."""
    numbers = re.findall(r"\d+", text.split("-")[0])[:3]
    if not numbers:
        return None
    values = [int(n) for n in numbers]
    return tuple(values + [0] * (3 - len(values)))


def probe_version(path: Path, timeout: float = VERSION_TIMEOUT_S) -> VersionProbe:
    """Run ``certbot --version`` (through core.system.process, like every certbot run)."""
    try:
        outcome = run_program([str(path), "--version"], timeout_s=timeout)
    except OSError as exc:
        return VersionProbe(None, exc.strerror or str(exc))
    if outcome.timed_out:
        return VersionProbe(None, f"no answer within {timeout:g} s")
    out, err = outcome.stdout, outcome.stderr
    match = _VERSION_RE.search(out) or _VERSION_RE.search(err)
    if outcome.code == 0 and match:
        return VersionProbe(match.group(1))
    detail = (err.strip() or out.strip() or f"exit code {outcome.code}").splitlines()[-1]
    return VersionProbe(None, detail[:500])


def _executable_names(windows: bool) -> tuple[str, ...]:
    return ("certbot.exe", "certbot.cmd", "certbot.bat") if windows else ("certbot",)


def _is_executable(path: Path, windows: bool) -> bool:
    try:
        return path.is_file() and (windows or os.access(path, os.X_OK))
    except OSError:
        return False


def _in_dir(directory: Path, windows: bool) -> list[Path]:
    return [
        directory / name
        for name in _executable_names(windows)
        if _is_executable(directory / name, windows)
    ]


def classify(path: Path, windows: bool, *, from_registry: bool = False) -> InstallKind:
    """How ``path`` was installed, from the files around it.

    Snap is recognised by the name used (``/snap/bin/certbot`` links to the snap binary itself);
    everything else by where a link leads, since ``/usr/bin/certbot`` is often a link into a venv
    such as ``/opt/certbot`` (the EFF's pip instructions).
    """
    parts = [p.lower() for p in path.parts]
    if not windows and parts[:2] == ["/", "snap"]:
        return InstallKind.SNAP
    with contextlib.suppress(OSError, RuntimeError):
        path = path.resolve()
    bin_dir = path.parent
    if windows:
        # The pynsist layout: <root>\bin\certbot.exe, <root>\Python\python.exe, <root>\pkgs.
        root = bin_dir.parent
        if from_registry or (
            bin_dir.name.lower() == "bin"
            and (root / "pkgs").is_dir()
            and (root / "Python").is_dir()
        ):
            return InstallKind.WINDOWS_INSTALLER
        if (bin_dir.parent / "pyvenv.cfg").is_file():
            return InstallKind.VENV
        if bin_dir.name.lower() == "scripts":
            return InstallKind.PIP
        return InstallKind.UNKNOWN
    if (bin_dir.parent / "pyvenv.cfg").is_file():
        return InstallKind.VENV
    if str(bin_dir) in ("/usr/bin", "/bin"):
        return InstallKind.DISTRO
    if str(bin_dir) == "/usr/local/bin" or bin_dir == Path.home() / ".local" / "bin":
        return InstallKind.PIP
    return InstallKind.UNKNOWN


def _candidates(env: DiscoveryEnvironment) -> list[tuple[Path, Source, str | None]]:
    """(path, source, registry version) in the order a user would expect to see them."""
    found: list[tuple[Path, Source, str | None]] = []
    for user_path in env.user_paths:
        if user_path.is_dir():
            dirs = [user_path, user_path / ("Scripts" if env.windows else "bin")]
            found += [(p, Source.USER, None) for d in dirs for p in _in_dir(d, env.windows)]
        elif _is_executable(user_path, env.windows):
            found.append((user_path, Source.USER, None))
    for directory in env.included_dirs:
        found += [(p, Source.INCLUDED, None) for p in _in_dir(directory, env.windows)]
    for directory in env.path_dirs:
        found += [(p, Source.PATH, None) for p in _in_dir(directory, env.windows)]
    for entry in env.registry.certbot_uninstall_entries():
        if entry.install_location:
            bin_dir = Path(entry.install_location) / "bin"
            found += [(p, Source.REGISTRY, entry.display_version) for p in _in_dir(bin_dir, True)]
    for root in env.program_files:
        found += [
            (p, Source.PROGRAM_FILES, None) for p in _in_dir(root / "Certbot" / "bin", env.windows)
        ]
    for directory in env.python_scripts_dirs:
        found += [(p, Source.PYTHON_SCRIPTS, None) for p in _in_dir(directory, env.windows)]
    for directory in env.system_dirs:
        found += [(p, Source.SYSTEM_FOLDER, None) for p in _in_dir(directory, env.windows)]
    return found


def _identity(path: Path) -> str:
    try:
        return os.path.normcase(str(path.resolve()))
    except (OSError, RuntimeError):
        return os.path.normcase(str(path.absolute()))


def install_findings(install: CertbotInstall) -> tuple[F.Finding, ...]:
    out: list[F.Finding] = []
    ev = {"path": install.path, "version": install.version, "install_kind": install.kind.value}
    if install.version is None:
        out.append(
            F.make("certbot-version-unknown", **{**ev, "error": install.version_error or "?"})
        )
    version = install.version_tuple
    if version is not None and version < MIN_EAB_VERSION:
        out.append(F.make("certbot-too-old-for-eab", **ev))
    if install.kind is InstallKind.WINDOWS_INSTALLER:
        shown = install.version or install.registry_version or "?"
        out.append(F.make("certbot-windows-installer-eol", **{**ev, "version": shown}))
    if install.windows and version == WINDOWS_SYMLINK_BUG_VERSION:
        out.append(F.make("certbot-windows-symlink-bug", **ev))
    return tuple(out)


def discover(
    env: DiscoveryEnvironment,
    *,
    probe: Callable[[Path], VersionProbe] = probe_version,
    max_workers: int = 4,
) -> list[CertbotInstall]:
    """Every distinct certbot ``env`` can see, each probed for its version (in parallel)."""
    grouped: dict[str, tuple[Path, list[Source], str | None]] = {}
    for path, source, reg_version in _candidates(env):
        key = _identity(path)
        if key in grouped:
            first, sources, known = grouped[key]
            if source not in sources:
                sources.append(source)
            grouped[key] = (first, sources, known or reg_version)
        else:
            grouped[key] = (path, [source], reg_version)
    entries = list(grouped.values())
    if not entries:
        return []
    with ThreadPoolExecutor(max_workers=min(max_workers, len(entries))) as pool:
        probes = list(pool.map(probe, [path for path, _, _ in entries]))
    installs = []
    for (path, sources, reg_version), result in zip(entries, probes, strict=True):
        kind = (
            InstallKind.INCLUDED
            if Source.INCLUDED in sources
            else classify(path, env.windows, from_registry=Source.REGISTRY in sources)
        )
        install = CertbotInstall(
            path=path,
            kind=kind,
            sources=tuple(sources),
            version=result.version,
            version_error=result.error,
            windows=env.windows,
            registry_version=reg_version,
        )
        installs.append(_with_findings(install))
    return installs


def _with_findings(install: CertbotInstall) -> CertbotInstall:
    return replace(install, findings=install_findings(install))


def discovery_findings(installs: Iterable[CertbotInstall]) -> list[F.Finding]:
    """All installs' findings, plus certbot-not-found when there is none."""
    installs = list(installs)
    if not installs:
        return [F.make("certbot-not-found")]
    return [f for install in installs for f in install.findings]


def install_for_path(
    path: Path,
    *,
    windows: bool | None = None,
    probe: Callable[[Path], VersionProbe] = probe_version,
) -> CertbotInstall:
    """Describe one certbot the user named (``--certbot PATH``), without searching."""
    is_windows = os.name == "nt" if windows is None else windows
    result = probe(path)
    install = CertbotInstall(
        path=path,
        kind=classify(path, is_windows),
        sources=(Source.USER,),
        version=result.version,
        version_error=result.error,
        windows=is_windows,
    )
    return _with_findings(install)

"""Is the frozen bundle whole? Every module of the source tree, every certbot plugin, every file.

PyInstaller follows import statements; a module loaded any other way is silently left out, and
the frozen app then fails only when a user reaches it (the first release lost six wizard pages
that way). So the build reads back what it produced — the archive inside each executable, not
PyInstaller's work files — and compares it with what the source tree and certbot's own entry
points say must be there:

- every ``.py`` under ``gui/certbot_assistant`` is a module in the assistant's archive;
- every ``certbot.plugins`` entry point of the shipped certbot metadata names a module in the
  included certbot's archive, and the three plugins the assistant drives are among them;
- the translations and the icon the app loads at run time are in the folder.

Used by ``scripts/build.py`` (the build fails), the Windows stage (on the files the MSI
installed) and the packaging tests.
"""

from __future__ import annotations

import configparser
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "gui" / "certbot_assistant"
sys.path.insert(0, str(REPO / "gui"))

from certbot_assistant.module_manifest import source_modules  # noqa: E402

# The plugins the assistant passes to certbot (--standalone, --webroot) and the one tests use.
REQUIRED_PLUGINS = ("standalone", "webroot", "manual")
RESOURCES = (
    "certbot_assistant/modules.txt",
    "certbot_assistant/i18n/app_en.qm",
    "certbot_assistant/i18n/app_ja.qm",
    "certbot_assistant/resources/certbot-assistant.svg",
)


class IncompleteBundle(Exception):
    """What is missing, one line per thing."""

    def __init__(self, folder: Path, missing: list[str]) -> None:
        self.missing = missing
        lines = "\n".join(f"  - {m}" for m in missing)
        super().__init__(f"the frozen bundle {folder} is incomplete:\n{lines}")


def executable(folder: Path, name: str) -> Path:
    exe = folder / (f"{name}.exe" if (folder / f"{name}.exe").exists() else name)
    if not exe.is_file():
        raise IncompleteBundle(folder, [f"no executable {name}"])
    return exe


def archived_modules(exe: Path) -> set[str]:
    """The module names in the Python archive (PYZ) embedded in a frozen executable."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(exe))
    archives = [name for name, entry in package.toc.items() if entry[-1] == "z"]
    names: set[str] = set()
    for archive in archives:
        names.update(package.open_embedded_archive(archive).toc)
    return names


def certbot_plugin_modules(folder: Path) -> dict[str, str]:
    """Plugin name → module, from the shipped certbot's ``entry_points.txt``."""
    internal = folder / "_internal"
    found = sorted(internal.glob("certbot-*.dist-info/entry_points.txt"))
    if not found:
        return {}
    parser = configparser.ConfigParser(delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(found[0], encoding="utf-8")
    if not parser.has_section("certbot.plugins"):
        return {}
    return {
        name.strip(): value.split(":")[0].strip() for name, value in parser.items("certbot.plugins")
    }


def missing_from(expected: Iterable[str], present: set[str], what: str) -> list[str]:
    return [f"{what} {name}" for name in sorted(set(expected) - present)]


def check_bundle(folder: Path, *, with_certbot: bool = True, package: Path = PACKAGE) -> list[str]:
    """What the bundle in ``folder`` lacks (empty when whole)."""
    missing: list[str] = []
    modules = source_modules(package)
    for program in ("certbot-assistant", "certbot-assistant-cli"):
        if program == "certbot-assistant" or any(folder.glob(f"{program}*")):
            archive = archived_modules(executable(folder, program))
            missing += missing_from(modules, archive, f"{program}: module")
    internal = folder / "_internal"
    missing += [f"file {name}" for name in RESOURCES if not (internal / name).is_file()]
    if with_certbot:
        certbot = archived_modules(executable(folder, "certbot"))
        plugins = certbot_plugin_modules(folder)
        missing += [
            f"certbot plugin {p} (entry point)" for p in REQUIRED_PLUGINS if p not in plugins
        ]
        missing += [
            f"certbot plugin {name} (module {module})"
            for name, module in sorted(plugins.items())
            if module not in certbot
        ]
    return missing


def verify_bundle(folder: Path, *, with_certbot: bool = True) -> None:
    """Raise ``IncompleteBundle`` naming everything the bundle lacks."""
    missing = check_bundle(folder, with_certbot=with_certbot)
    if missing:
        raise IncompleteBundle(folder, missing)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the frozen one-folder app")
    parser.add_argument("--without-certbot", action="store_true", help="no included certbot")
    args = parser.parse_args(argv)
    folder = args.folder
    try:
        verify_bundle(folder, with_certbot=not args.without_certbot)
    except IncompleteBundle as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"bundle complete: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

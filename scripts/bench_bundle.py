"""Size and start-up budget of the frozen app against a bare PySide6 QWizard frozen the same way.

    .venv/bin/python scripts/bench_bundle.py [--starts 5]

Builds both (PyInstaller one-folder, same exclusions), then prints for each: the one-folder size,
its compressed (zip) size, and the start-to-window time (median of --starts launches, offscreen).
Targets (issue #7): app size at most 1.1x the bare one, start at most 1.5x.

A third build, the bare QWizard plus the libraries the app must ship (installers/bare/
bare_libraries.py), splits the app's cost into what those choices fix and what its own code adds.
A fourth, the app without the certbot it includes, gives that certbot's own cost; and the
bundle is checked for any library shipped twice (same content under two names).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from build import build_app, pyinstaller  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def zipped_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = shutil.make_archive(str(Path(tmp) / "bundle"), "zip", folder)
        return Path(archive).stat().st_size


def duplicate_libraries(folder: Path) -> list[list[str]]:
    """Groups of identical binaries (>= 100 kB) stored more than once in the bundle."""
    import hashlib

    by_digest: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.stat().st_size < 100_000:
            continue
        if path.suffix not in (".so", ".pyd", ".dll") and ".so." not in path.name:
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        by_digest.setdefault(digest, []).append(str(path.relative_to(folder)))
    return [names for names in by_digest.values() if len(names) > 1]


def certbot_start(executable: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(executable), "--version"], capture_output=True, check=True)
    return time.perf_counter() - start


def start_time(executable: Path, home: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CERTBOT_ASSISTANT_STARTUP_PROBE="1",
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"))  # fmt: skip
    start = time.perf_counter()
    proc = subprocess.Popen([str(executable)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=env, text=True)  # fmt: skip
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "window-shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{executable} never showed its window")
    proc.wait(30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    out = REPO / "build" / "bench"
    app = build_app(out / "dist", out / "work")
    without = pyinstaller(
        REPO / "installers" / "certbot-assistant.spec",
        out / "without-certbot",
        out / "work-without-certbot",
        {"CERTBOT_ASSISTANT_WITHOUT_CERTBOT": "1"},
    )
    bare, libraries = (
        pyinstaller(REPO / "installers" / "bare" / spec, out / "dist", out / "work")
        for spec in ("bare-wizard.spec", "bare-libraries.spec")
    )
    rows = []
    with tempfile.TemporaryDirectory() as home:
        for name, folder, exe in (
            ("bare QWizard", bare, bare / "bare-wizard"),
            ("+ libraries", libraries, libraries / "bare-libraries"),
            ("assistant", app, app / "certbot-assistant"),
        ):
            start_time(exe, Path(home))  # warm the file cache once
            starts = [start_time(exe, Path(home)) for _ in range(args.starts)]
            rows.append((name, folder_size(folder), zipped_size(folder), statistics.median(starts)))
    print(f"{'':14} {'folder MB':>10} {'zip MB':>8} {'start s':>8}")
    for name, size, zipped, start in rows:
        print(f"{name:14} {size / 2**20:>10.1f} {zipped / 2**20:>8.1f} {start:>8.3f}")
    (_, bare_size, bare_zip, bare_start), (_, lib_size, lib_zip, lib_start), app_row = rows
    _, app_size, app_zip, app_start = app_row
    print(f"{'ratio':14} {app_size / bare_size:>10.3f} {app_zip / bare_zip:>8.3f} "
          f"{app_start / bare_start:>8.2f}   assistant / bare (targets: size <= 1.10, "
          "start <= 1.50)")  # fmt: skip
    print(f"{'floor':14} {lib_size / bare_size:>10.3f} {lib_zip / bare_zip:>8.3f} "
          f"{lib_start / bare_start:>8.2f}   (bare + libraries) / bare")  # fmt: skip
    no_certbot, no_certbot_zip = folder_size(without), zipped_size(without)
    own = (no_certbot - lib_size) / 2**20
    own_zip = (no_certbot_zip - lib_zip) / 2**20
    print(f"{'own code':14} {own:>7.1f} MB {own_zip:>5.1f} MB {app_start - lib_start:>+8.3f}   "
          "assistant without certbot - (bare + libraries)")  # fmt: skip
    certbot_exe = app / ("certbot.exe" if sys.platform == "win32" else "certbot")
    certbot_starts = [certbot_start(certbot_exe) for _ in range(args.starts)]
    print(f"{'certbot':14} {(app_size - no_certbot) / 2**20:>7.1f} MB "
          f"{(app_zip - no_certbot_zip) / 2**20:>5.1f} MB {statistics.median(certbot_starts):>8.3f}"
          "   included certbot: what it adds; its start is 'certbot --version'")  # fmt: skip
    twice = duplicate_libraries(app)
    print(f"libraries shipped twice: {len(twice)}" + "".join(f"\n  {g}" for g in twice))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Size and start-up budget of the frozen app against a bare PySide6 QWizard frozen the same way.

    .venv/bin/python scripts/bench_bundle.py [--starts 5]

Builds both (PyInstaller one-folder, same exclusions), then prints for each: the one-folder size,
its compressed (zip) size, and the start-to-window time (median of --starts launches, offscreen).
Targets (issue #7): app size at most 1.1x the bare one, start at most 1.5x.

A third build, the bare QWizard plus the libraries the app must ship (installers/bare/
bare_libraries.py), splits the app's cost into what those choices fix and what its own code adds.
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
    own, own_zip = (app_size - lib_size) / 2**20, (app_zip - lib_zip) / 2**20
    print(f"{'own code':14} {own:>7.1f} MB {own_zip:>5.1f} MB {app_start - lib_start:>+8.3f}   "
          "assistant - (bare + libraries)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

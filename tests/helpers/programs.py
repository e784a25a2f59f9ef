"""Stand-in programs (certbot and friends) that run on the platform the tests run on.

POSIX: a script with this Python in its shebang. Windows cannot start a script, so there the
program is an .exe: pip's own launcher (distlib's, as pip makes ``certbot.exe`` when it
installs certbot) with the script appended. Either way the caller gets the path to run.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from pathlib import Path

WINDOWS = os.name == "nt"


def python_program(path: Path, source: str) -> Path:
    """A program at ``path`` (``path.exe`` on Windows) that runs ``source`` with this Python."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not WINDOWS:
        path.write_text(f"#!{sys.executable}\n{source}")
        path.chmod(0o755)
        return path
    from pip._vendor.distlib.scripts import ScriptMaker

    source_dir = path.parent / f".{path.name}.source"
    source_dir.mkdir(exist_ok=True)
    (source_dir / path.name).write_text(f"#!python\n{source}")
    maker = ScriptMaker(str(source_dir), str(path.parent), add_launchers=True)
    maker.executable = sys.executable
    maker.variants = {""}
    (made,) = maker.make(path.name)
    return Path(made)


def program_name(name: str) -> str:
    """How a program of that name is called on disk here (``certbot.exe`` on Windows)."""
    return f"{name}.exe" if WINDOWS else name


@functools.cache
def symlinks_work() -> bool:
    """Whether this system makes usable symbolic links: not Wine 8, nor Windows without the
    privilege (a normal user); tests of link handling are skipped there, with this reason."""
    with tempfile.TemporaryDirectory() as folder:
        target, link = Path(folder) / "target", Path(folder) / "link"
        target.write_text("x")
        try:
            link.symlink_to(target)
        except OSError:
            return False
        return link.is_symlink() and link.exists()


NO_SYMLINKS = "this system makes no usable symbolic links (Wine 8; Windows without the privilege)"


@functools.cache
def under_wine() -> bool:
    """Windows Python running under Wine, which lacks some Windows facilities the tests use."""
    if not WINDOWS:
        return False
    import winreg

    try:
        winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\Wine").Close()
    except OSError:
        return False
    return True


def process_alive(pid: int) -> bool:
    """Whether ``pid`` still runs: a zombie (POSIX) or an exited process still held open
    (Windows) counts as gone, since what the tests ask is whether a stop reached it."""
    if WINDOWS:
        from certbot_assistant.core.system.private_temp import pid_alive

        return pid_alive(pid)
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


def gone_within(pid: int, seconds: float = 2.0) -> bool:
    """Whether ``pid`` ends within ``seconds``: ending a process is asynchronous, and a loaded
    machine may take a moment."""
    import time

    deadline = time.monotonic() + seconds
    while process_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from certbot_assistant.core.system import private_temp as T


def test_ini_is_owner_only_and_removed(user_dirs: Path) -> None:
    folder = T.private_temp_dir()
    posix = os.name != "nt"  # Windows gets an owner-only ACL instead, which Wine cannot show
    assert not posix or stat.S_IMODE(folder.stat().st_mode) == 0o700
    with T.eab_ini("kid-1", "HMACVALUE") as path:
        assert path.parent == folder
        assert not posix or stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_text() == "eab-kid = kid-1\neab-hmac-key = HMACVALUE\n"
        assert path.name.startswith(f"eab-{os.getpid()}-")
    assert not path.exists()


def test_removed_even_on_error(user_dirs: Path) -> None:
    with pytest.raises(RuntimeError), T.eab_ini("k", "v") as path:
        raise RuntimeError
    assert not path.exists()


def test_sweep_removes_only_dead_owners(user_dirs: Path) -> None:
    folder = T.private_temp_dir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = folder / f"eab-{dead.pid}-aaaa.ini"
    stale.write_text("x")
    garbage = folder / "eab-notapid.ini"
    garbage.write_text("x")
    live = T.write_eab_ini("k", "v")
    other = folder / "unrelated.txt"
    other.write_text("keep")
    assert T.sweep_stale_inis() == 2
    assert live.exists() and other.exists()
    assert not stale.exists() and not garbage.exists()
    T.remove_quietly(live)

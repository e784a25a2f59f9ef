"""The machine's CertCentral API key for the scheduled renewal: only an administrator stores
it, only SYSTEM/root and administrators read it, it never shows in output or the log.

On Linux the file is root's, 0600 in a 0700 folder, and another user is refused (tested as
uid 65534 when the tests run as root, as CI does). Windows' DPAPI and ACL are tested in
tests/windows/test_machine_key_windows.py."""

from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.certcentral import machine_key
from certbot_assistant.core.certcentral.machine_key import (
    MachineKeyStore,
    MachineKeyUnreadable,
    NotAdministrator,
    outsiders,
)
from certbot_assistant.core.services import Services

KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-secret"
POSIX_ROOT = sys.platform != "win32" and hasattr(os, "geteuid") and os.geteuid() == 0


def cli(services: Services, stdin: str, *argv: str) -> tuple[int, str]:
    args = build_parser(list(argv)).parse_args(list(argv))
    args.services = services
    out = io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return run_command(args, out), out.getvalue()
    finally:
        sys.stdin = old


@pytest.mark.skipif(not POSIX_ROOT, reason="root stores it on Linux (CI runs as root)")
def test_root_stores_it_owner_only_and_another_user_cannot_read_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    base = Path(tempfile.mkdtemp(prefix="machine-key-"))  # traversable by others, unlike tmp_path
    try:
        base.chmod(0o755)
        folder = base / "certbot-assistant"
        services = Services.real(machine_keys=lambda: MachineKeyStore(folder, windows=False))
        code, out = cli(services, KEY + "\n", "apikey", "set", "--machine", "--stdin")
        assert code == 0 and KEY not in out and "View Only" in out
        path = folder / "certcentral-api-key-us"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.stat().st_uid == 0
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert MachineKeyStore(folder, windows=False).read("us") == KEY
        control = base / "readable"
        control.write_text("anyone")
        control.chmod(0o644)

        def as_nobody(target: Path) -> subprocess.CompletedProcess[str]:
            return subprocess.run(["cat", str(target)], user=65534, capture_output=True,
                                  text=True, check=False)  # fmt: skip

        assert as_nobody(control).stdout == "anyone"  # the other user gets this far
        refused = as_nobody(path)
        assert refused.returncode != 0 and "Permission denied" in refused.stderr
        assert KEY not in refused.stdout and KEY not in caplog.text
        code, out = cli(services, "", "apikey", "delete", "--machine")
        assert code == 0 and not path.exists()
    finally:
        shutil.rmtree(base)


def test_only_an_administrator_stores_or_deletes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(machine_key, "is_administrator", lambda: False)
    store = MachineKeyStore(tmp_path / "keys", windows=False)
    with pytest.raises(NotAdministrator):
        store.store("us", KEY)
    with pytest.raises(NotAdministrator):
        store.delete("us")
    assert not (tmp_path / "keys").exists()
    services = Services.real(machine_keys=lambda: store)
    code, out = cli(services, KEY + "\n", "apikey", "set", "--machine", "--stdin")
    assert code == 1 and KEY not in out


def test_no_key_stored_reads_as_none_and_a_broken_one_is_said(tmp_path: Path) -> None:
    store = MachineKeyStore(tmp_path, windows=False, protect=False)
    assert store.read("us") is None
    store.path("eu").write_bytes(b"x" * 5000)
    with pytest.raises(MachineKeyUnreadable):
        store.read("eu")
    store.path("us").mkdir()
    with pytest.raises(MachineKeyUnreadable):
        store.read("us")


def test_the_check_names_whoever_else_the_acl_lets_in() -> None:
    owner = "S-1-5-21-1-2-3-1001"
    assert outsiders(f"O:{owner}D:P(A;;FA;;;SY)(A;;FA;;;BA)") == set()
    assert outsiders(f"O:{owner}D:(A;;FA;;;SY)(A;;FA;;;{owner})") == set()
    assert outsiders(f"O:{owner}D:(A;;FA;;;SY)(A;;0x1200a9;;;WD)") == {"WD"}
    assert outsiders("D:(A;;FA;;;BU)(D;;FA;;;AU)") == {"BU"}  # deny entries let nobody in

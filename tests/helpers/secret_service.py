"""A private D-Bus session with an unlocked gnome-keyring: the real Secret Service for tests.

Started per use, so a test never touches the developer's own keychain and does not depend on
being run inside ``dbus-run-session``. The keyring files live in a temporary folder too
(gnome-keyring keeps them under $XDG_DATA_HOME/keyrings): otherwise they would land in the real
~/.local/share/keyrings, and keys stored by one run would be found by the next.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def available() -> str | None:
    """None when the programs exist, else what is missing."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            return program
    return None


@contextmanager
def secret_service(password: str = "test-password") -> Iterator[dict[str, str]]:
    """Yields the environment variables a client needs (DBUS_SESSION_BUS_ADDRESS)."""
    home = Path(tempfile.mkdtemp(prefix="secret-service-"))
    (home / "data").mkdir()
    (home / "runtime").mkdir(mode=0o700)
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
    )
    address, pid_text = bus.stdout.split()[:2]
    bus_pid = int(pid_text)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "runtime"))  # fmt: skip
    keyring_daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert keyring_daemon.stdin is not None
    keyring_daemon.stdin.write(password.encode())
    keyring_daemon.stdin.close()
    try:
        _wait_for_name(env, "org.freedesktop.secrets")
        yield {"DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        keyring_daemon.terminate()
        try:
            keyring_daemon.wait(5)
        except subprocess.TimeoutExpired:
            keyring_daemon.kill()
        with suppress(ProcessLookupError):
            os.kill(bus_pid, signal.SIGTERM)
        shutil.rmtree(home, ignore_errors=True)


def _wait_for_name(env: dict[str, str], name: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        if name in probe.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not appear on the private D-Bus session")

"""Ctrl+C, SIGTERM and SIGHUP on ``certbot-assistant issue``: certbot stops, the EAB ini goes,
the marker records what certbot registered, the exit code is 1, and nobody sees a traceback.

The real CLI in its own process, with its HMAC key in the real Secret Service; certbot is the
scripted stand-in so it can be caught right after it registered (the real one is in tests/e2e).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.system.private_temp import private_temp_dir
from tests.helpers.programs import process_alive

FAKE = Path(__file__).resolve().parents[1] / "helpers" / "fake_certbot.py"
SERVER = "https://acme.example.test/dir"
HMAC = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_ends_certbot_and_records_the_outcome(
    signum: int, tmp_path: Path, secret_service_env: dict[str, str]
) -> None:
    fake = tmp_path / "certbot"
    fake.write_text(f"#!{sys.executable}\n" + FAKE.read_text())
    fake.chmod(0o755)
    env = dict(os.environ, **secret_service_env, FAKE_CERTBOT_MODE="register-then-hang",
               FAKE_CERTBOT_RECORD=str(tmp_path / "rec.json"))  # fmt: skip
    cli = [sys.executable, "-m", "certbot_assistant"]
    profile = f"stop-{signum}"
    add = subprocess.run(
        [*cli, "profiles", "add", profile, "--server", SERVER, "--eab-kid", "kid-stop",
         "--hmac-stdin"],
        input=HMAC + "\n", capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    cfg = tmp_path / "cfg"
    issue = subprocess.Popen(
        [*cli, "issue", "--profile", profile, "-d", "example.com", "--config-dir", str(cfg),
         "--certbot", str(fake)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    account = cfg / "accounts" / "acme.example.test" / "dir" / ("f" * 32)
    deadline = time.monotonic() + 30
    while not (account / "meta.json").exists() or not (tmp_path / "rec.json").exists():
        assert time.monotonic() < deadline and issue.poll() is None, issue.communicate()
        time.sleep(0.05)
    certbot_pid = json.loads((tmp_path / "rec.json").read_text())["pid"]
    issue.send_signal(signum)
    try:
        out, err = issue.communicate(timeout=30)
    finally:
        issue.kill()
        with contextlib.suppress(ProcessLookupError):
            os.kill(certbot_pid, signal.SIGKILL)
    assert issue.returncode == 1, out + err
    assert "Traceback" not in out + err
    assert "run-cancelled" in out
    assert not process_alive(certbot_pid)
    assert [p.name for p in private_temp_dir().glob("eab-*")] == []
    marker = read_marker(cfg)
    assert marker is not None and marker.kid_for_account("f" * 32) == "kid-stop"
    assert marker.pending == []


def test_sigterm_on_renew_with_a_detached_child_holding_output_ends_with_its_event(
    tmp_path: Path,
) -> None:
    """The renewal task stopped (Task Scheduler or systemd sends SIGTERM) while certbot's hook
    left a setsid child holding stdout: the assistant ends within seconds, ends the child,
    exits 1 and its event (2003, with the signal) is in its log as the event sink of a
    machine without a journal."""
    holder_pid = tmp_path / "holder.pid"
    fake = tmp_path / "certbot"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import subprocess, sys, time\n"
        "c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)'],"
        " start_new_session=True)\n"
        f"open({str(holder_pid)!r}, 'w').write(str(c.pid))\n"
        "print('renewing', flush=True)\n"
        "time.sleep(300)\n"
    )
    fake.chmod(0o755)
    state = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS")}
    env.update(XDG_STATE_HOME=str(state), XDG_CONFIG_HOME=str(tmp_path / "config"))
    renew = subprocess.Popen(
        [sys.executable, "-m", "certbot_assistant", "renew", "--certbot", str(fake),
         "--config-dir", str(tmp_path / "Certbot")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not holder_pid.exists() or not holder_pid.read_text():
        assert time.monotonic() < deadline and renew.poll() is None, renew.communicate()
        time.sleep(0.05)
    holder = int(holder_pid.read_text())
    started = time.monotonic()
    renew.send_signal(signal.SIGTERM)
    try:
        out, err = renew.communicate(timeout=30)
    finally:
        renew.kill()
        with contextlib.suppress(ProcessLookupError):
            os.kill(holder, signal.SIGKILL)
    assert time.monotonic() - started < 20
    assert renew.returncode == 1 and "Traceback" not in out + err
    assert "Stopping (SIGTERM)" in err and "run-cancelled" in out
    assert not process_alive(holder)
    from certbot_assistant.core.windows.event_log import JOURNAL_SOCKET, SYSLOG_SOCKET

    if not JOURNAL_SOCKET.exists() and not SYSLOG_SOCKET.exists():  # else it went there
        logs = "".join(p.read_text() for p in state.rglob("*.log*"))
        assert "event 2003 (run-cancelled)" in logs, logs[-2000:]

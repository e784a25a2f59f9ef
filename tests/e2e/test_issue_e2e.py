"""Issue #3 end to end: a certificate from real Pebble with the user's real certbot, KB 1
refused up front, the HMAC key nowhere, cancel ends everything."""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.app_logging import setup_logging
from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.run.certbot_run import CertbotRun, RunRefused, issue_request
from certbot_assistant.core.system.private_temp import private_temp_dir
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

from .conftest import files_containing

pytestmark = pytest.mark.e2e
DOMAIN = "www.example.test"


def request(certbot: Path, pebble: Pebble, cfg: Path, kid: str, **kw: object):
    options = IssueOptions(
        (DOMAIN,), pebble.directory_url, CertbotDirs.inside(cfg), http01_port=free_port(),
        extra_args=tuple(kw.pop("extra_args", ())),  # type: ignore[arg-type]
    )  # fmt: skip
    env = dict(os.environ, REQUESTS_CA_BUNDLE=str(pebble.cert_path))
    return issue_request(certbot, options, kid, EAB_KEYS[kid], env=env, profile=kid, **kw)


def cmdline(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


@pytest.fixture
def app_log(tmp_path: Path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path / "applog", level=logging.DEBUG)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_kid1_issues_kid2_refused_then_new_dir(
    certbot_exe: Path, pebble: Pebble, tmp_path: Path, app_log: Path, user_dirs: Path
) -> None:
    first, second = tmp_path / "Certbot-kid1", tmp_path / "Certbot-kid2"
    seen_cmdlines: list[bytes] = []
    run = CertbotRun(request(certbot_exe, pebble, first, "kid-1"))

    def on_line(stream: str, line: str) -> None:
        if run.pid is not None and len(seen_cmdlines) < 3:
            with contextlib.suppress(FileNotFoundError):
                seen_cmdlines.append(cmdline(run.pid))

    run.on_line = on_line
    result = run.run()
    assert result.succeeded, result.stdout + result.stderr
    assert [f.id for f in result.findings] == ["run-succeeded"]
    assert result.certificate_path == first / "live" / DOMAIN / "fullchain.pem"
    assert result.certificate_path.exists()
    marker = read_marker(first)
    assert marker is not None
    (account,) = marker.accounts
    assert account.eab_kid == "kid-1" and account.account_id == result.new_account_id
    assert (first / "accounts").rglob(f"{account.account_id}/regr.json")
    # While certbot ran, its command line held the ini path, never the key.
    assert seen_cmdlines, "no command line was read while certbot ran"
    for line in seen_cmdlines:
        assert b"-c\x00" in line
        assert EAB_KEYS["kid-1"].encode() not in line

    # KB 1: kid-2 into the kid-1 dir is refused before certbot starts.
    refused = CertbotRun(request(certbot_exe, pebble, first, "kid-2"))
    logs_before = sorted((first / "logs").iterdir())
    with pytest.raises(RunRefused) as info:
        refused.run()
    assert [f.id for f in info.value.findings] == ["account-kid-mismatch"]
    assert refused.pid is None
    assert sorted((first / "logs").iterdir()) == logs_before  # certbot never ran

    # A new dir for kid-2 works.
    result2 = CertbotRun(request(certbot_exe, pebble, second, "kid-2")).run()
    assert result2.succeeded, result2.stdout + result2.stderr
    marker2 = read_marker(second)
    assert marker2 is not None and marker2.accounts[0].eab_kid == "kid-2"

    # Neither key is written anywhere: config dirs (logs included), app log, profiles, temp.
    for kid in ("kid-1", "kid-2"):
        needle = EAB_KEYS[kid].encode()
        assert files_containing([first, second, app_log.parent, user_dirs], needle) == []
    assert list(private_temp_dir().iterdir()) == []
    assert "running" in app_log.read_text()  # the log was written, just not the key


def test_cancel_ends_certbot_its_hook_and_leaves_no_ini(
    certbot_exe: Path, pebble: Pebble, tmp_path: Path
) -> None:
    hook_pid = tmp_path / "hook.pid"
    # A pre-hook is a child process certbot waits for: the run is stuck there until cancelled.
    hook = f"echo $$ > {hook_pid}; exec sleep 300"
    run = CertbotRun(
        request(certbot_exe, pebble, tmp_path / "cfg", "kid-1", extra_args=("--pre-hook", hook))
    )
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(run.run()))
    thread.start()
    deadline = 60.0
    start = time.monotonic()
    while not hook_pid.exists() and time.monotonic() - start < deadline:
        time.sleep(0.05)
    assert hook_pid.exists(), "the pre-hook never started"
    child = int(hook_pid.read_text().strip() or 0)
    certbot_pid = run.pid
    assert certbot_pid and Path(f"/proc/{child}").exists()
    assert len(list(private_temp_dir().iterdir())) == 1  # the ini exists while certbot runs
    run.cancel()
    thread.join(30)
    assert not thread.is_alive()
    (result,) = outcome
    assert result.cancelled  # type: ignore[attr-defined]
    for pid in (certbot_pid, child):
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().split()[2] == "Z", pid
    assert list(private_temp_dir().iterdir()) == []


def test_cli_profiles_add_then_issue(
    certbot_exe: Path,
    pebble: Pebble,
    tmp_path: Path,
    user_dirs: Path,
    secret_service_env: dict[str, str],
) -> None:
    env = dict(os.environ, **secret_service_env, REQUESTS_CA_BUNDLE=str(pebble.cert_path))
    cli = [sys.executable, "-m", "certbot_assistant"]
    add = subprocess.run(
        [*cli, "profiles", "add", "shop", "--server", pebble.directory_url,
         "--eab-kid", "kid-1", "--hmac-stdin"],
        input=EAB_KEYS["kid-1"] + "\n", capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    assert "Secret Service" in add.stdout
    cfg = tmp_path / "Certbot-shop"
    issue = subprocess.run(
        [*cli, "issue", "--profile", "shop", "-d", DOMAIN, "--config-dir", str(cfg),
         "--certbot", str(certbot_exe), "--standalone", "--http-01-port", str(free_port())],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert issue.returncode == 0, issue.stdout + issue.stderr
    assert "Successfully received certificate." in issue.stdout
    assert "--eab-hmac-key ********" in issue.stdout
    assert (cfg / "live" / DOMAIN / "cert.pem").exists()
    needle = EAB_KEYS["kid-1"].encode()
    assert files_containing([cfg, user_dirs], needle) == []
    assert EAB_KEYS["kid-1"] not in issue.stdout + issue.stderr
    # The same profile into the same dir again: certbot keeps the account, KID matches, fine;
    # a second profile with kid-2 into it is refused with exit code 1.
    add2 = subprocess.run(
        [*cli, "profiles", "add", "shop2", "--server", pebble.directory_url,
         "--eab-kid", "kid-2", "--hmac-stdin"],
        input=EAB_KEYS["kid-2"], capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert add2.returncode == 0, add2.stderr
    refused = subprocess.run(
        [*cli, "issue", "--profile", "shop2", "-d", DOMAIN, "--config-dir", str(cfg),
         "--certbot", str(certbot_exe), "--http-01-port", str(free_port())],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "account-kid-mismatch" in refused.stdout

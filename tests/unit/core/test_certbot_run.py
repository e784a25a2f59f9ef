"""The run engine with a scripted stand-in certbot: streaming, refusal, cancel, timeout, cleanup.

The same behaviours against the real certbot and Pebble are in tests/e2e.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.configdir.marker import read_marker, record_account
from certbot_assistant.core.run.certbot_run import (
    CertbotNotStarted,
    CertbotRun,
    RunRefused,
    Stage,
    confirm_same_credential,
    issue_request,
    preflight,
    stage_for_line,
)
from certbot_assistant.core.system.private_temp import private_temp_dir
from certbot_assistant.core.system.process import child_environment
from tests.helpers.programs import gone_within, process_alive, python_program
from tests.helpers.synthetic import add_account

FAKE = Path(__file__).resolve().parents[2] / "helpers" / "fake_certbot.py"
SERVER = "https://acme.example.test/dir"
HMAC = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"


@pytest.fixture
def fake(tmp_path: Path) -> Path:
    return python_program(tmp_path / "certbot", FAKE.read_text())


def request_for(fake: Path, cfg: Path, tmp_path: Path, mode: str, **kw: object):
    env = dict(os.environ, FAKE_CERTBOT_MODE=mode, FAKE_CERTBOT_RECORD=str(tmp_path / "rec.json"),
               FAKE_CERTBOT_CHILD=str(tmp_path / "child.pid"), FAKE_CERTBOT_GATE=str(tmp_path / "gate"),
               PYTHONPATH="/should/not/pass")  # fmt: skip
    options = IssueOptions(("example.com",), SERVER, CertbotDirs.inside(cfg), http01_port=8080)
    return issue_request(fake, options, "kid-1", HMAC, env=env, profile="prod", **kw)


def record(tmp_path: Path) -> dict[str, object]:
    return json.loads((tmp_path / "rec.json").read_text())


def test_success_streams_records_the_account_and_cleans_up(fake: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    lines: list[tuple[str, str]] = []
    result = CertbotRun(
        request_for(fake, cfg, tmp_path, "success"),
        on_line=lambda stream, line: lines.append((stream, line)),
    ).run()
    assert result.succeeded and result.exit_code == 0
    assert [f.id for f in result.findings] == ["run-succeeded"]
    assert ("stdout", "Account registered.") in lines
    assert result.certificate_path == cfg / "live/example.com/fullchain.pem"
    assert result.key_path == cfg / "live/example.com/privkey.pem"
    rec = record(tmp_path)
    assert rec["ini"] == f"eab-kid = kid-1\neab-hmac-key = {HMAC}\n"
    if os.name != "nt":  # Windows: the private temp folder's ACL, not mode bits
        assert rec["ini_mode"] == "0o600"
    assert HMAC not in " ".join(rec["argv"])  # type: ignore[arg-type]
    assert rec["env"]["PYTHONUNBUFFERED"] == "1"  # type: ignore[index]
    assert "PYTHONPATH" not in rec["env"]  # type: ignore[operator]
    assert list(private_temp_dir().iterdir()) == []
    marker = read_marker(cfg)
    assert marker is not None and marker.kid_for_account("f" * 32) == "kid-1"
    assert marker.profile == "prod"
    assert result.new_account_id == "f" * 32
    assert HMAC not in " ".join(result.display_argv)


def test_failure_is_classified_and_ini_removed(fake: Path, tmp_path: Path) -> None:
    result = CertbotRun(request_for(fake, tmp_path / "cfg", tmp_path, "fail")).run()
    assert not result.succeeded and result.exit_code == 1
    assert [f.id for f in result.findings] == ["account-deactivated"]
    assert list(private_temp_dir().iterdir()) == []


def test_refused_before_certbot_starts(fake: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    account = add_account(cfg, SERVER)
    record_account(cfg, SERVER, "kid-0", account)
    run = CertbotRun(request_for(fake, cfg, tmp_path, "success"))
    with pytest.raises(RunRefused) as info:
        run.run()
    assert [f.id for f in info.value.findings] == ["account-kid-mismatch"]
    assert run.pid is None and not (tmp_path / "rec.json").exists()
    # The expert override runs anyway.
    assert (
        CertbotRun(request_for(fake, cfg, tmp_path, "success", override_refusal=True))
        .run()
        .exit_code
        == 0
    )


def test_cancel_ends_certbot_and_its_children(fake: Path, tmp_path: Path) -> None:
    run = CertbotRun(request_for(fake, tmp_path / "cfg", tmp_path, "hang"))
    started = threading.Event()
    run.on_line = lambda stream, line: started.set()
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(run.run()))
    thread.start()
    assert started.wait(20)
    child = int((tmp_path / "child.pid").read_text())
    certbot_pid = run.pid
    assert certbot_pid is not None and process_alive(child)
    run.cancel()
    thread.join(20)
    assert not thread.is_alive()
    (result,) = outcome
    assert result.cancelled and [f.id for f in result.findings] == ["run-cancelled"]  # type: ignore[attr-defined]
    assert gone_within(certbot_pid) and gone_within(child)
    assert list(private_temp_dir().iterdir()) == []


def test_timeout_ends_the_run(fake: Path, tmp_path: Path) -> None:
    result = CertbotRun(request_for(fake, tmp_path / "cfg", tmp_path, "hang", timeout_s=1.0)).run()
    assert result.timed_out and not result.cancelled
    assert "run-timed-out" in [f.id for f in result.findings]
    assert gone_within(int((tmp_path / "child.pid").read_text()))


def test_lines_arrive_while_certbot_runs(fake: Path, tmp_path: Path) -> None:
    """The second line is held back until the first was seen: only streaming can pass."""
    gate = tmp_path / "gate"

    def on_line(stream: str, line: str) -> None:
        if line == "Account registered.":
            gate.write_text("go")

    result = CertbotRun(
        request_for(fake, tmp_path / "cfg", tmp_path, "slow-lines"), on_line=on_line
    ).run()
    assert result.exit_code == 0 and result.duration_s < 20


def test_missing_certbot_is_a_typed_error(tmp_path: Path) -> None:
    options = IssueOptions(("example.com",), SERVER, CertbotDirs.inside(tmp_path / "c"))
    run = CertbotRun(issue_request(tmp_path / "nope", options, "k", HMAC))
    with pytest.raises(CertbotNotStarted):
        run.run()
    assert list(private_temp_dir().iterdir()) == []


def test_environment_drops_frozen_paths_and_restores_the_users() -> None:
    env = child_environment(
        {"PATH": "/bin", "PYTHONHOME": "/x", "LD_LIBRARY_PATH": "/frozen",
         "LD_LIBRARY_PATH_ORIG": "/users", "HTTPS_PROXY": "http://proxy:3128",
         "REQUESTS_CA_BUNDLE": "/ca.pem"}
    )  # fmt: skip
    assert env["LD_LIBRARY_PATH"] == "/users" and "PYTHONHOME" not in env
    assert env["HTTPS_PROXY"] == "http://proxy:3128" and env["REQUESTS_CA_BUNDLE"] == "/ca.pem"


def test_stages() -> None:
    assert stage_for_line("Account registered.") is Stage.ACCOUNT
    assert stage_for_line("Requesting a certificate for example.com") is Stage.ORDER
    assert stage_for_line("Successfully received certificate.") is Stage.CERTIFICATE
    assert stage_for_line("hello") is None


def _wait_for(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


_RUN_IN_CHILD = """
import os, sys
from pathlib import Path
from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.run.certbot_run import CertbotRun, issue_request
options = IssueOptions(("example.com",), sys.argv[2], CertbotDirs.inside(Path(sys.argv[3])))
CertbotRun(issue_request(Path(sys.argv[1]), options, "kid-1", sys.argv[4])).run()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_assistant_cannot_lose_the_kid_of_the_account_certbot_registered(
    fake: Path, tmp_path: Path
) -> None:
    """The KB 1 hole: killed after certbot registered but before the marker learned the KID,
    the next run with another KID was not refused and certbot silently reused the account."""
    cfg = tmp_path / "cfg"
    env = dict(os.environ, FAKE_CERTBOT_MODE="register-then-hang",
               FAKE_CERTBOT_RECORD=str(tmp_path / "rec.json"))  # fmt: skip
    assistant = subprocess.Popen(
        [sys.executable, "-c", _RUN_IN_CHILD, str(fake), SERVER, str(cfg), HMAC], env=env
    )
    account = cfg / "accounts" / "acme.example.test" / "dir" / ("f" * 32) / "meta.json"
    try:
        _wait_for(account.exists)
        _wait_for(lambda: (tmp_path / "rec.json").exists())
        os.kill(assistant.pid, signal.SIGKILL)
        assistant.wait(10)
    finally:
        assistant.kill()
        certbot_pid = json.loads((tmp_path / "rec.json").read_text())["pid"]
        with __import__("contextlib").suppress(ProcessLookupError):
            os.kill(certbot_pid, signal.SIGKILL)
    marker = read_marker(cfg)
    assert marker is not None and [p.eab_kid for p in marker.pending] == ["kid-1"]
    assert marker.kid_for_account("f" * 32) is None  # the settle step never ran
    # Another KID is refused: the account is known to be kid-1's.
    options = IssueOptions(("example.com",), SERVER, CertbotDirs.inside(cfg))
    with pytest.raises(RunRefused) as info:
        preflight(issue_request(fake, options, "kid-2", HMAC))
    (finding,) = info.value.findings
    assert finding.id == "account-kid-mismatch"
    assert finding.evidence["pending_kid"] == "kid-1"
    # The same KID runs, and the run writes the account down for good.
    result = CertbotRun(request_for(fake, cfg, tmp_path, "success")).run()
    assert result.exit_code == 0
    marker = read_marker(cfg)
    assert marker is not None and marker.kid_for_account("f" * 32) == "kid-1"
    assert marker.pending == []


def test_an_account_older_than_the_interrupted_run_is_not_given_its_kid(
    fake: Path, tmp_path: Path
) -> None:
    """A pending entry explains only accounts created after it: an old, unrecorded account
    (made by hand, or by another tool) must not be taken for the interrupted run's."""
    cfg = tmp_path / "cfg"
    add_account(cfg, SERVER, "old")  # created 2026-01-01
    from certbot_assistant.core.configdir.marker import mark_pending

    mark_pending(cfg, SERVER, "kid-2")
    report = inspect_config_dir(cfg, SERVER, "kid-2", scan_platform_logs=False)
    assert [f.id for f in report.findings] == ["account-kid-unknown"]


def test_two_runs_on_one_config_dir_do_not_overlap(fake: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "cfg"
    gate = tmp_path / "gate"
    first = CertbotRun(request_for(fake, cfg, tmp_path, "slow-lines"))
    started = threading.Event()
    first.on_line = lambda stream, line: started.set()
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(first.run()))
    thread.start()
    try:
        assert started.wait(20)
        second = CertbotRun(request_for(fake, cfg, tmp_path, "success"))
        with pytest.raises(RunRefused) as info:
            second.run()
        assert [f.id for f in info.value.findings] == ["config-dir-in-use"]
        assert info.value.findings[0].evidence["process"] == str(os.getpid())
    finally:
        gate.write_text("go")
        thread.join(30)
    # Once the first run is over, the folder is free again.
    assert CertbotRun(request_for(fake, cfg, tmp_path, "success")).run().exit_code == 0


DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def test_an_unrecorded_account_blocks_a_digicert_run_until_confirmed(
    fake: Path, tmp_path: Path
) -> None:
    cfg = tmp_path / "cfg"
    account = add_account(cfg, DIGICERT, "set-up-by-hand")
    options = IssueOptions(("example.com",), DIGICERT, CertbotDirs.inside(cfg))
    request = issue_request(fake, options, "kid-1", HMAC)
    with pytest.raises(RunRefused) as info:
        preflight(request)
    (finding,) = info.value.findings
    assert finding.id == "account-kid-unknown" and finding.severity.value == "error"
    assert confirm_same_credential(cfg, DIGICERT, "kid-1") == account
    assert preflight(request) == []
    marker = read_marker(cfg)
    assert marker is not None and marker.kid_for_account(account) == "kid-1"
    # A non-DigiCert server keeps the old rule: a warning, no refusal.
    other = tmp_path / "other"
    add_account(other, SERVER, "x")
    assert [f.id for f in preflight(request_for(fake, other, tmp_path, "success"))] == [
        "account-kid-unknown"
    ]

"""The run engine with a scripted stand-in certbot: streaming, refusal, cancel, timeout, cleanup.

The same behaviours against the real certbot and Pebble are in tests/e2e.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest

from certbot_assistant.core.certbot_command import CertbotDirs, IssueOptions
from certbot_assistant.core.certbot_run import (
    CertbotNotStarted,
    CertbotRun,
    RunRefused,
    Stage,
    certbot_environment,
    issue_request,
    stage_for_line,
)
from certbot_assistant.core.marker import read_marker, record_account
from certbot_assistant.core.private_temp import private_temp_dir
from tests.helpers.synthetic import add_account

FAKE = Path(__file__).resolve().parents[2] / "helpers" / "fake_certbot.py"
SERVER = "https://acme.example.test/dir"
HMAC = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"


@pytest.fixture
def fake(tmp_path: Path) -> Path:
    script = tmp_path / "certbot"
    script.write_text(f"#!{sys.executable}\n" + FAKE.read_text())
    script.chmod(0o755)
    return script


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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie still answers kill(0); it is dead for our purposes
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
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
    assert certbot_pid is not None and _alive(child)
    run.cancel()
    thread.join(20)
    assert not thread.is_alive()
    (result,) = outcome
    assert result.cancelled and [f.id for f in result.findings] == ["run-cancelled"]  # type: ignore[attr-defined]
    assert not _alive(certbot_pid) and not _alive(child)
    assert list(private_temp_dir().iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_timeout_ends_the_run(fake: Path, tmp_path: Path) -> None:
    result = CertbotRun(request_for(fake, tmp_path / "cfg", tmp_path, "hang", timeout_s=1.0)).run()
    assert result.timed_out and not result.cancelled
    assert "run-timed-out" in [f.id for f in result.findings]
    assert not _alive(int((tmp_path / "child.pid").read_text()))


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
    env = certbot_environment(
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

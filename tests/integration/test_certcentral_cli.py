"""`diagnose --certcentral`, `requests` and `apikey` from the command line against a server that
answers like CertCentral, with the API key in the real Secret Service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY, FakeCertCentral

pytestmark = pytest.mark.integration
SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


@pytest.fixture
def fake() -> Iterator[FakeCertCentral]:
    server = FakeCertCentral().start()
    yield server
    server.stop()


@pytest.fixture
def env(
    fake: FakeCertCentral, secret_service_env: dict[str, str], tmp_path: Path
) -> dict[str, str]:
    environment = dict(os.environ, **secret_service_env)
    environment["CERTBOT_ASSISTANT_CERTCENTRAL_URL"] = fake.url
    environment["CERTBOT_ASSISTANT_PROFILES"] = str(tmp_path / "profiles.json")
    return environment


def cli(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "certbot_assistant", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def setup_profile(env: dict[str, str], tmp_path: Path) -> None:
    assert (
        cli(env, "apikey", "set", "--region", "us", "--stdin", stdin=DEMO_API_KEY).returncode == 0
    )
    added = cli(
        env, "profiles", "add", "shop", "--server", SERVER, "--eab-kid", "kid-1",
        "--certcentral-credential", CREDENTIAL_NAME, "--config-dir", str(tmp_path / "cfg"),
        "--hmac-stdin", stdin="zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def test_diagnose_certcentral(fake: FakeCertCentral, env: dict[str, str], tmp_path: Path) -> None:
    setup_profile(env, tmp_path)
    fake.set_scenarios(["pending-30h", "domain-not-validated", "legacy-credential"])
    result = cli(env, "diagnose", "--certcentral", "--profile", "shop", "-d", "www.example.com",
                 "--certbot", sys.executable, "--format", "json")  # fmt: skip
    assert result.returncode == 1, result.stderr
    ids = sorted(f["id"] for f in json.loads(result.stdout)["findings"])
    assert "request-pending-over-24h" in ids and "domain-not-validated" in ids
    assert DEMO_API_KEY not in result.stdout + result.stderr
    assert fake.recorded and all(r.headers["X-DC-DEVKEY"] == DEMO_API_KEY for r in fake.recorded)


def test_requests_approve_and_list(
    fake: FakeCertCentral, env: dict[str, str], tmp_path: Path
) -> None:
    setup_profile(env, tmp_path)
    fake.set_scenarios(["pending-2h"])
    listed = cli(env, "requests", "list", "--profile", "shop")
    assert listed.returncode == 0 and "www.example.com" in listed.stdout
    approved = cli(env, "requests", "approve", "198", "--profile", "shop", "--yes")
    assert approved.returncode == 0, approved.stderr
    assert "Request 198 approved." in approved.stdout
    assert (
        cli(env, "requests", "list", "--profile", "shop").stdout.strip() == "No pending requests."
    )
    missing = cli(env, "requests", "reject", "4242", "--profile", "shop", "--yes")
    assert missing.returncode == 1 and "4242" in missing.stderr


def test_bad_key_is_a_finding_and_never_printed(
    fake: FakeCertCentral, env: dict[str, str], tmp_path: Path
) -> None:
    setup_profile(env, tmp_path)
    assert cli(env, "apikey", "set", "--stdin", stdin="WRONG-KEY-9876543210").returncode == 0
    result = cli(env, "diagnose", "--certcentral", "--profile", "shop", "--certbot", sys.executable)
    assert result.returncode == 1
    assert "The CertCentral API key is not valid" in result.stdout
    assert "WRONG-KEY-9876543210" not in result.stdout + result.stderr


def test_demo_mode_needs_nothing_installed(tmp_path: Path) -> None:
    environment = dict(os.environ, CERTBOT_ASSISTANT_PROFILES=str(tmp_path / "mine.json"))
    result = cli(environment, "--demo", "--demo-scenarios", "credential-revoked", "diagnose",
                 "--certcentral", "--profile", "Demo - IIS servers OV", "-d", "www.example.com",
                 "--certbot", sys.executable)  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "DEMO MODE" in result.stderr
    assert "acme-credential-revoked" in result.stdout
    assert not (tmp_path / "mine.json").exists()  # the user's profiles are never touched


def test_demo_issue_shows_the_kb1_refusal_without_running_certbot(tmp_path: Path) -> None:
    """The demo profile's sample folder holds an account with an older KID: the assistant's real
    preflight refuses, as it would on a real server; no certbot process, no ACME server."""
    environment = dict(os.environ, CERTBOT_ASSISTANT_PROFILES=str(tmp_path / "mine.json"))
    result = cli(environment, "--demo", "issue", "--profile", "Demo - IIS servers OV",
                 "-d", "www.example.com", "--certbot", str(tmp_path / "no-such-certbot"))  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "account-kid-mismatch" in result.stdout
    assert "Certbot was not started" in result.stdout

"""The deployment runs after every renewal without anyone: ``certbot-assistant deploy
--register-hook`` writes the lineage's ``renew_hook``, and a real ``certbot renew
--force-renewal`` against Pebble (certbot 2.9.0 and 5.x) runs it, which copies the renewed
certificate to its target and checks what the server serves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.certificates.pkcs12 import read_lineage
from certbot_assistant.core.configdir.renewal_conf import renew_hook_of
from certbot_assistant.core.run.certbot_run import CertbotRun, issue_request
from tests.helpers.certbot import dirs_args, run_certbot
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

pytestmark = pytest.mark.e2e
NAME = "deploy.example.test"


def test_certbot_renew_runs_the_deployment(certbot: Path, pebble: Pebble, tmp_path: Path) -> None:
    cfg, out = tmp_path / "Certbot", tmp_path / "site-certs"
    options = IssueOptions((NAME,), pebble.directory_url, CertbotDirs.inside(cfg),
                           http01_port=free_port())  # fmt: skip
    env = dict(os.environ, REQUESTS_CA_BUNDLE=str(pebble.cert_path))
    first = CertbotRun(issue_request(certbot, options, "kid-1", EAB_KEYS["kid-1"], env=env)).run()
    assert first.succeeded, first.stdout + first.stderr
    deployed = subprocess.run(
        [sys.executable, "-m", "certbot_assistant", "deploy", "--config-dir", str(cfg),
         "--cert-name", NAME, "--folder", str(out), "--mode", "600", "--register-hook"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "certificate-deployed" in deployed.stdout
    hook = renew_hook_of(cfg / "renewal" / f"{NAME}.conf")
    assert hook is not None and "deploy" in hook and str(cfg) in hook
    before = read_lineage(cfg, NAME).thumbprint
    assert (out / "cert.pem").read_bytes() == (cfg / "live" / NAME / "cert.pem").read_bytes()

    renewed = run_certbot(
        certbot,
        ["renew", "-n", "--force-renewal", "--no-random-sleep-on-renew", *dirs_args(cfg)],
        ca_bundle=pebble.cert_path,
    )
    assert renewed.returncode == 0, renewed.output
    after = read_lineage(cfg, NAME).thumbprint
    assert after != before
    # The hook ran: the copy is the renewed certificate, nobody touched it.
    assert (out / "cert.pem").read_bytes() == (cfg / "live" / NAME / "cert.pem").read_bytes()
    assert (out / "privkey.pem").stat().st_mode & 0o777 == 0o600

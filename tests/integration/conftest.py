"""Real Pebble (with EAB) and real certbot for the integration tests.

The session fixtures (certbot_exe, pebble, other_pebble) live in tests/helpers/fixtures.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.certbot import CertbotResult, certbot_executable, dirs_args, run_certbot
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

DOMAIN = "www.example.test"


@dataclass
class Certbot:
    """Runs the real certbot against a Pebble the way the DigiCert KB tells admins to."""

    exe: Path
    pebble: Pebble
    tmp: Path

    def certonly(
        self,
        config_dir: Path,
        kid: str | None,
        *,
        server: str | None = None,
        via: Pebble | None = None,
        hmac_on_command_line: bool = False,
        extra: tuple[str, ...] = (),
    ) -> CertbotResult:
        args = [
            "certonly", "-n", "--agree-tos", "--register-unsafely-without-email",
            "--standalone", "--http-01-port", str(free_port()), "-d", DOMAIN,
            "--server", server or (via or self.pebble).directory_url, *dirs_args(config_dir),
            *extra,
        ]  # fmt: skip
        if kid is not None and hmac_on_command_line:
            args += ["--eab-kid", kid, "--eab-hmac-key", EAB_KEYS[kid]]
        elif kid is not None:
            ini = self.tmp / f"eab-{kid}.ini"
            ini.write_text(f"eab-kid = {kid}\neab-hmac-key = {EAB_KEYS[kid]}\n")
            ini.chmod(0o600)
            args += ["-c", str(ini)]
        return run_certbot(self.exe, args, ca_bundle=(via or self.pebble).cert_path)

    def issue(self, config_dir: Path, kid: str | None, **kwargs: object) -> CertbotResult:
        result = self.certonly(config_dir, kid, **kwargs)  # type: ignore[arg-type]
        assert result.returncode == 0, result.output
        return result


@pytest.fixture
def certbot(certbot_exe: Path, pebble: Pebble, tmp_path: Path) -> Certbot:
    return Certbot(certbot_exe, pebble, tmp_path)


def account_ids(config_dir: Path) -> list[str]:
    return sorted(p.parent.name for p in (config_dir / "accounts").rglob("regr.json"))


def copy_account(source: Path, target: Path) -> None:
    """Copy source's account folders into target's (same server), as an admin might."""
    for regr in (source / "accounts").rglob("regr.json"):
        folder = regr.parent
        rel = folder.relative_to(source)
        shutil.copytree(folder, target / rel)


def diagnose_ids(*args: str) -> tuple[int, list[str], list[dict[str, object]]]:
    """``certbot-assistant diagnose --format json`` as a user runs it, with the test certbot."""
    certbot = certbot_executable()
    assert certbot is not None
    command = ["diagnose", "--format", "json", "--certbot", str(certbot), *args]
    proc = subprocess.run(
        [sys.executable, "-m", "certbot_assistant", *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    return proc.returncode, [f["id"] for f in findings], findings

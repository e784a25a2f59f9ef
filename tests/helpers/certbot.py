"""A real certbot from PyPI in a cached venv, and a way to run it against Pebble.

The venv lives outside the repository (``CERTBOT_ASSISTANT_CERTBOT_VENV`` or
``~/.cache/certbot-assistant/certbot``); ``scripts/test`` creates it with the version range pinned
in ``scripts/certbot-requirement.txt``.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _venv(env_var: str, folder: str) -> Path:
    override = os.environ.get(env_var)
    return Path(override) if override else Path.home() / ".cache" / "certbot-assistant" / folder


def _executable(venv: Path) -> Path | None:
    exe = venv / ("Scripts/certbot.exe" if os.name == "nt" else "bin/certbot")
    return exe if exe.exists() else None


def certbot_venv() -> Path:
    return _venv("CERTBOT_ASSISTANT_CERTBOT_VENV", "certbot")


def certbot_executable() -> Path | None:
    return _executable(certbot_venv())


def certbot_29_venv() -> Path:
    """certbot 2.9.0 (scripts/certbot-2.9-requirements.txt), the last EFF Windows installer's."""
    return _venv("CERTBOT_ASSISTANT_CERTBOT29_VENV", "certbot-2.9")


def certbot_29_executable() -> Path | None:
    return _executable(certbot_29_venv())


@dataclass
class CertbotResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_certbot(
    certbot: Path,
    args: list[str],
    *,
    ca_bundle: Path | None,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
) -> CertbotResult:
    env = dict(os.environ)
    if ca_bundle is not None:
        env["REQUESTS_CA_BUNDLE"] = str(ca_bundle)
    env.update(extra_env or {})
    proc = subprocess.run(
        [str(certbot), *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        env=env,
        check=False,
    )
    return CertbotResult(
        proc.returncode, proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")
    )


def dirs_args(base: Path) -> list[str]:
    """Config, work and logs dirs all under ``base`` (one self-contained unit)."""
    return [
        "--config-dir", str(base),
        "--work-dir", str(base / "work"),
        "--logs-dir", str(base / "logs"),
    ]  # fmt: skip

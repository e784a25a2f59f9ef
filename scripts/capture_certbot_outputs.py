"""Capture real certbot output for every failure we can provoke against Pebble.

The output classifier's tests are built from these files (tests/fixtures/certbot-output/). Run it
again after a certbot upgrade to see whether certbot's wording changed:

    .venv/bin/python scripts/capture_certbot_outputs.py

Each case writes ``<case>.txt`` (stdout then stderr, as a user sees them) and ``<case>.log``
(the letsencrypt.log of that run) with machine-specific paths and ports replaced.
"""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers.certbot import certbot_executable, dirs_args, run_certbot  # noqa: E402
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port  # noqa: E402

OUT = REPO / "tests" / "fixtures" / "certbot-output"
DOMAIN = "www.example.test"


def main() -> int:
    certbot = certbot_executable()
    if certbot is None:
        print("certbot venv missing: run scripts/test once", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="capture-") as tmp_name:
        tmp = Path(tmp_name)
        pebble = Pebble(tmp / "pebble").start()
        try:
            Capture(certbot, pebble, tmp).all()
        finally:
            pebble.stop()
    return 0


class Capture:
    def __init__(self, certbot: Path, pebble: Pebble, tmp: Path) -> None:
        self.certbot, self.pebble, self.tmp = certbot, pebble, tmp

    def run(
        self,
        name: str,
        base: Path,
        extra: list[str],
        *,
        verb: str = "certonly",
        server: str | None = None,
        ca: bool = True,
        port: int | None = None,
    ) -> str:
        args = [
            verb,
            "-n",
            "--agree-tos",
            "--register-unsafely-without-email",
            "--standalone",
            "--http-01-port",
            str(port or free_port()),
            "-d",
            DOMAIN,
            "--server",
            server or self.pebble.directory_url,
            *dirs_args(base),
            *extra,
        ]
        result = run_certbot(
            self.certbot, args, ca_bundle=self.pebble.cert_path if ca else None, timeout=180
        )
        text = self.scrub(result.stdout + result.stderr)
        (OUT / f"{name}.txt").write_text(f"# exit code {result.returncode}\n{text}")
        logs = sorted((base / "logs").glob("letsencrypt.log*"), key=lambda p: p.stat().st_mtime)
        if logs:
            (OUT / f"{name}.log").write_text(self.scrub(logs[-1].read_text(errors="replace")))
        print(f"{name}: exit {result.returncode}")
        return text

    def scrub(self, text: str) -> str:
        text = text.replace(str(self.tmp), "/tmp/capture")
        return text.replace(f"127.0.0.1:{self.pebble.port}", "127.0.0.1:14000")

    def eab(self, kid: str, key: str | None = None) -> list[str]:
        return ["--eab-kid", kid, "--eab-hmac-key", key or EAB_KEYS[kid]]

    def all(self) -> None:
        t = self.tmp
        self.run("success", t / "ok", self.eab("kid-1"))
        self.run("not-due-for-renewal", t / "ok", self.eab("kid-2"))
        self.run("eab-required-missing", t / "noeab", [])
        self.run("eab-kid-unknown", t / "kid", self.eab("kid-9", EAB_KEYS["kid-1"]))
        wrong = EAB_KEYS["kid-2"]
        self.run("eab-hmac-invalid", t / "hmac", self.eab("kid-1", wrong))
        self.run("eab-hmac-undecodable", t / "hmac2", self.eab("kid-1", "not*base64!"))
        self.run("issuance-timeout", t / "timeout", [*self.eab("kid-1"), "--issuance-timeout", "0"])
        # Two complete accounts for one server: copy a second registration's account in.
        self.run("second-account", t / "second", self.eab("kid-2"))
        server_dir = Path("accounts") / f"127.0.0.1:{self.pebble.port}" / "dir"
        for account in (t / "second" / server_dir).iterdir():
            shutil.copytree(account, t / "ok" / server_dir / account.name)
        self.run("multiple-accounts", t / "ok", [*self.eab("kid-1"), "--force-renewal"])
        # Port in use.
        with socket.socket() as sock:
            sock.bind(("0.0.0.0", 0))
            sock.listen(1)
            self.run("port-in-use", t / "port", self.eab("kid-1"), port=sock.getsockname()[1])
        self.run("tls-error", t / "tls", self.eab("kid-1"), ca=False)
        self.run(
            "server-down",
            t / "down",
            self.eab("kid-1"),
            server=f"https://127.0.0.1:{free_port()}/dir",
        )
        # Deactivated account: deactivate at the CA from a copy, keep the original's files.
        self.run("deactivate-setup", t / "deact", self.eab("kid-1"))
        shutil.copytree(t / "deact", t / "deact-copy", symlinks=True)
        run_certbot(
            self.certbot,
            [
                "unregister",
                "-n",
                "--server",
                self.pebble.directory_url,
                *dirs_args(t / "deact-copy"),
            ],
            ca_bundle=self.pebble.cert_path,
        )
        self.run("account-deactivated", t / "deact", [*self.eab("kid-1"), "--force-renewal"])
        # Pebble forgets accounts on restart.
        self.run("restart-setup", t / "restart", self.eab("kid-1"))
        self.pebble.restart()
        self.run(
            "account-unknown-to-server", t / "restart", [*self.eab("kid-1"), "--force-renewal"]
        )
        for name in ("deactivate-setup", "restart-setup", "second-account"):
            for suffix in (".txt", ".log"):
                (OUT / f"{name}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())

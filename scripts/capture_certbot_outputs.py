"""Capture real certbot output for every failure we can provoke against Pebble.

The output classifier's tests are built from these files (tests/fixtures/certbot-output/<version>/),
one folder per certbot version users run: the project's pinned one and 2.9.0, the EFF Windows
installer's last release, still on many servers. Run it again after a certbot upgrade to see
whether certbot's wording changed:

    .venv/bin/python scripts/capture_certbot_outputs.py                   # the tests' certbot
    .venv/bin/python scripts/capture_certbot_outputs.py --certbot-2.9     # 2.9.0, period pins

Each case writes ``<case>.txt`` (stdout then stderr, as a user sees them) and ``<case>.log``
(the letsencrypt.log of that run) with machine-specific paths and ports replaced.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.helpers.certbot import (  # noqa: E402
    certbot_29_venv,
    certbot_executable,
    dirs_args,
    run_certbot,
)
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "certbot-output"
DOMAIN = "www.example.test"
# certbot 2.9.0 imports on today's Python only with the libraries of its time.
CERTBOT_29 = REPO / "scripts" / "certbot-2.9-requirements.txt"


def certbot_29() -> Path:
    """certbot 2.9.0 in its own venv (made once, as scripts/test makes it)."""
    venv = certbot_29_venv()
    exe = venv / "bin" / "certbot"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, "-r", str(CERTBOT_29)], check=True)
    return exe


def version_of(certbot: Path) -> str:
    out = subprocess.run([str(certbot), "--version"], capture_output=True, text=True, check=True)
    return (out.stdout + out.stderr).split()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--certbot", type=Path, help="the certbot to run (default: the tests')")
    which.add_argument("--certbot-2.9", dest="v29", action="store_true", help="certbot 2.9.0")
    args = parser.parse_args()
    certbot = certbot_29() if args.v29 else (args.certbot or certbot_executable())
    if certbot is None:
        print("certbot venv missing: run scripts/test once", file=sys.stderr)
        return 2
    out = FIXTURES / version_of(certbot)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="capture-") as tmp_name:
        tmp = Path(tmp_name)
        pebble = Pebble(tmp / "pebble", authz_reuse=100).start()
        try:
            Capture(certbot, pebble, tmp, out).all()
        finally:
            pebble.stop()
    print(f"written to {out}")
    return 0


class Capture:
    def __init__(self, certbot: Path, pebble: Pebble, tmp: Path, out: Path) -> None:
        self.certbot, self.pebble, self.tmp, self.out = certbot, pebble, tmp, out

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
        email: bool = True,
    ) -> str:
        args = [
            verb,
            "-n",
            "--agree-tos",
            *(["--register-unsafely-without-email"] if email else []),
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
        (self.out / f"{name}.txt").write_text(f"# exit code {result.returncode}\n{text}")
        logs = sorted((base / "logs").glob("letsencrypt.log*"), key=lambda p: p.stat().st_mtime)
        if logs:
            (self.out / f"{name}.log").write_text(self.scrub(logs[-1].read_text(errors="replace")))
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
        # Names CertCentral validated already: the order's authorizations are valid, no
        # challenge runs, so certbot never binds the (taken) port.
        self.run("reuse-setup", t / "reuse", self.eab("kid-1"))
        with socket.socket() as sock:
            sock.bind(("0.0.0.0", 0))
            sock.listen(1)
            self.run(
                "prevalidated-port-taken",
                t / "reuse",
                [*self.eab("kid-1"), "--force-renewal"],
                port=sock.getsockname()[1],
            )
        # Non-interactive without an e-mail decision.
        self.run("missing-email", t / "noemail", self.eab("kid-1"), email=False)
        # A CA that rejects every nonce: certbot retries once, then gives up.
        nonces = Pebble(t / "pebble-nonce", nonce_reject=100).start()
        try:
            self.pebble, kept = nonces, self.pebble
            self.run("bad-nonce", t / "nonce", self.eab("kid-1"))
        finally:
            self.pebble = kept
            nonces.stop()
        for name in ("deactivate-setup", "restart-setup", "second-account", "reuse-setup"):
            for suffix in (".txt", ".log"):
                (self.out / f"{name}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())

"""A real Pebble ACME server with EAB for tests (shared/design/testing.md).

Each instance gets its own self-signed TLS certificate, free ports and state; stop() ends it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
import ssl
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

# The ready keys from Debian's pebble-config-external-account-bindings.json.
EAB_KEYS = {
    "kid-1": "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W",
    "kid-2": "b10lLJs8l1GPIzsLP0s6pMt8O0XVGnfTaCeROxQM0BIt2XrJMDHJZBM5NuQmQJQH",
}


def pebble_binary() -> str | None:
    return shutil.which("pebble") or (
        "/usr/bin/pebble" if Path("/usr/bin/pebble").exists() else None
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_self_signed(cert_path: Path, key_path: Path) -> None:
    """Pebble's TLS certificate: localhost and 127.0.0.1."""
    write_self_signed_for("localhost", cert_path, key_path)


def write_self_signed_for(host: str, cert_path: Path, key_path: Path) -> None:
    """A self-signed certificate (its own CA) for ``host``, and 127.0.0.1 when it is
    localhost or that address."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    try:
        names: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(host))]
    except ValueError:
        names = [x509.DNSName(host)]
    if host == "localhost":
        names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@dataclass
class Pebble:
    workdir: Path
    eab_required: bool = True
    eab_keys: dict[str, str] = field(default_factory=lambda: dict(EAB_KEYS))
    port: int = 0
    management_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    # Percentages: nonces Pebble rejects as bad (certbot retries once), and valid
    # authorizations it hands out again instead of new ones (CertCentral's prevalidated names).
    nonce_reject: int = 0
    authz_reuse: int = 50

    @property
    def cert_path(self) -> Path:
        return self.workdir / "pebble-cert.pem"

    @property
    def directory_url(self) -> str:
        return f"https://127.0.0.1:{self.port}/dir"

    @property
    def log_path(self) -> Path:
        return self.workdir / "pebble.log"

    def start(self) -> Pebble:
        binary = pebble_binary()
        if binary is None:
            raise RuntimeError("pebble is not installed (apt-get install pebble)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        key_path = self.workdir / "pebble-key.pem"
        if not self.cert_path.exists():
            write_self_signed(self.cert_path, key_path)
        if not self.port:
            self.port = free_port()
        self.management_port = free_port()
        config = {
            "pebble": {
                "listenAddress": f"127.0.0.1:{self.port}",
                "managementListenAddress": f"127.0.0.1:{self.management_port}",
                "certificate": str(self.cert_path),
                "privateKey": str(key_path),
                "httpPort": free_port(),
                "tlsPort": free_port(),
                "ocspResponderURL": "",
                "externalAccountBindingRequired": self.eab_required,
                "externalAccountMACKeys": self.eab_keys,
            }
        }
        config_path = self.workdir / "pebble-config.json"
        config_path.write_text(json.dumps(config))
        env = dict(os.environ)
        env.update(
            PEBBLE_VA_ALWAYS_VALID="1",
            PEBBLE_VA_NOSLEEP="1",
            PEBBLE_WFE_NONCEREJECT=str(self.nonce_reject),
            PEBBLE_AUTHZREUSE=str(self.authz_reuse),
        )
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [binary, "-config", str(config_path)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 20.0) -> None:
        context = ssl.create_default_context(cafile=str(self.cert_path))
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"pebble exited: {self.log_path.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(self.directory_url, context=context, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError as exc:
                last = exc
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"pebble did not answer at {self.directory_url}: {last}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self) -> None:
        """A restarted Pebble forgets every account (state is in memory); same port."""
        self.stop()
        self.start()

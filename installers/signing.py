"""Authenticode signing of what the MSI ships: the executables, then the MSI itself.

Companies run AppLocker/WDAC policies that allow only signed publishers, and SmartScreen warns
on unsigned downloads, so the build signs with SHA-256 and an RFC 3161 timestamp (a signature
stays valid after the certificate expires only with a timestamp).

Inputs, from the environment (never from a file in the repository):

- ``CERTBOT_ASSISTANT_SIGN_PFX``: a PFX with the code-signing certificate and key, or
- ``CERTBOT_ASSISTANT_SIGN_THUMBPRINT``: its SHA-1 thumbprint in the Windows certificate store
  (``signtool`` only: a key kept on a token or in the machine's store never leaves it);
- ``CERTBOT_ASSISTANT_SIGN_PASSWORD``: the PFX's password (given to the signer through a file
  only it reads with osslsigncode; never printed or logged);
- ``CERTBOT_ASSISTANT_TIMESTAMP_URL``: the RFC 3161 timestamp server (default DigiCert's).

On Windows ``signtool`` signs; elsewhere ``osslsigncode`` (Debian's osslsigncode) does the same
from the same inputs. With no certificate the build goes on and says loudly that what it made is
unsigned.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
DESCRIPTION = "Certbot Assistant for CertCentral"
UNSIGNED_BANNER = (
    "\n" + "=" * 78 + "\n"
    "UNSIGNED BUILD: no code-signing certificate was given (CERTBOT_ASSISTANT_SIGN_PFX or\n"
    "CERTBOT_ASSISTANT_SIGN_THUMBPRINT). AppLocker/WDAC will block these files and SmartScreen\n"
    "will warn. Do not distribute them.\n" + "=" * 78 + "\n"
)


class SigningFailed(Exception):
    """The signer refused or failed; the message holds its output, never the password."""


@dataclass(frozen=True)
class SigningConfig:
    pfx: Path | None = None
    thumbprint: str | None = None
    password: str | None = None
    timestamp_url: str = DEFAULT_TIMESTAMP_URL

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> SigningConfig | None:
        env = os.environ if env is None else env
        pfx = env.get("CERTBOT_ASSISTANT_SIGN_PFX", "").strip()
        thumbprint = env.get("CERTBOT_ASSISTANT_SIGN_THUMBPRINT", "").strip().replace(" ", "")
        if not pfx and not thumbprint:
            return None
        return cls(
            pfx=Path(pfx) if pfx else None,
            thumbprint=thumbprint or None,
            password=env.get("CERTBOT_ASSISTANT_SIGN_PASSWORD") or None,
            timestamp_url=env.get("CERTBOT_ASSISTANT_TIMESTAMP_URL") or DEFAULT_TIMESTAMP_URL,
        )

    def __repr__(self) -> str:  # the password never reaches a log through a repr
        return (
            f"SigningConfig(pfx={self.pfx}, thumbprint={self.thumbprint}, "
            f"password={'***' if self.password else None}, timestamp_url={self.timestamp_url})"
        )


def signtool_argv(config: SigningConfig, files: Sequence[Path]) -> list[str]:
    """signtool's command: SHA-256 file digest, RFC 3161 timestamp with SHA-256."""
    argv = ["signtool", "sign", "/fd", "SHA256", "/tr", config.timestamp_url, "/td", "SHA256",
            "/d", DESCRIPTION]  # fmt: skip
    if config.thumbprint:
        argv += ["/sha1", config.thumbprint]
    elif config.pfx:
        argv += ["/f", str(config.pfx)]
        if config.password:
            argv += ["/p", config.password]
    return [*argv, *(str(f) for f in files)]


def osslsigncode_argv(
    config: SigningConfig, source: Path, target: Path, passfile: Path | None
) -> list[str]:
    if config.pfx is None:
        raise SigningFailed(
            "a certificate store thumbprint needs signtool on Windows; on this system give "
            "the certificate as a PFX (CERTBOT_ASSISTANT_SIGN_PFX)"
        )
    argv = ["osslsigncode", "sign", "-pkcs12", str(config.pfx), "-h", "sha256",
            "-ts", config.timestamp_url, "-n", DESCRIPTION]  # fmt: skip
    if passfile is not None:
        argv += ["-readpass", str(passfile)]
    return [*argv, "-in", str(source), "-out", str(target)]


def _shown(argv: Sequence[str], config: SigningConfig) -> str:
    return " ".join("***" if config.password and a == config.password else a for a in argv)


def sign_files(files: Sequence[Path], config: SigningConfig | None) -> list[Path]:
    """Sign ``files`` in place; with no config, say loudly that they are unsigned."""
    if config is None:
        sys.stderr.write(UNSIGNED_BANNER)
        sys.stderr.flush()
        return []
    if sys.platform == "win32":
        argv = signtool_argv(config, files)
        print(f"signing: {_shown(argv, config)}", flush=True)
        _run(argv, config)
        return list(files)
    if shutil.which("osslsigncode") is None:
        raise SigningFailed("osslsigncode not found: apt-get install osslsigncode")
    with tempfile.TemporaryDirectory(prefix="certbot-assistant-sign-") as scratch:
        passfile = None
        if config.password:
            passfile = Path(scratch) / "password"
            descriptor = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(config.password)
        for file in files:
            signed = Path(scratch) / file.name
            argv = osslsigncode_argv(config, file, signed, passfile)
            print(f"signing: {_shown(argv, config)}", flush=True)
            _run(argv, config)
            shutil.copyfile(signed, file)  # in place: same inode, owner and mode
    return list(files)


def _run(argv: Sequence[str], config: SigningConfig) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=600)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        if config.password:
            output = output.replace(config.password, "***")
        raise SigningFailed(f"{argv[0]} failed ({done.returncode}): {output[-2000:]}")


def verify_signature(file: Path, ca_file: Path, tsa_ca_file: Path | None = None) -> str:
    """osslsigncode's verification against ``ca_file`` (and the timestamp's against
    ``tsa_ca_file``); its output, or SigningFailed naming what it said."""
    argv = ["osslsigncode", "verify", "-in", str(file), "-CAfile", str(ca_file)]
    if tsa_ca_file is not None:
        argv += ["-TSA-CAfile", str(tsa_ca_file)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
    output = done.stdout + done.stderr
    if done.returncode != 0 or "Signature verification: ok" not in output:
        raise SigningFailed(f"{file.name}: {output.strip()[-1500:]}")
    return output


def shipped_executables(app_dir: Path) -> list[Path]:
    """Every .exe of the frozen app (the app, its console twin, the included certbot)."""
    return sorted(p for p in app_dir.glob("*.exe") if p.is_file())


def main(argv: Sequence[str] | None = None) -> int:
    """``python installers/signing.py FILE…``: sign as the build does (build.ps1 signs the MSI
    that light.exe made this way)."""
    files = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    try:
        sign_files(files, SigningConfig.from_environment())
    except SigningFailed as exc:
        print(f"signing FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

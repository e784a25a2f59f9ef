from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import (
    MASK,
    CertbotDirs,
    IssueOptions,
    certonly_args,
    display_args,
    to_cmd,
    to_powershell,
)

URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory?action=renew&orderId=555123456"
CFG = Path("/srv/Certbot-prod")


def options(**kw: object) -> IssueOptions:
    base: dict[str, object] = {
        "domains": ("example.com", "www.example.com"),
        "server": URL,
        "dirs": CertbotDirs.inside(CFG),
    }
    base.update(kw)
    return IssueOptions(**base)  # type: ignore[arg-type]


def test_certonly_standalone() -> None:
    args = certonly_args(options(http01_port=8080), Path("/tmp/eab.ini"))
    assert args == [
        "certonly", "-n", "--agree-tos", "--server", URL,
        "--config-dir", str(CFG), "--work-dir", str(CFG / "work"), "--logs-dir", str(CFG / "logs"),
        "-c", str(Path("/tmp/eab.ini")), "--register-unsafely-without-email", "--standalone",
        "--http-01-port", "8080", "-d", "example.com", "-d", "www.example.com",
    ]  # fmt: skip
    assert not any("hmac" in a for a in args)


def test_certonly_webroot_email_force() -> None:
    args = certonly_args(
        options(webroot=Path("/var/www"), email="a@example.com", force_renewal=True), None
    )
    assert "-c" not in args
    assert args[args.index("--email") + 1] == "a@example.com"
    assert args[args.index("-w") + 1] == str(Path("/var/www")) and "--webroot" in args
    assert "--standalone" not in args and args[-1] == "--force-renewal"


def test_display_masks_and_replaces_the_ini() -> None:
    args = ["certonly", "-c", "/tmp/eab-1.ini", "--eab-hmac-key", "SECRET", "--eab-hmac-key=S2"]
    assert display_args(args, "KID-1") == [
        "certonly", "--eab-kid", "KID-1", "--eab-hmac-key", MASK, "--eab-hmac-key", MASK,
        f"--eab-hmac-key={MASK}",
    ]  # fmt: skip


def test_cmd_and_powershell_quoting() -> None:
    argv = [
        "C:\\Program Files\\Certbot\\bin\\certbot.exe",
        "certonly",
        "--server",
        URL,
        "-d",
        "o'x",
    ]
    assert to_cmd(argv) == (
        f'"C:\\Program Files\\Certbot\\bin\\certbot.exe" certonly --server "{URL}" -d "o\'x"'
    )
    assert to_powershell(argv) == (
        f"& 'C:\\Program Files\\Certbot\\bin\\certbot.exe' certonly --server '{URL}' -d 'o''x'"
    )
    assert to_powershell(["certbot", "a,b", "@x"]) == "& 'certbot' 'a,b' '@x'"


@pytest.mark.skipif(sys.platform == "win32", reason="checks the quoting with a POSIX shell")
def test_powershell_style_single_quotes_survive_a_real_shell(tmp_path: Path) -> None:
    """PowerShell and POSIX sh share single-quote rules except the doubled quote; check that
    an & inside quotes reaches the program as one argument through a real shell."""
    argv = [sys.executable, "-c", "import sys; print(sys.argv[1])", URL]
    line = " ".join("'" + a + "'" for a in argv)
    out = subprocess.run(["sh", "-c", line], capture_output=True, text=True, check=True).stdout
    assert out.strip() == URL

"""Authenticode signing in the build (installers/signing.py) with a throwaway authority: a PE
and an MSI signed by osslsigncode with SHA-256 and an RFC 3161 timestamp from a local server,
verified; the password never shown; an unsigned build says so."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installers"))
sys.path.insert(0, str(REPO / "scripts"))

from signing import (  # noqa: E402
    UNSIGNED_BANNER,
    SigningConfig,
    SigningFailed,
    sign_files,
    signtool_argv,
    verify_signature,
)

from tests.helpers.code_signing import PASSWORD, make_authority, timestamp_server  # noqa: E402

needs_osslsigncode = pytest.mark.skipif(
    shutil.which("osslsigncode") is None or shutil.which("openssl") is None,
    reason="osslsigncode and openssl sign on Linux (scripts/test installs them)",
)


def _pe(folder: Path) -> Path | None:
    """A real PE executable (mingw), or None where no cross compiler is installed."""
    compiler = shutil.which("x86_64-w64-mingw32-gcc")
    if compiler is None:
        return None
    source = folder / "tiny.c"
    source.write_text("int main(void) { return 0; }\n", encoding="ascii")
    subprocess.run([compiler, "-o", str(folder / "tiny.exe"), str(source)], check=True)
    return folder / "tiny.exe"


def _msi(folder: Path) -> Path | None:
    if shutil.which("wixl") is None:
        return None
    from build import build_msi

    app = folder / "app"
    (app / "_internal").mkdir(parents=True)
    for name in ("certbot-assistant.exe", "certbot-assistant-cli.exe", "_internal/x.dll"):
        (app / name).write_bytes(b"stand-in")
    return build_msi(app, folder / "msi", signing=None)


def test_no_certificate_says_loudly_that_nothing_is_signed(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "app.exe"
    file.write_bytes(b"MZ unsigned")
    assert sign_files([file], None) == []
    assert UNSIGNED_BANNER.strip() in capfd.readouterr().err
    assert file.read_bytes() == b"MZ unsigned"
    assert SigningConfig.from_environment({}) is None


def test_signtool_command_sha256_with_timestamp() -> None:
    config = SigningConfig(thumbprint="AB" * 20, timestamp_url="http://ts.example")
    argv = signtool_argv(config, [Path("a.exe"), Path("b.msi")])
    assert argv[:2] == ["signtool", "sign"]
    for pair in (["/fd", "SHA256"], ["/tr", "http://ts.example"], ["/td", "SHA256"],
                 ["/sha1", "AB" * 20]):  # fmt: skip
        index = argv.index(pair[0])
        assert argv[index : index + 2] == pair
    assert argv[-2:] == ["a.exe", "b.msi"]


@pytest.mark.skipif(sys.platform == "win32", reason="signtool signs on Windows")
def test_a_store_thumbprint_needs_signtool(tmp_path: Path) -> None:
    file = tmp_path / "app.exe"
    file.write_bytes(b"MZ")
    with pytest.raises(SigningFailed, match="signtool on Windows"):
        sign_files([file], SigningConfig(thumbprint="AB" * 20))


@needs_osslsigncode
def test_pe_and_msi_signed_timestamped_and_verified(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    files = [f for f in (_pe(tmp_path), _msi(tmp_path)) if f is not None]
    if not files:
        pytest.skip("neither mingw nor wixl to make a file to sign")
    authority = make_authority(tmp_path / "authority")
    env = {"CERTBOT_ASSISTANT_SIGN_PFX": str(authority.pfx),
           "CERTBOT_ASSISTANT_SIGN_PASSWORD": PASSWORD}  # fmt: skip
    with timestamp_server(authority) as url:
        config = SigningConfig.from_environment({**env, "CERTBOT_ASSISTANT_TIMESTAMP_URL": url})
        assert config is not None and PASSWORD not in repr(config)
        sign_files(files, config)
    shown = capfd.readouterr()
    assert PASSWORD not in shown.out + shown.err
    for file in files:
        output = verify_signature(file, authority.ca, authority.tsa_ca)
        assert "Timestamp Server Signature verification: ok" in output
        assert "sha256" in output.lower()
        # Another root does not vouch for it; a changed byte breaks it.
        with pytest.raises(SigningFailed):
            verify_signature(file, authority.tsa_ca, authority.tsa_ca)
    tampered = tmp_path / f"tampered{files[0].suffix}"
    data = bytearray(files[0].read_bytes())
    data[len(data) // 3] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises(SigningFailed):
        verify_signature(tampered, authority.ca, authority.tsa_ca)


@needs_osslsigncode
def test_a_wrong_password_fails_without_showing_it(tmp_path: Path) -> None:
    file = _pe(tmp_path) or _msi(tmp_path)
    if file is None:
        pytest.skip("neither mingw nor wixl to make a file to sign")
    authority = make_authority(tmp_path / "authority")
    wrong = "not-the-password-42"
    with pytest.raises(SigningFailed) as failed:
        sign_files([file], SigningConfig(pfx=authority.pfx, password=wrong,
                                         timestamp_url="http://127.0.0.1:9/"))  # fmt: skip
    assert wrong not in str(failed.value)

"""``certbot-assistant diagnose --format json`` on a config dir laid out as certbot makes it on
Windows: a ``C:\\Certbot``-style folder, backslash paths inside CRLF renewal confs, output read
through a pipe on the console's ANSI code page (cp1252 here: no Japanese in it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.configdir.marker import record_account
from tests.helpers.programs import python_program
from tests.helpers.synthetic import add_account, add_lineage

OLD = "https://acme.digicert.com/v2/acme/directory/"
NEW = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


@pytest.fixture
def certbot_dir() -> Iterator[Path]:
    """``C:\\Certbot-<id>``: at the drive root like certbot's own default, not under Temp."""
    folder = Path(os.environ.get("SYSTEMDRIVE", "C:") + "\\") / f"Certbot-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def diagnose(*args: str, lang: str = "en") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, CERTBOT_ASSISTANT_LANG=lang)
    env.pop("PYTHONIOENCODING", None)
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-X", "utf8=0", "-m", "certbot_assistant", "diagnose", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_kb1_on_a_windows_folder(certbot_dir: Path, tmp_path: Path) -> None:
    """DigiCert's first scenario: the folder's account for the server was registered with
    another EAB KID, so certbot would silently reuse it."""
    account = add_account(certbot_dir, NEW)
    record_account(certbot_dir, NEW, "kid-old", account)
    add_lineage(certbot_dir, "www.example.co.jp", OLD, account)
    conf = (certbot_dir / "renewal" / "www.example.co.jp.conf").read_bytes()
    assert b"\r\n" in conf and b"\\live\\www.example.co.jp\\cert.pem" in conf
    fake = python_program(tmp_path / "bin" / "certbot", "print('certbot 5.8.0')\n")
    result = diagnose(
        "--config-dir", str(certbot_dir), "--server", NEW, "--eab-kid", "kid-new",
        "--certbot", str(fake), "--format", "json",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr.decode("cp1252", "replace")
    payload = json.loads(result.stdout)
    by_id = {f["id"]: f for f in payload["findings"]}
    assert {"account-kid-mismatch", "legacy-acme-url"} <= set(by_id)
    assert by_id["account-kid-mismatch"]["evidence"]["recorded_kid"] == "kid-old"
    conf_path = certbot_dir / "renewal" / "www.example.co.jp.conf"
    assert by_id["legacy-acme-url"]["evidence"]["file"] == str(conf_path)  # C:\..., backslashes


def test_japanese_json_through_an_ansi_pipe(certbot_dir: Path) -> None:
    """A help-desk script on an English Windows pipes the Japanese report: it must neither
    crash nor lose the text (escaped in the JSON, exact once parsed)."""
    result = diagnose("--config-dir", str(certbot_dir / "new"), "--format", "json", lang="ja")
    assert result.returncode in (0, 1), result.stderr.decode("cp1252", "replace")
    assert b"Traceback" not in result.stderr
    titles = [f["title"] for f in json.loads(result.stdout)["findings"]]
    assert any(any("\u3040" <= ch <= "\u30ff" for ch in title) for title in titles), titles


def test_japanese_text_through_an_ansi_pipe(certbot_dir: Path) -> None:
    result = diagnose("--config-dir", str(certbot_dir / "new"), lang="ja")
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr
    assert result.stdout.strip()

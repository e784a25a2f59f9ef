"""The CLI in a real subprocess, as a help-desk script would call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from certbot_assistant.core.configdir.marker import record_account
from tests.helpers.programs import python_program, under_wine
from tests.helpers.synthetic import add_account

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "certbot-output" / "5.8.0"


def cli(*args: str, path_dirs: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI with a PATH holding only ``path_dirs`` (and, on Windows, the system folders):
    no certbot of the machine's own is found."""
    system = [str(Path(os.environ["SYSTEMROOT"]) / "System32")] if os.name == "nt" else []
    env = dict(os.environ, PATH=os.pathsep.join([path_dirs or os.defpath, *system]))
    return subprocess.run(
        [sys.executable, "-m", "certbot_assistant", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_json_contract_and_exit_code_1_on_error(tmp_path: Path) -> None:
    account = add_account(tmp_path, SERVER)
    record_account(tmp_path, SERVER, "kid-1", account)
    result = cli(
        "diagnose", "--config-dir", str(tmp_path), "--server", SERVER, "--eab-kid", "kid-2",
        "--certbot", sys.executable, "--format", "json",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    payload = json.loads(result.stdout)
    assert payload["schema"] == 1
    ids = [f["id"] for f in payload["findings"]]
    assert "account-kid-mismatch" in ids
    for finding in payload["findings"]:
        assert set(finding) == {"id", "severity", "title", "detail", "fix", "evidence"}
        assert finding["severity"] in ("error", "warning", "info")


def test_exit_0_without_errors_and_text_is_readable(tmp_path: Path) -> None:
    fake = python_program(tmp_path / "bin" / "certbot", "print('certbot 5.8.0')\n")
    result = cli("diagnose", "--config-dir", str(tmp_path / "new"), path_dirs=str(fake.parent))
    assert result.returncode == 0, result.stderr
    assert "The config directory does not exist yet" in result.stdout
    assert f"{fake} (5.8.0" in result.stdout
    assert "Fix:" in result.stdout


def test_certbot_output_file_is_classified(tmp_path: Path) -> None:
    result = cli(
        "diagnose", "--config-dir", str(tmp_path), "--certbot", sys.executable,
        "--certbot-output", str(FIXTURES / "account-deactivated.txt"), "--format", "json",
    )  # fmt: skip
    assert result.returncode == 1
    assert "account-deactivated" in [f["id"] for f in json.loads(result.stdout)["findings"]]


def test_no_certbot_anywhere_is_an_error(tmp_path: Path) -> None:
    result = cli("diagnose", "--config-dir", str(tmp_path), "--format", "json", path_dirs="/none")
    ids = [f["id"] for f in json.loads(result.stdout)["findings"]]
    # The machine's system folders may hold a certbot; without one this is certbot-not-found.
    if "certbot-not-found" in ids:
        assert result.returncode == 1


def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    for args in (
        ("diagnose", "--bogus"),
        ("diagnose", "--format", "xml"),
        ("diagnose", "--certbot-output", str(tmp_path / "missing.txt")),
        ("frobnicate",),
    ):
        result = cli(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_profiles_add_reads_hmac_from_stdin_never_argv(tmp_path: Path) -> None:
    # The in-memory keyring is per process: the subprocess needs a real one, so only the
    # refusal paths are checked here; the full flow is in tests/e2e.
    result = subprocess.run(
        [sys.executable, "-m", "certbot_assistant", "profiles", "add", "p", "--server",
         SERVER, "--eab-kid", "k", "--eab-hmac-key", "x"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


def test_profiles_add_rejects_a_bad_key_with_a_hint(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "certbot_assistant", "profiles", "add", "p", "--server",
         SERVER, "--eab-kid", "k", "--hmac-stdin"],
        input='"quoted-key"\n', capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "quotation marks" in result.stderr and "Traceback" not in result.stderr


def test_issue_with_unknown_profile_is_a_usage_error() -> None:
    result = cli("issue", "--profile", "nope", "-d", "example.com")
    assert result.returncode == 2 and "nope" in result.stderr


def test_redact_logs(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "letsencrypt.log").write_text("Arguments: ['--eab-hmac-key', 'SECRETKEY12345']\n")
    result = cli("redact-logs", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Replaced 1 HMAC key value. Log files changed: 1."
    assert "SECRETKEY12345" not in (logs / "letsencrypt.log").read_text()
    assert cli("redact-logs", str(tmp_path / "missing")).returncode == 2


def test_diagnose_says_the_http_port_is_taken(tmp_path: Path) -> None:
    """Anything the wizard's server page can tell, diagnose prints (issue 17)."""
    import socket

    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = cli(
            "diagnose", "--config-dir", str(tmp_path), "--certbot", sys.executable,
            "--standalone", "--http-01-port", str(port), "--format", "json",
        )  # fmt: skip
    assert result.returncode == 1, result.stderr
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "port-80-in-use"]
    assert finding["evidence"]["port"] == str(port)
    if not under_wine():  # Wine's netstat names no owning process
        assert str(os.getpid()) in finding["evidence"].get("process", "")
    # With webroot instead, the port is not certbot's business.
    webroot = cli(
        "diagnose", "--config-dir", str(tmp_path), "--certbot", sys.executable,
        "--webroot", str(tmp_path), "--format", "json",
    )  # fmt: skip
    assert webroot.stdout, webroot.stderr
    ids = [f["id"] for f in json.loads(webroot.stdout)["findings"]]
    assert "port-80-in-use" not in ids


def test_diagnose_rejects_a_bad_port_as_a_usage_error(tmp_path: Path) -> None:
    result = cli("diagnose", "--config-dir", str(tmp_path), "--http-01-port", "99999")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_reader_that_goes_away_is_no_traceback(tmp_path: Path) -> None:
    """``certbot-assistant diagnose | head -1``, as a help-desk script does."""
    process = subprocess.Popen(
        [sys.executable, "-m", "certbot_assistant", "diagnose", "--config-dir", str(tmp_path),
         "--certbot", sys.executable, "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first byte
    process.stdout = None  # so communicate() reads stderr only (Windows reads in threads)
    _out, err = process.communicate(timeout=60)
    assert b"Traceback" not in err, err.decode()
    assert process.returncode in (0, 1)


def test_japanese_output_on_a_code_page_without_japanese(tmp_path: Path) -> None:
    """A pipe on an English Windows is cp1252: the Japanese report must not crash the CLI
    (it did, UnicodeEncodeError), and JSON must still carry the exact text, as escapes."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", CERTBOT_ASSISTANT_LANG="ja")
    env.pop("PYTHONUTF8", None)
    for extra in ([], ["--format", "json"]):
        result = subprocess.run(
            [sys.executable, "-m", "certbot_assistant", "diagnose",
             "--config-dir", str(tmp_path / "new"), "--certbot", sys.executable, *extra],
            capture_output=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode in (0, 1) and b"Traceback" not in result.stderr, result.stderr
        result.stdout.decode("cp1252")  # nothing the code page cannot hold
        if extra:
            titles = [f["title"] for f in json.loads(result.stdout)["findings"]]
            assert "設定ディレクトリはまだ存在しません" in titles, titles
        else:
            assert b"\\u" in result.stdout  # the Japanese, escaped rather than crashing


def test_an_output_nothing_recognises_exits_1_with_its_last_error_lines(tmp_path: Path) -> None:
    saved = tmp_path / "out.txt"
    text = "Saving debug log to C:\\Certbot\\log\\letsencrypt.log\r\nAn unexpected error occurred:\r\nError: the frobnicator broke\r\n"
    saved.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))  # PowerShell 5.1's "> out.txt"
    result = cli(
        "diagnose", "--config-dir", str(tmp_path / "new"), "--certbot", sys.executable,
        "--certbot-output", str(saved), "--format", "json",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    (generic,) = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "run-failed"]
    assert "Error: the frobnicator broke" in generic["detail"]

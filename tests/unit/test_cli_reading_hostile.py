"""``status`` and ``diagnose`` on what others wrote (issue #23): certbot's log and the marker are
read in bounded time and memory, nothing in them acts on the terminal, and what cannot be read
is said. The CLI runs in a real subprocess, as a script would call it."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certbot_assistant.core.certbot import renewal_log
from certbot_assistant.core.certbot.renewal_log import Outcome, last_attempts
from certbot_assistant.core.configdir.marker import MARKER_NAME, record_account
from certbot_assistant.core.text_output import visible
from tests.helpers.synthetic import add_account, add_lineage
from tests.unit.test_cli import cli

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
FAILED = (
    "2026-12-01 03:00:01,100:DEBUG:certbot._internal.display.obj:Notifying user: Processing "
    "/etc/le/renewal/b.example.conf\n"
    "2026-12-01 03:00:09,300:ERROR:certbot._internal.renewal:Failed to renew certificate "
    "b.example with error: the CA said no\n"
)


def config_dir(tmp_path: Path) -> Path:
    cfg = tmp_path / "Certbot"
    add_lineage(cfg, "b.example", SERVER, add_account(cfg, SERVER),
                not_after=dt.datetime.now(dt.UTC) + dt.timedelta(days=60))  # fmt: skip
    (cfg / "logs").mkdir()
    return cfg


def test_a_failure_followed_by_a_line_of_8_mb_is_still_seen(tmp_path: Path) -> None:
    cfg = config_dir(tmp_path)
    (cfg / "logs" / "letsencrypt.log").write_text(FAILED + "y" * (9 * 1024 * 1024) + "\n")
    assert last_attempts(cfg / "logs")["b.example"].outcome is Outcome.FAILED
    result = cli("status", "--config-dir", str(cfg), "--format", "json")
    folders = {d["path"]: d for d in json.loads(result.stdout)["config_dirs"]}
    (cert,) = folders[str(cfg)]["certificates"]
    assert cert["last_renewal"]["outcome"] == "failed", result.stdout
    assert result.returncode == 1


def test_escape_sequences_in_certbots_log_never_reach_the_terminal(tmp_path: Path) -> None:
    cfg = config_dir(tmp_path)
    hostile = FAILED.replace("the CA said no", "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202e")
    (cfg / "logs" / "letsencrypt.log").write_text(hostile, encoding="utf-8")
    result = cli("status", "--config-dir", str(cfg))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u202e" not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout  # shown, written out


def test_a_kid_with_an_rlo_and_a_nul_is_shown_written_out(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    account = add_account(cfg, SERVER)
    record_account(cfg, SERVER, "kid-1", account)
    marker = json.loads((cfg / MARKER_NAME).read_text())
    marker["accounts"][0]["eab_kid"] = "kid\u202e1-\x00evil"
    (cfg / MARKER_NAME).write_text(json.dumps(marker), encoding="utf-8")
    result = cli("diagnose", "--config-dir", str(cfg), "--server", SERVER, "--eab-kid",
                 "kid-2", "--certbot", __import__("sys").executable)  # fmt: skip
    assert "\u202e" not in result.stdout and "\x00" not in result.stdout, result.stdout
    assert "kid\\u202e1-\\x00evil" in result.stdout or "account-kid" in result.stdout


def test_an_unreadable_log_is_said_by_status(tmp_path: Path) -> None:
    cfg = config_dir(tmp_path)
    (cfg / "logs" / "letsencrypt.log").mkdir()  # a folder where the log belongs: unreadable
    result = cli("status", "--config-dir", str(cfg))
    assert "renewal-log-unreadable" in result.stdout, result.stdout


def test_visible_keeps_text_and_layout_and_writes_out_the_rest() -> None:
    assert visible("証明書\tok\n") == "証明書\tok\n"
    assert visible("a\x1b[31mb\x00c\u202ed\x85") == "a\\x1b[31mb\\x00c\\u202ed\\x85"
    assert visible("Windows line\r\nnext") == "Windows line\nnext"
    assert visible("shown\rhidden over it") == "shown\\x0dhidden over it"


def test_the_console_wrapper_writes_everything_out() -> None:
    from certbot_assistant.core.text_output import VisibleWriter

    target = io.StringIO()
    VisibleWriter(target).write("x\x1b[2Jy\n")  # type: ignore[arg-type]
    assert target.getvalue() == "x\\x1b[2Jy\n"


@given(st.lists(st.binary(max_size=40), max_size=30), st.booleans())
@settings(max_examples=300, deadline=None)
def test_fuzz_the_backwards_reader_gives_the_files_short_lines(
    lines: list[bytes], trailing: bool
) -> None:
    """The status reader reads certbot's log backwards in chunks: it must give exactly the
    file's lines that are not overlong, in order, whatever the chunk size."""
    data = b"\n".join(line.replace(b"\n", b"") for line in lines) + (b"\n" if trailing else b"")
    saved = renewal_log._CHUNK, renewal_log.MAX_LINE_BYTES
    renewal_log._CHUNK, renewal_log.MAX_LINE_BYTES = 7, 20
    try:
        got = renewal_log._tail(io.BytesIO(data))
    finally:
        renewal_log._CHUNK, renewal_log.MAX_LINE_BYTES = saved
    assert got == [line for line in data.split(b"\n") if len(line) <= 20]


@given(st.binary(max_size=4000))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_fuzz_any_bytes_in_certbots_log_read_without_error(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "letsencrypt.log").write_bytes(FAILED.encode() + data)
    attempts = last_attempts(tmp_path)
    assert all(isinstance(a.outcome, Outcome) for a in attempts.values())

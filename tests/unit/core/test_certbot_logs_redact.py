from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.logs import count_hmac_values, redact_logs

KEY1 = "SECRETKEY1-zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44n"
LINE = f"DEBUG:certbot._internal.main:Arguments: ['--eab-kid', 'k', '--eab-hmac-key', '{KEY1}', '-d', 'x']\n"
MASKED = "***REDACTED***" + "*" * (len(KEY1) - 14)


def test_redacts_in_place_keeps_mode_and_is_idempotent(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    first = logs / "letsencrypt.log"
    first.write_text("head\n" + LINE + "x '--eab-hmac-key=SECRETKEY2' y\n")
    size = first.stat().st_size
    first.chmod(0o640)
    (logs / "letsencrypt.log.1").write_text(LINE)
    (logs / "letsencrypt.log.2").write_text("clean\n")
    result = redact_logs(tmp_path)
    assert (result.replaced, len(result.changed), result.skipped) == (3, 2, [])
    text = first.read_text()
    assert "SECRETKEY" not in text
    assert f"'--eab-hmac-key', '{MASKED}', '-d', 'x'" in text
    assert "--eab-hmac-key=**********" in text  # shorter than the mask's text: asterisks
    assert first.stat().st_size == size  # masked in place, same length
    if os.name != "nt":  # Windows has no mode bits to keep (its ACL stays with the file)
        assert stat.S_IMODE(first.stat().st_mode) == 0o640
    assert count_hmac_values(first) == 0
    assert redact_logs(logs).replaced == 0
    assert sorted(p.name for p in logs.iterdir()) == [
        "letsencrypt.log", "letsencrypt.log.1", "letsencrypt.log.2"
    ]  # fmt: skip


def test_every_abbreviation_certbot_accepts_is_found_and_redacted(tmp_path: Path) -> None:
    """argparse takes any unambiguous prefix, and certbot logs argv as typed."""
    lines = [
        "Arguments: ['--eab-hmac-k=SECRETKEY3']",
        "Arguments: ['--eab-hmac-ke', 'SECRETKEY4']",
        "Arguments: ['--eab-hmac', 'SECRETKEY5']",
        "Arguments: ['--eab-h=SECRETKEY6']",
        "Arguments: ['--eab_hmac_key', 'SECRETKEY7']",
        "Arguments: ['--eab-hmac-alg', 'HS256', '--eab-kid', 'kid-1']",
    ]
    log = tmp_path / "letsencrypt.log"
    log.write_text("\n".join(lines) + "\n")
    assert count_hmac_values(log) == 5
    assert redact_logs(tmp_path).replaced == 5
    text = log.read_text()
    assert "SECRETKEY" not in text
    assert "'--eab-hmac-alg', 'HS256'" in text and "'kid-1'" in text


# Issue #23: what others wrote, redacted without losing anything.

LONG = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"


def test_quoted_equals_forms_are_found(tmp_path: Path) -> None:
    log = tmp_path / "letsencrypt.log"
    log.write_text(
        f"Arguments: ['--eab-hmac-key=\"{LONG}\"']\n"
        f"Arguments: [\"--eab-hmac-key='{LONG}'\"]\n"
        f'Arguments: --eab-hmac-key "{LONG}"\n'
    )
    assert count_hmac_values(log) == 3
    assert redact_logs(tmp_path).replaced == 3
    assert LONG not in log.read_text()
    assert count_hmac_values(log) == 0  # a masked value is not counted again


def test_lines_certbot_appends_while_redacting_are_kept(tmp_path: Path) -> None:
    import threading

    log = tmp_path / "letsencrypt.log"
    log.write_text(f"Arguments: ['--eab-hmac-key', '{LONG}']\n" + "x" * 100 + "\n" * 50_000)
    stop = threading.Event()
    redacting = threading.Event()
    written: list[str] = []

    def certbot() -> None:
        redacting.wait(timeout=30)
        with log.open("a") as handle:
            for n in range(300):
                line = f"appended line {n}\n"
                handle.write(line)
                handle.flush()
                written.append(line)
            stop.set()

    writer = threading.Thread(target=certbot)
    writer.start()
    while True:
        redacting.set()
        redact_logs(tmp_path)
        if stop.is_set():
            break
    writer.join()
    text = log.read_text()
    assert LONG not in text
    assert all(line in text for line in written) and len(written) == 300


def test_a_huge_log_is_redacted_in_little_memory(tmp_path: Path) -> None:
    import tracemalloc

    log = tmp_path / "letsencrypt.log"
    with log.open("wb") as handle:
        handle.write(f"Arguments: ['--eab-hmac-key', '{LONG}']\n".encode())
        block = b"DEBUG:certbot:nothing to see here\n" * 30_000
        for _ in range(64 * 1024 * 1024 // len(block)):
            handle.write(block)
        handle.write(f"--eab-hmac-key={LONG}\n".encode())
    tracemalloc.start()
    try:
        assert redact_logs(tmp_path).replaced == 2
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_one_log_that_cannot_be_changed_does_not_stop_the_others(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "letsencrypt.log.1")
    (tmp_path / "letsencrypt.log.2").write_text(f"--eab-hmac-key={LONG}\n")
    result = redact_logs(tmp_path)
    assert result.replaced == 1 and result.changed == [tmp_path / "letsencrypt.log.2"]
    assert [(p.name, "regular" in why) for p, why in result.skipped] == [
        ("letsencrypt.log.1", True)
    ]


@pytest.mark.skipif(os.name == "nt", reason="POSIX owners, xattrs and links")
def test_owner_mode_xattrs_and_every_link_keep_and_lose_what_they_should(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    log = logs / "letsencrypt.log"
    log.write_text(f"--eab-hmac-key={LONG}\n")
    log.chmod(0o600)
    if os.geteuid() == 0:
        os.chown(log, 65534, 65534)
    try:
        os.setxattr(log, "user.certbot-assistant-test", b"kept")
        xattrs = True
    except OSError:
        xattrs = False  # a file system without user xattrs
    other_name = tmp_path / "hardlink.log"
    os.link(log, other_name)
    elsewhere = tmp_path / "real.log"
    elsewhere.write_text(f"--eab-hmac-key={LONG}\n")
    (logs / "letsencrypt.log.1").symlink_to(elsewhere)
    before = log.stat()
    result = redact_logs(tmp_path)
    assert result.replaced == 2 and result.skipped == []
    after = log.stat()
    assert (after.st_ino, after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (
        before.st_ino, before.st_uid, before.st_gid, 0o600
    )  # fmt: skip
    if xattrs:
        assert os.getxattr(log, "user.certbot-assistant-test") == b"kept"
    assert LONG not in other_name.read_text()  # the hard link: the same file, clean
    assert LONG not in elsewhere.read_text()  # what the symlinked log leads to, clean


def test_the_cli_names_what_it_could_not_change_and_exits_1(tmp_path: Path) -> None:
    import io

    from certbot_assistant.cli import build_parser, run_command
    from certbot_assistant.core.services import Services

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp_path / "letsencrypt.log")
    args = build_parser().parse_args(["redact-logs", str(tmp_path)])
    args.services = Services.real()
    out = io.StringIO()
    assert run_command(args, out) == 1
    assert f"Not changed: {tmp_path / 'letsencrypt.log'} (" in out.getvalue()

from __future__ import annotations

import os
import stat
from pathlib import Path

from certbot_assistant.core.certbot_logs import count_hmac_values, redact_logs

LINE = "DEBUG:certbot._internal.main:Arguments: ['--eab-kid', 'k', '--eab-hmac-key', 'SECRETKEY1', '-d', 'x']\n"


def test_redacts_in_place_keeps_mode_and_is_idempotent(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    first = logs / "letsencrypt.log"
    first.write_text("head\n" + LINE + "x '--eab-hmac-key=SECRETKEY2' y\n")
    first.chmod(0o640)
    (logs / "letsencrypt.log.1").write_text(LINE)
    (logs / "letsencrypt.log.2").write_text("clean\n")
    assert redact_logs(tmp_path) == (3, 2)
    text = first.read_text()
    assert "SECRETKEY" not in text
    assert "'--eab-hmac-key', '***REDACTED***', '-d', 'x'" in text
    assert "--eab-hmac-key=***REDACTED***" in text
    if os.name != "nt":  # Windows has no mode bits to keep (its ACL stays with the file)
        assert stat.S_IMODE(first.stat().st_mode) == 0o640
    assert count_hmac_values(first) == 0
    assert redact_logs(logs) == (0, 0)
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
    assert redact_logs(tmp_path) == (5, 1)
    text = log.read_text()
    assert "SECRETKEY" not in text
    assert "'--eab-hmac-alg', 'HS256'" in text and "'kid-1'" in text

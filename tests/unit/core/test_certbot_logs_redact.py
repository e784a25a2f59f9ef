from __future__ import annotations

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
    assert stat.S_IMODE(first.stat().st_mode) == 0o640
    assert count_hmac_values(first) == 0
    assert redact_logs(logs) == (0, 0)
    assert sorted(p.name for p in logs.iterdir()) == [
        "letsencrypt.log", "letsencrypt.log.1", "letsencrypt.log.2"
    ]  # fmt: skip

from __future__ import annotations

from pathlib import Path

import pytest

from certbot_assistant.core.certbot import logs as certbot_logs
from certbot_assistant.core.certbot.logs import count_hmac_values, log_files
from tests.helpers.programs import NO_SYMLINKS, symlinks_work


def test_counts_each_spelling(tmp_path: Path) -> None:
    log = tmp_path / "letsencrypt.log"
    log.write_text(
        "Arguments: ['--eab-kid', 'k', '--eab-hmac-key', 'abc_DEF-123']\n"
        "Arguments: ['--eab-hmac-key=abc_DEF-123']\n"
        "Please use --eab-kid and --eab-hmac-key.\n"
    )
    assert count_hmac_values(log) == 2


def test_match_across_chunk_boundary_counted_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(certbot_logs, "_CHUNK", 64)
    monkeypatch.setattr(certbot_logs, "_OVERLAP", 48)
    log = tmp_path / "letsencrypt.log"
    log.write_text("x" * 50 + "'--eab-hmac-key', 'abcdefgh'" + "y" * 100 + "'--eab-hmac-key', 'q1'")
    assert count_hmac_values(log) == 2


@pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)
def test_log_files_skip_links_and_other_names(tmp_path: Path) -> None:
    (tmp_path / "letsencrypt.log").write_text("")
    (tmp_path / "letsencrypt.log.12").write_text("")
    (tmp_path / "other.log").write_text("")
    (tmp_path / "letsencrypt.log.5").symlink_to(tmp_path / "other.log")
    assert [p.name for p in log_files(tmp_path)] == ["letsencrypt.log", "letsencrypt.log.12"]
    assert log_files(tmp_path / "missing") == []

"""Config dirs made by real certbot against real Pebble with EAB, judged by the real CLI.

Each case is one state an admin's machine can be in (issue #2 §6); the KB 1 root cause itself is
proven first: certbot reuses the kid-1 account and ignores kid-2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from certbot_assistant.core.certbot.discovery import (
    DiscoveryEnvironment,
    InstallKind,
    discover,
    probe_version,
)
from certbot_assistant.core.configdir.marker import record_account
from tests.helpers.pebble import EAB_KEYS, Pebble

from .conftest import Certbot, account_ids, copy_account, diagnose_ids

pytestmark = pytest.mark.integration

CONFIG_DIR_IDS = {
    "account-kid-mismatch", "account-kid-unknown", "multiple-accounts", "incomplete-account",
    "lineage-bound-to-other-server", "secret-in-certbot-log", "legacy-acme-url",
    "config-dir-not-certbot", "config-dir-missing", "certificate-expiring", "certificate-expired",
}  # fmt: skip


def config_ids(ids: list[str]) -> list[str]:
    """The config-dir findings (the machine's certbot installs are not under test here)."""
    return sorted(i for i in ids if i in CONFIG_DIR_IDS)


def test_kb1_certbot_reuses_the_old_account_and_ignores_the_new_kid(
    certbot: Certbot, tmp_path: Path, pebble: Pebble
) -> None:
    cfg = tmp_path / "cfg"
    first = certbot.issue(cfg, "kid-1")
    assert "Account registered." in first.stdout
    before = account_ids(cfg)
    second = certbot.issue(cfg, "kid-2", extra=("--force-renewal",))
    assert "Account registered." not in second.stdout
    assert account_ids(cfg) == before  # the kid-2 EAB was silently ignored


def test_kid_mismatch_with_marker(certbot: Certbot, tmp_path: Path, pebble: Pebble) -> None:
    cfg = tmp_path / "cfg"
    certbot.issue(cfg, "kid-1")
    (account,) = account_ids(cfg)
    record_account(cfg, pebble.directory_url, "kid-1", account)
    code, ids, findings = diagnose_ids(
        "--config-dir", str(cfg), "--server", pebble.directory_url, "--eab-kid", "kid-2"
    )
    assert config_ids(ids) == ["account-kid-mismatch"]
    assert code == 1
    (mismatch,) = [f for f in findings if f["id"] == "account-kid-mismatch"]
    assert mismatch["evidence"]["recorded_kid"] == "kid-1"
    assert mismatch["evidence"]["account"] == account
    # The same KID as recorded is fine.
    _, ids, _ = diagnose_ids(
        "--config-dir", str(cfg), "--server", pebble.directory_url, "--eab-kid", "kid-1"
    )
    assert config_ids(ids) == []


def test_kid_unknown_without_marker(certbot: Certbot, tmp_path: Path, pebble: Pebble) -> None:
    cfg = tmp_path / "cfg"
    certbot.issue(cfg, "kid-1")
    _, ids, _ = diagnose_ids(
        "--config-dir", str(cfg), "--server", pebble.directory_url, "--eab-kid", "kid-2"
    )
    assert config_ids(ids) == ["account-kid-unknown"]


def test_two_complete_accounts(certbot: Certbot, tmp_path: Path, pebble: Pebble) -> None:
    cfg, other = tmp_path / "cfg", tmp_path / "other"
    certbot.issue(cfg, "kid-1")
    certbot.issue(other, "kid-2")
    copy_account(other, cfg)
    assert len(account_ids(cfg)) == 2
    code, ids, _ = diagnose_ids("--config-dir", str(cfg), "--server", pebble.directory_url)
    assert config_ids(ids) == ["multiple-accounts"]
    assert code == 1
    # And certbot really stops there in -n mode.
    run = certbot.certonly(cfg, "kid-1", extra=("--force-renewal",))
    assert run.returncode == 1 and "Please choose an account" in run.output


def test_one_complete_one_incomplete(certbot: Certbot, tmp_path: Path, pebble: Pebble) -> None:
    cfg, other = tmp_path / "cfg", tmp_path / "other"
    certbot.issue(cfg, "kid-1")
    certbot.issue(other, "kid-2")
    copy_account(other, cfg)
    (other_id,) = account_ids(other)
    next(cfg.rglob(f"{other_id}/regr.json")).unlink()
    _, ids, _ = diagnose_ids("--config-dir", str(cfg), "--server", pebble.directory_url)
    assert config_ids(ids) == ["incomplete-account"]
    # certbot agrees: it skips the incomplete one and uses the other without asking.
    assert certbot.certonly(cfg, "kid-1", extra=("--force-renewal",)).returncode == 0


def test_lineage_bound_to_other_server(
    certbot: Certbot, tmp_path: Path, pebble: Pebble, other_pebble: Pebble
) -> None:
    cfg = tmp_path / "cfg"
    certbot.issue(cfg, "kid-1", via=other_pebble)
    code, ids, findings = diagnose_ids("--config-dir", str(cfg), "--server", pebble.directory_url)
    assert config_ids(ids) == ["lineage-bound-to-other-server"]
    (bound,) = [f for f in findings if f["id"] == "lineage-bound-to-other-server"]
    assert bound["evidence"]["other_server"] == other_pebble.directory_url
    assert bound["evidence"]["lineage"] == "www.example.test"
    assert code == 0, ids  # a warning: renewals work, just against the old server


def test_query_and_trailing_slash_are_the_same_server(
    certbot: Certbot, tmp_path: Path, pebble: Pebble
) -> None:
    cfg = tmp_path / "cfg"
    certbot.issue(cfg, "kid-1", server=pebble.directory_url + "?action=renew&orderId=1")
    conf = (cfg / "renewal" / "www.example.test.conf").read_text()
    assert "?action=renew&orderId=1" in conf  # certbot stores the URL verbatim
    for server in (pebble.directory_url, pebble.directory_url + "/"):
        _, ids, _ = diagnose_ids("--config-dir", str(cfg), "--server", server)
        assert config_ids(ids) == [], server


def test_hmac_on_the_command_line_lands_in_the_log(
    certbot: Certbot, tmp_path: Path, pebble: Pebble
) -> None:
    on_cli, in_ini = tmp_path / "cli", tmp_path / "ini"
    certbot.issue(on_cli, "kid-1", hmac_on_command_line=True)
    certbot.issue(in_ini, "kid-1")
    _, ids, findings = diagnose_ids("--config-dir", str(on_cli), "--server", pebble.directory_url)
    assert config_ids(ids) == ["secret-in-certbot-log"]
    (leak,) = [f for f in findings if f["id"] == "secret-in-certbot-log"]
    assert leak["evidence"]["file"] == str(on_cli / "logs" / "letsencrypt.log")
    assert EAB_KEYS["kid-1"] not in str(findings)
    _, ids, _ = diagnose_ids("--config-dir", str(in_ini), "--server", pebble.directory_url)
    assert config_ids(ids) == []


def test_version_probe_on_real_certbot(certbot_exe: Path) -> None:
    probe = probe_version(certbot_exe)
    assert probe.error is None
    assert probe.version is not None and probe.version.split(".")[0].isdigit()


def test_discovery_finds_the_venv_the_user_adds(certbot_exe: Path, tmp_path: Path) -> None:
    venv = certbot_exe.parent.parent
    env = DiscoveryEnvironment(windows=False, path_dirs=[tmp_path], user_paths=[venv])
    (install,) = discover(env)
    assert install.path == certbot_exe
    assert install.kind is InstallKind.VENV
    assert install.version == probe_version(certbot_exe).version
    assert install.findings == ()


def test_real_certbot_accepts_the_demo_sample_folder(certbot_exe: Path, tmp_path: Path) -> None:
    """The demo's sample folder (also the unit tests' synthetic one) is laid out well enough
    for certbot itself: ``certbot certificates`` lists the lineage instead of calling it invalid."""
    from certbot_assistant.demo.session import SAMPLE_NAME, write_sample_config_dir
    from tests.helpers.certbot import dirs_args, run_certbot

    config_dir = tmp_path / "Certbot"
    write_sample_config_dir(config_dir)
    result = run_certbot(certbot_exe, ["certificates", *dirs_args(config_dir)], ca_bundle=None)
    assert result.returncode == 0, result.output
    assert f"Certificate Name: {SAMPLE_NAME}" in result.output
    assert "invalid" not in result.output.lower(), result.output

"""The organization's preset settings: read from the policy file (Linux) or the registry
(Windows, tests/windows), checked like user input, locked where marked."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certbot_assistant.core.policy import (
    NO_POLICY,
    Setting,
    policy_from,
    read_machine_policy,
    read_policy_file,
)
from certbot_assistant.core.renewal.notify_mail import MailSettings, with_policy
from certbot_assistant.translate import choose_language

URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory/"


def test_msi_property_names_are_the_settings_upper_case_names() -> None:
    assert [s.msi_property for s in Setting] == [
        "ACME_DIRECTORY_URL",
        "CERTCENTRAL_REGION",
        "CONFIG_ROOT",
        "LANGUAGE",
        "SMTP_RELAY",
        "NOTIFY_TO",
    ]


def test_values_by_registry_or_msi_name_and_locks() -> None:
    policy = policy_from(
        {
            "AcmeDirectoryUrl": URL,
            "CERTCENTRAL_REGION": "EU",
            "Language": "ja",
            "SmtpRelay": "relay.example.com:2525",
            "NotifyTo": "pki@example.com; ops@example.com",
            "Locked": "ACME_DIRECTORY_URL, CertCentralRegion NotifyTo",
        },
        "test",
    )
    assert policy.value(Setting.ACME_DIRECTORY_URL) == URL
    assert policy.value(Setting.CERTCENTRAL_REGION) == "eu"
    assert policy.is_locked(Setting.ACME_DIRECTORY_URL)
    assert policy.is_locked(Setting.CERTCENTRAL_REGION)
    assert not policy.is_locked(Setting.LANGUAGE)
    assert (policy.smtp_host, policy.smtp_port) == ("relay.example.com", 2525)
    assert policy.recipients == ("pki@example.com", "ops@example.com")
    assert policy.problems == ()


def test_a_lock_without_a_value_locks_nothing() -> None:
    policy = policy_from({"Locked": ["ConfigRoot"]}, "test")
    assert not policy.is_locked(Setting.CONFIG_ROOT)
    assert not policy.refuses(Setting.CONFIG_ROOT, "/anything")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("AcmeDirectoryUrl", "http://acme.example.com/directory"),
        ("CertCentralRegion", "asia"),
        ("Language", "fr"),
        ("ConfigRoot", "relative\\folder"),
        ("SmtpRelay", "relay.example.com:99999"),
        ("SmtpRelay", "two words"),
        ("NotifyTo", "not-an-address"),
        ("AcmeDirectoryUrl", ""),
    ],
)
def test_a_bad_value_is_left_out_and_named(name: str, value: str) -> None:
    policy = policy_from({name: value}, "test")
    assert policy.values == {}
    assert len(policy.problems) == 1 and name in policy.problems[0]


def test_refuses_only_another_value_of_a_locked_setting() -> None:
    policy = policy_from({"AcmeDirectoryUrl": URL, "Locked": "AcmeDirectoryUrl"}, "test")
    assert not policy.refuses(Setting.ACME_DIRECTORY_URL, URL.rstrip("/"))
    assert policy.refuses(Setting.ACME_DIRECTORY_URL, "https://other.example/directory")
    unlocked = policy_from({"AcmeDirectoryUrl": URL}, "test")
    assert not unlocked.refuses(Setting.ACME_DIRECTORY_URL, "https://other.example/directory")


def test_policy_file_absent_damaged_or_hostile(tmp_path: Path) -> None:
    assert read_policy_file(tmp_path / "absent.json") == NO_POLICY.__class__(
        source=str(tmp_path / "absent.json")
    )
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json", encoding="utf-8")
    assert read_policy_file(damaged).problems
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert read_policy_file(deep).problems
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.json"
        os.mkfifo(fifo)
        assert read_policy_file(fifo).problems  # read at once, no hang
    listed = tmp_path / "list.json"
    listed.write_text("[]", encoding="utf-8")
    assert read_policy_file(listed).problems


def test_machine_policy_file_named_by_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({"Language": "ja", "Locked": "Language"}), encoding="utf-8")
    monkeypatch.setenv("CERTBOT_ASSISTANT_POLICY_FILE", str(file))
    policy = read_machine_policy()
    assert policy.value(Setting.LANGUAGE) == "ja" and policy.is_locked(Setting.LANGUAGE)
    assert policy.as_json() == {
        "source": str(file),
        "values": {"Language": "ja"},
        "locked": ["Language"],
        "problems": [],
    }


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.text(max_size=20) | st.sampled_from([s.value for s in Setting] + ["Locked"]),
        st.none() | st.integers() | st.text(max_size=300) | st.lists(st.text(max_size=30)),
        max_size=8,
    )
)
def test_any_registry_content_reads_without_crash(raw: dict[str, object]) -> None:
    policy = policy_from(raw, "fuzz")
    for setting, value in policy.values.items():
        assert isinstance(value, str) and value
        assert setting in Setting


def test_language_order_override_locked_saved_preset_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CERTBOT_ASSISTANT_LANG", raising=False)
    assert choose_language(["en-US"], saved=None, preset="ja") == "ja"
    assert choose_language(["en-US"], saved="en", preset="ja") == "en"
    assert choose_language(["en-US"], saved="en", preset="ja", locked=True) == "ja"
    assert choose_language(["ja-JP"], saved=None, preset=None) == "ja"
    monkeypatch.setenv("CERTBOT_ASSISTANT_LANG", "en")
    assert choose_language(["en-US"], saved="ja", preset="ja", locked=True) == "en"


def test_mail_settings_from_the_organization() -> None:
    policy = policy_from(
        {"SmtpRelay": "relay.corp:587", "NotifyTo": "pki@corp.example", "Locked": "SmtpRelay"},
        "test",
    )
    alone = with_policy(None, policy)
    assert alone is not None
    assert (alone.smtp_host, alone.smtp_port, alone.recipients) == (
        "relay.corp",
        587,
        ("pki@corp.example",),
    )
    saved = MailSettings(smtp_host="other", recipients=("me@example.com",), smtp_port=25)
    merged = with_policy(saved, policy)
    assert merged is not None
    # The relay is locked, the recipients are only a default: the saved ones stay.
    assert (merged.smtp_host, merged.smtp_port, merged.recipients) == (
        "relay.corp",
        587,
        ("me@example.com",),
    )
    assert with_policy(None, policy_from({"SmtpRelay": "relay.corp"}, "t")) is None


def _cli(services: object, *argv: str) -> tuple[int, str]:
    from certbot_assistant.cli import build_parser, run_command

    args = build_parser().parse_args(list(argv))
    args.services = services
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def _organization(home: Path, **values: object) -> None:
    (home / "policy.json").write_text(json.dumps(values), encoding="utf-8")


def test_cli_profiles_take_the_organization_values(
    tmp_path: Path,
    user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from certbot_assistant.core.configdir.profiles import ProfileStore
    from certbot_assistant.core.services import Services

    _organization(
        user_dirs, AcmeDirectoryUrl=URL, CertCentralRegion="eu", Locked="AcmeDirectoryUrl"
    )
    services = Services(profiles=ProfileStore(tmp_path / "profiles.json"))
    monkeypatch.setattr("sys.stdin", io.StringIO("A" * 43 + "\n" + "B" * 43 + "\n"))
    code, text = _cli(services, "profiles", "add", "corp", "--eab-kid", "kid-1", "--hmac-stdin")
    assert code == 0, text
    (profile,) = services.profiles.load()
    assert (profile.server, profile.region) == (URL, "eu")
    # Another URL is refused with the organization's named: exit 2, nothing saved.
    code, text = _cli(
        services, "profiles", "add", "other", "--server", "https://other.example/directory",
        "--eab-kid", "kid-2", "--hmac-stdin",
    )  # fmt: skip
    error = capsys.readouterr().err
    assert code == 2 and "set by your organization" in error and URL in error
    assert [p.name for p in services.profiles.load()] == ["corp"]
    code, text = _cli(services, "profiles", "list")
    assert code == 0
    assert "Set by your organization" in text and "(locked)" in text
    assert "CertCentral region: eu" in text


def test_cli_status_json_carries_the_policy(tmp_path: Path, user_dirs: Path) -> None:
    from certbot_assistant.core.configdir.profiles import ProfileStore
    from certbot_assistant.core.services import Services

    root = str(tmp_path / "org-certbot")
    _organization(user_dirs, ConfigRoot=root, Language="fr")
    services = Services(
        profiles=ProfileStore(tmp_path / "profiles.json"),
        default_config_dir=lambda: tmp_path / "default",
        folders_registry=lambda: tmp_path / "dirs.json",
        scheduler_factory=lambda: None,  # type: ignore[arg-type,return-value]
    )
    _code, text = _cli(services, "status", "--offline", "--format", "json")
    payload = json.loads(text)
    assert payload["policy"]["values"] == {"ConfigRoot": root}
    assert payload["policy"]["problems"] and "Language" in payload["policy"]["problems"][0]


def test_cli_issue_and_migrate_refuse_what_the_organization_locked(
    tmp_path: Path, user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same refusals as the wizard's: a saved credential with another URL than the locked
    one, a new config dir outside the locked folder for them. Nothing is run (exit 2)."""
    from certbot_assistant.core.configdir.profiles import Profile, ProfileStore
    from certbot_assistant.core.services import Services

    root = tmp_path / "org-certbot"
    services = Services(profiles=ProfileStore(tmp_path / "profiles.json"),
                        default_config_dir=lambda: tmp_path / "default")  # fmt: skip
    services.profiles.add(Profile(name="old", server="https://acme.example.test/directory",
                                  eab_kid="kid-1"))  # fmt: skip
    services.profiles.add(Profile(name="corp", server=URL, eab_kid="kid-2"))
    _organization(user_dirs, AcmeDirectoryUrl=URL, ConfigRoot=str(root),
                  Locked="AcmeDirectoryUrl ConfigRoot")  # fmt: skip
    issue = ["issue", "-d", "www.example.com", "--standalone"]
    code, _ = _cli(services, *issue, "--profile", "old", "--config-dir", str(root / "a"))
    assert code == 2 and "ACME directory URL is set by your organization" in capsys.readouterr().err
    elsewhere = tmp_path / "elsewhere" / "new"
    code, _ = _cli(services, *issue, "--profile", "corp", "--config-dir", str(elsewhere))
    error = capsys.readouterr().err
    assert code == 2 and "keeps new config directories in" in error and str(root) in error
    code, _ = _cli(services, "migrate", "--from", str(tmp_path), "--to", str(elsewhere),
                   "--profile", "corp", "--plan")  # fmt: skip
    assert code == 2 and str(root) in capsys.readouterr().err
    assert not elsewhere.exists()


def test_a_relay_is_read_once_the_same_way_ipv6_has_no_port() -> None:
    policy = policy_from({"SmtpRelay": "2001:db8::25"}, "test")
    assert (policy.smtp_host, policy.smtp_port) == ("2001:db8::25", None)
    assert policy_from({"SmtpRelay": "relay:port"}, "test").problems

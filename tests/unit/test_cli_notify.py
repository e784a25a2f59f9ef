"""``notify``: the renewal task's e-mail settings, kept machine-wide, and a test mail through a
real SMTP conversation with a local relay."""

from __future__ import annotations

import io
import json
import os
import ssl
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.cli.common import UsageError
from certbot_assistant.core.renewal.notify_mail import MailError, load_settings
from certbot_assistant.core.services import Services
from tests.helpers.smtp_sink import smtp_sink


def cli(path: Path, *argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(list(argv))
    args.services = Services(mail_settings_path=lambda: path)
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def test_set_show_test_clear(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "notify.json"
    with smtp_sink() as relay:
        port = str(relay.server_address[1])
        code, _ = cli(path, "notify", "set", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                      "--to", "ops@example.test", "--from", "web01@example.test")  # fmt: skip
        assert code == 0 and path.exists()
        code, shown = cli(path, "notify", "show")
        assert shown.strip() == f"127.0.0.1:{port} web01@example.test -> ops@example.test"
        code, text = cli(path, "notify", "test")
        assert code == 0, text
        ((recipients, mail),) = relay.received
    assert recipients == ["ops@example.test"] and mail["From"] == "web01@example.test"
    # The relay is gone: a clear failure, exit 1.
    code, text = cli(path, "notify", "test")
    assert code == 1 and "127.0.0.1" in text
    assert cli(path, "notify", "clear")[0] == 0 and not path.exists()
    assert cli(path, "notify", "show")[1].strip() == "No e-mail is set up."


def test_a_damaged_settings_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notify.json"
    path.write_text("{not json")
    with pytest.raises(MailError, match=r"notify\.json"):
        load_settings(path)
    assert cli(path, "notify", "show")[0] == 2


def _relay_context(tmp_path: Path, name: str) -> tuple[ssl.SSLContext, Path]:
    """A self-signed relay certificate for ``name`` that nobody trusts; its PEM, to trust it."""
    from tests.helpers.pebble import write_self_signed_for

    cert, key = tmp_path / f"relay-{name}.pem", tmp_path / f"relay-{name}.key"
    write_self_signed_for(name, cert, key)
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return server, cert


def test_starttls_refuses_a_relay_certificate_it_cannot_check(tmp_path: Path) -> None:
    """A relay answering with a certificate for another name from an unknown CA: not sent,
    and said so (it used to say "Sent.")."""
    server, _ca = _relay_context(tmp_path, "other.example")
    path = tmp_path / "notify.json"
    with smtp_sink(server) as relay:
        port = str(relay.server_address[1])
        cli(path, "notify", "set", "--smtp-host", "127.0.0.1", "--smtp-port", port,
            "--to", "ops@example.test", "--starttls")  # fmt: skip
        code, text = cli(path, "notify", "test")
        assert relay.received == []
    assert code == 1 and "certificate was not accepted" in text and "Sent." not in text


def test_starttls_sends_to_a_relay_whose_certificate_is_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, ca = _relay_context(tmp_path, "127.0.0.1")
    monkeypatch.setattr(
        "certbot_assistant.core.renewal.notify_mail.tls_context",
        lambda settings: ssl.create_default_context(cafile=str(ca)),
    )
    path = tmp_path / "notify.json"
    with smtp_sink(server) as relay:
        port = str(relay.server_address[1])
        cli(path, "notify", "set", "--smtp-host", "127.0.0.1", "--smtp-port", port,
            "--to", "ops@example.test", "--starttls")  # fmt: skip
        code, text = cli(path, "notify", "test")
        assert code == 0, text
        assert len(relay.received) == 1


def test_the_admin_may_turn_the_check_off_and_show_says_so(tmp_path: Path) -> None:
    server, _ca = _relay_context(tmp_path, "other.example")
    path = tmp_path / "notify.json"
    with smtp_sink(server) as relay:
        port = str(relay.server_address[1])
        cli(path, "notify", "set", "--smtp-host", "127.0.0.1", "--smtp-port", port,
            "--to", "ops@example.test", "--starttls", "--no-verify-tls")  # fmt: skip
        assert "(certificate not checked)" in cli(path, "notify", "show")[1]
        code, _ = cli(path, "notify", "test")
        assert code == 0 and len(relay.received) == 1


@pytest.mark.parametrize("port", ["70000", "0", "-1", "25x"])
def test_a_port_out_of_range_is_a_usage_error(tmp_path: Path, port: str) -> None:
    path = tmp_path / "notify.json"
    with pytest.raises(UsageError, match=r"port|between"):
        build_parser().parse_args(["notify", "set", "--smtp-host", "relay", "--smtp-port",
                                   port, "--to", "ops@example.test"])  # fmt: skip
    assert not path.exists()


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        ("[" * 30_000 + "]" * 30_000, "nested too deeply"),
        ('{"smtp_host": "relay", "recipients": ["a@b.test"], "smtp_port": 1e999}',
         "smtp_port must be a whole number"),
        ('{"smtp_host": "relay", "recipients": "a@b.test"}', "recipients must be a list"),
        ('{"smtp_host": "relay", "recipients": ["a@b.test"], "smtp_port": 70000}',
         "not between 1 and 65535"),
        ('{"smtp_host": "relay", "recipients": [1]}', "a list of e-mail addresses"),
        ('{"smtp_host": "a\\nb", "recipients": ["a@b.test"]}', "not a host name"),
        ('{"smtp_host": "relay", "recipients": ["a@b.test"], "starttls": "yes"}',
         "starttls must be true or false"),
        ("[]", "not a JSON object"),
        ("\xff\xfe", "not valid JSON"),
    ],
)  # fmt: skip
def test_hostile_settings_are_a_mail_error_naming_the_file(
    tmp_path: Path, content: str, cause: str
) -> None:
    path = tmp_path / "notify.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape") if content != "\xff\xfe"
                     else b"\xff\xfe{")  # fmt: skip
    with pytest.raises(MailError) as failed:
        load_settings(path)
    assert str(path) in str(failed.value) and cause in str(failed.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_for_settings_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "notify.json"
    os.mkfifo(path)
    with pytest.raises(MailError, match="pipe"):
        load_settings(path)


def test_a_folder_name_with_a_newline_gives_a_one_line_subject(tmp_path: Path) -> None:
    from certbot_assistant.core.renewal.notify_mail import MailSettings, send_mail

    with smtp_sink() as relay:
        settings = MailSettings("127.0.0.1", ("ops@example.test",),
                                smtp_port=relay.server_address[1])  # fmt: skip
        send_mail(settings, "Renewing C:\\certs\nBcc: evil@example.test failed", "body")
        ((recipients, mail),) = relay.received
    assert recipients == ["ops@example.test"] and mail["Bcc"] is None
    assert "\n" not in mail["Subject"] and "\\x0a" in mail["Subject"]


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["smtp_host", "recipients", "sender", "smtp_port", "starttls",
                         "verify_tls", "x"]), inner, max_size=6),
    max_leaves=20,
))  # fmt: skip
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_fuzz_any_json_in_notify_json_is_settings_or_a_mail_error(
    tmp_path: Path, value: object
) -> None:
    path = tmp_path / "notify.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    try:
        settings = load_settings(path)
    except MailError as exc:
        assert str(path) in str(exc)
    else:
        assert settings is not None and 1 <= settings.smtp_port <= 65535

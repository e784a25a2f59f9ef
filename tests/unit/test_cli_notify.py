"""``notify``: the renewal task's e-mail settings, kept machine-wide, and a test mail through a
real SMTP conversation with a local relay."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.notify_mail import MailError, load_settings
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

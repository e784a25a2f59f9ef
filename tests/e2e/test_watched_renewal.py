"""Renewals watched, for real: ``certbot-assistant renew`` (what the scheduled task runs) drives a
real certbot (2.9.0 and 5.x) against Pebble, writes the outcome to the journal with its event id
and finding id (a real datagram socket speaking the journal's protocol), and ``status --format
json`` shows the last renewal and its outcome read back from certbot's own log; the errors also
go by e-mail through an SMTP relay (a local one that speaks SMTP to the real smtplib)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from configobj import ConfigObj

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.certcentral.machine_key import MachineKeyStore
from certbot_assistant.core.configdir.marker import CertCentralLink, read_marker
from certbot_assistant.core.configdir.profiles import ProfileStore
from certbot_assistant.core.renewal.notify_mail import MailSettings, save_settings
from certbot_assistant.core.run.certbot_run import CertbotRun, issue_request
from certbot_assistant.core.services import Services
from certbot_assistant.core.windows.event_log import Journal
from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY, FakeCertCentral
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port
from tests.helpers.smtp_sink import smtp_sink

pytestmark = pytest.mark.e2e
NAME = "watched.example.test"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[socket.socket]:
    """A socket where the journal's would be; the test reads what the assistant sent."""
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(str(tmp_path / "journal.socket"))
    receiver.setblocking(False)
    yield receiver
    receiver.close()


def received(receiver: socket.socket) -> list[dict[str, str]]:
    entries = []
    while True:
        try:
            data = receiver.recv(65536)
        except BlockingIOError:
            return entries
        entries.append(journal_fields(data))


def journal_fields(data: bytes) -> dict[str, str]:
    """The journal's native protocol read back: KEY=value lines, or KEY, newline, a 64-bit
    little-endian length and that many bytes for a value with newlines."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(data):
        end = data.index(b"\n", at)
        line = data[at:end]
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()] = value.decode()
            at = end + 1
        else:
            size = struct.unpack("<Q", data[end + 1 : end + 9])[0]
            fields[line.decode()] = data[end + 9 : end + 9 + size].decode()
            at = end + 9 + size + 1
    return fields


def watched_services(tmp_path: Path, **extra: Any) -> Services:
    """This machine as the renewal task sees it, in ``tmp_path``: the journal socket of the
    ``journal`` fixture, no certificate store or bindings."""
    return Services(
        profiles=ProfileStore(tmp_path / "profiles.json"),
        mail_settings_path=lambda: tmp_path / "notify.json",
        default_config_dir=lambda: tmp_path / "default-letsencrypt",
        certificate_store=lambda: None,
        binding_manager=lambda: None,
        event_sink=lambda: Journal(tmp_path / "journal.socket"),
        windows=False,
        **extra,
    )


def cli(services: Services, *argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(list(argv))
    args.services = services
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def test_a_failed_renewal_reaches_the_journal_and_the_status(
    certbot: Path,
    pebble: Pebble,
    tmp_path: Path,
    journal: socket.socket,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with contextlib.ExitStack() as stack:
        run_scenario(certbot, pebble, tmp_path, journal, monkeypatch, stack)


def run_scenario(
    certbot: Path,
    pebble: Pebble,
    tmp_path: Path,
    journal: socket.socket,
    monkeypatch: pytest.MonkeyPatch,
    stack: contextlib.ExitStack,
) -> None:
    cfg = tmp_path / "Certbot"
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    options = IssueOptions((NAME,), pebble.directory_url, CertbotDirs.inside(cfg),
                           http01_port=free_port())  # fmt: skip
    env = dict(os.environ)
    first = CertbotRun(issue_request(certbot, options, "kid-1", EAB_KEYS["kid-1"], env=env)).run()
    assert first.succeeded, first.stdout + first.stderr
    relay = stack.enter_context(smtp_sink())
    save_settings(
        tmp_path / "notify.json",
        MailSettings("127.0.0.1", ("admin@example.test",), smtp_port=relay.server_address[1]),
    )
    services = watched_services(tmp_path)
    renew = ("renew", "--certbot", str(certbot), "--config-dir", str(cfg), "--format", "json",
             "--", "--force-renewal", "--no-random-sleep-on-renew")  # fmt: skip

    code, text = cli(services, *renew)
    assert code == 0, text
    (entry,) = received(journal)
    assert entry["CERTBOT_ASSISTANT_EVENT_ID"] == "1000" and entry["PRIORITY"] == "6"
    assert entry["SYSLOG_IDENTIFIER"] == "certbot-assistant"
    assert json.loads(text)["events"] == [{"id": 1000, "level": "info", "finding": None}]
    assert relay.received == []  # all well: no mail

    # The ACME server goes away (a moved or revoked directory URL): the next renewal fails.
    conf_path = cfg / "renewal" / f"{NAME}.conf"
    conf = ConfigObj(str(conf_path), encoding="utf-8")
    conf["renewalparams"]["server"] = f"https://127.0.0.1:{free_port()}/dir"
    conf.write()
    code, text = cli(services, *renew)
    assert code == 1, text
    entries = received(journal)
    failed = [e for e in entries if e.get("CERTBOT_ASSISTANT_FINDING") == "renewal-failed"]
    assert failed and failed[0]["CERTBOT_ASSISTANT_EVENT_ID"] == "2001"
    assert failed[0]["PRIORITY"] == "3" and failed[0]["CERTBOT_ASSISTANT_LINEAGE"] == NAME
    assert failed[0]["CERTBOT_ASSISTANT_CONFIG_DIR"] == str(cfg)
    assert NAME in failed[0]["MESSAGE"]
    ((recipients, mail),) = relay.received
    assert recipients == ["admin@example.test"]
    assert "Certbot could not renew a certificate" in mail["Subject"]
    assert "(renewal-failed)" in mail.get_payload() and NAME in mail.get_payload()

    code, text = cli(services, "status", "--config-dir", str(cfg), "--format", "json")
    status = json.loads(text)
    (folder,) = [d for d in status["config_dirs"] if d["path"] == str(cfg)]
    assert folder["sources"] == ["named"] and folder["exists"]
    (cert,) = folder["certificates"]
    assert cert["name"] == NAME and cert["names"] == [NAME]
    assert cert["expires"] and cert["days_left"] >= 0
    last = cert["last_renewal"]
    assert last["outcome"] == "failed" and last["detail"], last
    ids = {f["id"] for f in folder["findings"]}
    assert "renewal-failed" in ids and code == 1, ids


def test_a_revoked_credential_stops_the_real_renewal_before_certbot(
    certbot: Path,
    pebble: Pebble,
    tmp_path: Path,
    journal: socket.socket,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The marker a real issue leaves names the CertCentral credential; with the machine's
    key, the task asks CertCentral first, and a revoked credential ends it before certbot
    orders anything (the lineage keeps its one certificate)."""
    cfg = tmp_path / "Certbot"
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    options = IssueOptions((NAME,), pebble.directory_url, CertbotDirs.inside(cfg),
                           http01_port=free_port())  # fmt: skip
    link = CertCentralLink("us", CREDENTIAL_NAME)
    first = CertbotRun(
        issue_request(
            certbot, options, "kid-1", EAB_KEYS["kid-1"], certcentral=link, env=dict(os.environ)
        )
    ).run()
    assert first.succeeded, first.stdout + first.stderr
    marker = read_marker(cfg)
    assert marker is not None and marker.certcentral == link
    fake = FakeCertCentral()
    fake.set_scenarios(["credential-revoked"])
    fake.start()
    try:
        keys = MachineKeyStore(tmp_path / "machine", windows=False, protect=False)
        keys.store("us", DEMO_API_KEY)
        services = watched_services(
            tmp_path, machine_keys=lambda: keys, certcentral_url=lambda _region: fake.url
        )
        code, text = cli(services, "renew", "--certbot", str(certbot), "--config-dir",
                         str(cfg), "--format", "json", "--", "--force-renewal")  # fmt: skip
    finally:
        fake.stop()
    assert code == 1, text
    result = json.loads(text)
    assert result["certbot_exit_code"] is None
    assert {"id": 2002, "level": "error", "finding": "acme-credential-revoked"} in result["events"]
    (entry,) = [e for e in received(journal) if e.get("CERTBOT_ASSISTANT_EVENT_ID") == "2002"]
    assert CREDENTIAL_NAME in entry["MESSAGE"]
    certs = sorted(p.name for p in (cfg / "archive" / NAME).glob("cert*.pem"))
    assert certs == ["cert1.pem"]  # nothing was ordered
    assert DEMO_API_KEY not in text

"""Scenario 3 before it happens: a domain validated until day 30 and a lineage renewing on
day 60 is named in ``diagnose --certcentral``, in ``status --format json`` and as an event of
``renew`` before certbot starts; a revoked credential stops ``renew`` before certbot. CertCentral
is the fake one (through sockets); the machine key is demo mode's, in its folder."""

from __future__ import annotations

import dataclasses
import io
import json
import socket
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.assistant import Assistant
from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.configdir.marker import (
    CertCentralLink,
    read_marker,
    record_account,
    write_marker,
)
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.system.process import Outcome
from certbot_assistant.core.windows.event_log import Event
from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY
from certbot_assistant.demo.sample_config_dir import add_account, add_lineage
from certbot_assistant.demo.session import (
    DEMO_KID,
    DEMO_PROFILE,
    DEMO_SERVER,
    DemoSession,
    start_demo,
)

NAME = "www.example.com"


@pytest.fixture
def session(request: pytest.FixtureRequest) -> Iterator[DemoSession]:
    demo = start_demo(getattr(request, "param", ("healthy", "domain-validated-30-days")))
    yield demo
    demo.stop()


def folder_renewing_on_day_60(session: DemoSession, expires_in_days: int = 90) -> Path:
    """A folder the assistant issued in: the marker names the region and credential; one
    90-day certificate issued today, which certbot renews two thirds in (day 60)."""
    folder = session.folder / "Certbot-New"
    account = add_account(folder, DEMO_SERVER, "new")
    record_account(folder, DEMO_SERVER, DEMO_KID, account, DEMO_PROFILE)
    marker = read_marker(folder)
    assert marker is not None
    marker.certcentral = CertCentralLink("us", CREDENTIAL_NAME)
    write_marker(folder, marker)
    not_after = datetime.now(UTC) + timedelta(days=expires_in_days)
    add_lineage(folder, NAME, DEMO_SERVER, account, not_after=not_after)
    return folder


class Recorder:
    """The event sink and the renew program in one: what was written before certbot ran."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.events_when_started: list[Event] | None = None

    def write(self, event: Event) -> None:
        self.events.append(event)

    def program(
        self,
        argv: Sequence[str],
        *,
        timeout_s: float,
        cancelled: object = None,
        env: Mapping[str, str] | None = None,
    ) -> Outcome:
        self.events_when_started = list(self.events)
        return Outcome(0, "No renewals were attempted.\n", "")


def world(session: DemoSession, recorder: Recorder) -> Services:
    services = Services.demo(session)
    return dataclasses.replace(
        services, event_sink=lambda: recorder, renew_program=recorder.program
    )


def cli(services: Services, *argv: str) -> tuple[int, str]:
    args = build_parser(list(argv)).parse_args(list(argv))
    args.services = services
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def test_diagnose_names_the_validation_that_ends_before_the_renewal(session: DemoSession) -> None:
    folder = folder_renewing_on_day_60(session)
    code, out = cli(
        Services.demo(session), "diagnose", "--config-dir", str(folder), "--profile", DEMO_PROFILE,
        "--certcentral", "--format", "json",
    )  # fmt: skip
    found = {f["id"]: f for f in json.loads(out)["findings"]}
    assert code == (1 if any(f["severity"] == "error" for f in found.values()) else 0)
    assert "validation-expires-before-renewal" in found, found.keys()
    evidence = found["validation-expires-before-renewal"]["evidence"]
    renews = (datetime.now(UTC) + timedelta(days=60)).strftime("%Y-%m-%d")
    assert evidence["lineage"] == NAME and evidence["renews_on"] == renews
    assert int(evidence["days"]) in (29, 30)


def test_status_shows_the_renewal_date_and_each_names_validation(session: DemoSession) -> None:
    folder = folder_renewing_on_day_60(session)
    code, out = cli(
        Services.demo(session), "status", "--config-dir", str(folder), "--format", "json"
    )
    data = json.loads(out)
    assert code == 0, data  # a warning: the status is still readable
    (entry,) = [d for d in data["config_dirs"] if d["path"] == str(folder)]
    (cert,) = entry["certificates"]
    assert cert["renews_on"].startswith(
        (datetime.now(UTC) + timedelta(days=60)).strftime("%Y-%m-%d")
    )
    assert cert["ari"] is None  # demo mode asks no ACME server
    (name,) = cert["validations"]
    until = datetime.fromisoformat(name["validated_until"])
    assert name["name"] == NAME and 29 <= (until - datetime.now(UTC)).days <= 30
    assert "validation-expires-before-renewal" in [f["id"] for f in entry["findings"]]
    offline = json.loads(cli(Services.demo(session), "status", "--config-dir", str(folder),
                             "--format", "json", "--offline")[1])  # fmt: skip
    (entry,) = [d for d in offline["config_dirs"] if d["path"] == str(folder)]
    assert entry["certificates"][0]["validations"] == [{"name": NAME, "validated_until": None}]
    assert entry["certificates"][0]["renews_on"] is not None


def test_renew_reports_it_before_certbot_starts(session: DemoSession) -> None:
    folder = folder_renewing_on_day_60(session)
    recorder = Recorder()
    assistant = Assistant(world(session, recorder))
    assistant.store_machine_key("us", DEMO_API_KEY)
    result = assistant.renew(StepContext(), session.certbot.path, CertbotDirs.inside(folder))
    assert recorder.events_when_started is not None  # certbot ran
    early = [(int(e.event_id), e.finding) for e in recorder.events_when_started]
    assert (1002, "validation-expires-before-renewal") in early
    assert "validation-expires-before-renewal" in [f.id for f in result.findings]
    assert DEMO_API_KEY not in repr(recorder.events) + result.output


def test_without_a_machine_key_renew_checks_nothing_in_certcentral(session: DemoSession) -> None:
    folder = folder_renewing_on_day_60(session)
    recorder = Recorder()
    result = Assistant(world(session, recorder)).renew(
        StepContext(), session.certbot.path, CertbotDirs.inside(folder)
    )
    assert recorder.events_when_started == []
    assert "validation-expires-before-renewal" not in [f.id for f in result.findings]


@pytest.mark.parametrize("session", [("credential-revoked",)], indirect=True)
def test_a_revoked_credential_stops_renew_before_certbot(session: DemoSession) -> None:
    folder = folder_renewing_on_day_60(session)
    recorder = Recorder()
    assistant = Assistant(world(session, recorder))
    assistant.store_machine_key("us", DEMO_API_KEY)
    result = assistant.renew(StepContext(), session.certbot.path, CertbotDirs.inside(folder))
    assert recorder.events_when_started is None  # certbot never started
    assert result.code is None
    revoked = [e for e in recorder.events if e.finding == "acme-credential-revoked"]
    assert [int(e.event_id) for e in revoked] == [2002]
    assert CREDENTIAL_NAME in revoked[0].message


@pytest.mark.parametrize("session", [("healthy", "domain-not-validated")], indirect=True)
def test_a_name_to_validate_by_challenge_checks_that_this_server_can_answer(
    session: DemoSession,
) -> None:
    """Not prevalidated, on the current ACME service: DigiCert will send a challenge at this
    renewal, due in two days; the lineage's standalone port is taken, so the task says so
    before certbot starts."""
    folder = folder_renewing_on_day_60(session, expires_in_days=32)  # renews in two days
    conf = folder / "renewal" / f"{NAME}.conf"
    with socket.socket() as held:
        held.bind(("0.0.0.0", 0))
        held.listen()
        port = held.getsockname()[1]
        text = conf.read_text().replace("[renewalparams]", f"[renewalparams]\nhttp01_port = {port}")
        conf.write_text(text)
        recorder = Recorder()
        assistant = Assistant(world(session, recorder))
        assistant.store_machine_key("us", DEMO_API_KEY)
        assistant.renew(StepContext(), session.certbot.path, CertbotDirs.inside(folder))
    assert recorder.events_when_started is not None
    early = [(int(e.event_id), e.finding) for e in recorder.events_when_started]
    assert (2002, "port-80-in-use") in early, early

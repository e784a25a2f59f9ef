"""A move checks what ``issue`` checks, for every certificate it is about to order, before the
first order: CertCentral (the demo's fake, through sockets) for all their names, and this server
for each way a challenge is answered. An error among them and nothing is ordered."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.assistant import Assistant
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.migrate import (
    PREFLIGHT_STAGE,
    plan_migration,
    preflight_migration,
)
from certbot_assistant.demo.session import DEMO_PROFILE, SAMPLE_NAME, DemoSession, start_demo


@pytest.fixture
def demo(request: pytest.FixtureRequest) -> Iterator[DemoSession]:
    scenarios = getattr(request, "param", ("healthy",))
    session = start_demo(scenarios)
    yield session
    session.stop()


def move(session: DemoSession, stages: list[str] | None = None):  # type: ignore[no-untyped-def]
    assistant = Assistant(Services.demo(session))
    profile = session.profiles.get(DEMO_PROFILE)
    target = session.folder / "New"
    plan = plan_migration(session.config_dir, target, profile)
    certbot, problems = assistant.pick_certbot(StepContext())
    assert certbot is not None, problems
    context = StepContext(on_progress=stages.append if stages is not None else None)
    return assistant.migrate(context, plan, certbot), target


@pytest.mark.parametrize(
    ("demo", "expected"),
    [
        (("credential-revoked",), "acme-credential-revoked"),
        # A legacy credential needs every name validated: no challenge can stand in.
        (("legacy-credential", "domain-not-validated"), "domain-not-validated"),
    ],
    indirect=["demo"],
)
def test_a_certcentral_error_stops_the_move_before_any_order(
    demo: DemoSession, expected: str
) -> None:
    result, target = move(demo)
    ids = [f.id for f in result.findings]
    assert expected in ids and "migrate-checks-failed" in ids
    assert result.moved == [] and result.not_moved == [SAMPLE_NAME] and not result.succeeded
    assert not (target / "renewal").exists()  # nothing was ordered
    assert read_marker(target) is None
    assert result.scheduled is None


def test_a_healthy_account_is_asked_first_then_the_move_goes_on(demo: DemoSession) -> None:
    stages: list[str] = []
    result, target = move(demo, stages)
    assert result.succeeded and result.moved == [SAMPLE_NAME]
    assert stages.index(PREFLIGHT_STAGE) < stages.index(SAMPLE_NAME)
    paths = [r.path for r in demo.fake.recorded]
    assert any("/domain" in p for p in paths) and "/services/v2/key" in paths, paths
    assert (target / "renewal" / f"{SAMPLE_NAME}.conf").is_file()


def test_without_an_api_key_the_server_is_still_checked(demo: DemoSession) -> None:
    demo.secrets.delete_api_key("us")
    profile = demo.profiles.get(DEMO_PROFILE)
    plan = plan_migration(demo.config_dir, demo.folder / "New", profile)
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        conf = demo.config_dir / "renewal" / f"{SAMPLE_NAME}.conf"
        conf.write_text(
            conf.read_text().replace("[renewalparams]", f"[renewalparams]\nhttp01_port = {port}")
        )
        plan = plan_migration(demo.config_dir, demo.folder / "New", profile)
        found = preflight_migration(StepContext(), plan, None)
    assert [f.id for f in found if f.id == "port-80-in-use"] == ["port-80-in-use"]
    assert demo.fake.recorded == []


def test_each_port_and_webroot_is_checked_once(tmp_path: Path, demo: DemoSession) -> None:
    profile = demo.profiles.get(DEMO_PROFILE)
    plan = plan_migration(demo.config_dir, tmp_path / "New", profile)
    (lineage,) = plan.lineages
    check = lineage.server_check()
    assert check is not None and check.standalone and check.port == 80
    lineage.authenticator, lineage.challenge_args = (
        "webroot",
        ("--webroot", "-w", "/srv/www", "-d", "a"),
    )
    check = lineage.server_check()
    assert check is not None and not check.standalone and check.webroot == Path("/srv/www")
    lineage.authenticator = "dns-cloudflare"
    assert lineage.server_check() is None

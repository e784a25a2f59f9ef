"""DigiCert's documented rules (docs/digicert.md) as the assistant applies them."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

from certbot_assistant.core.certbot.command import to_cmd, to_powershell
from certbot_assistant.core.certcentral.checks import CertCentralReport
from certbot_assistant.core.certcentral.digicert import (
    ISSUANCE_TIMEOUT_S,
    is_legacy_credential,
    max_validity,
    next_renewal_of_new_certificate,
    region_findings,
)
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.issue import build_issue_request, issuance_timeout_for
from certbot_assistant.core.steps.server import ServerCheck, check_server, server_check_after

DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def test_validity_schedule() -> None:
    assert max_validity(datetime(2026, 2, 23, tzinfo=UTC)).days == 397
    assert max_validity(datetime(2026, 2, 24, tzinfo=UTC)).days == 199
    assert max_validity(datetime(2027, 3, 15, tzinfo=UTC)).days == 100
    assert max_validity(datetime(2029, 3, 15, tzinfo=UTC)).days == 46  # DigiCert: "46 days"
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert (next_renewal_of_new_certificate(now) - now).days == 132


def test_legacy_credentials_are_those_before_2024_01_30() -> None:
    assert is_legacy_credential(datetime(2024, 1, 29, 23, tzinfo=UTC)) is True
    assert is_legacy_credential(datetime(2024, 1, 30, tzinfo=UTC)) is False
    assert is_legacy_credential(None) is None


def test_a_regional_host_of_another_region_is_named() -> None:
    jp = "https://one.digicert.co.jp/mpki/api/v1/acme/v2/directory"
    (finding,) = region_findings(jp, "us")
    assert finding.id == "acme-region-mismatch" and finding.evidence["region"] == "JP"
    assert region_findings(jp.replace("one.digicert.co.jp", "one.nl.digicert.com"), "eu") == []
    assert region_findings(DIGICERT, "eu") == []  # the base host serves every region
    assert region_findings("https://acme.example.test/dir", "us") == []


def _report(challenge_needed: bool | None, product: str = "ssl_plus") -> CertCentralReport:
    report = CertCentralReport(challenge_needed=challenge_needed)
    report.credential = {"name": "IIS servers OV", "product_name_id": product}
    return report


def test_prevalidated_ov_names_need_no_port_and_no_resolution() -> None:
    """DigiCert asks for no challenge, so a taken port 80 and names that do not resolve (an
    internal server with an OV certificate) do not block; DV keeps every check."""
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        base = ServerCheck(("intranet.invalid",), standalone=True, port=port, windows=False)
        prevalidated = check_server(StepContext(), server_check_after(base, _report(False)))
        needed = check_server(
            StepContext(), server_check_after(base, _report(True, "ssl_dv_geotrust"))
        )
    ids = [f.id for f in prevalidated.findings]
    assert "no-challenge-needed" in ids
    assert "port-80-in-use" not in ids and "name-does-not-resolve" not in ids
    assert not [f for f in prevalidated.findings if f.severity.value == "error"]
    needed_ids = [f.id for f in needed.findings]
    assert "port-80-in-use" in needed_ids and "name-does-not-resolve" in needed_ids
    assert "no-challenge-needed" not in needed_ids
    assert server_check_after(base, None) is base


def test_digicert_runs_wait_long_enough_for_an_approval(tmp_path: Path) -> None:
    profile = Profile("OV", DIGICERT, "kid-1")
    request = build_issue_request(
        Path("certbot"), profile, "hmac", ["www.example.com"], tmp_path, certbot_version=(2, 9, 0)
    )
    argv = request.display_argv()
    assert argv[argv.index("--issuance-timeout") + 1] == str(ISSUANCE_TIMEOUT_S)
    assert issuance_timeout_for(DIGICERT, (1, 22, 0)) is None  # the option came in 1.23
    assert issuance_timeout_for("https://acme.example.test/dir", (5, 0)) is None


def test_the_renew_url_survives_every_shell() -> None:
    url = DIGICERT + "?action=renew&orderId=12345"
    argv = ["certbot", "certonly", "--server", url]
    assert f'"{url}"' in to_cmd(argv)
    assert f"'{url}'" in to_powershell(argv)

"""The real CertCentral client and checks against the fake CertCentral through real sockets."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from certbot_assistant.core.certcentral.checks import (
    describe_request,
    run_checks,
    set_request_status,
)
from certbot_assistant.core.certcentral.client import (
    BaseUrlError,
    CertCentralClient,
    CertCentralKeyInvalid,
    CertCentralNotFound,
    CertCentralPermissionMissing,
    CertCentralUnreachable,
    RetryPolicy,
    base_url,
)
from certbot_assistant.demo.fake_certcentral import (
    CREDENTIAL_NAME,
    DEMO_API_KEY,
    FakeCertCentral,
)

pytestmark = pytest.mark.integration
NAMES = ["www.example.com", "example.co.jp"]
FAST = RetryPolicy(attempts=3, backoff_s=0.01, max_wait_s=0.05)


@pytest.fixture
def fake() -> Iterator[FakeCertCentral]:
    server = FakeCertCentral().start()
    yield server
    server.stop()


def client_for(fake: FakeCertCentral, key: str = DEMO_API_KEY, **kw: object) -> CertCentralClient:
    return CertCentralClient(key, fake.url, retry=kw.pop("retry", FAST), **kw)  # type: ignore[arg-type]


def ids(
    fake: FakeCertCentral, *scenarios: str, names: list[str] = NAMES, **kw: object
) -> list[str]:
    """The problems found (the "no challenge needed" note is asserted where it matters)."""
    fake.set_scenarios(scenarios or ["healthy"])
    with client_for(fake, **kw) as client:
        report = run_checks(client, CREDENTIAL_NAME, names)
    return sorted(f.id for f in report.findings if f.id != "no-challenge-needed")


def test_healthy_account_has_no_findings(fake: FakeCertCentral) -> None:
    assert ids(fake) == []
    paths = [r.path for r in fake.recorded]
    assert paths == [
        "/services/v2/user/me",
        "/services/v2/key",
        "/services/v2/organization/123456/validation",
        "/services/v2/domain",
        "/services/v2/request",
    ]
    first = fake.recorded[0].headers
    assert first["X-DC-DEVKEY"] == DEMO_API_KEY
    assert first["Content-Type"] == "application/json"
    assert first["User-Agent"].startswith("certbot-assistant/")
    assert fake.recorded[-1].query["filters[status]"] == ["pending"]


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        ("org-not-validated", ["organization-not-validated"]),
        ("org-expiring", ["organization-validation-expiring"]),
        # The current ACME service validates a name that is not prevalidated by challenge;
        # the legacy one (credentials before 2024-01-30) cannot: KB 3's timeout.
        ("domain-not-validated", ["domain-needs-challenge"]),
        ("domain-expiring", ["domain-validation-expiring"]),
        ("domain-missing", ["domain-not-in-account"]),
        ("pending-2h", ["approval-step-may-be-required", "request-pending"]),
        ("pending-30h", ["approval-step-may-be-required", "request-pending-over-24h"]),
        ("credential-revoked", ["acme-credential-revoked"]),
        ("standard-user", ["approval-step-may-be-required"]),
        ("bad-key", ["certcentral-key-invalid"]),
        ("no-permission", ["certcentral-permission-missing"]),
        ("server-error", ["certcentral-unreachable"]),
        ("proxy-html", ["certcentral-unreachable"]),
    ],
)
def test_each_finding(fake: FakeCertCentral, scenario: str, expected: list[str]) -> None:
    assert ids(fake, scenario) == expected


def test_legacy_credential_needs_every_name_prevalidated(fake: FakeCertCentral) -> None:
    assert ids(fake, "legacy-credential") == []
    assert ids(fake, "legacy-credential", "domain-not-validated") == ["domain-not-validated"]


def test_no_challenge_for_ov_names_all_prevalidated(fake: FakeCertCentral) -> None:
    """DigiCert: OV/EV certificates for prevalidated names need no ACME challenge."""
    fake.set_scenarios(["healthy"])
    with client_for(fake) as client:
        report = run_checks(client, CREDENTIAL_NAME, NAMES)
    assert report.challenge_needed is False
    (note,) = [f for f in report.findings if f.id == "no-challenge-needed"]
    assert note.spec.severity.value == "info" and note.evidence["validation"] == "OV"
    fake.set_scenarios(["domain-not-validated"])
    with client_for(fake) as client:
        report = run_checks(client, CREDENTIAL_NAME, NAMES)
    assert report.challenge_needed is True
    assert "no-challenge-needed" not in [f.id for f in report.findings]


def test_validation_must_outlast_the_next_renewal(fake: FakeCertCentral) -> None:
    """With 199-day certificates renewed at a third left, a validation ending in 100 days
    does not cover the next renewal of a certificate issued today."""
    from datetime import UTC, datetime, timedelta

    fake.set_scenarios(["healthy"])
    with client_for(fake) as client:
        later = run_checks(
            client, CREDENTIAL_NAME, NAMES, now=datetime.now(UTC) + timedelta(days=90)
        )
    assert "domain-validation-expiring" in [f.id for f in later.findings]


def test_credential_not_found(fake: FakeCertCentral) -> None:
    with client_for(fake) as client:
        report = run_checks(client, "No such credential", NAMES)
    assert [f.id for f in report.findings] == ["acme-credential-not-found"]


def test_wildcards_and_subdomains_map_to_the_account_domain(fake: FakeCertCentral) -> None:
    assert ids(fake, names=["*.example.com", "a.b.example.co.jp", "example.com"]) == []
    assert ids(fake, names=["www.example.net"]) == ["domain-not-in-account"]
    assert ids(fake, names=["notexample.com"]) == ["domain-not-in-account"]


def test_many_domains_are_paged(fake: FakeCertCentral) -> None:
    fake.domain_count = 2500
    assert ids(fake, "many-domains", names=["site02499.example.org", "www.example.com"]) == []
    offsets = [r.query.get("offset") for r in fake.recorded if r.path.endswith("/domain")]
    assert offsets == [["0"], ["1000"], ["2000"]]


def test_rate_limited_once_then_success(fake: FakeCertCentral) -> None:
    assert ids(fake, "rate-limited-once") == []
    assert [r.path for r in fake.recorded].count("/services/v2/user/me") == 2


def test_server_error_gives_up_after_bounded_retries(fake: FakeCertCentral) -> None:
    fake.set_scenarios(["server-error"])
    with client_for(fake) as client, pytest.raises(CertCentralUnreachable, match="HTTP 500"):
        client.get("/user/me")
    assert len(fake.recorded) == 3


def test_slow_answers_time_out_with_a_finding(fake: FakeCertCentral) -> None:
    fake.slow_seconds = 2.0
    found = ids(fake, "slow", timeout=httpx.Timeout(0.3), retry=RetryPolicy(2, 0.01, 0.01))
    assert found == ["certcentral-unreachable"]


@pytest.mark.timeout(60)
def test_an_answer_dripping_in_ends_at_the_request_deadline(fake: FakeCertCentral) -> None:
    """One byte every 0.5 s never trips a 2 s read timeout; the 3 s request deadline does."""
    fake.drip_seconds = 0.5
    fake.set_scenarios(["healthy", "drip"])
    start = time.monotonic()
    with (
        client_for(
            fake,
            timeout=httpx.Timeout(2.0),
            retry=RetryPolicy(1, 0.01, 0.01),
            request_deadline_s=3.0,
        ) as client,
        pytest.raises(CertCentralUnreachable, match="in time"),
    ):
        client.get("/user/me")
    assert time.monotonic() - start < 8


@pytest.mark.timeout(60)
def test_the_whole_check_ends_at_its_deadline_whatever_the_retries(
    fake: FakeCertCentral,
) -> None:
    fake.drip_seconds = 0.5
    fake.set_scenarios(["healthy", "drip"])
    start = time.monotonic()
    with client_for(fake, retry=RetryPolicy(10, 0.01, 0.01)) as client:
        report = run_checks(client, CREDENTIAL_NAME, NAMES, deadline_s=2.5)
    assert [f.id for f in report.findings] == ["certcentral-unreachable"]
    assert time.monotonic() - start < 8


def test_a_waf_page_is_not_called_a_bad_key(fake: FakeCertCentral) -> None:
    assert ids(fake, "waf-403") == ["certcentral-blocked"]


def test_retry_after_that_is_not_a_number_or_date_falls_back_to_backoff(
    fake: FakeCertCentral,
) -> None:
    assert ids(fake, "healthy", "retry-after-soon") == []


def test_deeply_nested_json_is_an_unusable_answer_not_a_crash(fake: FakeCertCentral) -> None:
    found = ids(fake, "deep-json")
    assert found == ["certcentral-unreachable"]


@pytest.mark.parametrize("url", ["http://[::1/x", "https://[zz]/", "https://exa mple.com/"])
def test_malformed_base_urls_are_a_clear_error(url: str) -> None:
    with pytest.raises(BaseUrlError):
        base_url("us", env={"CERTBOT_ASSISTANT_CERTCENTRAL_URL": url})


def test_unreachable_port(fake: FakeCertCentral) -> None:
    url = fake.url
    fake.stop()
    with CertCentralClient(DEMO_API_KEY, url, retry=FAST) as client:
        report = run_checks(client, CREDENTIAL_NAME, NAMES)
    (finding,) = report.findings
    assert finding.id == "certcentral-unreachable" and "cannot connect" in finding.detail()


def test_approve_and_reject_show_first_and_handle_errors(fake: FakeCertCentral) -> None:
    fake.set_scenarios(["pending-2h", "pending-30h"])
    with client_for(fake) as client:
        summary = describe_request(client, 199)
        assert summary.names == ("www.example.com",) and summary.status == "pending"
        assert summary.product == "Standard SSL" and summary.requester == "Jill Valentine"
        set_request_status(client, 199, "approved", "Approved from the assistant")
        assert describe_request(client, 199).status == "approved"
        set_request_status(client, 198, "rejected", "duplicate")
        with pytest.raises(CertCentralNotFound):
            set_request_status(client, 4242, "approved", "x")
        report = run_checks(client, CREDENTIAL_NAME, NAMES)
        assert [f.id for f in report.findings] == ["no-challenge-needed"]
    put = [r for r in fake.recorded if r.method == "PUT"]
    assert [r.path for r in put][:2] == [
        "/services/v2/request/199/status",
        "/services/v2/request/198/status",
    ]
    fake.set_scenarios(["pending-2h", "standard-user"])
    with client_for(fake) as client, pytest.raises(CertCentralPermissionMissing):
        set_request_status(client, 198, "approved", "x")


def test_bad_key_error_and_key_never_in_logs(
    fake: FakeCertCentral, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with client_for(fake, key="WRONG-KEY-123456789") as client:
        with pytest.raises(CertCentralKeyInvalid) as info:
            client.get("/user/me")
        report = run_checks(client, CREDENTIAL_NAME, NAMES)
    assert "access_denied_invalid_key" in str(info.value)
    assert "WRONG-KEY-123456789" not in str(info.value)
    assert "WRONG-KEY-123456789" not in str([f.to_json() for f in report.findings])
    assert "WRONG-KEY-123456789" not in caplog.text


def test_base_url_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    assert base_url("us", env={}) == "https://www.digicert.com/services/v2"
    assert base_url("eu", env={}) == "https://certcentral.digicert.eu/services/v2"
    assert base_url("us", "https://gw.example.com/cc/", env={}) == "https://gw.example.com/cc"
    env = {"CERTBOT_ASSISTANT_CERTCENTRAL_URL": "http://127.0.0.1:9/services/v2"}
    assert base_url("eu", "https://ignored", env=env) == "http://127.0.0.1:9/services/v2"
    for bad in ("http://gw.example.com/services/v2", "ftp://x", "https://"):
        with pytest.raises(BaseUrlError):
            base_url("us", bad, env={})

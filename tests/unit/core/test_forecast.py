"""The renewal forecast: certbot's own rule by version (read from certbot 2.9's and 5.8's code),
the ACME server's renewal window (ARI, RFC 9773, through a local fake server), and how long a
domain validation can be reused on the SC-081 schedule."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from certbot_assistant.core.certcentral.digicert import (
    domain_reuse,
    limits_at,
    reuse_ends,
    usable_until,
)
from certbot_assistant.core.certificates.certificate_info import CertificateInfo, parse_certificate
from certbot_assistant.core.renewal.ari import AriReader, certificate_id
from certbot_assistant.core.renewal.forecast import AriWindow, parse_interval, renewal_forecast
from certbot_assistant.demo.sample_config_dir import make_cert_pem

NOW = datetime(2026, 12, 3, tzinfo=UTC)


def cert(lifetime_days: int, ends_in_days: int) -> CertificateInfo:
    not_after = NOW + timedelta(days=ends_in_days)
    return CertificateInfo(
        ("a.example",), not_after, "CA", "1", not_after - timedelta(days=lifetime_days)
    )


def test_certbot_before_4_renews_30_days_before_expiry() -> None:
    forecast = renewal_forecast(cert(199, 150), certbot_version=(2, 9, 0))
    assert forecast.rule == "30-days" and forecast.renews_on == NOW + timedelta(days=120)


def test_certbot_from_4_renews_two_thirds_into_the_life_half_for_short_ones() -> None:
    forecast = renewal_forecast(cert(90, 90), certbot_version=(5, 8, 0))
    assert forecast.rule == "lifetime" and forecast.renews_on == NOW + timedelta(days=60)
    short = renewal_forecast(cert(6, 6), certbot_version=(4, 0, 0))
    assert short.renews_on == NOW + timedelta(days=3)
    assert renewal_forecast(cert(90, 90)).rule == "lifetime"  # unknown version: a current one


def test_the_lineage_s_own_interval_wins_over_the_default() -> None:
    for version in ((2, 9, 0), (5, 8, 0)):
        forecast = renewal_forecast(
            cert(90, 90), certbot_version=version, renew_before_expiry="45 days"
        )
        assert forecast.rule == "renew_before_expiry"
        assert forecast.renews_on == NOW + timedelta(days=45)
    assert parse_interval("2 weeks") == timedelta(days=14)
    assert parse_interval("soon") is None and parse_interval(None) is None


def test_the_servers_window_comes_first_from_certbot_4_1() -> None:
    window = AriWindow(NOW + timedelta(days=10), NOW + timedelta(days=12))
    assert renewal_forecast(cert(90, 90), certbot_version=(4, 1, 0), ari=window).rule == "ari"
    assert renewal_forecast(cert(90, 90), ari=window).renews_on == window.start
    assert renewal_forecast(cert(90, 90), certbot_version=(4, 0, 0), ari=window).rule == "lifetime"
    assert renewal_forecast(cert(90, 90), certbot_version=(2, 9, 0), ari=window).rule == "30-days"


def test_one_table_of_limits_by_date() -> None:
    assert limits_at(datetime(2026, 2, 23, tzinfo=UTC)).max_validity_days == 397
    assert domain_reuse(datetime(2026, 2, 24, tzinfo=UTC)).days == 199
    assert domain_reuse(datetime(2027, 3, 15, tzinfo=UTC)).days == 100
    assert domain_reuse(datetime(2029, 3, 15, tzinfo=UTC)).days == 10


def test_a_validation_is_reusable_as_long_as_the_schedule_allows_when_the_order_comes() -> None:
    # Validated 2025-12-01: from 2026-02-24 DigiCert counts 199 days from the validation.
    assert reuse_ends(datetime(2025, 12, 1, tzinfo=UTC)).date().isoformat() == "2026-06-18"
    # Validated 2026-12-01: 199 days would reach June 2027, but from 2027-03-15 only 100 count.
    ends = reuse_ends(datetime(2026, 12, 1, tzinfo=UTC))
    assert ends < datetime(2027, 3, 15, tzinfo=UTC) <= ends + timedelta(seconds=1)
    assert reuse_ends(datetime(2027, 1, 10, tzinfo=UTC)).date().isoformat() == "2027-04-20"
    said = datetime(2027, 5, 1, tzinfo=UTC)  # what CertCentral says is later than allowed
    assert usable_until(datetime(2027, 1, 10, tzinfo=UTC), said) < said
    assert usable_until(None, said) == said


def test_the_certificate_id_of_rfc_9773() -> None:
    info = CertificateInfo(
        ("a",), NOW, "CA", "87654321",
        authority_key_id=bytes.fromhex("69885b6b87464041e1b37b847ba0ae2cde01c8d4"),
        serial_number=0x87654321,
    )  # fmt: skip
    assert certificate_id(info) == "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"
    assert certificate_id(CertificateInfo(("a",), NOW, "CA", "1")) is None


class FakeAcme:
    """A directory with ``renewalInfo`` and one answer for every certificate id."""

    def __init__(self, answer: object, *, offer: bool = True) -> None:
        self.answer, self.offer, self.asked = answer, offer, []  # type: ignore[var-annotated]
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.asked.append(self.path)
                if self.path == "/dir":
                    body: object = {"newNonce": f"{fake.url}/nonce"}
                    if fake.offer:
                        body = {**body, "renewalInfo": f"{fake.url}/ari/"}  # type: ignore[dict-item]
                else:
                    body = fake.answer
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def acme(request: pytest.FixtureRequest) -> Iterator[FakeAcme]:
    answer, offer = getattr(request, "param", ({}, True))
    fake = FakeAcme(answer, offer=offer)
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


WINDOW = {"suggestedWindow": {"start": "2027-01-10T00:00:00Z", "end": "2027-01-12T00:00:00Z"}}


@pytest.mark.parametrize("acme", [(WINDOW, True)], indirect=True)
def test_the_window_is_read_from_the_servers_renewal_info(acme: FakeAcme) -> None:
    info = parse_certificate(make_cert_pem(["www.example.com"], NOW + timedelta(days=80)))
    reader = AriReader(timeout_s=5)
    window = reader.window(f"{acme.url}/dir", info)
    assert window == AriWindow(datetime(2027, 1, 10, tzinfo=UTC), datetime(2027, 1, 12, tzinfo=UTC))
    assert acme.asked == ["/dir", f"/ari/{certificate_id(info)}"]
    reader.window(f"{acme.url}/dir", info)
    assert acme.asked.count("/dir") == 1  # the directory is asked once per server


@pytest.mark.parametrize(
    "acme",
    [(WINDOW, False), ({"suggestedWindow": {"start": "soon"}}, True), (b"<html>", True),
     ({"suggestedWindow": {"start": "2027-01-12T00:00:00Z", "end": "2027-01-10T00:00:00Z"}}, True),
     (b"x" * 70_000, True)],
    indirect=True,
)  # fmt: skip
def test_no_window_when_the_server_offers_none_or_says_nonsense(acme: FakeAcme) -> None:
    info = parse_certificate(make_cert_pem(["www.example.com"], NOW + timedelta(days=80)))
    assert AriReader(timeout_s=5).window(f"{acme.url}/dir", info) is None


def test_an_unreachable_server_gives_no_window() -> None:
    info = parse_certificate(make_cert_pem(["www.example.com"], NOW + timedelta(days=80)))
    assert AriReader(timeout_s=2).window("http://127.0.0.1:9/dir", info) is None
    assert AriReader(timeout_s=2).window("file:///etc/passwd", info) is None

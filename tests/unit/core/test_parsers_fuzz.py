"""Every parser of something the assistant did not write, fed garbage: it answers with its own
typed error or a finding, never another exception and never a hang.

Renewal confs and certbot output have further fuzz tests beside their unit tests; this file
covers the marker, certificates, account JSON (through a whole inspection) and CertCentral's
answers (through the whole check run).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certbot_assistant.core.certbot.output_classifier import classify_output
from certbot_assistant.core.certcentral.checks import run_checks
from certbot_assistant.core.certcentral.client import CertCentralClient, RetryPolicy
from certbot_assistant.core.certificates.certificate_info import CertificateError, parse_certificate
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.configdir.marker import MARKER_NAME, MarkerError, read_marker
from certbot_assistant.core.configdir.renewal_conf import RenewalConfError, parse_renewal_conf
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
# Marker-shaped JSON: the real keys with wrong or odd values, so the checks past the first
# are reached too.
marker_like = st.fixed_dictionaries(
    {},
    optional={
        "schema": st.sampled_from([1, True, 1.0, "1", None, 2]),
        "accounts": st.lists(
            st.fixed_dictionaries(
                {}, optional={k: json_values for k in ("server", "eab_kid", "account_id")}
            )
            | json_values,
            max_size=3,
        )
        | json_values,
        "pending": st.lists(json_values, max_size=3) | json_values,
        "profile": json_values,
    },
)


@FUZZ
@given(st.one_of(marker_like.map(json.dumps), json_values.map(json.dumps), st.text()))
def test_marker(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    folder = tmp_path_factory.mktemp("m")
    (folder / MARKER_NAME).write_text(text, encoding="utf-8", errors="surrogatepass")
    with contextlib.suppress(MarkerError):
        read_marker(folder)


_PEM = make_cert_pem(["a.example"], dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
_DER = base64.b64decode(b"".join(_PEM.splitlines()[1:-1]))


def _pem(der: bytes) -> bytes:
    body = base64.encodebytes(der)
    return b"-----BEGIN CERTIFICATE-----\n" + body + b"-----END CERTIFICATE-----\n"


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(_DER) - 1), st.integers(0, 255)), max_size=4))
def test_certificate_with_flipped_bytes(flips: list[tuple[int, int]]) -> None:
    """One flipped byte gave DuplicateExtension or InvalidVersion, uncaught."""
    der = bytearray(_DER)
    for index, value in flips:
        der[index] = value
    with contextlib.suppress(CertificateError):
        parse_certificate(_pem(bytes(der)))


def test_certificate_with_a_serial_of_zero_is_read() -> None:
    """Seen by the fuzz test: cryptography warns about a non-positive serial (an error under
    the suite's warning filter) but reads it; the expiry still matters to the user."""
    der = bytearray(_DER)
    # version [0] v3, then the serial: INTEGER tag, length, first byte (made negative).
    serial = der.index(b"\xa0\x03\x02\x01\x02\x02") + 7
    der[serial] = 128
    info = parse_certificate(_pem(bytes(der)))
    assert info.names == ("a.example",)


@FUZZ
@given(st.binary(max_size=2000))
def test_certificate_from_any_bytes(data: bytes) -> None:
    with contextlib.suppress(CertificateError):
        parse_certificate(data)


@FUZZ
@given(regr=st.one_of(json_values.map(json.dumps), st.text()), meta=json_values.map(json.dumps))
def test_account_json_through_a_whole_inspection(
    tmp_path_factory: pytest.TempPathFactory, regr: str, meta: str
) -> None:
    folder = tmp_path_factory.mktemp("c")
    add_lineage(folder, "a.example", SERVER, add_account(folder, SERVER))
    account = next((folder / "accounts").rglob("regr.json")).parent
    (account / "regr.json").write_text(regr, encoding="utf-8", errors="surrogatepass")
    (account / "meta.json").write_text(meta)
    report = inspect_config_dir(folder, SERVER, "kid", scan_platform_logs=False)
    assert "config-dir-unreadable" not in [f.id for f in report.findings]


@FUZZ
@given(text=st.text(max_size=400))
def test_renewal_conf(text: str) -> None:
    with contextlib.suppress(RenewalConfError):
        parse_renewal_conf("x", text)


_CERTBOT_LINES = [
    "Account registered.", "Successfully received certificate.", "An unexpected error occurred:",
    "Certificate is saved at: /x", "Some challenges have failed.", "urn:ietf:params:acme:error:",
    "Could not bind TCP port 80 because it is already in use", "Timeout", "\x00", "\udcff",
]  # fmt: skip


@FUZZ
@given(
    lines=st.lists(st.sampled_from(_CERTBOT_LINES) | st.text(max_size=80), max_size=30),
    code=st.none() | st.integers(-255, 255),
)
def test_certbot_output(lines: list[str], code: int | None) -> None:
    findings = classify_output("\n".join(lines), code)
    for finding in findings:
        json.dumps(finding.to_json()).encode("utf-8")


@FUZZ
@given(
    answers=st.lists(
        st.tuples(
            st.sampled_from([200, 200, 200, 400, 401, 403, 404, 429, 500]),
            st.one_of(json_values.map(json.dumps), st.text(max_size=50), st.just("[" * 5000)),
            st.sampled_from(["application/json", "text/html", ""]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_certcentral_answers_through_the_whole_check_run(
    answers: list[tuple[int, str, str]],
) -> None:
    """Whatever CertCentral (or something in between) answers, the checks end in findings."""
    calls = iter(answers * 50)

    def handler(request: httpx.Request) -> httpx.Response:
        status, body, kind = next(calls, (200, "{}", "application/json"))
        headers: dict[str, Any] = {"Content-Type": kind} if kind else {}
        if status == 429:
            headers["Retry-After"] = "soon"
        return httpx.Response(
            status, content=body.encode("utf-8", "surrogatepass"), headers=headers
        )

    client = CertCentralClient(
        "fuzz-api-key",
        "https://certcentral.test/services/v2",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(2, 0.0, 0.0),
        sleep=lambda _s: None,
    )
    with client:
        report = run_checks(client, "cred", ["www.example.com"], deadline_s=30)
    for finding in report.findings:
        json.dumps(finding.to_json()).encode("utf-8")

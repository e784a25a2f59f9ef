"""The classifier against real certbot 5.8.0 output captured from Pebble, and reference texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certbot_assistant.core.output_classifier import classify_output

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "certbot-output"

# case name -> the ids its console output (.txt) and its letsencrypt.log (.log) must give.
CAPTURED = {
    "success": ["run-succeeded"],
    "not-due-for-renewal": ["not-due-for-renewal"],
    "eab-required-missing": ["eab-required-missing"],
    "eab-kid-unknown": ["eab-kid-unknown"],
    "eab-hmac-invalid": ["eab-hmac-invalid"],
    "eab-hmac-undecodable": ["eab-hmac-invalid"],
    "account-deactivated": ["account-deactivated"],
    "account-unknown-to-server": ["account-unknown-to-server"],
    "multiple-accounts": ["multiple-accounts"],
    "port-in-use": ["port-80-in-use"],
    "tls-error": ["tls-error"],
    "server-down": ["network-error"],
    "issuance-timeout": ["issuance-timeout"],
}


def _exit_code(text: str) -> int:
    return int(text.splitlines()[0].removeprefix("# exit code "))


@pytest.mark.parametrize("case", sorted(CAPTURED))
def test_console_output(case: str) -> None:
    text = (FIXTURES / f"{case}.txt").read_text()
    ids = [f.id for f in classify_output(text, _exit_code(text))]
    assert ids == CAPTURED[case]


@pytest.mark.parametrize("case", sorted(CAPTURED))
def test_letsencrypt_log(case: str) -> None:
    text = (FIXTURES / f"{case}.log").read_text()
    ids = [f.id for f in classify_output(text)]
    assert ids == CAPTURED[case]


def test_success_evidence() -> None:
    text = (FIXTURES / "success.txt").read_text()
    (finding,) = classify_output(text, 0)
    assert finding.evidence["path"].endswith("live/www.example.test/fullchain.pem")
    assert finding.evidence["not_after"] == "2031-11-26"


def test_port_evidence() -> None:
    text = (FIXTURES / "port-in-use.txt").read_text()
    (finding,) = classify_output(text, 1)
    assert finding.evidence["port"].isdigit()


# Texts Pebble cannot produce: reference/certbot.md §4 and DigiCert's wording.
REFERENCE = {
    "eab kId mismatch": (
        "Unable to register an account with ACME server. Error returned by the ACME server: "
        "eab kId mismatch",
        "eab-hmac-invalid",
    ),
    "authorization timeout": (
        "Saving debug log to /var/log/letsencrypt/letsencrypt.log\n"
        "All authorizations were not finalized by the CA.\n"
        "Ask for help or search for solutions at https://community.letsencrypt.org.",
        "authorization-timeout",
    ),
    "rate limit": (
        "An unexpected error occurred:\nurn:ietf:params:acme:error:rateLimited :: There were too "
        "many requests of a given type :: too many certificates (5) already issued",
        "rate-limited",
    ),
    "rate limit LE wording": (
        "An unexpected error occurred:\nThere were too many requests of a given type :: "
        "too many certificates already issued for this exact set of identifiers",
        "rate-limited",
    ),
    "port permission": (
        "Could not bind TCP port 80 because you don't have the appropriate permissions (for "
        "example, you aren't running this program as root).",
        "port-permission-denied",
    ),
    "old bind wording": (
        "Problem binding to port 80: Could not bind to IPv4 or IPv6. [Errno 98] Address in use",
        "port-80-in-use",
    ),
    "challenge failed, before 5.2": (
        "Certbot failed to authenticate some domains (authenticator: standalone). The "
        "Certificate Authority reported these problems:\n  Domain: example.com\n  Type:   "
        "connection\n  Detail: Fetching http://example.com: Timeout\n\nHint: ...\n\n"
        "Some challenges have failed.",
        "challenge-failed",
    ),
    "already running": (
        "Another instance of Certbot is already running.",
        "certbot-already-running",
    ),
    "read timeout": (
        "An unexpected error occurred:\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool("
        "host='one.digicert.com', port=443): Read timed out. (read timeout=45)",
        "network-error",
    ),
    "boulder deactivated": (
        'urn:ietf:params:acme:error:unauthorized :: Account is not valid, has status "deactivated"',
        "account-deactivated",
    ),
    "older padding error": ("binascii.Error: Incorrect padding", "eab-hmac-invalid"),
    "order timeout": (
        "An unexpected error occurred:\nacme.errors.TimeoutError",
        "issuance-timeout",
    ),
}


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_reference_texts(name: str) -> None:
    text, expected = REFERENCE[name]
    assert [f.id for f in classify_output(text, 1)] == [expected]


def test_unknown_failure_quotes_the_telling_line() -> None:
    text = "Saving debug log to /x\nSomething odd failed here\nAsk for help or search ..."
    (finding,) = classify_output(text, 1)
    assert finding.id == "run-failed"
    assert finding.detail() == "Something odd failed here"


def test_clean_exit_with_nothing_recognised_gives_nothing() -> None:
    assert classify_output("certbot 5.8.0\n", 0) == []


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.integers(-5, 300)))
def test_never_raises(text: str, code: int | None) -> None:
    for finding in classify_output(text, code):
        assert finding.title() and isinstance(finding.detail(), str)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted(CAPTURED)), max_size=4), st.text(max_size=50))
def test_never_raises_on_mixed_real_output(cases: list[str], noise: str) -> None:
    text = noise.join((FIXTURES / f"{c}.txt").read_text() for c in cases)
    classify_output(text, 1)

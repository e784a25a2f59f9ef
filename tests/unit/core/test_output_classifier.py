"""The classifier against real certbot output captured from Pebble (certbot 2.9.0, the EFF
Windows installer's last release, and 5.8.0, side by side), and reference texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certbot_assistant.core.certbot.output_classifier import classify_output, classify_saved_output
from certbot_assistant.core.certbot.saved_output import decode_saved_output

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "certbot-output"
VERSIONS = ("2.9.0", "5.8.0")

# case name -> the ids its console output (.txt) and its letsencrypt.log (.log) must give,
# the same for every version unless VERSION_SPECIFIC says otherwise.
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
    "bad-nonce": ["bad-nonce"],
    # CertCentral's prevalidated names: no challenge, so a taken port does not matter.
    "prevalidated-port-taken": ["run-succeeded"],
    "missing-email": ["run-succeeded"],
}
VERSION_SPECIFIC = {
    # 2.9 refuses to register non-interactively without an e-mail decision; 5.x registers.
    ("2.9.0", "missing-email"): ["certbot-missing-setting"],
}
CASES = [(v, c) for v in VERSIONS for c in sorted(CAPTURED)]


def expected(version: str, case: str) -> list[str]:
    return VERSION_SPECIFIC.get((version, case), CAPTURED[case])


def _exit_code(text: str) -> int:
    return int(text.splitlines()[0].removeprefix("# exit code "))


@pytest.mark.parametrize(("version", "case"), CASES)
def test_console_output(version: str, case: str) -> None:
    text = (FIXTURES / version / f"{case}.txt").read_text()
    ids = [f.id for f in classify_output(text, _exit_code(text))]
    assert ids == expected(version, case)


@pytest.mark.parametrize(("version", "case"), CASES)
def test_letsencrypt_log(version: str, case: str) -> None:
    log = FIXTURES / version / f"{case}.log"
    if not log.exists():
        pytest.skip(f"certbot {version} wrote no log for {case} (it stopped before logging)")
    ids = [f.id for f in classify_output(log.read_text())]
    assert ids == expected(version, case)


@pytest.mark.parametrize(("version", "case"), CASES)
def test_saved_output_gives_the_same_and_never_nothing_on_failure(version: str, case: str) -> None:
    """What diagnose --certbot-output reads: the same findings, and a failure is never empty."""
    text = (FIXTURES / version / f"{case}.txt").read_text()
    ids = [f.id for f in classify_saved_output(text)]
    assert ids == expected(version, case)


def test_success_evidence() -> None:
    for version in VERSIONS:
        text = (FIXTURES / version / "success.txt").read_text()
        (finding,) = classify_output(text, 0)
        assert finding.evidence["path"].endswith("live/www.example.test/fullchain.pem")
        assert finding.evidence["not_after"][:2] == "20"


def test_port_evidence() -> None:
    for version in VERSIONS:
        text = (FIXTURES / version / "port-in-use.txt").read_text()
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
    # certbot 1.x-4.x wordings users post.
    "acme up to 4.x, refused": (
        "An unexpected error occurred:\nValueError: Requesting one.digicert.com/mpki/api/v1/acme/"
        "v2/directory: Connection refused",
        "network-error",
    ),
    "acme up to 4.x, no route": (
        "ValueError: Requesting one.digicert.com/mpki/api/v1/acme/v2/directory: No route to host",
        "network-error",
    ),
    "1.x failed authorization": (
        "IMPORTANT NOTES:\n - The following errors were reported by the server:\n\n   Domain: "
        "www.example.com\n   Type:   connection\n   Detail: Fetching http://www.example.com/.well-"
        "known/acme-challenge/x: Timeout during connect\nFailed authorization procedure. "
        "www.example.com (http-01): urn:ietf:params:acme:error:connection",
        "challenge-failed",
    ),
    "1.x unauthorized challenge": (
        "Failed authorization procedure. example.com (http-01): urn:acme:error:unauthorized :: "
        "The client lacks sufficient authorization :: Invalid response from http://example.com",
        "challenge-failed",
    ),
    "1.x ports taken": (
        "At least one of the required ports is already taken.",
        "port-80-in-use",
    ),
    "2.x bind wording alone": (
        "Problem binding to port 80: Could not bind to IPv4 or IPv6.",
        "port-80-in-use",
    ),
    "proxy refused": (
        "An unexpected error occurred:\nrequests.exceptions.ProxyError: HTTPSConnectionPool(host="
        "'one.digicert.com', port=443): Max retries exceeded with url: /mpki/api/v1/acme/v2/"
        "directory (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel "
        "connection failed: 407 Proxy Authentication Required')))",
        "proxy-error",
    ),
    "bad nonce in the log": (
        "acme.messages.Error: urn:ietf:params:acme:error:badNonce :: The client sent an "
        'unacceptable anti-replay nonce :: JWS has an invalid anti-replay nonce: "abc"',
        "bad-nonce",
    ),
    "EAB algorithm refused": (
        "Unable to register an account with ACME server. Error returned by the ACME server: "
        "urn:ietf:params:acme:error:badSignatureAlgorithm :: The JWS was signed with an algorithm "
        "the server does not support :: Invalid signature algorithm.",
        "eab-algorithm-refused",
    ),
    "Pebble EAB algorithm": (
        "failed to decode external account binding: go-jose/go-jose: unexpected signature "
        'algorithm "HS256"; expected ["RS256" "ES256" "ES384" "ES512"]',
        "eab-algorithm-refused",
    ),
    "missing flag": (
        "Missing command line flag or config entry for this setting:\nPlease enter the domain "
        "name(s) you would like on your certificate (comma and/or space separated)",
        "certbot-missing-setting",
    ),
    "unauthorized at registration": (
        "Unable to register an account with ACME server. Error returned by the ACME server: "
        "urn:ietf:params:acme:error:unauthorized :: The client lacks sufficient authorization "
        ":: ACME credential is revoked",
        "registration-unauthorized",
    ),
    "network drive owner": (
        "An unexpected error occurred:\npywintypes.error: (1307, 'SetFileSecurity', 'This "
        "security ID may not be assigned as the owner of this object.')",
        "windows-file-error",
    ),
    "symlink privilege": (
        "pywintypes.error: (1314, 'CreateSymbolicLink', 'A required privilege is not held by the "
        "client.')",
        "windows-file-error",
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


def test_an_unrecognised_saved_output_is_an_error_with_its_last_error_lines() -> None:
    text = (
        "Saving debug log to C:\\Certbot\\log\\letsencrypt.log\nAn unexpected error occurred:\n"
        "Error: the frobnicator failed\nUnable to finish\nAsk for help or search ..."
    )
    (finding,) = classify_saved_output(text)
    assert finding.id == "run-failed" and finding.spec.severity.value == "error"
    assert finding.detail().splitlines() == [
        "An unexpected error occurred:",
        "Error: the frobnicator failed",
        "Unable to finish",
    ]
    assert classify_saved_output("certbot 2.9.0\n") == []  # a version line is not a failure


_SUCCESS_TEXT = (FIXTURES / "2.9.0" / "port-in-use.txt").read_text()


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(
            lambda t: b"\xff\xfe" + t.encode("utf-16-le"), id="powershell-5.1-utf16le-bom"
        ),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf16le-no-bom"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode(), id="utf8-bom"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(lambda t: ("エラー: " + t).replace("\n", "\r\n").encode("cp932"), id="cp932"),
    ],
)
def test_saved_files_in_every_windows_encoding(encode: object) -> None:
    text = decode_saved_output(encode(_SUCCESS_TEXT))  # type: ignore[operator]
    assert "\r" not in text and "\x00" not in text
    assert [f.id for f in classify_saved_output(text)] == ["port-80-in-use"]


def test_cp932_japanese_survives() -> None:
    data = "ポート 80 は使用中です\r\n".encode("cp932")
    assert decode_saved_output(data) == "ポート 80 は使用中です\n"


def test_clean_exit_with_nothing_recognised_gives_nothing() -> None:
    assert classify_output("certbot 5.8.0\n", 0) == []


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.integers(-5, 300)))
def test_never_raises(text: str, code: int | None) -> None:
    for finding in classify_output(text, code):
        assert finding.title() and isinstance(finding.detail(), str)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(CASES), max_size=4), st.text(max_size=50))
def test_never_raises_on_mixed_real_output(cases: list[tuple[str, str]], noise: str) -> None:
    text = noise.join((FIXTURES / v / f"{c}.txt").read_text() for v, c in cases)
    classify_output(text, 1)
    classify_saved_output(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_never_raises(data: bytes) -> None:
    assert isinstance(decode_saved_output(data), str)

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from certbot_assistant.core.validation import (
    ValidationError,
    validate_acme_url,
    validate_config_dir,
    validate_domain,
    validate_domains,
    validate_hmac_key,
    validate_kid,
    validate_port,
)

DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
PEBBLE_KEY = "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (DIGICERT, DIGICERT),
        (f"  {DIGICERT}\n", DIGICERT),
        (
            DIGICERT + "?action=renew&orderId=555123456",
            DIGICERT + "?action=renew&orderId=555123456",
        ),
        ("https://127.0.0.1:14000/dir", "https://127.0.0.1:14000/dir"),
    ],
)
def test_good_urls(text: str, expected: str) -> None:
    assert validate_acme_url(text) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Enter the ACME"),
        ("http://one.digicert.com/dir", "https://"),
        ("one.digicert.com/dir", "https://"),
        ("https://user:pw@one.digicert.com/dir", "user name and password"),
        ("https://acme.digicert.com/v2/acme/directory/", "retired"),
        ("https://one.digicert.com/a b", "spaces"),
        ("https:///nohost", "no host"),
        ("https://host:99999/dir", "not a valid URL"),
    ],
)
def test_bad_urls(text: str, needle: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_acme_url(text)
    assert needle in info.value.text()


def test_kid() -> None:
    assert validate_kid("  abcDEF123 \n") == "abcDEF123"
    for bad, needle in (
        ("", "Enter"),
        ("ab cd", "spaces"),
        ('"abc"', "quotation"),
        ("ké", "characters"),
    ):
        with pytest.raises(ValidationError, match=needle):
            validate_kid(bad)


@pytest.mark.parametrize(
    "text",
    [
        PEBBLE_KEY,
        f" {PEBBLE_KEY}\n",
        PEBBLE_KEY + "=" * 0,
        "AAECAwQFBgcICQoLDA0ODw==",
        "AAECAwQFBgcICQoLDA0ODw",
    ],
)
def test_good_hmac(text: str) -> None:
    assert validate_hmac_key(text) == text.strip()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Enter the HMAC"),
        (f'"{PEBBLE_KEY}"', "quotation"),
        (f"'{PEBBLE_KEY}'", "quotation"),
        (PEBBLE_KEY[:20] + " " + PEBBLE_KEY[20:], "spaces"),
        ("not*base64!", "letters, digits"),
        ("abcde", "letters, digits"),  # 5 chars: 1 more than a multiple of 4, cannot decode
        ("AAEC", "too short"),
    ],
)
def test_bad_hmac(text: str, needle: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_hmac_key(text)
    assert needle in info.value.text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Example.COM.", "example.com"),
        ("*.example.com", "*.example.com"),
        ("日本語.jp", "xn--wgv71a119e.jp"),
        ("ドメイン名例.JP", "xn--eckwd4c7cu47r2wf.jp"),
        ("www.例え.テスト", "www.xn--r8jz45g.xn--zckzah"),
        (" www.example.co.jp ", "www.example.co.jp"),
    ],
)
def test_good_domains(text: str, expected: str) -> None:
    assert validate_domain(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "localhost", "a..b", "-a.com", "a-.com", "*.*.example.com", "www.*.example.com",
     "https://example.com", "example.com/path", "192.0.2.1", "a" * 64 + ".com", "exa mple.com"],
)  # fmt: skip
def test_bad_domains(text: str) -> None:
    with pytest.raises(ValidationError):
        validate_domain(text)


def test_domain_list_dedupes_and_splits() -> None:
    assert validate_domains("example.com, WWW.example.com\nexample.com、日本語.jp") == [
        "example.com",
        "www.example.com",
        "xn--wgv71a119e.jp",
    ]
    with pytest.raises(ValidationError):
        validate_domains("  ,  ")


WIN_ENV = {"SYSTEMDRIVE": "C:", "SYSTEMROOT": "C:\\Windows", "PROGRAMFILES": "C:\\Program Files",
           "PROGRAMFILES(X86)": "C:\\Program Files (x86)", "PROGRAMDATA": "C:\\ProgramData"}  # fmt: skip


@pytest.mark.parametrize("text", ["C:\\Certbot-prod", "D:\\certs\\Certbot", "C:\\Certbot"])
def test_good_windows_dirs(text: str) -> None:
    assert str(validate_config_dir(text, windows=True, env=WIN_ENV)) == text


@pytest.mark.parametrize(
    "text",
    ["C:\\Windows", "c:\\windows\\system32\\x", "C:\\Program Files\\Certbot", "C:\\",
     "C:\\Program Files (x86)", "C:\\ProgramData", "Certbot", "\\Certbot"],
)  # fmt: skip
def test_refused_windows_dirs(text: str) -> None:
    with pytest.raises(ValidationError):
        validate_config_dir(text, windows=True, env=WIN_ENV)


@pytest.mark.skipif(os.name == "nt", reason="POSIX paths; Windows paths are the test above")
def test_posix_dirs(tmp_path: Path) -> None:
    assert validate_config_dir("/etc/letsencrypt-prod", windows=False) == Path(
        "/etc/letsencrypt-prod"
    )
    assert validate_config_dir(str(tmp_path), windows=False) == tmp_path
    for bad in ("/", "/etc", "/usr/local/x", "relative/dir", "/proc/1"):
        with pytest.raises(ValidationError):
            validate_config_dir(bad, windows=False)


def test_ports() -> None:
    assert validate_port(" 8080 ") == 8080
    for bad in ("0", "65536", "http", ""):
        with pytest.raises(ValidationError):
            validate_port(bad)


@given(st.text())
def test_url_validator_is_total(text: str) -> None:
    try:
        url = validate_acme_url(text)
    except ValidationError as exc:
        assert exc.text()
    else:
        assert url.startswith(("https://", "HTTPS://", "Https://")) or url.lower().startswith(
            "https://"
        )


@given(st.text())
def test_domain_validator_is_total_and_idempotent(text: str) -> None:
    try:
        name = validate_domain(text)
    except ValidationError as exc:
        assert exc.text()
    else:
        assert name == validate_domain(name)
        assert name.isascii() and name == name.lower()


@given(
    st.lists(st.sampled_from(["a", "b", "xn--wgv71a119e", "example", "*"]), min_size=1, max_size=5)
)
def test_generated_domains(labels: list[str]) -> None:
    text = ".".join(labels) + ".jp"
    try:
        name = validate_domain(text)
    except ValidationError:
        assert "*" in labels[1:] or labels == ["*"]  # *.jp would cover a whole TLD
    else:
        assert "*" not in name[2:]
        assert name.startswith("*.") == (labels[0] == "*")

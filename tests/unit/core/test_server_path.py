from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

from hypothesis import given
from hypothesis import strategies as st

from certbot_assistant.core.certbot.server_path import (
    accounts_subpath,
    is_legacy_digicert,
    same_server,
    server_key,
)

DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def test_query_and_trailing_slash_are_ignored() -> None:
    assert same_server(DIGICERT, DIGICERT + "?action=renew&orderId=555123456")
    assert same_server(DIGICERT, DIGICERT + "/")
    assert not same_server(DIGICERT, "https://one.digicert.com/mpki/api/v1/acme/v2/other")


def test_scheme_is_ignored_port_is_not() -> None:
    assert same_server("https://h:14000/dir", "http://h:14000/dir")
    assert not same_server("https://h:14000/dir", "https://h:14001/dir")


def test_subpath_matches_certbots_examples() -> None:
    assert accounts_subpath(DIGICERT, windows=False) == PurePosixPath(
        "one.digicert.com/mpki/api/v1/acme/v2/directory"
    )
    assert accounts_subpath(DIGICERT + "?action=renew", windows=True) == PureWindowsPath(
        r"one.digicert.com\mpki\api\v1\acme\v2\directory"
    )
    assert accounts_subpath("https://localhost:14000/dir", windows=True) == PureWindowsPath(
        r"localhost_14000\dir"
    )
    assert accounts_subpath("https://localhost:14000/dir", windows=False) == PurePosixPath(
        "localhost:14000/dir"
    )


def test_legacy_host() -> None:
    assert is_legacy_digicert("https://acme.digicert.com/v2/acme/directory/")
    assert is_legacy_digicert("https://ACME.DigiCert.com./v2/acme/directory/")
    assert not is_legacy_digicert(DIGICERT)
    assert not is_legacy_digicert("https://acme.digicert.com.evil.example/")


@given(st.text(), st.text(alphabet="?&=abc", max_size=10))
def test_server_key_total_and_query_blind(url: str, query: str) -> None:
    key = server_key(url)
    assert isinstance(key, str)
    base = "https://example.com/acme/dir"
    assert server_key(base + "?" + query) == server_key(base)

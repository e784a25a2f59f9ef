from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certbot_assistant.core.configdir.renewal_conf import (
    RenewalConfError,
    parse_renewal_conf,
    read_renewal_conf,
)
from tests.helpers.programs import NO_SYMLINKS, symlinks_work

# As certbot 5.8.0 writes it, with a webroot map and ARI section (reference/certbot.md §1c).
REAL = """\
# renew_before_expiry = 30 days
version = 5.8.0
archive_dir = /etc/letsencrypt/archive/example.com
cert = /etc/letsencrypt/live/example.com/cert.pem
privkey = /etc/letsencrypt/live/example.com/privkey.pem
chain = /etc/letsencrypt/live/example.com/chain.pem
fullchain = /etc/letsencrypt/live/example.com/fullchain.pem

# Options used in the renewal process
[renewalparams]
account = 0123456789abcdef0123456789abcdef
authenticator = webroot
webroot_path = /var/www/html,
server = https://one.digicert.com/mpki/api/v1/acme/v2/directory?action=renew&orderId=1
key_type = ecdsa
logs_dir = /var/log/custom
[[webroot_map]]
example.com = /var/www/html
[acme_renewal_info]
ari_retry_after = 2026-11-27T00:00:00
"""


def test_reads_what_the_assistant_needs() -> None:
    conf = parse_renewal_conf("example.com", REAL)
    assert conf.server == (
        "https://one.digicert.com/mpki/api/v1/acme/v2/directory?action=renew&orderId=1"
    )
    assert conf.account == "0123456789abcdef0123456789abcdef"
    assert conf.authenticator == "webroot"
    assert conf.logs_dir == "/var/log/custom"
    assert conf.config_dir is None
    assert conf.cert_path == "/etc/letsencrypt/live/example.com/cert.pem"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("  \n\n", "empty"),
        ("version = 1.0\n", "no cert, privkey, chain, fullchain"),
        # truncated after the file references: certbot skips it for lack of renewalparams
        ("\n".join(REAL.splitlines()[:7]), "renewalparams"),
        # truncated in the middle of the references
        ("\n".join(REAL.splitlines()[:5]), "no chain, fullchain"),
    ],
)
def test_empty_or_truncated_confs_are_broken_as_certbot_says(text: str, why: str) -> None:
    with pytest.raises(RenewalConfError, match=why):
        parse_renewal_conf("x", text)


def test_a_conf_without_server_parses_with_none() -> None:
    text = "\n".join(line for line in REAL.splitlines() if not line.startswith("server"))
    conf = parse_renewal_conf("x", text)
    assert conf.server is None and conf.account == "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    "kind",
    [
        "folder",
        "fifo",
        pytest.param("loop", marks=pytest.mark.skipif(not symlinks_work(), reason=NO_SYMLINKS)),
    ],
)
def test_a_conf_that_is_not_a_file_is_refused_without_hanging(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.conf"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this platform")
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "y.conf")
        (tmp_path / "y.conf").symlink_to(path)
    with pytest.raises(RenewalConfError):
        read_renewal_conf(path)


@pytest.mark.parametrize(
    "text",
    [
        "[renewalparams]\nserver = a\nserver = b\n",  # duplicate key
        "[renewalparams\nserver = a\n",  # broken section
        "renewalparams = 1\n[renewalparams]\n",
        "[[a]]\nx=1\n",
    ],
)
def test_broken_files_raise_one_typed_error(text: str) -> None:
    with pytest.raises(RenewalConfError):
        parse_renewal_conf("x", text)


def test_huge_or_binary_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.conf"
    big.write_bytes(b"# " + b"x" * (1024 * 1024 + 10))
    with pytest.raises(RenewalConfError, match="larger"):
        read_renewal_conf(big)
    binary = tmp_path / "bin.conf"
    binary.write_bytes(b"\xff\xfe\x00server = x")
    with pytest.raises(RenewalConfError, match="UTF-8"):
        read_renewal_conf(binary)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_anything_but_its_own_error(text: str) -> None:
    with contextlib.suppress(RenewalConfError):
        parse_renewal_conf("x", text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*REAL.splitlines(), "[", "]]", "a = '''", "x = (", "\\"])))
def test_never_raises_on_shuffled_real_lines(lines: list[str]) -> None:
    with contextlib.suppress(RenewalConfError):
        parse_renewal_conf("x", "\n".join(lines))


def _plain(section: object) -> object:
    if isinstance(section, dict):
        return {k: _plain(v) for k, v in section.items()}
    return section


_PIECES = st.sampled_from([
    "version = 2.9.0", "archive_dir = /etc/letsencrypt/archive/a", "cert = /x/cert.pem",
    "[renewalparams]", "[[webroot_map]]", "www.example.com = /var/www", "[acme_renewal_info]",
    "server = https://acme.example/dir", "key_type = ecdsa", "pref_challs = http-01,",
    "# a comment", "", "  indented = value  ", "empty =", "authenticator = webroot",
    "[renewalparams]", "[[[too deep]]]", 'quoted = "a b"', "x = 1 # note", "[[webroot_map]]",
    "dup = 1", "dup = 2", "weird line", "[ spaced ]", "tab\t=\tvalue", "k = a=b",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_the_fast_reader_reads_what_configobj_reads(lines: list[str]) -> None:
    """The fast path takes only what it reads exactly like configobj; the rest goes there."""
    from configobj import ConfigObj, ConfigObjError

    from certbot_assistant.core.configdir.renewal_conf import _simple_parse

    fast = _simple_parse(lines)
    if fast is None:
        return
    try:
        slow = ConfigObj(lines, encoding=None, interpolation=False, list_values=True)
    except ConfigObjError as exc:
        raise AssertionError(f"the fast reader took what configobj refuses: {exc}") from exc
    assert fast == _plain(slow)


def test_the_fast_reader_takes_what_certbot_writes() -> None:
    from certbot_assistant.core.configdir.renewal_conf import _simple_parse

    text = (
        "version = 5.8.0\narchive_dir = /etc/letsencrypt/archive/www.example.com\n"
        "cert = /etc/letsencrypt/live/www.example.com/cert.pem\n\n# Options used\n"
        "[renewalparams]\naccount = 0123456789abcdef0123456789abcdef\n"
        "server = https://one.digicert.com/mpki/api/v1/acme/v2/directory\n"
        "authenticator = webroot\n[[webroot_map]]\nwww.example.com = /var/www/html\n"
    )
    parsed = _simple_parse(text.splitlines())
    assert parsed is not None
    params = parsed["renewalparams"]
    assert isinstance(params, dict) and params["authenticator"] == "webroot"
    assert params["webroot_map"] == {"www.example.com": "/var/www/html"}

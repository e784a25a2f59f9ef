"""DigiCert's main case with real certbot 2.9.0 and 5.x against Pebble: names CertCentral has
already validated (Pebble reusing valid authorizations) issue with no challenge, so a taken
port 80 does not matter, as the server step now says; and the assistant's own run (EAB from its
temporary file, the marker, the findings) works with the EFF installer's last certbot."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.run.certbot_run import CertbotRun, issue_request
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

pytestmark = pytest.mark.e2e
DOMAIN = "intranet.example.test"


@pytest.fixture(scope="module")
def reusing_pebble(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pebble]:
    server = Pebble(tmp_path_factory.mktemp("pebble-reuse"), authz_reuse=100).start()
    yield server
    server.stop()


def run(certbot: Path, pebble: Pebble, cfg: Path, port: int, *extra: str) -> object:
    options = IssueOptions(
        (DOMAIN,), pebble.directory_url, CertbotDirs.inside(cfg), http01_port=port,
        extra_args=extra,
    )  # fmt: skip
    env = dict(os.environ, REQUESTS_CA_BUNDLE=str(pebble.cert_path))
    request = issue_request(certbot, options, "kid-1", EAB_KEYS["kid-1"], env=env, profile="OV")
    return CertbotRun(request).run()


def test_validated_names_issue_while_port_80_is_taken(
    certbot: Path, reusing_pebble: Pebble, tmp_path: Path
) -> None:
    cfg = tmp_path / "Certbot"
    first = run(certbot, reusing_pebble, cfg, free_port())
    assert first.succeeded, first.stdout + first.stderr  # type: ignore[attr-defined]
    marker = read_marker(cfg)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == ["kid-1"]
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen(1)
        taken = busy.getsockname()[1]
        again = run(certbot, reusing_pebble, cfg, taken, "--force-renewal")
    assert again.succeeded, again.stdout + again.stderr  # type: ignore[attr-defined]
    assert [f.id for f in again.findings] == ["run-succeeded"]  # type: ignore[attr-defined]

"""The last mile: PKCS#12 from a lineage, the served-certificate check against a real local TLS
server, the deployment with fake store/bindings (the Windows pieces), and netsh/appcmd parsing."""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from certbot_assistant.core.certificates.deploy import (
    ROLLBACK_DAYS,
    DeployTargets,
    StoreCertificate,
    deploy,
    remember_targets,
    remembered_targets,
    render_hook,
    replaced_certificates,
    targets_from_lineage_env,
    with_defaults,
)
from certbot_assistant.core.certificates.pkcs12 import build_pfx, friendly_name, read_lineage
from certbot_assistant.core.certificates.served import parse_binding, served_certificate
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import (
    InstallRequest,
    InstallRequestError,
    check_installed,
    install_certificate,
    unrenewed_store_findings,
)
from certbot_assistant.core.windows.bindings import (
    HttpSysBindings,
    binding_key,
    parse_site_bindings,
    parse_sites,
    parse_sslcert,
)
from tests.helpers.deploy_fakes import FakeBindings, FakeStore
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def lineage(config_dir: Path, name: str = "www.example.test", days: int = 80) -> None:
    pem = make_cert_pem([name], dt.datetime.now(dt.UTC) + dt.timedelta(days=days))
    add_lineage(config_dir, name, SERVER, add_account(config_dir, SERVER), pem=pem)


def test_pfx_round_trip_with_modern_encryption(tmp_path: Path) -> None:
    lineage(tmp_path)
    material = read_lineage(tmp_path, "www.example.test")
    pfx = build_pfx(material, b"secret")
    key, cert, extra = pkcs12.load_key_and_certificates(pfx, b"secret")
    assert cert == material.certificate and len(extra) == 1
    assert key is not None and key.public_key() == material.certificate.public_key()
    assert b"AES" not in pfx  # encrypted: no readable structure, and the password matters
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(pfx, b"wrong")
    assert friendly_name(material).startswith("www.example.test (certbot, until 20")


@contextmanager
def tls_server(cert: Path, key: Path) -> Iterator[int]:
    """A real TLS server on localhost serving ``cert`` until the block ends."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_the_served_check_catches_a_stale_binding(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    lineage(old)
    lineage(new)
    old_live = old / "live" / "www.example.test"
    with tls_server(old_live / "fullchain.pem", old_live / "privkey.pem") as port:
        served = served_certificate("127.0.0.1", port, "www.example.test")
        assert served.thumbprint == read_lineage(old, "www.example.test").thumbprint
        # The new lineage deployed to a folder, but the server still serves the old one.
        report = deploy(
            new, "www.example.test",
            DeployTargets(folder=str(tmp_path / "out"), bindings=(f"127.0.0.1:{port}",)),
            windows=False,
        )  # fmt: skip
    ids = [f.id for f in report.findings]
    assert ids == ["served-certificate-stale"], ids
    assert (tmp_path / "out" / "fullchain.pem").read_bytes() == (
        new / "live" / "www.example.test" / "fullchain.pem"
    ).read_bytes()
    if os.name != "nt":
        assert (tmp_path / "out" / "privkey.pem").stat().st_mode & 0o777 == 0o640
    with tls_server(
        new / "live/www.example.test/fullchain.pem", new / "live/www.example.test/privkey.pem"
    ) as port:
        fresh = deploy(new, "www.example.test", DeployTargets(bindings=(f"127.0.0.1:{port}",)))
    assert [f.id for f in fresh.findings] == ["certificate-deployed"]


def test_an_unreachable_binding_is_a_warning(tmp_path: Path) -> None:
    lineage(tmp_path)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    report = deploy(tmp_path, "www.example.test", DeployTargets(bindings=(f"127.0.0.1:{port}",)))
    assert [f.id for f in report.findings] == [
        "served-certificate-unreachable",
        "certificate-deployed",
    ]


def test_windows_deploy_updates_only_the_old_bindings_and_keeps_the_old_cert_for_rollback(
    tmp_path: Path,
) -> None:
    lineage(tmp_path)
    store, bindings = FakeStore(), FakeBindings()
    new = read_lineage(tmp_path, "www.example.test").thumbprint

    targets = with_defaults(
        DeployTargets(bindings=("www.example.test:443", "other.example.test:443")), True
    )
    assert targets.store == "LocalMachine\\My"
    report = deploy(
        tmp_path, "www.example.test", targets, store=store, bindings=bindings, check=bindings.served
    )
    ids = [f.id for f in report.findings]
    assert "binding-not-found" in ids and "served-certificate-unreachable" in ids
    assert bindings.bound["www.example.test:443"] == new
    assert "OLD" in store.certs and store.certs[new].startswith("www.example.test (certbot")


def test_a_replaced_certificate_goes_after_the_rollback_period_unless_something_uses_it(
    tmp_path: Path,
) -> None:
    lineage(tmp_path)
    store, bindings = FakeStore(), FakeBindings()
    targets = DeployTargets(store="LocalMachine\\My", bindings=("www.example.test:443",))
    remember_targets(tmp_path, "www.example.test", targets)
    now = dt.datetime.now(dt.UTC)

    def again(when: dt.datetime, users: dict[str, list[str]]) -> list[str]:
        report = deploy(tmp_path, "www.example.test", targets, store=store, bindings=bindings,
                        check=bindings.served, users_of=lambda: users, now=when)  # fmt: skip
        return [f.id for f in report.findings]

    again(now, {})
    assert "OLD" in store.certs  # kept: a rollback can go back to it
    assert [r.thumbprint for r in replaced_certificates(tmp_path, "www.example.test")] == ["OLD"]
    later = now + dt.timedelta(days=ROLLBACK_DAYS + 1)
    ids = again(later, {"OLD": ["rdp"]})
    assert "OLD" in store.certs and "certificate-kept-in-use" in ids  # Remote Desktop uses it
    again(later, {})
    assert "OLD" not in store.certs and replaced_certificates(tmp_path, "www.example.test") == []


def test_a_store_that_refuses_is_a_finding_and_nothing_else_changes(tmp_path: Path) -> None:
    lineage(tmp_path)
    store, bindings = FakeStore(fail="Access is denied."), FakeBindings()
    targets = DeployTargets(store="LocalMachine\\My", bindings=("www.example.test:443",))
    report = deploy(tmp_path, "www.example.test", targets, store=store, bindings=bindings)
    (finding,) = report.findings
    assert finding.id == "deploy-failed" and "Access is denied." in finding.detail()
    assert bindings.bound["www.example.test:443"] == "OLD" and "OLD" in store.certs


def test_targets_are_remembered_for_the_renewal_hook(tmp_path: Path) -> None:
    targets = DeployTargets(folder="/etc/ssl/site", mode=0o600, reload=("systemctl", "reload", "x"))
    remember_targets(tmp_path, "a.example", targets)
    assert remembered_targets(tmp_path, "a.example") == targets
    assert remembered_targets(tmp_path, "b.example") is None
    env = {"RENEWED_LINEAGE": str(tmp_path / "live" / "a.example")}
    assert targets_from_lineage_env(env) == (tmp_path, "a.example")


def test_the_hook_line_is_quoted_for_the_shell_certbot_uses() -> None:
    argv = [r"C:\Program Files\Certbot Assistant\certbot-assistant-cli.exe", "deploy",
            "--config-dir", r"C:\Certbot", "--cert-name", "www"]  # fmt: skip
    assert render_hook(argv, windows=True).startswith(
        "& 'C:\\Program Files\\Certbot Assistant\\certbot-assistant-cli.exe' deploy"
    )
    assert render_hook(["/usr/bin/x y", "deploy"], windows=False) == "'/usr/bin/x y' deploy"


NETSH = """
SSL Certificate bindings:
-------------------------

    Hostname:port                : www.example.test:443
    Certificate Hash             : 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567
    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
    Certificate Store Name       : My
    Verify Client Certificate Revocation : Enabled
"""

APPCMD = """<?xml version="1.0" encoding="UTF-8"?>
<appcmd>
    <SITE SITE.NAME="Default Web Site" SITE.ID="1"
          bindings="http/*:80:,https/*:443:www.example.test,https/10.0.0.5:8443:" state="Started" />
    <SITE SITE.NAME="Other" SITE.ID="2" bindings="https/*:443:other.example" state="Started" />
</appcmd>
"""


def test_netsh_and_appcmd_are_read_and_written_right() -> None:
    assert parse_sslcert(NETSH)["Certificate Hash"] == "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
    assert parse_site_bindings(APPCMD, "default web site") == [
        "www.example.test:443",
        "10.0.0.5:8443",
    ]
    assert binding_key("www.example.test:443") == ("hostnameport", "www.example.test:443")
    assert binding_key("*:443") == ("ipport", "0.0.0.0:443")
    assert parse_binding("[::1]:8443") == ("::1", 8443) and parse_binding("a.test") == (
        "a.test",
        443,
    )
    calls: list[list[str]] = []

    def run(argv: list[str]) -> tuple[int, str]:
        calls.append(argv)
        return 0, NETSH

    manager = HttpSysBindings(run)
    assert manager.bound_thumbprint("www.example.test:443") == (
        "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567"
    )
    manager.bind("www.example.test:443", "ABCDEF", "LocalMachine\\My")
    assert calls[-1] == [
        "netsh", "http", "update", "sslcert", "hostnameport=www.example.test:443",
        "certhash=abcdef", "appid={4dc3e181-e14b-4a21-b022-59fc669b0914}", "certstorename=My",
    ]  # fmt: skip


def test_install_for_an_iis_site_binds_all_its_https_bindings_and_renewals_repeat_it(
    tmp_path: Path,
) -> None:
    lineage(tmp_path)
    store, bindings = FakeStore(), FakeBindings()
    new = read_lineage(tmp_path, "www.example.test").thumbprint

    request = InstallRequest(
        tmp_path,
        "www.example.test",
        DeployTargets(iis_site="default web site"),
        register_hook=True,
        hook_command=(r"C:\Program Files\Certbot Assistant\certbot-assistant-cli.exe",),
    )
    outcome = install_certificate(
        StepContext(), request, windows=True, store=store, bindings=bindings, check=bindings.served
    )
    assert [f.id for f in outcome.report.findings] == ["certificate-deployed"]
    # The binding IIS had already and the one it had no certificate for yet: both now new.
    assert bindings.bound == {"www.example.test:443": new, "new.example.test:443": new}
    assert "OLD" in store.certs  # until the rollback period is over
    remembered = remembered_targets(tmp_path, "www.example.test")
    assert remembered is not None and remembered.iis_site == "Default Web Site"
    assert remembered.store == "LocalMachine\\My" and len(remembered.bindings) == 2
    assert outcome.hook is not None and outcome.hook.startswith("& 'C:\\Program Files")
    conf = (tmp_path / "renewal" / "www.example.test.conf").read_text(encoding="utf-8")
    assert "renew_hook = " in conf and "deploy --config-dir" in conf
    # What certbot's hook does after a renewal: no targets, the remembered ones.
    again = install_certificate(
        StepContext(),
        InstallRequest(tmp_path, "www.example.test", DeployTargets()),
        windows=True,
        store=store,
        bindings=bindings,
        check=bindings.served,
    )
    assert again.targets == remembered


def test_install_refuses_what_cannot_be_done_with_a_reason(tmp_path: Path) -> None:
    lineage(tmp_path)
    for targets, bindings, reason in (
        (DeployTargets(), FakeBindings(), "none remembered"),
        (DeployTargets(iis_site="Nope"), FakeBindings(), 'no site "Nope"'),
        (DeployTargets(iis_site="Default Web Site"), None, "only on Windows"),
    ):
        with pytest.raises(InstallRequestError, match=reason):
            install_certificate(
                StepContext(),
                InstallRequest(tmp_path, "www.example.test", targets),
                windows=bindings is not None,
                store=FakeStore(),
                bindings=bindings,
            )


def test_diagnose_names_a_binding_serving_an_older_certificate_than_its_lineage(
    tmp_path: Path,
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    lineage(old)
    lineage(new)
    old_live = old / "live" / "www.example.test"
    with tls_server(old_live / "fullchain.pem", old_live / "privkey.pem") as port:
        remember_targets(new, "www.example.test", DeployTargets(bindings=(f"127.0.0.1:{port}",)))
        report = inspect_config_dir(new, SERVER, None)
        found = check_installed(StepContext(), [report], store=None)
    assert [f.id for f in found] == ["served-certificate-stale"]
    assert found[0].evidence["lineage"] == "www.example.test"


def _der(names: list[str], days_left: float, lifetime: int = 90) -> bytes:
    pem = make_cert_pem(names, dt.datetime.now(dt.UTC) + dt.timedelta(days=days_left), lifetime)
    return ssl.PEM_cert_to_DER_cert(pem.decode())


def test_diagnose_names_store_certificates_nobody_renews(tmp_path: Path) -> None:
    lineage(tmp_path, "www.example.test")
    report = inspect_config_dir(tmp_path, SERVER, None)
    certs = [
        StoreCertificate(_der(["legacy.example.test"], 10), "legacy", has_key=True),
        StoreCertificate(_der(["www.example.test"], 10), "renewed by certbot", has_key=True),
        StoreCertificate(_der(["ca.example.test"], 10), "no key: not a server's", has_key=False),
        StoreCertificate(_der(["later.example.test"], 60), "not due yet", has_key=True),
        StoreCertificate(_der(["gone.example.test"], -5), "expired already", has_key=True),
        StoreCertificate(_der(["short.example.test"], 20, lifetime=47), "47 days", has_key=True),
    ]
    found = unrenewed_store_findings(certs, [report])
    assert [f.evidence["names"] for f in found] == ["legacy.example.test"]
    assert found[0].id == "store-certificate-unrenewed"
    assert found[0].evidence["store"] == "LocalMachine\\My"


def test_a_site_binding_without_a_certificate_is_added_under_iis_app_id() -> None:
    calls: list[list[str]] = []

    def run(argv: list[str]) -> tuple[int, str]:
        calls.append(argv)
        return (1, "The system cannot find the file specified.") if "show" in argv else (0, "")

    HttpSysBindings(run).bind("10.0.0.5:8443", "ABCDEF", "LocalMachine\\WebHosting")
    assert calls[-1] == [
        "netsh", "http", "add", "sslcert", "ipport=10.0.0.5:8443", "certhash=abcdef",
        "appid={4dc3e181-e14b-4a21-b022-59fc669b0914}", "certstorename=WebHosting",
    ]  # fmt: skip
    assert [s.name for s in parse_sites(APPCMD)] == ["Default Web Site", "Other"]

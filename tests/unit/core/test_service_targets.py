"""Remote Desktop, SQL Server, Exchange and WinRM as ``deploy`` targets, against fakes of the
registry and PowerShell that record what would change (tests/windows writes the real registry
under Wine); key access for service accounts by SID; a store cleanup that never removes a
certificate a service still uses; rollback to the certificate the last deployment replaced."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from certbot_assistant.core.certificates.deploy import DeployTargets, remember_targets
from certbot_assistant.core.certificates.pkcs12 import read_lineage
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import (
    InstallRequest,
    InstallRequestError,
    install_certificate,
    rollback_certificate,
)
from certbot_assistant.core.windows.service_targets import (
    NETWORK_SERVICE_SID,
    SQL_INSTANCES,
    SQL_ROOT,
    WSMAN_LISTENERS,
    ServiceHost,
    account_sid,
    service_sid,
)
from tests.helpers.deploy_fakes import FakeBindings, FakeStore
from tests.helpers.service_fakes import FakeRegistry, FakeShell
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://acme.example/directory"
NAME = "host.example.test"
OLD = "AB" * 20
SQL_SID = "S-1-5-80-3880718306-3832830129-1677859214-2598158968-1052248003"


def lineage(config_dir: Path, days: int = 80) -> str:
    """A lineage (again, for a renewal: its files replaced); its current thumbprint."""
    scratch = config_dir.parent / f"scratch-{days}"
    pem = make_cert_pem([NAME], dt.datetime.now(dt.UTC) + dt.timedelta(days=days))
    add_lineage(scratch, NAME, SERVER, add_account(scratch, SERVER), pem=pem)
    if not (config_dir / "live" / NAME).exists():
        shutil.copytree(scratch, config_dir, dirs_exist_ok=True)
    else:
        for kind in ("archive", "live"):
            for file in (scratch / kind / NAME).iterdir():
                if file.suffix == ".pem":
                    shutil.copyfile(file, config_dir / kind / NAME / file.name)
    return read_lineage(config_dir, NAME).thumbprint


def sql_registry() -> FakeRegistry:
    return FakeRegistry({
        SQL_INSTANCES: {"MSSQLSERVER": "MSSQL16.MSSQLSERVER", "REPORTS": "MSSQL16.REPORTS"},
        rf"{SQL_ROOT}\MSSQL16.MSSQLSERVER\MSSQLServer\SuperSocketNetLib": {"Certificate": OLD.lower()},
        rf"{SQL_ROOT}\MSSQL16.REPORTS\MSSQLServer\SuperSocketNetLib": {},
        rf"{WSMAN_LISTENERS}\*+HTTPS": {"certThumbprint": OLD, "Port": "5986"},
        rf"{WSMAN_LISTENERS}\*+HTTP": {"Port": "5985"},
    })  # fmt: skip


def install(
    cfg: Path, targets: DeployTargets, host: ServiceHost, store: FakeStore | None = None
) -> list[str]:
    request = InstallRequest(cfg, NAME, targets)
    outcome = install_certificate(
        StepContext(), request, windows=True, store=store or FakeStore(), bindings=FakeBindings(),
        check=FakeBindings().served, host=host,
    )  # fmt: skip
    return [f.id for f in outcome.report.findings]


def test_service_accounts_by_sid_in_any_language() -> None:
    assert service_sid("MSSQLSERVER") == SQL_SID  # as Windows shows NT SERVICE\MSSQLSERVER
    assert account_sid("NT Service\\MSSQLSERVER") == SQL_SID
    assert account_sid("NT AUTHORITY\\NETWORK SERVICE") == NETWORK_SERVICE_SID
    assert account_sid("S-1-5-21-1-2-3-500") == "S-1-5-21-1-2-3-500"
    assert account_sid("CONTOSO\\nobody") is None  # resolved by Windows only


def test_remote_desktop_is_pointed_at_the_new_certificate_and_network_service_reads_the_key(
    tmp_path: Path,
) -> None:
    cfg = tmp_path / "Certbot"
    new = lineage(cfg)
    shell = FakeShell(rdp=OLD)
    ids = install(cfg, DeployTargets(services=("rdp",)), ServiceHost(FakeRegistry(), shell))
    assert shell.rdp == new
    assert "service-target-updated" in ids and "certificate-deployed" in ids, ids
    assert (new, NETWORK_SERVICE_SID) in shell.granted


def test_sql_server_instances_get_the_thumbprint_their_service_reads_the_key_and_a_restart(
    tmp_path: Path,
) -> None:
    cfg = tmp_path / "Certbot"
    new = lineage(cfg)
    registry, shell = sql_registry(), FakeShell()
    ids = install(cfg, DeployTargets(services=("sql",)), ServiceHost(registry, shell))
    written = {path.split("\\")[-3]: value for path, _name, value in registry.writes}
    assert written == {"MSSQL16.MSSQLSERVER": new.lower(), "MSSQL16.REPORTS": new.lower()}
    assert ids.count("service-restart-needed") == 2 and shell.restarted == []
    assert {sid for _t, sid in shell.granted} == {SQL_SID, service_sid("MSSQL$REPORTS")}
    restarted = FakeShell()
    ids = install(cfg, DeployTargets(services=("sql:reports",), restart=True),
                  ServiceHost(sql_registry(), restarted))  # fmt: skip
    assert restarted.restarted == ["MSSQL$REPORTS"] and "service-restart-needed" not in ids


def test_an_instance_that_is_not_there_is_a_finding(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    lineage(cfg)
    ids = install(
        cfg, DeployTargets(services=("sql:NOPE", "rdp")), ServiceHost(sql_registry(), FakeShell())
    )
    assert ids.count("service-target-not-found") == 2  # no such instance; no Remote Desktop


def test_a_registry_that_refuses_is_a_finding_and_the_old_certificate_stays(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    lineage(cfg)
    registry = sql_registry()
    registry.refuse = True
    store = FakeStore()
    ids = install(
        cfg, DeployTargets(services=("winrm",)), ServiceHost(registry, FakeShell()), store
    )
    assert "service-target-failed" in ids and "certificate-deployed" not in ids


def test_exchange_gets_its_key_in_a_csp_and_its_services(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    new = lineage(cfg)
    shell = FakeShell(exchange=[{"Thumbprint": OLD, "Services": "IIS, SMTP"}])
    store = FakeStore()
    ids = install(
        cfg,
        DeployTargets(services=("exchange:IIS,SMTP",)),
        ServiceHost(FakeRegistry(), shell),
        store,
    )
    assert store.key_storage == ["csp"]
    assert any(f"-Thumbprint {new} -Services IIS,SMTP" in s for s in shell.scripts)
    assert "service-target-updated" in ids
    other = FakeStore()
    install(
        cfg,
        DeployTargets(services=("rdp",), key_storage="csp"),
        ServiceHost(FakeRegistry(), FakeShell(rdp=OLD)),
        other,
    )
    assert other.key_storage == ["csp"]


def test_winrm_listener_and_extra_key_readers(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    new = lineage(cfg)
    registry, shell = sql_registry(), FakeShell()
    targets = DeployTargets(services=("winrm",), key_readers=("NT Service\\MyApp", "S-1-5-20"))
    ids = install(cfg, targets, ServiceHost(registry, shell))
    assert registry.values(rf"{WSMAN_LISTENERS}\*+HTTPS")["certThumbprint"] == new
    assert "service-restart-needed" in ids
    assert {sid for _t, sid in shell.granted} == {service_sid("MyApp"), "S-1-5-20"}
    unknown = install(
        cfg, DeployTargets(key_readers=("CONTOSO\\nobody",)), ServiceHost(registry, shell)
    )
    assert "key-reader-unknown" in unknown


def test_service_targets_are_windows_targets(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    lineage(cfg)
    request = InstallRequest(cfg, NAME, DeployTargets(services=("rdp",)))
    with pytest.raises(InstallRequestError):
        install_certificate(StepContext(), request, windows=False, store=None, bindings=None)


def test_the_cleanup_keeps_what_a_service_uses_and_rollback_goes_back(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    first = lineage(cfg, days=80)
    store, bindings = FakeStore(), FakeBindings()
    registry, shell = sql_registry(), FakeShell(rdp=OLD)
    host = ServiceHost(registry, shell)
    targets = DeployTargets(store="LocalMachine\\My", bindings=("www.example.test:443",),
                            services=("sql:MSSQLSERVER",))  # fmt: skip
    remember_targets(cfg, NAME, targets)

    def deploy_now() -> list[str]:
        outcome = install_certificate(
            StepContext(), InstallRequest(cfg, NAME, DeployTargets()), windows=True,
            store=store, bindings=bindings, check=bindings.served, host=host,
        )  # fmt: skip
        return [f.id for f in outcome.report.findings]

    deploy_now()
    second = lineage(cfg, days=90)  # a renewal
    assert second != first
    deploy_now()
    assert first in store.certs  # the rollback period
    assert bindings.bound["www.example.test:443"] == second

    report = rollback_certificate(StepContext(), cfg, NAME, store=store, bindings=bindings,
                                  host=host, check=bindings.served)  # fmt: skip
    ids = [f.id for f in report.findings]
    assert "rolled-back" in ids and report.thumbprint == first, ids
    assert bindings.bound["www.example.test:443"] == first
    sql = registry.values(rf"{SQL_ROOT}\MSSQL16.MSSQLSERVER\MSSQLServer\SuperSocketNetLib")
    assert sql["Certificate"] == first.lower()


def test_nothing_to_roll_back_to_is_said(tmp_path: Path) -> None:
    cfg = tmp_path / "Certbot"
    lineage(cfg)
    remember_targets(cfg, NAME, DeployTargets(store="LocalMachine\\My"))
    report = rollback_certificate(
        StepContext(), cfg, NAME, store=FakeStore(), bindings=None, host=None
    )
    assert [f.id for f in report.findings] == ["rollback-not-possible"]


def test_status_says_which_services_use_each_certificate(tmp_path: Path) -> None:
    import io
    import json

    from certbot_assistant.cli import build_parser, run_command
    from certbot_assistant.core.configdir.profiles import ProfileStore
    from certbot_assistant.core.services import Services

    cfg = tmp_path / "Certbot"
    current = lineage(cfg)
    host = ServiceHost(sql_registry(), FakeShell(rdp=current))
    services = Services.real(
        profiles=ProfileStore(tmp_path / "profiles.json"),
        default_config_dir=lambda: tmp_path / "default",
        folders_registry=lambda: tmp_path / "dirs.json",
        service_host=lambda: host,
        binding_manager=FakeBindings,
        scheduler_factory=lambda: None,  # type: ignore[arg-type, return-value]
    )
    argv = ["status", "--config-dir", str(cfg), "--format", "json", "--offline"]
    args = build_parser(argv).parse_args(argv)
    args.services = services
    out = io.StringIO()
    run_command(args, out)
    (entry,) = [d for d in json.loads(out.getvalue())["config_dirs"] if d["path"] == str(cfg)]
    assert entry["certificates"][0]["used_by"] == ["rdp"]


class RdpListener:
    """A Remote Desktop listener as far as the check goes: the X.224 connection request and
    its negotiation answer, then TLS with ``cert``."""

    def __init__(
        self, cert: Path, key: Path, answer: str = "030000130ed000001234000200080001000000"
    ) -> None:
        import socket
        import ssl
        import threading

        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.answer = bytes.fromhex(answer)
        self.requests: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        import ssl

        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            self.requests.append(conn.recv(19))
            conn.sendall(self.answer)
            if self.answer[11] == 0x02:
                try:
                    with self.context.wrap_socket(conn, server_side=True) as tls:
                        tls.recv(1)
                except (OSError, ssl.SSLError):
                    pass

    def close(self) -> None:
        self.listener.close()
        self.thread.join(5)


def test_the_rdp_listener_is_asked_the_rdp_way_then_over_tls(tmp_path: Path) -> None:
    from certbot_assistant.core.certificates.served import served_rdp_certificate

    cfg = tmp_path / "Certbot"
    current = lineage(cfg)
    live = cfg / "live" / NAME
    listener = RdpListener(live / "fullchain.pem", live / "privkey.pem")
    try:
        served = served_rdp_certificate("127.0.0.1", listener.port)
    finally:
        listener.close()
    assert served.thumbprint == current and served.error is None
    assert listener.requests == [bytes.fromhex("030000130ee000000000000100080003000000")]
    refusing = RdpListener(live / "fullchain.pem", live / "privkey.pem",
                           "030000130ed000001234000300080005000000")  # fmt: skip
    try:
        failed = served_rdp_certificate("127.0.0.1", refusing.port)
    finally:
        refusing.close()
    assert failed.thumbprint is None and failed.error


def test_remote_desktop_still_serving_the_old_certificate_is_an_error(tmp_path: Path) -> None:
    from certbot_assistant.core.certificates.served import Served

    cfg = tmp_path / "Certbot"
    lineage(cfg)
    shell = FakeShell(rdp=OLD)
    request = InstallRequest(cfg, NAME, DeployTargets(services=("rdp",)))
    outcome = install_certificate(
        StepContext(), request, windows=True, store=FakeStore(), bindings=None,
        host=ServiceHost(FakeRegistry(), shell),
        service_served=lambda use: Served("localhost", use.port or 0, OLD),
    )  # fmt: skip
    ids = [f.id for f in outcome.report.findings]
    assert "served-certificate-stale" in ids and "service-target-updated" not in ids

"""The service targets against Windows itself (under Wine in the Windows stage): SQL Server's
registry value written and read back through winreg; the key imported into a CryptoAPI (CSP)
and a CNG provider; the real store's cleanup refusing a thumbprint a service still uses; and a
rollback that points the binding back at the previous certificate, which is still there.

Remote Desktop's WMI and Exchange's shell are not in Wine: a recording shell stands in."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from certbot_assistant.core.certificates.deploy import (
    ROLLBACK_DAYS,
    DeployTargets,
    deploy,
    remember_targets,
)
from certbot_assistant.core.certificates.pkcs12 import build_pfx, der_thumbprint, read_lineage
from certbot_assistant.core.certificates.served import Served
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import rollback_certificate, users_of
from certbot_assistant.core.windows.service_targets import (
    SQL_INSTANCES,
    SQL_ROOT,
    ServiceHost,
    SqlServer,
)
from tests.helpers.programs import under_wine
from tests.helpers.service_fakes import FakeShell
from tests.windows.test_cert_store import STORE, SiteBindings, rsa_lineage

BINDING = "www.example.test:443"


def _windows() -> tuple[Any, Any, Any]:
    """winreg and the Windows-only classes (imported where the tests run: Windows)."""
    import winreg

    from certbot_assistant.core.windows import cert_store, service_targets

    return winreg, cert_store.WindowsCertificateStore, service_targets.WindowsRegistry  # type: ignore[attr-defined]


def _delete_tree(path: str) -> None:
    winreg, _store, _registry = _windows()
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, path, 0, winreg.KEY_ALL_ACCESS) as key:
            while True:
                try:
                    child = winreg.EnumKey(key, 0)
                except OSError:
                    break
                _delete_tree(rf"{path}\{child}")
        winreg.DeleteKey(winreg.HKEY_LOCAL_MACHINE, path)
    except OSError:
        pass


def test_sql_server_registry_value_written_and_read_back() -> None:
    instance = f"CBA{uuid.uuid4().hex[:6].upper()}"
    instance_id = f"MSSQL16.{instance}"
    winreg, _store, WindowsRegistry = _windows()
    registry = WindowsRegistry()
    registry.write(SQL_INSTANCES, instance, instance_id)
    net_lib = rf"{SQL_ROOT}\{instance_id}\MSSQLServer\SuperSocketNetLib"
    registry.write(net_lib, "Certificate", "")
    try:
        sql = SqlServer(registry, instance)
        (use,) = sql.uses()
        assert use.target == f"sql:{instance}" and use.thumbprint is None
        thumbprint = "0123456789ABCDEF0123456789ABCDEF01234567"
        findings = sql.point_at(use, thumbprint)
        assert [f.id for f in findings] == ["service-restart-needed"]
        assert registry.values(net_lib)["Certificate"] == thumbprint.lower()
        (again,) = SqlServer(WindowsRegistry(), instance).uses()
        assert again.thumbprint == thumbprint
    finally:
        _delete_tree(rf"{SQL_ROOT}\{instance_id}")
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, SQL_INSTANCES, 0, winreg.KEY_ALL_ACCESS
        ) as key:
            winreg.DeleteValue(key, instance)


def test_the_key_goes_into_a_csp_or_a_cng_provider(tmp_path: Path) -> None:
    name = f"k{uuid.uuid4().hex[:8]}.example.test"
    rsa_lineage(tmp_path, name, "Test Issuing CA")
    material = read_lineage(tmp_path, name)
    _winreg, WindowsCertificateStore, _registry = _windows()
    store = WindowsCertificateStore()
    imported = []
    try:
        for storage in ("csp", "cng"):
            store.import_pfx(build_pfx(material, b"pw"), b"pw", STORE, name, material.thumbprint,
                             storage)  # fmt: skip
            held = {der_thumbprint(c.der): c for c in store.certificates(STORE)}
            assert held[material.thumbprint].has_key, storage
            imported.append(store.key_storage)
    finally:
        store.remove(STORE, material.thumbprint)
    # Windows takes both. Wine 8 has no CNG key import (PFXImportCertStore refuses
    # PKCS12_PREFER_CNG_KSP: "No security ID mapped"): the key goes to its one provider, and
    # the store says so.
    assert imported == (["csp", "csp"] if under_wine() else ["csp", "cng"])


def test_cleanup_keeps_a_certificate_a_service_uses_and_rollback_restores_the_binding(
    tmp_path: Path,
) -> None:
    name = f"r{uuid.uuid4().hex[:8]}.example.test"
    cfg = tmp_path / "Certbot"
    rsa_lineage(cfg, name, "Test Issuing CA 1")
    first = read_lineage(cfg, name).thumbprint
    bindings = SiteBindings(None)
    _winreg, WindowsCertificateStore, WindowsRegistry = _windows()
    shell = FakeShell(rdp=first)  # Remote Desktop was pointed at the first by hand
    host = ServiceHost(WindowsRegistry(), shell)
    store = WindowsCertificateStore()
    targets = DeployTargets(store=STORE, bindings=(BINDING,), iis_site="Site")
    remember_targets(cfg, name, targets)

    def served(host_name: str, port: int, _sni: str | None) -> Served:
        return Served(host_name, port, bindings.bound.get(f"{host_name}:{port}"))

    second = None
    try:
        deploy(cfg, name, targets, store=store, bindings=bindings, check=served)
        rsa_lineage(cfg, name, "Test Issuing CA 2")  # the renewal
        second = read_lineage(cfg, name).thumbprint
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=ROLLBACK_DAYS + 1)
        report = deploy(cfg, name, targets, store=store, bindings=bindings, check=served,
                        users_of=users_of(host, bindings), now=later)  # fmt: skip
        assert "certificate-kept-in-use" in [f.id for f in report.findings], report.findings
        held = {der_thumbprint(c.der) for c in store.certificates(STORE)}
        assert first in held and second in held and bindings.bound[BINDING] == second

        rolled = rollback_certificate(StepContext(), cfg, name, store=store, bindings=bindings,
                                      host=host, check=served)  # fmt: skip
        assert "rolled-back" in [f.id for f in rolled.findings], rolled.findings
        assert bindings.bound[BINDING] == first
    finally:
        for thumbprint in (first, second):
            if thumbprint:
                store.remove(STORE, thumbprint)

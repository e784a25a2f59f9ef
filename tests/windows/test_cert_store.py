"""The machine certificate store through crypt32 (PFXImportCertStore, CertAddCertificateContext-
ToStore, CertEnumCertificatesInStore, CertDeleteCertificateFromStore), reached by the deployment
the Done page and the renewal hook run. Wine implements these on gnutls; Wine's key import is
RSA-only, so the lineage here has an RSA key (certbot's --key-type rsa). The HTTPS bindings are
http.sys's, which Wine lacks: the fake of tests/unit/core/test_deploy.py stands in for them."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from certbot_assistant.core.certificates.deploy import DeployTargets, deploy
from certbot_assistant.core.certificates.pkcs12 import der_thumbprint, read_lineage
from certbot_assistant.core.certificates.served import Served
from tests.helpers.programs import under_wine

STORE = "LocalMachine\\My"


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def rsa_lineage(config_dir: Path, name: str, issuer_cn: str) -> None:
    """live/<name>/ as certbot writes it, for an RSA key: leaf, chain (the intermediate, as a
    CA sends it: the root stays out), fullchain, privkey."""
    now = dt.datetime.now(dt.UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name(issuer_cn))
        .issuer_name(_name(f"{issuer_cn} Root"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=90))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    live = config_dir / "live" / name
    live.mkdir(parents=True, exist_ok=True)
    leaf_pem = leaf.public_bytes(serialization.Encoding.PEM)
    ca_pem = ca.public_bytes(serialization.Encoding.PEM)
    (live / "cert.pem").write_bytes(leaf_pem)
    (live / "chain.pem").write_bytes(ca_pem)
    (live / "fullchain.pem").write_bytes(leaf_pem + ca_pem)
    (live / "privkey.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


class SiteBindings:
    """http.sys stand-in: one binding naming the certificate it serves."""

    def __init__(self, thumbprint: str | None) -> None:
        self.bound = {"www.example.test:443": thumbprint}

    def bound_thumbprint(self, binding: str) -> str | None:
        return self.bound.get(binding)

    def bind(self, binding: str, thumbprint: str, store: str) -> None:
        self.bound[binding] = thumbprint

    def sites(self) -> list[object]:
        return []


def test_a_lineage_lands_in_the_machine_store_and_a_renewal_replaces_it(tmp_path: Path) -> None:
    name = f"w{uuid.uuid4().hex[:8]}.example.test"
    first, second = tmp_path / "first", tmp_path / "second"
    rsa_lineage(first, name, "Test Issuing CA 1")
    rsa_lineage(second, name, "Test Issuing CA 2")
    old = read_lineage(first, name).thumbprint
    new = read_lineage(second, name).thumbprint
    bindings = SiteBindings(None)

    def served(host: str, port: int, _sni: str | None) -> Served:
        return Served(host, port, bindings.bound.get(f"{host}:{port}"))

    from certbot_assistant.core.windows.cert_store import (  # type: ignore[attr-defined]
        WindowsCertificateStore,  # only on Windows: collected everywhere, run there
    )

    targets = DeployTargets(store=STORE, bindings=("www.example.test:443",), iis_site="Site")
    removed: list[str] = []

    class Recording(WindowsCertificateStore):  # type: ignore[misc]
        def remove(self, store_name: str, thumbprint: str) -> bool:
            removed.append(thumbprint)
            return bool(super().remove(store_name, thumbprint))

    store = Recording()
    try:
        report = deploy(first, name, targets, store=store, bindings=bindings, check=served)
        assert [f.id for f in report.findings] == ["certificate-deployed"], report.findings
        held = {der_thumbprint(c.der): c for c in store.certificates(STORE)}
        assert old in held and held[old].has_key
        assert held[old].friendly_name.startswith(f"{name} (certbot, until 20")
        intermediates = {der_thumbprint(c.der) for c in store.certificates("LocalMachine\\CA")}
        intermediate = read_lineage(first, name).chain[0]
        assert intermediate.fingerprint(hashes.SHA1()).hex().upper() in intermediates
        assert old not in intermediates  # the leaf went to My only

        # The renewal: the new certificate is imported and bound; the old one stays for the
        # rollback period (tests/windows/test_service_targets_windows.py: its removal).
        report = deploy(second, name, targets, store=store, bindings=bindings, check=served)
        assert [f.id for f in report.findings] == ["certificate-deployed"], report.findings
        held = {der_thumbprint(c.der) for c in store.certificates(STORE)}
        assert new in held and bindings.bound["www.example.test:443"] == new
        assert removed == [] and old in held
    finally:
        for thumbprint in (old, new):
            store.remove(STORE, thumbprint)
            if under_wine():
                forget_in_wine_registry(thumbprint)
    assert not {old, new} & {der_thumbprint(c.der) for c in store.certificates(STORE)}


def forget_in_wine_registry(thumbprint: str) -> None:
    """What CertDeleteCertificateFromStore does on Windows, for Wine's registry store."""
    import winreg

    key = rf"Software\Microsoft\SystemCertificates\My\Certificates\{thumbprint}"
    with contextlib.suppress(OSError):
        winreg.DeleteKey(winreg.HKEY_LOCAL_MACHINE, key)

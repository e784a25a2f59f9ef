"""Stand-ins for the Windows certificate store and http.sys/IIS bindings (the real ones need
Windows with IIS; tests/windows reaches the real store under Wine)."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from certbot_assistant.core.certificates.deploy import DeployError, IisSite, StoreCertificate
from certbot_assistant.core.certificates.served import Served


class FakeStore:
    def __init__(self, fail: str | None = None) -> None:
        self.certs: dict[str, str] = {"OLD": "old cert"}
        self.fail = fail
        self.key_storage: list[str] = []
        self.ders: dict[str, bytes] = {}

    def import_pfx(
        self,
        pfx: bytes,
        password: bytes,
        store: str,
        friendly: str,
        thumbprint: str,
        key_storage: str = "cng",
    ) -> None:
        self.key_storage.append(key_storage)
        if self.fail:
            raise DeployError(self.fail)
        key, cert, _ = pkcs12.load_key_and_certificates(pfx, password)
        assert key is not None and cert is not None
        assert cert.fingerprint(hashes.SHA1()).hex().upper() == thumbprint
        self.certs[thumbprint] = friendly
        self.ders[thumbprint] = cert.public_bytes(Encoding.DER)

    def remove(self, store: str, thumbprint: str) -> bool:
        self.ders.pop(thumbprint, None)
        return self.certs.pop(thumbprint, None) is not None

    def certificates(self, store: str) -> list[StoreCertificate]:
        return [StoreCertificate(der, self.certs[t], True) for t, der in self.ders.items()]


class FakeBindings:
    def __init__(self) -> None:
        self.bound = {"www.example.test:443": "OLD"}

    def bound_thumbprint(self, binding: str) -> str | None:
        return self.bound.get(binding)

    def bind(self, binding: str, thumbprint: str, store: str) -> None:
        self.bound[binding] = thumbprint

    def sites(self) -> list[IisSite]:
        return [IisSite("Default Web Site", ("www.example.test:443", "new.example.test:443"))]

    def served(self, host: str, port: int, _sni: str | None) -> Served:
        """What each binding serves now (nothing where there is no binding)."""
        bound = self.bound.get(f"{host}:{port}")
        return Served(host, port, bound) if bound else Served(host, port, None, error="refused")

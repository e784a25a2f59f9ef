"""The Windows certificate store through crypt32 (ctypes): where IIS, RDP and Exchange look.

PFXImportCertStore reads the PKCS#12 (machine key set for LocalMachine stores, key not
exportable), the leaf goes into the named store with its friendly name, the chain into the
Intermediate Certification Authorities store. The leaf is found by its thumbprint, not by which
certificate carries key information: Wine's crypt32 attaches the key to every certificate of the
file. No PowerShell: an import neither depends on the
execution policy nor leaves the password on a command line. The private key gets Windows'
default machine-key permissions (SYSTEM and Administrators), which is what http.sys needs.
"""

from __future__ import annotations

import logging
import sys

from certbot_assistant.core.certificates.deploy import DeployError, StoreCertificate
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

if sys.platform == "win32":  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class _Blob(ctypes.Structure):
        _fields_ = (("cbData", wintypes.DWORD), ("pbData", ctypes.c_void_p))

    class _CertContext(ctypes.Structure):
        _fields_ = (
            ("dwCertEncodingType", wintypes.DWORD),
            ("pbCertEncoded", ctypes.c_void_p),
            ("cbCertEncoded", wintypes.DWORD),
            ("pCertInfo", ctypes.c_void_p),
            ("hCertStore", ctypes.c_void_p),
        )

    _crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    _HANDLE = ctypes.c_void_p
    _crypt32.PFXImportCertStore.restype = _HANDLE
    _crypt32.PFXImportCertStore.argtypes = (ctypes.POINTER(_Blob), wintypes.LPCWSTR, wintypes.DWORD)
    _crypt32.CertOpenStore.restype = _HANDLE
    _crypt32.CertOpenStore.argtypes = (
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.c_void_p,
    )
    _crypt32.CertCloseStore.argtypes = (_HANDLE, wintypes.DWORD)
    _crypt32.CertEnumCertificatesInStore.restype = _HANDLE
    _crypt32.CertEnumCertificatesInStore.argtypes = (_HANDLE, _HANDLE)
    _crypt32.CertGetCertificateContextProperty.argtypes = (
        _HANDLE,
        wintypes.DWORD,
        ctypes.c_void_p,
        ctypes.POINTER(wintypes.DWORD),
    )
    _crypt32.CertSetCertificateContextProperty.argtypes = (
        _HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.c_void_p,
    )
    _crypt32.CertAddCertificateContextToStore.argtypes = (
        _HANDLE,
        _HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(_HANDLE),
    )
    _crypt32.CertFindCertificateInStore.restype = _HANDLE
    _crypt32.CertFindCertificateInStore.argtypes = (
        _HANDLE,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.c_void_p,
        _HANDLE,
    )
    _crypt32.CertDeleteCertificateFromStore.argtypes = (_HANDLE,)
    _crypt32.CertFreeCertificateContext.argtypes = (_HANDLE,)
    _crypt32.CertDuplicateCertificateContext.restype = _HANDLE
    _crypt32.CertDuplicateCertificateContext.argtypes = (_HANDLE,)

    _ENCODING = 0x00000001 | 0x00010000  # X509_ASN_ENCODING | PKCS_7_ASN_ENCODING
    _STORE_PROV_SYSTEM_W = 10
    _LOCATIONS = {"localmachine": 2 << 16, "currentuser": 1 << 16}
    _CRYPT_MACHINE_KEYSET = 0x20
    _PKCS12_PREFER_CNG_KSP = 0x100
    _KEY_PROV_INFO = 2
    _SHA1_HASH = 3
    _FRIENDLY_NAME = 11
    _ADD_REPLACE_EXISTING = 3
    _FIND_SHA1_HASH = 0x10000

    def _split(store: str) -> tuple[int, str]:
        location, _, name = store.replace("/", "\\").partition("\\")
        flag = _LOCATIONS.get(location.lower())
        if flag is None or not name:
            raise DeployError(
                store,
                template=QT_TRANSLATE_NOOP(
                    "Deploy", "%1: not a store (LocalMachine\\My or CurrentUser\\My)"
                ),
            )
        return flag, name

    class WindowsCertificateStore:
        """``CertificateStore`` for Windows."""

        key_storage = "cng"
        """Where the last import put the key (``csp`` when a CNG import was refused)."""

        def _open(self, location: int, name: str) -> int:
            handle = _crypt32.CertOpenStore(_STORE_PROV_SYSTEM_W, 0, None, location, name)
            if not handle:
                raise DeployError(name, ctypes.FormatError(ctypes.get_last_error()))
            return int(handle)

        @staticmethod
        def _property(context: int, prop: int) -> bytes | None:
            size = wintypes.DWORD(0)
            if not _crypt32.CertGetCertificateContextProperty(
                context, prop, None, ctypes.byref(size)
            ):
                return None
            buffer = ctypes.create_string_buffer(size.value)
            if not _crypt32.CertGetCertificateContextProperty(
                context, prop, buffer, ctypes.byref(size)
            ):
                return None
            return buffer.raw[: size.value]

        def import_pfx(
            self,
            pfx: bytes,
            password: bytes,
            store: str,
            friendly: str,
            thumbprint: str,
            key_storage: str = "cng",
        ) -> None:
            location, name = _split(store)
            keyset = _CRYPT_MACHINE_KEYSET if location == _LOCATIONS["localmachine"] else 0
            data = ctypes.create_string_buffer(pfx, len(pfx))
            blob = _Blob(len(pfx), ctypes.cast(data, ctypes.c_void_p))
            temp = None
            if key_storage == "cng":  # a CryptoAPI (CSP) key otherwise, as Exchange needs
                temp = _crypt32.PFXImportCertStore(
                    ctypes.byref(blob), password.decode(), keyset | _PKCS12_PREFER_CNG_KSP
                )
                if not temp:
                    # Wine has no CNG key import ("No security ID mapped"); Windows does.
                    why = ctypes.FormatError(ctypes.get_last_error())
                    log.warning("no CNG provider took the key (%s): the default one did", why)
            self.key_storage = "cng" if temp else "csp"
            if not temp:
                temp = _crypt32.PFXImportCertStore(ctypes.byref(blob), password.decode(), keyset)
            if not temp:
                raise DeployError("PFXImportCertStore", ctypes.FormatError(ctypes.get_last_error()))
            target = self._open(location, name)
            intermediates = self._open(location, "CA")
            found = False
            try:
                context = _crypt32.CertEnumCertificatesInStore(temp, None)
                while context:
                    digest = self._property(context, _SHA1_HASH)
                    leaf = digest is not None and digest.hex().upper() == thumbprint.upper()
                    if leaf:
                        found = True
                        text = (friendly + "\0").encode("utf-16-le")
                        name_buffer = ctypes.create_string_buffer(text, len(text))
                        name_blob = _Blob(len(text), ctypes.cast(name_buffer, ctypes.c_void_p))
                        _crypt32.CertSetCertificateContextProperty(
                            context, _FRIENDLY_NAME, 0, ctypes.byref(name_blob)
                        )
                    into = target if leaf else intermediates
                    if not _crypt32.CertAddCertificateContextToStore(
                        into, context, _ADD_REPLACE_EXISTING, None
                    ):
                        error = ctypes.FormatError(ctypes.get_last_error())
                        _crypt32.CertFreeCertificateContext(context)
                        raise DeployError(store, error)
                    context = _crypt32.CertEnumCertificatesInStore(temp, context)
            finally:
                _crypt32.CertCloseStore(intermediates, 0)
                _crypt32.CertCloseStore(target, 0)
                _crypt32.CertCloseStore(temp, 0)
            if not found:
                raise DeployError(
                    template=QT_TRANSLATE_NOOP(
                        "Deploy", "The PFX did not hold the lineage's certificate."
                    )
                )

        def certificates(self, store: str) -> list[StoreCertificate]:
            location, name = _split(store)
            handle = self._open(location, name)
            found: list[StoreCertificate] = []
            try:
                context = _crypt32.CertEnumCertificatesInStore(handle, None)
                while context:
                    info = ctypes.cast(context, ctypes.POINTER(_CertContext)).contents
                    der = ctypes.string_at(info.pbCertEncoded, info.cbCertEncoded)
                    friendly = self._property(context, _FRIENDLY_NAME)
                    found.append(
                        StoreCertificate(
                            der=der,
                            friendly_name=friendly.decode("utf-16-le").rstrip("\0")
                            if friendly
                            else "",
                            has_key=self._property(context, _KEY_PROV_INFO) is not None,
                        )
                    )
                    context = _crypt32.CertEnumCertificatesInStore(handle, context)
            finally:
                _crypt32.CertCloseStore(handle, 0)
            return found

        @staticmethod
        def _find(handle: int, thumbprint: str) -> int:
            digest = bytes.fromhex(thumbprint)
            buffer = ctypes.create_string_buffer(digest, len(digest))
            blob = _Blob(len(digest), ctypes.cast(buffer, ctypes.c_void_p))
            return int(
                _crypt32.CertFindCertificateInStore(
                    handle, _ENCODING, 0, _FIND_SHA1_HASH, ctypes.byref(blob), None
                )
                or 0
            )

        def remove(self, store: str, thumbprint: str) -> bool:
            location, name = _split(store)
            handle = self._open(location, name)
            try:
                context = self._find(handle, thumbprint)
                if not context:
                    return False
                if not _crypt32.CertDeleteCertificateFromStore(context):  # frees the context
                    raise DeployError(store, ctypes.FormatError(ctypes.get_last_error()))
                return True
            finally:
                _crypt32.CertCloseStore(handle, 0)

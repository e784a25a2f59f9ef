"""The only place secrets are stored: the OS keyring, through ``keyring``.

EAB HMAC keys are kept per KID, CertCentral API keys per region, under the service name and user
names fixed in architecture.md. Every failure becomes one of a few typed errors with a message the
UI translates; a value never reaches a log line or an exception text, and there is no plaintext
fallback: a file or null backend is refused as "no usable keyring" (anchor: Maestral's keyring.py).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from certbot_assistant.core.app_logging import register_secret
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, Translator, identity_translator

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

CONTEXT = "Secrets"

SERVICE = "certbot-assistant"
# Windows Credential Manager refuses blobs over 2560 bytes (1280 UTF-16 characters) with
# WinError 1783; checking first gives a clear message instead of an obscure OS error.
WINDOWS_MAX_CHARS = 1280
_WINERROR_TOO_LARGE = 1783
_REFUSED_BACKENDS = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")
# The names the OS itself uses (Japanese Windows says 資格情報マネージャー), so they translate.
_FRIENDLY = {
    "keyring.backends.Windows.WinVaultKeyring": QT_TRANSLATE_NOOP(
        "Secrets", "Windows Credential Manager"
    ),
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP("Secrets", "Secret Service"),
    "keyring.backends.libsecret.Keyring": QT_TRANSLATE_NOOP(
        "Secrets", "Secret Service (libsecret)"
    ),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("Secrets", "macOS Keychain"),
    "keyring.backends.kwallet.DBusKeyring": QT_TRANSLATE_NOOP("Secrets", "KWallet"),
    "certbot_assistant.demo.memory_keyring.MemoryKeyring": QT_TRANSLATE_NOOP(
        "Secrets", "memory only (demo mode: forgotten when the assistant closes)"
    ),
}


def hmac_user(kid: str) -> str:
    return f"eab-hmac:{kid}"


def api_key_user(region: str) -> str:
    return f"certcentral-api-key:{region}"


class SecretStoreError(TranslatableError):
    """Base of the keyring errors; ``text()`` is the user's message, translated."""

    context = CONTEXT
    template = QT_TRANSLATE_NOOP("Secrets", "The keyring failed.")


class KeyringUnavailable(SecretStoreError):
    template = QT_TRANSLATE_NOOP(
        "Secrets",
        "No usable keyring was found, so the key cannot be stored safely. On Linux, install and "
        "unlock a Secret Service provider such as GNOME Keyring. (%1)",
    )


class KeyringLocked(SecretStoreError):
    template = QT_TRANSLATE_NOOP(
        "Secrets", "The keyring is locked. Unlock it (log in again or open the keyring) and retry."
    )


class SecretNotFound(SecretStoreError):
    template = QT_TRANSLATE_NOOP(
        "Secrets", "No key is stored for %1. Enter it again from CertCentral."
    )


class SecretTooLarge(SecretStoreError):
    template = QT_TRANSLATE_NOOP(
        "Secrets",
        "The key is %1 characters long; %2 accepts at most %3. Check that only the key was pasted.",
    )


class KeyringAccessDenied(SecretStoreError):
    template = QT_TRANSLATE_NOOP(
        "Secrets", "Access to the keyring was denied. Allow the assistant to use it and retry."
    )


@dataclass(frozen=True)
class BackendInfo:
    name: str
    """English, for logs and the self-test; ``display_name`` is for people."""
    class_path: str

    def display_name(self, tr: Translator = identity_translator) -> str:
        return tr(CONTEXT, self.name) if self.class_path in _FRIENDLY else self.name


def _class_path(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _leaves(backend: Any) -> list[Any]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner else [backend]


class SecretStore:
    """One keyring backend, chosen once and kept (Maestral pins it the same way)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._lock = threading.Lock()

    def _usable_backend(self) -> keyring.backend.KeyringBackend:
        import keyring  # here, not at import: the app starts faster without it
        import keyring.errors

        if self._backend is None:
            try:
                candidate = keyring.get_keyring()
            except keyring.errors.InitError as exc:
                raise KeyringUnavailable(type(exc).__name__) from None
            usable = [
                b for b in _leaves(candidate) if not _class_path(b).startswith(_REFUSED_BACKENDS)
            ]
            if not usable:
                raise KeyringUnavailable(_class_path(candidate))
            self._backend = candidate if len(usable) == len(_leaves(candidate)) else usable[0]
        return self._backend

    def backend_info(self) -> BackendInfo:
        """Which keyring holds the secrets, for the UI and the diagnostic report."""
        backend = self._usable_backend()
        leaf = _leaves(backend)[0]
        path = _class_path(leaf)
        return BackendInfo(_FRIENDLY.get(path, getattr(leaf, "name", path)), path)

    def _max_chars(self, backend: keyring.backend.KeyringBackend) -> int | None:
        paths = [_class_path(b) for b in _leaves(backend)]
        return WINDOWS_MAX_CHARS if any(".Windows." in p for p in paths) else None

    def _call(self, action: str, fn: Any, *args: str) -> Any:
        import keyring.errors

        with self._lock:
            backend = self._usable_backend()
            try:
                return fn(backend, *args)
            except keyring.errors.KeyringLocked:
                raise KeyringLocked() from None
            except keyring.errors.NoKeyringError as exc:
                raise KeyringUnavailable(type(exc).__name__) from None
            except keyring.errors.InitError as exc:
                raise KeyringUnavailable(type(exc).__name__) from None
            except PermissionError:
                raise KeyringAccessDenied() from None
            except OSError as exc:
                if getattr(exc, "winerror", None) == _WINERROR_TOO_LARGE:
                    raise SecretTooLarge(
                        "?", self.backend_info().name, str(WINDOWS_MAX_CHARS)
                    ) from None
                log.warning("keyring %s failed: %s", action, type(exc).__name__)
                raise KeyringUnavailable(type(exc).__name__) from None
            except keyring.errors.KeyringError as exc:
                # Secret Service reports a dismissed unlock prompt or a denied D-Bus call here.
                log.warning("keyring %s failed: %s", action, type(exc).__name__)
                name = type(exc).__name__.lower()
                if "denied" in name or "dismissed" in name or "denied" in str(exc).lower():
                    raise KeyringAccessDenied() from None
                raise KeyringUnavailable(type(exc).__name__) from None

    def store(self, user: str, secret: str) -> None:
        register_secret(secret)
        with self._lock:
            backend = self._usable_backend()
        limit = self._max_chars(backend)
        if limit is not None and len(secret) > limit:
            raise SecretTooLarge(str(len(secret)), self.backend_info().name, str(limit))
        self._call("store", lambda b, u, s: b.set_password(SERVICE, u, s), user, secret)
        log.info("stored a secret for %s in %s", user, self.backend_info().name)

    def read(self, user: str) -> str:
        value = self._call("read", lambda b, u: b.get_password(SERVICE, u), user)
        if value is None:
            raise SecretNotFound(user)
        register_secret(value)
        return str(value)

    def delete(self, user: str) -> bool:
        """Remove the entry; False when there was none (not an error)."""

        import keyring.errors

        def remove(backend: keyring.backend.KeyringBackend, u: str) -> bool:
            try:
                backend.delete_password(SERVICE, u)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        deleted = bool(self._call("delete", remove, user))
        log.info("deleted secret for %s: %s", user, deleted)
        return deleted

    # The names architecture.md fixes, for callers that should not spell them.
    def store_hmac(self, kid: str, hmac_key: str) -> None:
        self.store(hmac_user(kid), hmac_key)

    def read_hmac(self, kid: str) -> str:
        return self.read(hmac_user(kid))

    def delete_hmac(self, kid: str) -> bool:
        return self.delete(hmac_user(kid))

    def store_api_key(self, region: str, api_key: str) -> None:
        self.store(api_key_user(region), api_key)

    def read_api_key(self, region: str) -> str:
        return self.read(api_key_user(region))

    def delete_api_key(self, region: str) -> bool:
        return self.delete(api_key_user(region))

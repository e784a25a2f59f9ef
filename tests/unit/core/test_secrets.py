"""The keyring wrapper's logic and error mapping; the real Secret Service is in integration."""

from __future__ import annotations

import logging

import keyring.errors
import pytest
from keyring.backends import fail, null

from certbot_assistant.core import secrets as S
from tests.helpers.memory_keyring import MemoryKeyring


def test_store_read_delete_with_the_contract_names(memory_keyring: MemoryKeyring) -> None:
    store = S.SecretStore()
    store.store_hmac("kid-1", "hmac-value-1234")
    store.store_api_key("eu", "api-key-5678")
    assert memory_keyring.entries == {
        ("certbot-assistant", "eab-hmac:kid-1"): "hmac-value-1234",
        ("certbot-assistant", "certcentral-api-key:eu"): "api-key-5678",
    }
    assert store.read_hmac("kid-1") == "hmac-value-1234"
    assert store.delete_hmac("kid-1") is True
    assert store.delete_hmac("kid-1") is False
    with pytest.raises(S.SecretNotFound) as info:
        store.read_hmac("kid-1")
    assert "eab-hmac:kid-1" in info.value.text()


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_plaintext_or_null_fallback(backend: object) -> None:
    store = S.SecretStore()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    with pytest.raises(S.KeyringUnavailable):
        store.store_hmac("kid", "value-that-must-not-go-anywhere")


class Failing(MemoryKeyring):
    def __init__(self, exc: BaseException) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service: str, username: str) -> str | None:
        raise self.exc

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.exc


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (keyring.errors.KeyringLocked("locked"), S.KeyringLocked),
        (keyring.errors.NoKeyringError("none"), S.KeyringUnavailable),
        (keyring.errors.InitError("init"), S.KeyringUnavailable),
        (PermissionError(13, "denied"), S.KeyringAccessDenied),
        (keyring.errors.KeyringError("AccessDenied by policy"), S.KeyringAccessDenied),
        (keyring.errors.PasswordSetError("set failed"), S.KeyringUnavailable),
    ],
)
def test_errors_are_typed(exc: BaseException, expected: type[Exception]) -> None:
    store = S.SecretStore(Failing(exc))
    with pytest.raises(expected) as info:
        store.read_hmac("kid")
    assert info.value.text()
    with pytest.raises(expected):
        store.store_hmac("kid", "secret-value")


def test_windows_too_large_is_checked_first() -> None:
    class WinVaultKeyring(MemoryKeyring):
        pass

    WinVaultKeyring.__module__ = "keyring.backends.Windows"
    WinVaultKeyring.__qualname__ = "WinVaultKeyring"
    backend = WinVaultKeyring()
    store = S.SecretStore(backend)
    with pytest.raises(S.SecretTooLarge) as info:
        store.store_api_key("us", "x" * 1281)
    assert "1281" in info.value.text() and "Windows Credential Manager" in info.value.text()
    assert backend.entries == {}
    store.store_api_key("us", "x" * 1280)


def test_winerror_1783_is_too_large() -> None:
    error = OSError(22, "The stub received bad data")
    error.winerror = 1783  # type: ignore[attr-defined]
    with pytest.raises(S.SecretTooLarge):
        S.SecretStore(Failing(error)).store_hmac("kid", "v" * 100)


def test_backend_info_names_the_backend(memory_keyring: MemoryKeyring) -> None:
    info = S.SecretStore().backend_info()
    assert info.class_path.endswith("MemoryKeyring")


def test_values_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = S.SecretStore()
    store.store_hmac("kid-9", "TOPSECRET-HMAC-VALUE")
    store.read_hmac("kid-9")
    with pytest.raises(S.KeyringLocked):
        S.SecretStore(Failing(keyring.errors.KeyringLocked("TOPSECRET-HMAC-VALUE"))).read_hmac("k")
    assert "TOPSECRET" not in caplog.text


def test_known_keyrings_are_named_as_the_os_names_them_in_the_users_language() -> None:
    catalogue = {"Windows Credential Manager": "Windows 資格情報マネージャー"}

    def japanese(context: str, text: str) -> str:
        assert context == "Secrets"
        return catalogue.get(text, text)

    windows = S.BackendInfo(
        "Windows Credential Manager", "keyring.backends.Windows.WinVaultKeyring"
    )
    assert windows.display_name(japanese) == "Windows 資格情報マネージャー"
    assert windows.display_name() == "Windows Credential Manager"
    # A backend the assistant does not know keeps keyring's own name, untranslated.
    other = S.BackendInfo("Windows Credential Manager", "vendor.keyrings.Other")
    assert other.display_name(japanese) == "Windows Credential Manager"

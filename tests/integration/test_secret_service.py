"""The secrets module against the real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import os

import pytest
from keyring.backends import SecretService

from certbot_assistant.core.secrets import SecretNotFound, SecretStore

pytestmark = pytest.mark.integration


@pytest.fixture
def store(secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    for key, value in secret_service_env.items():
        monkeypatch.setenv(key, value)
    return SecretStore(SecretService.Keyring())


def test_store_read_delete_not_found(store: SecretStore) -> None:
    assert store.backend_info().name == "Secret Service"
    store.store_hmac("kid-real", "real-hmac-value-0123456789")
    assert store.read_hmac("kid-real") == "real-hmac-value-0123456789"
    store.store_api_key("us", "api-key-value")
    assert store.read_api_key("us") == "api-key-value"
    assert store.delete_hmac("kid-real") is True
    with pytest.raises(SecretNotFound):
        store.read_hmac("kid-real")
    assert store.delete_hmac("kid-real") is False
    assert store.delete_api_key("us") is True


def test_entries_carry_the_contract_names(store: SecretStore) -> None:
    store.store_hmac("kid-names", "v-123456")
    backend = SecretService.Keyring()
    assert backend.get_password("certbot-assistant", "eab-hmac:kid-names") == "v-123456"
    store.delete_hmac("kid-names")


def test_no_bus_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no Secret Service reachable the store refuses: no plaintext fallback."""
    from certbot_assistant.core.secrets import KeyringUnavailable

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"].endswith("/bus")
    with pytest.raises(KeyringUnavailable):
        SecretStore(SecretService.Keyring()).store_hmac("kid", "value-1234")

"""The EAB HMAC key in Windows Credential Manager, through keyring's WinVaultKeyring: the backend
the assistant uses on every Windows machine. The backend is passed in, no global swap."""

from __future__ import annotations

import uuid

import pytest
from keyring.backends.Windows import WinVaultKeyring

from certbot_assistant.core.secrets import (
    WINDOWS_MAX_CHARS,
    SecretNotFound,
    SecretStore,
    SecretTooLarge,
)


def test_store_read_delete_an_hmac_key() -> None:
    store = SecretStore(WinVaultKeyring())
    assert store.backend_info().name == "Windows Credential Manager"
    kid = f"kid-{uuid.uuid4().hex[:8]}"
    hmac = "c2VjcmV0LWhtYWMta2V5LWJhc2U2NHVybC1lbmNvZGVkLTAxMjM0NTY3ODk"
    store.store_hmac(kid, hmac)
    try:
        assert SecretStore(WinVaultKeyring()).read_hmac(kid) == hmac  # a second session
    finally:
        assert store.delete_hmac(kid) is True
    with pytest.raises(SecretNotFound):
        store.read_hmac(kid)
    assert store.delete_hmac(kid) is False


def test_a_secret_over_the_credential_limit_is_refused_by_name() -> None:
    store = SecretStore(WinVaultKeyring())
    with pytest.raises(SecretTooLarge):
        store.store_api_key("us", "x" * (WINDOWS_MAX_CHARS + 1))

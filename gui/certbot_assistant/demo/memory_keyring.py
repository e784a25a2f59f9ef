"""A keyring that lives in memory: demo mode never touches the user's real keychain.

Only ever handed to a demo session's ``SecretStore`` explicitly. keyring chooses its default
backend among every ``KeyringBackend`` subclass that is loaded, so this one declares itself not
viable: once imported (the self-test imports every module), it must never become the keyring of
a real session on a machine whose own keyring is missing, where secrets would then vanish at
exit instead of failing loudly.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("the demo's keyring is given explicitly, never chosen")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError("not found")
        del self.entries[(service, username)]

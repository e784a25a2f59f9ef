"""The in-memory keyring the demo uses, for tests that are not about the keyring itself."""

from certbot_assistant.demo.memory_keyring import MemoryKeyring

__all__ = ["MemoryKeyring"]

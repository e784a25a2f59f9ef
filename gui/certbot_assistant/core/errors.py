"""The base of every error the core raises on purpose.

A face (wizard, CLI) turns these into a finding, a message or an exit code; anything that is
not one of them (nor an OSError) is a bug, logged with its traceback. Subclasses that the user
reads directly derive from ``translation.TranslatableError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from certbot_assistant.core.findings import Finding


class AssistantError(Exception):
    """An outcome the core names, not a bug."""

    def finding(self) -> Finding | None:
        """The finding this outcome is, when it is one (CertCentral refusing the API key is);
        a face then shows it like any other finding."""
        return None

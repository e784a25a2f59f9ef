"""The base of every error the core raises on purpose.

A face (wizard, CLI) turns these into a finding, a message or an exit code; anything that is
not one of them (nor an OSError) is a bug, logged with its traceback. Subclasses that the user
reads directly derive from ``translation.TranslatableError``.
"""

from __future__ import annotations


class AssistantError(Exception):
    """An outcome the core names, not a bug."""

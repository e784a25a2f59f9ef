"""Findings about Certbot installations: found, too old, broken on Windows.

Ids are a public contract (shared/design/findings.md): never renamed.
"""

from __future__ import annotations

from certbot_assistant.core.findings.spec import (
    Category,
    FindingSpec,
    Severity,
    spec,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_INST = Category.INSTALLATION

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "certbot-not-found",
        _E,
        _INST,
        QT_TRANSLATE_NOOP("Findings", "Certbot is not installed"),
        QT_TRANSLATE_NOOP("Findings", "No certbot program was found on this computer."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Install Certbot (pip install certbot in a Python 3.10 or later environment), or browse to the certbot program if it is installed somewhere else.",
        ),
    ),
    spec(
        "certbot-version-unknown",
        _W,
        _INST,
        QT_TRANSLATE_NOOP("Findings", "Certbot's version could not be read"),
        QT_TRANSLATE_NOOP("Findings", '%1 did not answer "--version": %2'),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check that this certbot starts from a command prompt, or choose another installation.",
        ),
        args=("path", "error"),
    ),
    spec(
        "certbot-too-old-for-eab",
        _E,
        _INST,
        QT_TRANSLATE_NOOP("Findings", "Certbot is too old for DigiCert ACME"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 is version %2. External account binding (--eab-kid, --eab-hmac-key) needs 0.29.0 or later.",
        ),
        QT_TRANSLATE_NOOP("Findings", "Upgrade Certbot to a current version."),
        args=("path", "version"),
    ),
    spec(
        "certbot-windows-installer-eol",
        _W,
        _INST,
        QT_TRANSLATE_NOOP(
            "Findings", "Certbot was installed with the discontinued Windows installer"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 (version %2) comes from the EFF Windows installer. Its last release was 2.9.0 and it receives no updates.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "It still works, but plan to move to a supported installation: Certbot from pip in a Python virtual environment.",
        ),
        args=("path", "version"),
    ),
    spec(
        "certbot-windows-symlink-bug",
        _E,
        _INST,
        QT_TRANSLATE_NOOP("Findings", "This Certbot version breaks certificates on Windows"),
        QT_TRANSLATE_NOOP(
            "Findings",
            '%1 is version 3.1.0. On Windows it cannot read its own live\\ links, so renewals and "certbot certificates" fail.',
        ),
        QT_TRANSLATE_NOOP("Findings", "Upgrade Certbot to 3.2.0 or later."),
        args=("path",),
    ),
)

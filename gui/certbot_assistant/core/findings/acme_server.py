"""Findings about the ACME directory URL: DigiCert's hosts, regions and old URLs.

Ids are a public contract (shared/design/findings.md): never renamed.
"""

from __future__ import annotations

from certbot_assistant.core.findings.spec import (
    Category,
    FindingSpec,
    Fix,
    Severity,
    spec,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_ACME = Category.ACME_SERVER

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "acme-server-unreachable",
        _E,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME directory URL cannot be reached"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings of this server."),
        args=("server", "error"),
    ),
    spec(
        "account-deactivated",
        _E,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME account was deactivated or revoked"),
        QT_TRANSLATE_NOOP(
            "Findings", "The server no longer accepts the account in this config directory: %1"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Back up and remove this config directory, then create a new one with the new credential.",
        ),
        kb=2,
        args=("output",),
    ),
    spec(
        "account-unknown-to-server",
        _E,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME server does not know this account"),
        QT_TRANSLATE_NOOP("Findings", "The server answered that the account does not exist: %1"),
        QT_TRANSLATE_NOOP("Findings", "Use a new config directory."),
        args=("output",),
    ),
    spec(
        "acme-region-mismatch",
        _W,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME directory URL is in another region"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 is DigiCert's ACME host for the %2 region, but the CertCentral account is in the %3 region. A credential works only in its own region.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Use the ACME directory URL CertCentral shows with the credential, or the base URL https://one.digicert.com/mpki/api/v1/acme/v2/directory.",
        ),
        args=("server", "region", "account_region"),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > ACME Directory URLs"),
        fixes=(Fix.MIGRATE,),
    ),
)

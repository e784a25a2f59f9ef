"""Findings about the Windows services a certificate is installed for (Remote Desktop, SQL
Server, Exchange, WinRM), their private key access, and the store's cleanup and rollback.

Ids are a public contract (shared/design/findings.md): never renamed.
"""

from __future__ import annotations

from certbot_assistant.core.findings.spec import Category, FindingSpec, Severity, spec
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_RUN = Category.RUN

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "service-target-not-found",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The service to install for is not on this server"),
        QT_TRANSLATE_NOOP(
            "Findings", "%1 was asked for, but this server has no such service or setting."
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check the name (for SQL Server, the instance name as SQL Server Configuration Manager shows it), or leave this target out.",
        ),
        args=("target",),
    ),
    spec(
        "service-target-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "A service could not be pointed at the new certificate"),
        QT_TRANSLATE_NOOP("Findings", "%1 still uses its previous certificate: %2"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run the assistant as administrator and install again; the previous certificate stays in the store until every service has moved.",
        ),
        args=("target", "reason"),
    ),
    spec(
        "service-target-unchanged",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "A service's certificate setting did not change"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 was set to the new certificate, but reading it back still shows another one.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "A policy may set it (Group Policy for Remote Desktop); change it there, or run the assistant as administrator and install again.",
        ),
        args=("target",),
    ),
    spec(
        "service-restart-needed",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Restart the service to use the new certificate"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 now names the new certificate; the %2 service reads it only when it starts.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Restart the %2 service at a quiet time, or install with --restart to restart it now.",
        ),
        args=("target", "service"),
    ),
    spec(
        "service-target-updated",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Service pointed at the new certificate"),
        QT_TRANSLATE_NOOP("Findings", "%1 now uses certificate %2."),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("target", "thumbprint"),
    ),
    spec(
        "key-reader-unknown",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "An account to give key access to is unknown"),
        QT_TRANSLATE_NOOP("Findings", "%1 is not an account Windows knows on this server."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Give the account as Windows shows it (DOMAIN\\user, NT Service\\MSSQLSERVER) or as a SID (S-1-5-…).",
        ),
        args=("account",),
    ),
    spec(
        "key-access-not-granted",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "A service account cannot read the private key"),
        QT_TRANSLATE_NOOP(
            "Findings", "Read access to the private key could not be given to %1: %2"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run the assistant as administrator and install again; without it the service cannot use the certificate (SQL Server does not start, Remote Desktop keeps a self-signed one).",
        ),
        args=("account", "reason"),
    ),
    spec(
        "certificate-kept-in-use",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The previous certificate was kept: something still uses it"),
        QT_TRANSLATE_NOOP("Findings", "Certificate %1 stays in the store: %2 still uses it."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Point that service at the new certificate; the next renewal removes the old one once nothing uses it.",
        ),
        args=("thumbprint", "users"),
    ),
    spec(
        "rollback-not-possible",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "There is no previous certificate to go back to"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "No earlier certificate of %1 is remembered, or it is no longer in the store.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Install the certificate again, or choose it by hand in each service."
        ),
        args=("lineage",),
    ),
    spec(
        "rolled-back",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Services pointed back at the previous certificate"),
        QT_TRANSLATE_NOOP("Findings", "%1 now use certificate %2 again."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Find out why the new certificate did not work before the previous one expires; renewals install the newest one again.",
        ),
        args=("targets", "thumbprint"),
    ),
)

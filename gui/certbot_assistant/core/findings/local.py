"""Findings about this server: the HTTP-01 port, administrator rights, name resolution.

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
_LOC = Category.LOCAL

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "port-80-in-use",
        _E,
        _LOC,
        QT_TRANSLATE_NOOP("Findings", "The HTTP port is in use"),
        QT_TRANSLATE_NOOP(
            "Findings", "Port %1 is taken%2, so Certbot's standalone web server cannot start."
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Stop the program using the port while Certbot runs, or use the webroot method with the running web server.",
        ),
        args=("port", "holder"),
        fixes=(Fix.USE_WEBROOT,),
    ),
    spec(
        "not-elevated",
        _E,
        _LOC,
        QT_TRANSLATE_NOOP("Findings", "The assistant is not running as administrator"),
        QT_TRANSLATE_NOOP("Findings", "Certbot on Windows needs administrator rights."),
        QT_TRANSLATE_NOOP("Findings", "Restart the assistant as administrator."),
        fixes=(Fix.RESTART_ELEVATED,),
    ),
    spec(
        "name-does-not-resolve",
        _W,
        _LOC,
        QT_TRANSLATE_NOOP("Findings", "A name does not resolve"),
        QT_TRANSLATE_NOOP("Findings", "%1 could not be looked up in DNS from this server: %2"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check the DNS records: for the HTTP challenge the name must point at this server.",
        ),
        args=("lineage", "reason"),
    ),
    spec(
        "store-certificate-unrenewed",
        _W,
        _LOC,
        QT_TRANSLATE_NOOP("Findings", "A certificate in the Windows store expires unrenewed"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The certificate for %2 in %1 expires on %3 (thumbprint %4), and no certbot certificate on this server covers these names.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "If a site or service still uses it, get a certificate for these names with the assistant and install it there; otherwise remove it from the store.",
        ),
        args=("store", "names", "not_after", "thumbprint"),
    ),
)

"""Findings from CertCentral: the API key, the ACME credential, validation, requests, approval.

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
_CC = Category.CERTCENTRAL

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "certcentral-key-invalid",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The CertCentral API key is not valid"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "CertCentral did not accept this API key: it may be mistyped, revoked, or made in the other region's CertCentral.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Create a new API key in CertCentral and save it in the assistant."
        ),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > API Keys"),
    ),
    spec(
        "certcentral-permission-missing",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The CertCentral API key lacks a permission"),
        QT_TRANSLATE_NOOP("Findings", "CertCentral answered: %1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Give the key's user a role that may view orders, domains and organizations, or use another key.",
        ),
        args=("error",),
    ),
    spec(
        "certcentral-unreachable",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "CertCentral cannot be reached"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings, then check again."),
        args=("error",),
    ),
    spec(
        "certcentral-blocked",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A proxy or firewall answered instead of CertCentral"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The answer to the CertCentral check was not from CertCentral: %1. The API key was not checked.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Ask the network team to allow HTTPS to the CertCentral API (www.digicert.com/services/v2, or certcentral.digicert.eu) from this server.",
        ),
        args=("error",),
    ),
    spec(
        "acme-credential-revoked",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The ACME directory URL was revoked"),
        QT_TRANSLATE_NOOP("Findings", 'The ACME credential "%1" is revoked in CertCentral.'),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Create a new ACME directory URL in CertCentral and use it with a new config directory.",
        ),
        kb=2,
        args=("credential",),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > ACME Directory URLs"),
        fixes=(Fix.MIGRATE,),
    ),
    spec(
        "acme-credential-not-found",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The ACME credential was not found in CertCentral"),
        QT_TRANSLATE_NOOP(
            "Findings", 'No ACME credential named "%1" exists in this CertCentral account.'
        ),
        QT_TRANSLATE_NOOP("Findings", "Check the name of the ACME directory URL in CertCentral."),
        args=("credential",),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > ACME Directory URLs"),
    ),
    spec(
        "organization-not-validated",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The organization is not validated"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Organization "%1" has no active %2 validation. CertCentral will not issue, and Certbot ends with a timeout error.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "In CertCentral, go to Certificates > Organizations and check the organization's validation status.",
        ),
        kb=3,
        args=("organization", "validation"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Organizations"),
    ),
    spec(
        "organization-validation-expiring",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The organization's validation expires soon"),
        QT_TRANSLATE_NOOP("Findings", 'The %2 validation of organization "%1" ends on %3.'),
        QT_TRANSLATE_NOOP(
            "Findings",
            "In CertCentral, go to Certificates > Organizations and revalidate the organization.",
        ),
        args=("organization", "validation", "not_after"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Organizations"),
    ),
    spec(
        "domain-not-in-account",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A name is not under any domain of the account"),
        QT_TRANSLATE_NOOP("Findings", "%1 is not covered by any domain in CertCentral."),
        QT_TRANSLATE_NOOP(
            "Findings", "Add the domain in CertCentral (Certificates > Domains) and validate it."
        ),
        args=("lineage",),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Domains"),
    ),
    spec(
        "no-challenge-needed",
        _I,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "No ACME challenge is needed"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Credential "%1" issues %2 certificates and CertCentral has validated every name. DigiCert then asks for no ACME challenge, so port 80 and name resolution on this server do not matter for issuing.',
        ),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do: Certbot can run."),
        args=("credential", "validation"),
    ),
    spec(
        "domain-needs-challenge",
        _I,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A name will be validated by an ACME challenge"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Domain "%1" (for %2) is not prevalidated in CertCentral. DigiCert validates it through an ACME challenge when Certbot runs, so this server must answer it.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check the next step (this server), or prevalidate the domain in CertCentral so that no challenge is needed.",
        ),
        args=("domain", "lineage"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Domains"),
    ),
    spec(
        "domain-not-validated",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The domain is not validated"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Domain "%1" (for %2) has no active validation. Certbot ends with a timeout error.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "In CertCentral, go to Certificates > Domains and complete the domain's validation.",
        ),
        kb=3,
        args=("domain", "lineage"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Domains"),
    ),
    spec(
        "domain-validation-expiring",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "The domain's validation expires soon"),
        QT_TRANSLATE_NOOP("Findings", 'The validation of domain "%1" ends on %2.'),
        QT_TRANSLATE_NOOP(
            "Findings", "In CertCentral, go to Certificates > Domains and revalidate the domain."
        ),
        args=("domain", "not_after"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Domains"),
    ),
    spec(
        "validation-expires-before-renewal",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A domain validation ends before the next renewal"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The validation of %1 can be used until %2 (days left: %3), but Certbot will renew %4 on %5. That renewal would wait for validation and can end in a timeout.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "In CertCentral, go to Certificates > Domains and revalidate %1 before %2.",
        ),
        args=("domain", "validated_until", "days", "lineage", "renews_on"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Domains"),
    ),
    spec(
        "request-pending",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A certificate request is waiting for approval"),
        QT_TRANSLATE_NOOP("Findings", "Request %1 for %2 is pending since %3."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Approve the request (the assistant can), or in CertCentral go to Certificates > Requests.",
        ),
        kb=3,
        args=("request", "lineage", "since"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Requests"),
        fixes=(Fix.DECIDE_REQUEST,),
    ),
    spec(
        "request-pending-over-24h",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "A certificate request has waited more than 24 hours"),
        QT_TRANSLATE_NOOP(
            "Findings", "Request %1 for %2 is pending since %3. The ACME order has timed out."
        ),
        QT_TRANSLATE_NOOP("Findings", "Approve or reject the request, then run Certbot again."),
        kb=3,
        args=("request", "lineage", "since"),
        console=QT_TRANSLATE_NOOP("Findings", "Certificates > Requests"),
        fixes=(Fix.DECIDE_REQUEST,),
    ),
    spec(
        "approval-step-may-be-required-role",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "Requests may need manual approval"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Whether ACME requests are approved automatically cannot be read through the API, and the API key's user (%1) is not an Administrator or Manager, whose requests are the only ones the skip setting applies to.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'In CertCentral, go to Settings > Preferences > Division Preferences > Advanced Settings > Approval Steps and select "Skip approval step: remove the approval step from your certificate order processes". The ACME credential must belong to an Administrator or Manager.',
        ),
        kb=3,
        args=("user",),
        console=QT_TRANSLATE_NOOP(
            "Findings",
            "Settings > Preferences > Division Preferences > Advanced Settings > Approval Steps",
        ),
    ),
    spec(
        "approval-step-may-be-required",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "Requests may need manual approval"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Whether ACME requests are approved automatically cannot be read through the API. Requests are waiting for approval (%1), so approval is probably not skipped.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'In CertCentral, go to Settings > Preferences > Division Preferences > Advanced Settings > Approval Steps and select "Skip approval step: remove the approval step from your certificate order processes".',
        ),
        kb=3,
        args=("count",),
        console=QT_TRANSLATE_NOOP(
            "Findings",
            "Settings > Preferences > Division Preferences > Advanced Settings > Approval Steps",
        ),
    ),
    spec(
        "certcentral-not-checked",
        _W,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "CertCentral was not checked"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "You chose to go on without CertCentral (%1). Organization and domain validation and waiting requests are not known: if one holds the order back, Certbot ends with a timeout.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Enter a working CertCentral API key and check again before you run Certbot.",
        ),
        args=("reason",),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > API Keys"),
    ),
)

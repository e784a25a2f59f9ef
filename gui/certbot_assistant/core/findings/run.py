"""Findings in a certbot run's output: every error certbot prints, named with its fix.

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
_RUN = Category.RUN

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "run-succeeded",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot received the certificate"),
        QT_TRANSLATE_NOOP("Findings", "Saved at %1, valid until %2."),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("path", "not_after"),
    ),
    spec(
        "not-due-for-renewal",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP(
            "Findings", "Certbot did not issue: the certificate is not due for renewal"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Certbot kept the existing certificate. Its renewal settings still point at the old ACME directory URL and account.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "To move it to the new credential, run renew with --cert-name, --server and --force-renewal, or issue it in a new config directory.",
        ),
        kb=1,
    ),
    spec(
        "eab-required-missing",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The server requires external account binding"),
        QT_TRANSLATE_NOOP("Findings", "Certbot tried to register without a KID and HMAC key."),
        QT_TRANSLATE_NOOP(
            "Findings", "Enter the KID and HMAC key of the ACME directory URL from CertCentral."
        ),
    ),
    spec(
        "eab-kid-unknown",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The server does not know this KID"),
        QT_TRANSLATE_NOOP("Findings", "The ACME server refused the registration: %1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Copy the KID again from CertCentral; if the ACME directory URL was revoked, create a new one.",
        ),
        args=("output",),
    ),
    spec(
        "eab-hmac-invalid",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The HMAC key is not valid"),
        QT_TRANSLATE_NOOP(
            "Findings", "The HMAC key does not match the KID, or is not a valid key: %1"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Copy the HMAC key again from CertCentral, exactly as shown, without quotes or spaces.",
        ),
        args=("output",),
    ),
    spec(
        "multiple-accounts-run",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", 'Certbot stopped at "Please choose an account"'),
        QT_TRANSLATE_NOOP(
            "Findings", "The config directory holds several accounts for this server."
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Keep one account for this server, or pass --account with the one to use."
        ),
    ),
    spec(
        "port-permission-denied",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot may not open the HTTP port"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run as administrator; on Windows the port may also be reserved by http.sys (netsh http show urlacl).",
        ),
        args=("output",),
    ),
    spec(
        "challenge-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Domain validation failed"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check that the names point at this server and that port 80 is reachable from the internet.",
        ),
        args=("output",),
    ),
    spec(
        "authorization-timeout",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The authorizations timed out"),
        QT_TRANSLATE_NOOP("Findings", "The CA did not finish the authorizations in time."),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check in CertCentral that the organization and domains are validated and that no request waits for approval, then run again.",
        ),
        kb=3,
    ),
    spec(
        "issuance-timeout",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Issuing the certificate timed out"),
        QT_TRANSLATE_NOOP(
            "Findings", "The order was not finalized in time (Certbot waits 90 seconds by default)."
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check in CertCentral for a request waiting for approval and that the organization and domains are validated, then run again.",
        ),
        kb=3,
    ),
    spec(
        "network-error",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot could not reach the ACME server"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings of this server."),
        args=("output",),
    ),
    spec(
        "tls-error",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server's certificate was not trusted"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "If a company proxy inspects TLS, give Certbot its CA with the REQUESTS_CA_BUNDLE environment variable.",
        ),
        args=("output",),
    ),
    spec(
        "rate-limited",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server is limiting requests"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Wait before trying again."),
        args=("output",),
    ),
    spec(
        "certbot-already-running",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot is already running"),
        QT_TRANSLATE_NOOP(
            "Findings", "Another instance of Certbot holds the lock on this config directory."
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Wait for it to finish (a scheduled renewal may be running), then try again.",
        ),
    ),
    spec(
        "run-cancelled",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The run was cancelled"),
        QT_TRANSLATE_NOOP("Findings", "Certbot was stopped before it finished."),
        QT_TRANSLATE_NOOP(
            "Findings", "Run it again when you are ready; the findings above show how far it got."
        ),
    ),
    spec(
        "run-timed-out",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot did not finish in time"),
        QT_TRANSLATE_NOOP("Findings", "Certbot was stopped after %1 seconds."),
        QT_TRANSLATE_NOOP(
            "Findings", "Check the network and CertCentral (pending approvals), then run again."
        ),
        args=("seconds",),
    ),
    spec(
        "run-refused",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The assistant did not start Certbot"),
        QT_TRANSLATE_NOOP(
            "Findings", "Certbot would do the wrong thing with this config directory: %1"
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Fix the findings listed, usually by choosing a new config directory."
        ),
        args=("findings",),
    ),
    spec(
        "proxy-error",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot could not get through the proxy"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Set HTTPS_PROXY for the account that runs Certbot (the scheduled renewal task too), with the user name and password if the proxy asks for them (407), or have the proxy let this server reach the ACME server.",
        ),
        args=("output",),
    ),
    spec(
        "bad-nonce",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server rejected the request as a replay"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The server did not accept the one-time value (nonce) Certbot sent: %1",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run again; one such refusal can happen. If it repeats, a proxy or load balancer between this server and the ACME server is caching or altering its answers: exempt the ACME server's address from it.",
        ),
        args=("output",),
    ),
    spec(
        "eab-algorithm-refused",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server refused how the account binding is signed"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Certbot signs the external account binding with HS256 only. DigiCert accepts it, so check that the ACME directory URL is DigiCert's; for another CA, use a client that supports the algorithm it requires.",
        ),
        args=("output",),
    ),
    spec(
        "certbot-missing-setting",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot stopped to ask for a setting"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run without a person (-n, or a scheduled task), Certbot needs every answer on its command line or in its configuration: %1",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run the command the assistant builds (it passes every setting), or add what is named: for example --email ADDRESS or --register-unsafely-without-email, --agree-tos, -d NAME.",
        ),
        args=("output",),
    ),
    spec(
        "registration-unauthorized",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server refused to register the account"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The ACME credential (KID and HMAC key) was refused. In CertCentral, check that it is active and not revoked or expired, and that this is its directory URL; if it was revoked, create a new credential and register with it in a new config directory.",
        ),
        args=("output",),
        console=QT_TRANSLATE_NOOP("Findings", "Automation > ACME Directory URLs"),
        fixes=(Fix.NEW_FOLDER,),
    ),
    spec(
        "windows-file-error",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Windows refused a file operation Certbot needs"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Keep the config directory on a local NTFS drive (not a network share, FAT or exFAT), and run Certbot from a command prompt started as administrator: Certbot sets owners and makes links there.",
        ),
        args=("output",),
        fixes=(Fix.RESTART_ELEVATED,),
    ),
    spec(
        "certificate-deployed",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The certificate is installed"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" was installed to %2.'),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("lineage", "destination"),
    ),
    spec(
        "deploy-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The certificate could not be installed"),
        QT_TRANSLATE_NOOP("Findings", 'Installing certificate "%1" to %2 failed: %3'),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run the assistant as administrator (the machine's certificate store and HTTPS bindings need it) and check that the target exists; then install again.",
        ),
        args=("lineage", "destination", "error"),
        fixes=(Fix.RESTART_ELEVATED,),
    ),
    spec(
        "binding-not-found",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "No HTTPS binding to update"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 has no HTTPS binding on this server yet, so nothing was pointed at the new certificate.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Add the https binding in IIS Manager (or with netsh http add sslcert) once, choosing the new certificate; later renewals update it.",
        ),
        args=("binding",),
    ),
    spec(
        "served-certificate-stale",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The server still serves the old certificate"),
        QT_TRANSLATE_NOOP(
            "Findings",
            '%1 serves certificate %3 (expires %5), not the new one of "%2" (%4).',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Point the binding at the new certificate (IIS Manager > Site > Bindings > https), or restart the service that serves it; then install again to check.",
        ),
        args=("binding", "lineage", "served", "expected", "not_after"),
    ),
    spec(
        "served-certificate-unreachable",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The served certificate could not be checked"),
        QT_TRANSLATE_NOOP("Findings", "No TLS connection to %1: %2"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check that the site runs and that this server can reach %1; the certificate may still be right.",
        ),
        args=("binding", "error"),
    ),
    spec(
        "renewal-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot could not renew a certificate"),
        QT_TRANSLATE_NOOP("Findings", 'Renewing "%1" in %2 failed: %3'),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Open the assistant on this server and check this folder (or run certbot-assistant diagnose --config-dir with the folder): the finding there names the cause and its fix. The certificate keeps working until it expires.",
        ),
        args=("lineage", "config_dir", "error"),
    ),
    spec(
        "run-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot failed"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Read Certbot's output and log for details."),
        args=("output",),
    ),
    spec(
        "mail-settings-unreadable",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The e-mail settings cannot be used"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 cannot be used: %2. The renewal ran all the same; no e-mail can be sent until this is fixed.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Set them again with "certbot-assistant notify set", or remove them with "certbot-assistant notify clear".',
        ),
        args=("file", "reason"),
    ),
    spec(
        "deploy-targets-unreadable",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Where to install certificates is not known"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 cannot be used: %2. Certificates renewed in this folder are not installed for the server again until this is fixed.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Install the certificate again from the assistant\'s Done page, or with "certbot-assistant deploy" and its targets: the file is written anew.',
        ),
        args=("file", "reason"),
    ),
    spec(
        "private-key-readable",
        _W,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Others can read the private key"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 has mode %2: users other than its owner and group can read the certificate's private key.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Install without --allow-readable-key unless the service needs it; 640 with the service's group is enough for most.",
        ),
        args=("file", "mode"),
    ),
)

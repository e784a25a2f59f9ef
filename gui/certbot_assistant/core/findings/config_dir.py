"""Findings about what a certbot config directory holds: accounts, KIDs, lineages, logs,
renewal tasks and the last mile.

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
_CFG = Category.CONFIG_DIR

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "config-dir-missing",
        _I,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The config directory does not exist yet"),
        QT_TRANSLATE_NOOP("Findings", "%1 does not exist."),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do: Certbot creates it on the first run."),
        args=("path",),
    ),
    spec(
        "config-dir-not-certbot",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "This folder is not a Certbot config directory"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 is not empty and holds none of Certbot's folders (accounts, renewal, live, archive).",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Pick another folder. The assistant never writes to or deletes anything in this one.",
        ),
        blocks_run=True,
        args=("path",),
        fixes=(Fix.NEW_FOLDER,),
    ),
    spec(
        "account-kid-mismatch",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Certbot would ignore the new KID"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "This folder already has an ACME account for %1, registered with KID %2. Certbot would reuse it and silently ignore KID %3, so certificates would keep coming from the old credential.",
        ),
        QT_TRANSLATE_NOOP("Findings", "Use a new config directory for the new KID."),
        kb=1,
        blocks_run=True,
        args=("server", "recorded_kid|pending_kid", "eab_kid"),
        fixes=(Fix.NEW_FOLDER, Fix.BACKUP_AND_REMOVE, Fix.MIGRATE),
    ),
    spec(
        "account-kid-unknown",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "An existing account may make Certbot ignore the KID"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "This folder already has an ACME account for %1 and nothing records which KID it was registered with. If it is not KID %2, Certbot will reuse it and ignore the new KID.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Use a new config directory, unless this folder was set up with this same credential.",
        ),
        kb=1,
        args=("server", "eab_kid"),
        fixes=(Fix.NEW_FOLDER, Fix.SAME_CREDENTIAL),
    ),
    spec(
        "account-kid-unknown-digicert",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "An existing account may make Certbot ignore the KID"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "This folder already has an ACME account for %1 and nothing records which KID it was registered with. DigiCert binds every account to one ACME credential: if it is not KID %2, Certbot will reuse it and silently ignore the new KID.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Use a new config directory. Only if you are sure this folder was set up with this same credential, confirm it, and the assistant records it.",
        ),
        kb=1,
        blocks_run=True,
        args=("server", "eab_kid"),
        fixes=(Fix.NEW_FOLDER, Fix.SAME_CREDENTIAL),
    ),
    spec(
        "multiple-accounts",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Several accounts for this ACME directory URL"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'This folder holds %1 complete accounts for %2. Certbot stops with "Please choose an account" when it runs unattended.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Keep one account for this server, or pass --account with the one to use."
        ),
        blocks_run=True,
        args=("count", "server"),
        fixes=(Fix.NEW_FOLDER,),
    ),
    spec(
        "incomplete-account",
        _I,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "An incomplete account folder is ignored"),
        QT_TRANSLATE_NOOP(
            "Findings", "%1 lacks %2, probably left by a failed registration. Certbot skips it."
        ),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("path", "missing"),
    ),
    spec(
        "incomplete-accounts",
        _I,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Incomplete account folders are ignored"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 account folders lack regr.json, private_key.json or meta.json, probably left by failed registrations (the first: %2). Certbot skips them.",
        ),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("count", "path"),
    ),
    spec(
        "lineage-bound-to-other-server",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate renews against another ACME server"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Certificate "%1" renews against %2, not %3. Renewals keep going to the old ACME directory URL and account.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Move it with "certbot renew --cert-name %1 --server <new URL> --force-renewal", or issue it again in a new config directory.',
        ),
        kb=1,
        args=("lineage", "other_server", "server"),
        fixes=(Fix.NEW_FOLDER,),
    ),
    spec(
        "legacy-acme-url",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "DigiCert's legacy ACME service is retired"),
        QT_TRANSLATE_NOOP(
            "Findings", "%1 uses acme.digicert.com, which DigiCert retired on 2026-02-24."
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Create a new ACME directory URL in CertCentral and use it with a new config directory.",
        ),
        blocks_run=True,
        args=("file|server",),
        fixes=(Fix.NEW_FOLDER, Fix.MIGRATE),
    ),
    spec(
        "certificate-expiring",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate expires soon"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" expires on %2.'),
        QT_TRANSLATE_NOOP("Findings", "Renew it now."),
        args=("lineage", "not_after"),
    ),
    spec(
        "certificate-expired",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate has expired"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" expired on %2.'),
        QT_TRANSLATE_NOOP("Findings", "Renew or issue it again."),
        args=("lineage", "not_after"),
    ),
    spec(
        "certificate-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate file cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP(
            "Findings", "Check the file; Certbot may fail to renew this certificate."
        ),
        args=("file", "reason"),
    ),
    spec(
        "renewal-conf-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A renewal configuration file cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP("Findings", "Fix or remove this file by hand."),
        args=("file", "reason"),
    ),
    spec(
        "account-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "An account file cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP(
            "Findings", "Check the file; Certbot may not be able to use this account."
        ),
        args=("file", "reason"),
    ),
    spec(
        "marker-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The assistant's record of KIDs cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Without it the assistant cannot tell which KID each account uses. Fix the file by hand or remove it; Certbot does not need it.",
        ),
        args=("file", "reason"),
    ),
    spec(
        "config-dir-unreadable",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The config directory cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP(
            "Findings", "Run the assistant as an administrator, or pick another folder."
        ),
        args=("path", "reason"),
        blocks_run=True,
    ),
    spec(
        "accounts-unreadable",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The accounts folder cannot be read"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1: %2. The assistant cannot see which accounts exist, so it cannot tell whether Certbot would ignore the KID.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Run the assistant as an administrator, or pick another folder."
        ),
        blocks_run=True,
        args=("path", "reason"),
    ),
    spec(
        "config-dir-link-outside",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A folder is a link to outside the config directory"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 leads to %2, outside the config directory. The assistant did not look there; Certbot will use it.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Check that the link is intended. To have it inspected, choose the folder it leads to.",
        ),
        args=("path", "target"),
    ),
    spec(
        "renewal-server-cut",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A renewal's ACME directory URL was cut short"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'The renewal settings of certificate "%1" have the server %2: the URL ends where an unquoted "&" cut it when the command was typed, so DigiCert does not get the order to renew.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Renew it with the assistant, which quotes the URL, or run certbot with the whole URL in double quotes ("...&orderId=...").',
        ),
        args=("lineage", "server"),
        fixes=(Fix.MIGRATE,),
    ),
    spec(
        "lineage-account-missing",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate renews with an account that is not here"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'The renewal settings of certificate "%1" name account %2, which is not in this folder\'s accounts for %3. Its renewal will fail.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Restore the accounts folder from a backup, or request the certificate again with the assistant (it registers an account with your ACME credential).",
        ),
        args=("lineage", "account", "server"),
    ),
    spec(
        "lineage-files-missing",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate's files are missing"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'The renewal settings of certificate "%1" name %2, which does not exist. Certbot treats this certificate as broken and will not renew it.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Restore the folder from a backup, or remove the certificate with "certbot delete --cert-name %1" and request it again.',
        ),
        args=("lineage", "file"),
    ),
    spec(
        "certificate-not-yet-valid",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate is not valid yet"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Certificate "%1" becomes valid only on %2. Until then browsers and servers reject it; the computer\'s clock may be wrong.',
        ),
        QT_TRANSLATE_NOOP("Findings", "Check the date and time of this computer."),
        args=("lineage", "not_before"),
    ),
    spec(
        "certificate-key-mismatch",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate does not match its private key"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'The private key of certificate "%1" (%2) does not belong to its certificate. A server using this pair cannot start TLS.',
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'Restore the folder from a backup, or renew with "certbot renew --cert-name %1 --force-renewal".',
        ),
        args=("lineage", "file"),
    ),
    spec(
        "config-dir-in-use",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Another run is using this config directory"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The assistant is already running Certbot with %1 (in another window or a scheduled task).",
        ),
        QT_TRANSLATE_NOOP("Findings", "Wait until that run ends, then try again."),
        blocks_run=True,
        args=("path",),
    ),
    spec(
        "secret-in-certbot-log",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A Certbot log contains an HMAC key"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 holds an --eab-hmac-key value in clear text. Anyone who can read it can register accounts with this credential.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Redact the logs (the assistant can do it), and consider replacing the ACME credential in CertCentral.",
        ),
        args=("file",),
        fixes=(Fix.REDACT_LOGS,),
    ),
    spec(
        "renewal-not-scheduled",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Certificates in this folder are not renewed automatically"),
        QT_TRANSLATE_NOOP(
            "Findings",
            'No scheduled task or timer renews %1. A task running plain "certbot renew" covers only the default folder.',
        ),
        QT_TRANSLATE_NOOP("Findings", "Schedule renewal for this folder."),
        args=("path",),
    ),
    spec(
        "renewal-task-broken",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The renewal task is broken"),
        QT_TRANSLATE_NOOP("Findings", "Task %1 points at %2, which no longer exists."),
        QT_TRANSLATE_NOOP("Findings", "Create the renewal task again."),
        args=("task", "path"),
    ),
    spec(
        "certificate-malformed",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate breaks the X.509 rules"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1: %2. Windows, browsers and other clients may refuse it; DigiCert never issues such a certificate.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "Find out where the file came from, and request the certificate again."
        ),
        args=("file", "reason"),
    ),
    spec(
        "renewal-log-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Certbot's log cannot be read"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 cannot be read: %2. When the certificates were last renewed is not known, and the file may hold an HMAC key the assistant cannot check for.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Run the assistant as an administrator (or root), or check the file by hand.",
        ),
        args=("file", "reason"),
    ),
)

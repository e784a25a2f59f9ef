"""Findings: every problem the assistant can name, and the catalogue they come from.

A finding is the one currency between the checks and the faces (wizard, CLI, report, tests).
The catalogue below is the data behind ``shared/design/findings.md``; its ids are a public
contract and are never renamed. Texts are English source strings marked for translation in the
``Findings`` context; details take ``%1``..``%9`` arguments filled from the finding.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from certbot_assistant.core.translation import (
    QT_TRANSLATE_NOOP,
    Translator,
    fill,
    identity_translator,
)

CONTEXT = "Findings"


class Severity(enum.Enum):
    """How bad a finding is; ordered so the worst sorts first."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Category(enum.Enum):
    """Where a finding comes from; the wizard shows each category on its own step."""

    INSTALLATION = "installation"
    CONFIG_DIR = "config-dir"
    ACME_SERVER = "acme-server"
    CERTCENTRAL = "certcentral"
    LOCAL = "local"
    RUN = "run"


class Fix(enum.Enum):
    """A fix button the wizard offers beside a finding. The catalogue says which findings
    offer which; the page showing the finding supplies the action when it can perform it."""

    NEW_FOLDER = "new-folder"
    BACKUP_AND_REMOVE = "backup-and-remove"
    SAME_CREDENTIAL = "same-credential"
    REDACT_LOGS = "redact-logs"
    DECIDE_REQUEST = "decide-request"
    USE_WEBROOT = "use-webroot"
    RESTART_ELEVATED = "restart-elevated"


@dataclass(frozen=True)
class FindingSpec:
    """One catalogue entry: what the finding means, how to fix it, and what it implies."""

    id: str
    severity: Severity
    category: Category
    title: str
    detail: str
    fix: str
    kb_scenario: int | None = None
    blocks_run: bool = False
    """Certbot would do the wrong thing in this folder: a run is refused before it starts."""
    arguments: tuple[str, ...] = ()
    """The evidence keys whose values fill %1, %2… of detail and fix ("a|b": the first given)."""
    console_path: str | None = None
    """Where in the CertCentral console the fix is made (marked for translation)."""
    fixes: tuple[Fix, ...] = ()


def _spec(
    id_: str,
    severity: Severity,
    category: Category,
    title: str,
    detail: str,
    fix: str,
    kb: int | None = None,
    *,
    args: tuple[str, ...] = (),
    blocks_run: bool = False,
    console: str | None = None,
    fixes: tuple[Fix, ...] = (),
) -> FindingSpec:
    return FindingSpec(
        id_, severity, category, title, detail, fix, kb, blocks_run, args, console, fixes
    )


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_INST, _CFG, _ACME, _CC, _LOC, _RUN = (
    Category.INSTALLATION,
    Category.CONFIG_DIR,
    Category.ACME_SERVER,
    Category.CERTCENTRAL,
    Category.LOCAL,
    Category.RUN,
)

CATALOGUE: tuple[FindingSpec, ...] = (
    # Certbot installation
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    # Config directory
    _spec(
        "config-dir-missing",
        _I,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The config directory does not exist yet"),
        QT_TRANSLATE_NOOP("Findings", "%1 does not exist."),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do: Certbot creates it on the first run."),
        args=("path",),
    ),
    _spec(
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
    _spec(
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
        fixes=(Fix.NEW_FOLDER, Fix.BACKUP_AND_REMOVE),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
        fixes=(Fix.NEW_FOLDER,),
    ),
    _spec(
        "certificate-expiring",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate expires soon"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" expires on %2.'),
        QT_TRANSLATE_NOOP("Findings", "Renew it now."),
        args=("lineage", "not_after"),
    ),
    _spec(
        "certificate-expired",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A certificate has expired"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" expired on %2.'),
        QT_TRANSLATE_NOOP("Findings", "Renew or issue it again."),
        args=("lineage", "not_after"),
    ),
    _spec(
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
    _spec(
        "renewal-conf-unreadable",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A renewal configuration file cannot be read"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP("Findings", "Fix or remove this file by hand."),
        args=("file", "reason"),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
        "renewal-task-broken",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The renewal task is broken"),
        QT_TRANSLATE_NOOP("Findings", "Task %1 points at %2, which no longer exists."),
        QT_TRANSLATE_NOOP("Findings", "Create the renewal task again."),
        args=("task", "path"),
    ),
    # ACME server
    _spec(
        "acme-server-unreachable",
        _E,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME directory URL cannot be reached"),
        QT_TRANSLATE_NOOP("Findings", "%1: %2"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings of this server."),
        args=("server", "error"),
    ),
    _spec(
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
    _spec(
        "account-unknown-to-server",
        _E,
        _ACME,
        QT_TRANSLATE_NOOP("Findings", "The ACME server does not know this account"),
        QT_TRANSLATE_NOOP("Findings", "The server answered that the account does not exist: %1"),
        QT_TRANSLATE_NOOP("Findings", "Use a new config directory."),
        args=("output",),
    ),
    # CertCentral
    _spec(
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
    _spec(
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
    _spec(
        "certcentral-unreachable",
        _E,
        _CC,
        QT_TRANSLATE_NOOP("Findings", "CertCentral cannot be reached"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings, then check again."),
        args=("error",),
    ),
    _spec(
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
    _spec(
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
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    # Local checks
    _spec(
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
    _spec(
        "not-elevated",
        _E,
        _LOC,
        QT_TRANSLATE_NOOP("Findings", "The assistant is not running as administrator"),
        QT_TRANSLATE_NOOP("Findings", "Certbot on Windows needs administrator rights."),
        QT_TRANSLATE_NOOP("Findings", "Restart the assistant as administrator."),
        fixes=(Fix.RESTART_ELEVATED,),
    ),
    _spec(
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
    # A certbot run's output
    _spec(
        "run-succeeded",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot received the certificate"),
        QT_TRANSLATE_NOOP("Findings", "Saved at %1, valid until %2."),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("path", "not_after"),
    ),
    _spec(
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
    _spec(
        "eab-required-missing",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The server requires external account binding"),
        QT_TRANSLATE_NOOP("Findings", "Certbot tried to register without a KID and HMAC key."),
        QT_TRANSLATE_NOOP(
            "Findings", "Enter the KID and HMAC key of the ACME directory URL from CertCentral."
        ),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
        "network-error",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot could not reach the ACME server"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Check the network and proxy settings of this server."),
        args=("output",),
    ),
    _spec(
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
    _spec(
        "rate-limited",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The ACME server is limiting requests"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Wait before trying again."),
        args=("output",),
    ),
    _spec(
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
    _spec(
        "run-cancelled",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The run was cancelled"),
        QT_TRANSLATE_NOOP("Findings", "Certbot was stopped before it finished."),
        QT_TRANSLATE_NOOP(
            "Findings", "Run it again when you are ready; the findings above show how far it got."
        ),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
        "certificate-deployed",
        _I,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "The certificate is installed"),
        QT_TRANSLATE_NOOP("Findings", 'Certificate "%1" was installed to %2.'),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("lineage", "destination"),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
        "run-failed",
        _E,
        _RUN,
        QT_TRANSLATE_NOOP("Findings", "Certbot failed"),
        QT_TRANSLATE_NOOP("Findings", "%1"),
        QT_TRANSLATE_NOOP("Findings", "Read Certbot's output and log for details."),
        args=("output",),
    ),
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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
    _spec(
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

_BY_ID: dict[str, FindingSpec] = {spec.id: spec for spec in CATALOGUE}

# One public id can have several wordings (a config-dir check and a run-output line, or two
# different reasons); each wording is its own spec and maps back to the public id here.
_PUBLIC_ID = {
    "account-kid-unknown-digicert": "account-kid-unknown",
    "incomplete-accounts": "incomplete-account",
    "multiple-accounts-run": "multiple-accounts",
    "approval-step-may-be-required-role": "approval-step-may-be-required",
}

EVIDENCE_LABELS: dict[str, str] = {
    "path": QT_TRANSLATE_NOOP("Findings", "Path"),
    "file": QT_TRANSLATE_NOOP("Findings", "File"),
    "version": QT_TRANSLATE_NOOP("Findings", "Version"),
    "install_kind": QT_TRANSLATE_NOOP("Findings", "Installed by"),
    "server": QT_TRANSLATE_NOOP("Findings", "ACME directory URL"),
    "other_server": QT_TRANSLATE_NOOP("Findings", "Server in renewal settings"),
    "account": QT_TRANSLATE_NOOP("Findings", "Account"),
    "credential": QT_TRANSLATE_NOOP("Findings", "ACME credential"),
    "accounts": QT_TRANSLATE_NOOP("Findings", "Accounts"),
    "eab_kid": QT_TRANSLATE_NOOP("Findings", "KID"),
    "recorded_kid": QT_TRANSLATE_NOOP("Findings", "Recorded KID"),
    "lineage": QT_TRANSLATE_NOOP("Findings", "Certificate"),
    "not_after": QT_TRANSLATE_NOOP("Findings", "Expires"),
    "error": QT_TRANSLATE_NOOP("Findings", "Error"),
    "output": QT_TRANSLATE_NOOP("Findings", "Output"),
    "count": QT_TRANSLATE_NOOP("Findings", "Count"),
    "missing": QT_TRANSLATE_NOOP("Findings", "Missing"),
    "port": QT_TRANSLATE_NOOP("Findings", "Port"),
    "process": QT_TRANSLATE_NOOP("Findings", "Process"),
    "pending_kid": QT_TRANSLATE_NOOP("Findings", "KID of an interrupted run"),
    "target": QT_TRANSLATE_NOOP("Findings", "Leads to"),
    "not_before": QT_TRANSLATE_NOOP("Findings", "Valid from"),
    "roles": QT_TRANSLATE_NOOP("Findings", "Roles"),
    "request": QT_TRANSLATE_NOOP("Findings", "Request"),
    "task": QT_TRANSLATE_NOOP("Findings", "Task"),
    "domain": QT_TRANSLATE_NOOP("Findings", "Domain"),
    "organization": QT_TRANSLATE_NOOP("Findings", "Organization"),
    "binding": QT_TRANSLATE_NOOP("Findings", "Binding"),
    "destination": QT_TRANSLATE_NOOP("Findings", "Installed to"),
}
"""The evidence shown under a finding, with its label; other keys (a reason, a quoted output
line) only fill the finding's text, and all of them are in the CLI's JSON."""

TEXT_EVIDENCE_LABELS: dict[str, str] = {
    "account_region": QT_TRANSLATE_NOOP("Findings", "Account's region"),
    "config_dir": QT_TRANSLATE_NOOP("Findings", "Config directory"),
    "expected": QT_TRANSLATE_NOOP("Findings", "Expected"),
    "findings": QT_TRANSLATE_NOOP("Findings", "Findings"),
    "holder": QT_TRANSLATE_NOOP("Findings", "Held by"),
    "mode": QT_TRANSLATE_NOOP("Findings", "Mode"),
    "names": QT_TRANSLATE_NOOP("Findings", "Names"),
    "reason": QT_TRANSLATE_NOOP("Findings", "Reason"),
    "region": QT_TRANSLATE_NOOP("Findings", "Region"),
    "seconds": QT_TRANSLATE_NOOP("Findings", "Seconds"),
    "served": QT_TRANSLATE_NOOP("Findings", "Served"),
    "since": QT_TRANSLATE_NOOP("Findings", "Since"),
    "store": QT_TRANSLATE_NOOP("Findings", "Certificate store"),
    "thumbprint": QT_TRANSLATE_NOOP("Findings", "Thumbprint"),
    "user": QT_TRANSLATE_NOOP("Findings", "User"),
    "validation": QT_TRANSLATE_NOOP("Findings", "Validation"),
}
"""Labels for the keys that only fill a finding's text, where all evidence is listed (the
help desk's report)."""


def evidence_label(key: str) -> str:
    """The untranslated label of an evidence key (the key itself for one without a label)."""
    return EVIDENCE_LABELS.get(key) or TEXT_EVIDENCE_LABELS.get(key, key)


def spec_for(finding_id: str) -> FindingSpec:
    """The catalogue entry for ``finding_id``; ``KeyError`` for an id that is not in it."""
    return _BY_ID[finding_id]


@dataclass(frozen=True)
class Finding:
    """One problem found, with the evidence that shows it; the catalogue entry's ``arguments``
    say which evidence fills its text, so no value is passed twice."""

    spec_id: str
    evidence: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spec_for(self.spec_id)  # a typo in a check fails loudly in tests, never silently

    @property
    def spec(self) -> FindingSpec:
        return spec_for(self.spec_id)

    @property
    def id(self) -> str:
        """The public id (the catalogue contract)."""
        return _PUBLIC_ID.get(self.spec_id, self.spec_id)

    @property
    def severity(self) -> Severity:
        return self.spec.severity

    @property
    def args(self) -> tuple[str, ...]:
        """The values for %1, %2… in the order the catalogue entry names them."""
        return tuple(_argument(self.evidence, keys) for keys in self.spec.arguments)

    def title(self, tr: Translator = identity_translator) -> str:
        return tr(CONTEXT, self.spec.title)

    def detail(self, tr: Translator = identity_translator) -> str:
        return fill(tr(CONTEXT, self.spec.detail), self.args)

    def fix(self, tr: Translator = identity_translator) -> str:
        return fill(tr(CONTEXT, self.spec.fix), self.args)

    def to_json(self, tr: Translator = identity_translator) -> dict[str, Any]:
        """The CLI JSON shape (architecture.md): id, severity, title, detail, fix, evidence."""
        return {
            "id": self.id,
            "severity": self.severity.value,
            "title": self.title(tr),
            "detail": self.detail(tr),
            "fix": self.fix(tr),
            "evidence": dict(self.evidence),
        }


def _argument(evidence: Mapping[str, str], keys: str) -> str:
    for key in keys.split("|"):
        if key in evidence:
            return evidence[key]
    return "?"


def printable(value: object) -> str:
    """``str(value)`` that is always valid Unicode text.

    A POSIX file name need not be UTF-8; Python carries its odd bytes as lone surrogates, which
    no UTF-8 output (the CLI's JSON, the report, a Qt label) can hold. They are shown as ``\\xNN``.
    """
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text


def make(spec_id: str, **evidence: object) -> Finding:
    """Build a finding from its evidence; values are turned into text so they serialise as they
    read, and None (not known) is left out. Every argument the catalogue entry names must be
    passed, so a forgotten one fails in tests rather than showing "?" to a user."""
    spec = spec_for(spec_id)
    missing = [k for k in spec.arguments if not any(a in evidence for a in k.split("|"))]
    if missing:
        raise TypeError(f"finding {spec_id} needs evidence {', '.join(missing)}")
    return Finding(
        spec_id, {key: printable(value) for key, value in evidence.items() if value is not None}
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Worst first, stable otherwise, so the order the checks found them in is kept."""
    return sorted(findings, key=lambda f: f.severity.rank)


def has_error(findings: Sequence[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that make a certbot run refuse to start (see ``FindingSpec.blocks_run``)."""
    return [f for f in findings if f.spec.blocks_run]

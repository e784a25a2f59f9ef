"""Findings about moving a config dir's certificates to a new credential (``migrate``).

Ids are a public contract (shared/design/findings.md): never renamed.
"""

from __future__ import annotations

from certbot_assistant.core.findings.spec import Category, FindingSpec, Severity, spec
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_CFG = Category.CONFIG_DIR

SPECS: tuple[FindingSpec, ...] = (
    spec(
        "migrate-manual-without-hooks",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "This certificate cannot be moved unattended"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 uses the manual authenticator without an authentication hook: Certbot would wait for someone to put each challenge in place by hand.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Issue it again in the new folder with the wizard, or give it a --manual-auth-hook first; the other certificates can be moved.",
        ),
        args=("lineage",),
    ),
    spec(
        "migrate-lineage-unreadable",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "This certificate's settings cannot be read"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "The renewal settings or the certificate of %1 cannot be read: %2",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Fix or remove this certificate in the old folder, then run the move again.",
        ),
        args=("lineage", "reason"),
    ),
    spec(
        "migrate-setting-not-carried",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "A setting is not carried to the new folder"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1: %2 = %3 is not carried over; the assistant does not know how to set it again.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "After the move, set it again for this certificate in the new folder if it is still needed.",
        ),
        args=("lineage", "setting", "value"),
    ),
    spec(
        "migrate-installer-not-carried",
        _W,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The installer plugin is not carried to the new folder"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 was installed by the %2 plugin. The move orders it with certonly, which installs nothing.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            'After the move, install it with "certbot-assistant deploy" or "certbot install".',
        ),
        args=("lineage", "value"),
    ),
    spec(
        "migrate-webroot-missing",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "No webroot folder is recorded for a name"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 uses the webroot method, but its renewal settings name no folder for %2.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Renew it once in the old folder with -w for that name, or issue it again in the new folder with the wizard.",
        ),
        args=("lineage", "domain"),
    ),
    spec(
        "migrate-lineage-moved",
        _I,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "Certificate moved to the new credential"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "%1 was issued again in %2 with KID %3, with its renewal settings.",
        ),
        QT_TRANSLATE_NOOP("Findings", "Nothing to do."),
        args=("lineage", "config_dir", "eab_kid"),
    ),
    spec(
        "migrate-stopped",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The move stopped before every certificate moved"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "It stopped at %1. Moved: %2. Not moved yet: %3. The old folder was left as it is.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Fix what the findings above name, then run the same move again: it goes on where it stopped.",
        ),
        args=("lineage", "moved", "remaining"),
    ),
    spec(
        "migrate-checks-failed",
        _E,
        _CFG,
        QT_TRANSLATE_NOOP("Findings", "The move did not start"),
        QT_TRANSLATE_NOOP(
            "Findings",
            "A check before the first order failed (see the findings above). Nothing was ordered; the old folder was left as it is. Not moved yet: %1.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Fix what the findings above name, then run the same move again.",
        ),
        args=("remaining",),
    ),
)

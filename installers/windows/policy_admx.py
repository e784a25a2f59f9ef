"""Group Policy administrative templates (ADMX, with ADML in English and Japanese) for the
organization's preset settings, generated from ``core.policy.Setting`` like the MSI's
properties, so that a GPO writes exactly the values the app reads.

    python installers/windows/policy_admx.py installers/windows/admx          # write
    python installers/windows/policy_admx.py installers/windows/admx --check  # up to date?

Copy ``CertbotAssistant.admx`` and its ``en-US``/``ja-JP`` folders into the domain's Central
Store (``\\\\<domain>\\SYSVOL\\<domain>\\Policies\\PolicyDefinitions``) or
``C:\\Windows\\PolicyDefinitions``; the settings appear under Computer Configuration >
Administrative Templates > Certbot Assistant for CertCentral. The labels come from the app's own
translations (context ``Policy`` in ``i18n/app_ja.ts``).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "gui"))

from certbot_assistant.core.policy import LABELS, LOCKED, POLICY_KEY, Setting  # noqa: E402

NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
CATEGORY = "CertbotAssistant"
LOCK_LABEL = "Settings users may not change"

EXPLAIN = {
    "en": {
        Setting.ACME_DIRECTORY_URL: "The ACME directory URL a new credential starts with "
        "(CertCentral > Automation > ACME Directory URLs). An https URL; the retired "
        "acme.digicert.com is ignored.",
        Setting.CERTCENTRAL_REGION: "us or eu: where CertCentral's API is asked.",
        Setting.CONFIG_ROOT: "The folder new certbot config directories are created in, for "
        "example D:\\Certbot.",
        Setting.LANGUAGE: "en or ja: the wizard's language unless the user chose another.",
        Setting.SMTP_RELAY: "host or host:port of the relay the renewal task mails through "
        "when something is wrong.",
        Setting.NOTIFY_TO: "The e-mail recipients of the renewal task, separated by commas.",
        LOCKED: "The settings a user may not change, by their registry names, separated by "
        "spaces or commas (for example: AcmeDirectoryUrl CertCentralRegion).",
    },
    "ja": {
        Setting.ACME_DIRECTORY_URL: "新しい資格情報の ACME ディレクトリ URL です (CertCentral の "
        "[自動化]>[ACME ディレクトリ URL])。https の URL を指定します。廃止された "
        "acme.digicert.com は無視されます。",
        Setting.CERTCENTRAL_REGION: "us または eu: CertCentral の API に問い合わせる"
        "リージョンです。",
        Setting.CONFIG_ROOT: "新しい Certbot の設定ディレクトリを作成するフォルダーです "
        "(例: D:\\Certbot)。",
        Setting.LANGUAGE: "en または ja: ユーザーが選ばない限り、ウィザードの表示言語になります。",
        Setting.SMTP_RELAY: "更新タスクが問題を知らせるメールを送る SMTP リレー (host または "
        "host:port) です。",
        Setting.NOTIFY_TO: "更新タスクのメールの宛先です。複数の場合はコンマで区切ります。",
        LOCKED: "ユーザーが変更できない設定を、レジストリ名で空白またはコンマで区切って指定します "
        "(例: AcmeDirectoryUrl CertCentralRegion)。",
    },
}
TITLES = {"en": "Certbot Assistant for CertCentral", "ja": "Certbot アシスタント (CertCentral)"}
LOCK_TITLES = {"en": LOCK_LABEL, "ja": "ユーザーが変更できない設定"}
CULTURES = {"en": "en-US", "ja": "ja-JP"}


def names() -> list[str]:
    return [*(s.value for s in Setting), LOCKED]


def admx() -> str:
    policies = []
    for name in names():
        policies.append(
            f'    <policy name="{name}" class="Machine" displayName="$(string.{name})"'
            f' explainText="$(string.{name}_Explain)" presentation="$(presentation.{name})"'
            f" key={quoteattr(POLICY_KEY)}>\n"
            f'      <parentCategory ref="{CATEGORY}" />\n'
            '      <supportedOn ref="windows:SUPPORTED_WindowsVista" />\n'
            f'      <elements>\n        <text id="{name}" valueName="{name}" required="true" />\n'
            "      </elements>\n    </policy>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<policyDefinitions revision="1.0" schemaVersion="1.0" xmlns="{NAMESPACE}">\n'
        "  <policyNamespaces>\n"
        '    <target prefix="certbotassistant" namespace="CertbotAssistant.Policies" />\n'
        '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />\n'
        "  </policyNamespaces>\n"
        '  <resources minRequiredRevision="1.0" />\n'
        "  <categories>\n"
        f'    <category name="{CATEGORY}" displayName="$(string.{CATEGORY})" />\n'
        "  </categories>\n"
        "  <policies>\n" + "\n".join(policies) + "\n  </policies>\n</policyDefinitions>\n"
    )


def labels(language: str) -> dict[str, str]:
    """Each setting's label in ``language``: the app's own translation of it."""
    found = {s.value: LABELS[s] for s in Setting}
    found[LOCKED] = LOCK_TITLES[language]
    if language == "en":
        return found
    root = ET.parse(REPO / "i18n" / f"app_{language}.ts").getroot()
    translated = {
        m.findtext("source"): m.findtext("translation")
        for c in root.iter("context")
        if c.findtext("name") == "Policy"
        for m in c.iter("message")
    }
    return {
        name: (translated.get(label) or label) if name != LOCKED else label
        for name, label in found.items()
    }


def adml(language: str) -> str:
    shown = labels(language)
    strings = [f'      <string id="{CATEGORY}">{escape(TITLES[language])}</string>']
    presentations = []
    for name in names():
        setting = next((s for s in Setting if s.value == name), None)
        explain = EXPLAIN[language][setting if setting is not None else LOCKED]
        strings += [
            f'      <string id="{name}">{escape(shown[name])}</string>',
            f'      <string id="{name}_Explain">{escape(explain)}</string>',
        ]
        presentations.append(
            f'      <presentation id="{name}">\n'
            f'        <textBox refId="{name}">\n'
            f"          <label>{escape(shown[name])}</label>\n"
            "        </textBox>\n      </presentation>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<policyDefinitionResources revision="1.0" schemaVersion="1.0" xmlns="{NAMESPACE}">\n'
        f"  <displayName>{escape(TITLES[language])}</displayName>\n"
        f"  <description>{escape(TITLES[language])}</description>\n"
        "  <resources>\n    <stringTable>\n" + "\n".join(strings) + "\n    </stringTable>\n"
        "    <presentationTable>\n" + "\n".join(presentations) + "\n    </presentationTable>\n"
        "  </resources>\n</policyDefinitionResources>\n"
    )


def files() -> dict[str, str]:
    made = {"CertbotAssistant.admx": admx()}
    for language, culture in CULTURES.items():
        made[f"{culture}/CertbotAssistant.adml"] = adml(language)
    return made


def main() -> int:
    out = Path(sys.argv[1])
    check = "--check" in sys.argv[2:]
    stale = []
    for relative, text in files().items():
        path = out / relative
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date: {stale}; run {Path(__file__).name} {out}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

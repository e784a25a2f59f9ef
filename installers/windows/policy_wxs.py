"""The MSI's public properties for an organization's preset settings, as a WiX include.

    python installers/windows/policy_wxs.py STAGE_DIR [--wixl]   # policy.wxi, policy-refs.wxi

Generated from ``core.policy.Setting`` so that the installer, the app and the README name the
same settings: one public property per setting (``ACME_DIRECTORY_URL=…``) plus
``LOCKED_SETTINGS``, each written to ``HKLM\\Software\\Policies\\Certbot Assistant`` by its own
component, installed only when the property has a value. The product's .wxs includes it
(``<?include policy.wxi?>``, and ``policy-refs.wxi`` in its feature, from the MSI's staging
folder).

An upgrade keeps what the older install wrote (WiX's "remember property" pattern): the value is
read back from the registry by AppSearch, unless the command line gives a new one, which is
saved before AppSearch and put back after it.

wixl (the Linux build) has no component ``<Condition>`` and no ``Secure`` attribute; with
``--wixl`` they are left out here and ``scripts/build.py`` writes the same conditions and
``SecureCustomProperties`` into the built MSI's tables.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gui"))

from certbot_assistant.core.policy import LOCKED, POLICY_KEY, Setting

NAMESPACE = uuid.UUID("8a2f4c61-3b7e-4d09-9e15-6c0d2b7a4f38")
LOCKED_PROPERTY = "LOCKED_SETTINGS"


def secure_properties() -> list[str]:
    """What the elevated part of the install must receive from the command line."""
    return [name for prop, _ in properties() for name in (prop, f"CMDLINE_{prop}")]


def properties() -> list[tuple[str, str]]:
    """(MSI property, registry value name) for every preset setting and the lock list."""
    return [(s.msi_property, s.value) for s in Setting] + [(LOCKED_PROPERTY, LOCKED)]


def component_id(prop: str) -> str:
    return "Policy" + "".join(part.title() for part in prop.split("_"))


def include(wixl: bool) -> str:
    key = quoteattr(POLICY_KEY)
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<Include xmlns="http://schemas.microsoft.com/wix/2006/wi">']  # fmt: skip
    sequence: list[str] = []
    for number, (prop, name) in enumerate(properties()):
        secure = "" if wixl else ' Secure="yes"'
        lines += [
            f'    <Property Id="{prop}"{secure}>',
            f'      <RegistrySearch Id="Find{component_id(prop)}" Root="HKLM" Key={key}'
            f' Name="{name}" Type="raw" Win64="yes"/>',
            "    </Property>",
            *([] if wixl else [f'    <Property Id="CMDLINE_{prop}" Secure="yes"/>']),
            f'    <CustomAction Id="Save{component_id(prop)}" Property="CMDLINE_{prop}"'
            f' Value="[{prop}]" Execute="firstSequence"/>',
            f'    <CustomAction Id="Restore{component_id(prop)}" Property="{prop}"'
            f' Value="[CMDLINE_{prop}]" Execute="firstSequence"/>',
        ]
        # Explicit numbers around AppSearch (50): wixl places Before/After anywhere free.
        sequence += [
            f'      <Custom Action="Save{component_id(prop)}" Sequence="{40 + number}">'
            f"{prop}</Custom>",
            f'      <Custom Action="Restore{component_id(prop)}" Sequence="{51 + number}">'
            f"CMDLINE_{prop}</Custom>",
        ]
    for table in ("InstallUISequence", "InstallExecuteSequence"):
        lines += [f"    <{table}>", *sequence, f"    </{table}>"]
    lines.append('    <DirectoryRef Id="INSTALLDIR">')
    for prop, name in properties():
        guid = str(uuid.uuid5(NAMESPACE, prop)).upper()
        lines += [
            f'      <Component Id="{component_id(prop)}" Guid="{guid}" Win64="yes">',
            *([] if wixl else [f"        <Condition>{prop}</Condition>"]),
            f'        <RegistryValue Root="HKLM" Key={key} Name="{name}" Type="string"'
            f' Value="[{prop}]" KeyPath="yes"/>',
            "      </Component>",
        ]
    lines += ["    </DirectoryRef>", "</Include>", ""]
    return "\n".join(lines)


def feature_refs() -> str:
    """The components for the product's feature (wixl takes no ComponentGroup in a Product)."""
    refs = [f'      <ComponentRef Id="{component_id(prop)}"/>' for prop, _ in properties()]
    return "\n".join(['<?xml version="1.0" encoding="utf-8"?>',
                      '<Include xmlns="http://schemas.microsoft.com/wix/2006/wi">',
                      *refs, "</Include>", ""])  # fmt: skip


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "policy.wxi").write_text(include("--wixl" in sys.argv[2:]), encoding="utf-8")
    (out / "policy-refs.wxi").write_text(feature_refs(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The MSI's policy properties come from the same list of settings the app reads."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installers" / "windows"))

from policy_wxs import feature_refs, include, properties, secure_properties  # noqa: E402

from certbot_assistant.core.policy import LOCKED, POLICY_KEY, Setting, policy_from  # noqa: E402

NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


def test_one_property_per_setting_and_the_lock_list() -> None:
    assert [name for _, name in properties()] == [*(s.value for s in Setting), LOCKED]
    assert set(secure_properties()) >= {p for p, _ in properties()}


def test_wix_authoring_writes_each_property_to_the_policy_key_when_given() -> None:
    for wixl in (False, True):
        root = ET.fromstring(include(wixl))
        values = root.findall(".//w:Component/w:RegistryValue", NS)
        assert {v.get("Key") for v in values} == {POLICY_KEY}
        assert {v.get("Name"): v.get("Value") for v in values} == {
            name: f"[{prop}]" for prop, name in properties()
        }
        conditions = [
            c.findtext("w:Condition", namespaces=NS) for c in root.iter(f"{{{NS['w']}}}Component")
        ]
        assert conditions == ([None] * len(properties()) if wixl else [p for p, _ in properties()])
        searches = root.findall(".//w:Property/w:RegistrySearch", NS)
        assert len(searches) == len(properties()) and all(s.get("Win64") == "yes" for s in searches)
    refs = ET.fromstring(feature_refs()).findall("w:ComponentRef", NS)
    assert len(refs) == len(properties())


def test_what_the_msi_writes_reads_back_as_the_policy() -> None:
    written = {name: "x" for _, name in properties()}
    written.update(AcmeDirectoryUrl="https://one.digicert.com/mpki/api/v1/acme/v2/directory",
                   CertCentralRegion="eu", Locked="AcmeDirectoryUrl")  # fmt: skip
    policy = policy_from(written, "msi")
    assert policy.is_locked(Setting.ACME_DIRECTORY_URL)
    assert policy.value(Setting.CERTCENTRAL_REGION) == "eu"


def test_group_policy_templates_are_up_to_date_and_complete() -> None:
    import subprocess

    script = REPO / "installers" / "windows" / "policy_admx.py"
    folder = REPO / "installers" / "windows" / "admx"
    done = subprocess.run([sys.executable, str(script), str(folder), "--check"],
                          capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    ns = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
    admx = ET.parse(folder / "CertbotAssistant.admx").getroot()
    policies = admx.findall(".//p:policy", ns)
    assert {p.get("key") for p in policies} == {POLICY_KEY}
    assert [p.find(".//p:text", ns).get("valueName") for p in policies] == [  # type: ignore[union-attr]
        name for _, name in properties()
    ]
    wanted = {p.get("displayName", "")[9:-1] for p in policies}
    wanted |= {p.get("explainText", "")[9:-1] for p in policies}
    for culture in ("en-US", "ja-JP"):
        adml = ET.parse(folder / culture / "CertbotAssistant.adml").getroot()
        strings = {s.get("id"): s.text for s in adml.findall(".//p:string", ns)}
        assert wanted <= set(strings) and all(strings[w] for w in wanted)
        presented = {p.get("id") for p in adml.findall(".//p:presentation", ns)}
        assert presented == {name for _, name in properties()}
    japanese = ET.parse(folder / "ja-JP" / "CertbotAssistant.adml").getroot()
    assert any(s.text == "ACME ディレクトリ URL" for s in japanese.findall(".//p:string", ns))

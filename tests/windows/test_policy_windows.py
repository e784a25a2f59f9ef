"""The organization's policy read from the registry as Windows keeps it: REG_SZ values, a
REG_MULTI_SZ lock list, a value of another type, in the 64-bit view (where the x64 MSI and GPO
write). A key of the tests' own, removed afterwards, so the machine's policy is not touched."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from certbot_assistant.core.policy import Setting, read_registry_policy

KEY = r"Software\Policies\Certbot Assistant Test"
URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


@pytest.fixture
def policy_key() -> Iterator[object]:
    import winreg

    access = winreg.KEY_ALL_ACCESS | winreg.KEY_WOW64_64KEY
    handle = winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, KEY, 0, access)
    try:
        yield handle
    finally:
        winreg.CloseKey(handle)
        winreg.DeleteKeyEx(winreg.HKEY_LOCAL_MACHINE, KEY, winreg.KEY_WOW64_64KEY, 0)


def test_values_locks_and_a_value_of_another_type(policy_key: object) -> None:
    import winreg

    winreg.SetValueEx(policy_key, "AcmeDirectoryUrl", 0, winreg.REG_SZ, URL)
    winreg.SetValueEx(policy_key, "CertCentralRegion", 0, winreg.REG_SZ, "EU")
    winreg.SetValueEx(policy_key, "ConfigRoot", 0, winreg.REG_EXPAND_SZ, "D:\\Certbot")
    winreg.SetValueEx(policy_key, "Language", 0, winreg.REG_DWORD, 1)
    winreg.SetValueEx(policy_key, "Locked", 0, winreg.REG_MULTI_SZ,
                      ["AcmeDirectoryUrl", "CertCentralRegion"])  # fmt: skip
    policy = read_registry_policy(key=KEY)
    assert policy.source == f"HKLM\\{KEY}"
    assert policy.value(Setting.ACME_DIRECTORY_URL) == URL
    assert policy.value(Setting.CERTCENTRAL_REGION) == "eu"
    assert policy.value(Setting.CONFIG_ROOT) == "D:\\Certbot"
    assert policy.is_locked(Setting.ACME_DIRECTORY_URL)
    assert policy.is_locked(Setting.CERTCENTRAL_REGION)
    assert policy.value(Setting.LANGUAGE) is None
    assert any("Language" in p for p in policy.problems)


def test_no_key_no_policy() -> None:
    policy = read_registry_policy(key=r"Software\Policies\Certbot Assistant Absent")
    assert policy.values == {} and policy.problems == ()

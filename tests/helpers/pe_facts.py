"""What Windows itself says of a file: its Authenticode verdict (WinVerifyTrust) and its version
resource strings (GetFileVersionInfoW), as JSON on stdout. Run by a Windows Python (under Wine
in the Windows stage) on the files the MSI installed:

    python pe_facts.py FILE [FILE ...]

WinVerifyTrust is asked with no UI and no revocation check (the test root is in no store, and
Wine does not check the chain: it does check the digest, which is what proves the installed
file is the signed one); 0 is a valid signature, 0x800B0100 none, 0x80096010 a bad digest.
"""

from __future__ import annotations

import ctypes
import json
import sys
from ctypes import wintypes

TRUST_E_NOSIGNATURE = 0x800B0100
TRUST_E_BAD_DIGEST = 0x80096010
VERSION_STRINGS = ("CompanyName", "FileDescription", "FileVersion", "InternalName",
                   "OriginalFilename", "ProductName", "ProductVersion")  # fmt: skip


class GUID(ctypes.Structure):
    _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                ("Data4", ctypes.c_ubyte * 8)]  # fmt: skip


class WintrustFileInfo(ctypes.Structure):
    _fields_ = [("cbStruct", wintypes.DWORD), ("pcwszFilePath", wintypes.LPCWSTR),
                ("hFile", wintypes.HANDLE), ("pgKnownSubject", ctypes.c_void_p)]  # fmt: skip


class WintrustData(ctypes.Structure):
    _fields_ = [
        ("cbStruct", wintypes.DWORD), ("pPolicyCallbackData", ctypes.c_void_p),
        ("pSIPClientData", ctypes.c_void_p), ("dwUIChoice", wintypes.DWORD),
        ("fdwRevocationChecks", wintypes.DWORD), ("dwUnionChoice", wintypes.DWORD),
        ("pFile", ctypes.POINTER(WintrustFileInfo)), ("dwStateAction", wintypes.DWORD),
        ("hWVTStateData", wintypes.HANDLE), ("pwszURLReference", wintypes.LPCWSTR),
        ("dwProvFlags", wintypes.DWORD), ("dwUIContext", wintypes.DWORD),
        ("pSignatureSettings", ctypes.c_void_p),
    ]  # fmt: skip


GENERIC_VERIFY_V2 = GUID(0x00AAC56B, 0xCD44, 0x11D0,
                         (ctypes.c_ubyte * 8)(0x8C, 0xC2, 0x00, 0xC0, 0x4F, 0xC2, 0x95, 0xEE))  # fmt: skip


def trust(path: str) -> int:
    info = WintrustFileInfo(ctypes.sizeof(WintrustFileInfo), path, None, None)
    data = WintrustData()
    data.cbStruct = ctypes.sizeof(WintrustData)
    data.dwUIChoice = 2  # WTD_UI_NONE
    data.fdwRevocationChecks = 0  # WTD_REVOKE_NONE
    data.dwUnionChoice = 1  # WTD_CHOICE_FILE
    data.pFile = ctypes.pointer(info)
    data.dwProvFlags = 0x1000  # WTD_CACHE_ONLY_URL_RETRIEVAL: no network
    verify = ctypes.windll.wintrust.WinVerifyTrust  # type: ignore[attr-defined]
    verify.restype = ctypes.c_long
    return int(verify(None, ctypes.byref(GENERIC_VERIFY_V2), ctypes.byref(data))) & 0xFFFFFFFF


def version_strings(path: str) -> dict[str, str]:
    api = ctypes.windll.version  # type: ignore[attr-defined]
    size = api.GetFileVersionInfoSizeW(path, None)
    if not size:
        return {}
    block = ctypes.create_string_buffer(size)
    if not api.GetFileVersionInfoW(path, 0, size, block):
        return {}
    table = "040904B0"
    pointer, length = ctypes.c_void_p(), wintypes.UINT()
    if api.VerQueryValueW(block, "\\VarFileInfo\\Translation", ctypes.byref(pointer),
                          ctypes.byref(length)) and length.value >= 4:  # fmt: skip
        language, codepage = ctypes.cast(pointer, ctypes.POINTER(wintypes.WORD * 2)).contents
        table = f"{language:04X}{codepage:04X}"
    found = {}
    for name in VERSION_STRINGS:
        value, length = ctypes.c_wchar_p(), wintypes.UINT()
        sub_block = f"\\StringFileInfo\\{table}\\{name}"
        if api.VerQueryValueW(block, sub_block, ctypes.byref(value), ctypes.byref(length)):
            found[name] = value.value or ""
    return found


def main() -> int:
    facts = {p: {"trust": f"0x{trust(p):08X}", "version": version_strings(p)} for p in sys.argv[1:]}
    sys.stdout.write(json.dumps(facts, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

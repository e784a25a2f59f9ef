"""The scheduled renewal's CertCentral key on Windows: DPAPI in machine scope (a round trip,
and the file holds no clear text) and an ACL of SYSTEM and Administrators only, inheritance cut,
read back from Windows as SDDL. Under Wine, which maps file rights to Unix mode bits, what is
read back is that Everyone and Users lost access (the owner, an administrator, keeps it)."""

from __future__ import annotations

from pathlib import Path

from certbot_assistant.core.certcentral.machine_key import (
    MachineKeyStore,
    dpapi_protect,
    dpapi_unprotect,
    outsiders,
    security_sddl,
)
from tests.helpers.programs import under_wine

KEY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-secret"


def test_dpapi_machine_scope_round_trip() -> None:
    sealed = dpapi_protect(KEY.encode())
    assert KEY.encode() not in sealed
    assert dpapi_unprotect(sealed) == KEY.encode()


def test_the_key_file_is_sealed_and_only_system_and_administrators_may_open_it(
    tmp_path: Path,
) -> None:
    store = MachineKeyStore(tmp_path / "Certbot Assistant", windows=True)
    path = store.store("us", KEY)
    assert path.name == "certcentral-api-key-us.bin"
    assert KEY.encode() not in path.read_bytes()
    assert store.read("us") == KEY
    for protected in (path, path.parent):
        sddl = security_sddl(protected)
        assert sddl is not None, protected
        assert outsiders(sddl) == set(), sddl
        if not under_wine():  # Wine keeps file rights as Unix mode bits: no ACL of its own
            assert "D:P" in sddl and {"SY", "BA"} <= set(sddl.replace(")", ";").split(";"))
    assert store.delete("us") is True and not path.exists()

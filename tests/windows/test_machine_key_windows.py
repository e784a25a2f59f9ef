"""The scheduled renewal's CertCentral key on Windows: DPAPI in machine scope (a round trip,
and the file holds no clear text) and an ACL of SYSTEM and Administrators only, inheritance cut,
read back from Windows as SDDL."""

from __future__ import annotations

from pathlib import Path

from certbot_assistant.core.certcentral.machine_key import (
    MachineKeyStore,
    dacl_sddl,
    dpapi_protect,
    dpapi_unprotect,
)

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
        sddl = dacl_sddl(protected)
        assert sddl is not None and sddl.startswith("D:P"), sddl
        trustees = {entry.rstrip(")").rsplit(";", 1)[-1] for entry in sddl.split("(")[1:]}
        assert trustees == {"SY", "BA"}, sddl
    assert store.delete("us") is True and not path.exists()

"""The frozen app (PyInstaller) passes --self-test, and its MSI (wixl) has the right tables."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "installers"))

from bundle_check import IncompleteBundle  # noqa: E402

import certbot_assistant  # noqa: E402
from build import build_app, build_msi  # noqa: E402
from certbot_assistant.module_manifest import source_modules  # noqa: E402
from certbot_assistant.ui.state import PageId  # noqa: E402
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port  # noqa: E402
from tests.helpers.walks import walk_problems, write_walk_script  # noqa: E402

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("frozen")
    yield build_app(out / "dist", out / "work", cli_twin=True)


def certbot_version() -> str:
    """The certbot the build included: the one installed where it ran."""
    from importlib.metadata import version

    return version("certbot")


@pytest.mark.parametrize("program", ["certbot-assistant", "certbot-assistant-cli"])
def test_frozen_self_test(
    frozen: Path, tmp_path: Path, program: str, secret_service_env: dict[str, str]
) -> None:
    """Both executables of one folder (the windowed app and its console twin) pass every check
    of the self-test, line by line: all modules, translations, every page in both languages,
    a real keyring round trip, the included certbot."""
    env = dict(os.environ, **secret_service_env, QT_QPA_PLATFORM="offscreen",
               XDG_STATE_HOME=str(tmp_path))  # fmt: skip
    result = subprocess.run(
        [str(frozen / program), "--self-test"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    modules = len(source_modules())
    assert lines[0] == f"Certbot Assistant for CertCentral {certbot_assistant.__version__}"
    assert lines[2:] == [
        "frozen: True",
        f"modules: ok - {modules} of {modules} imported",
        "translations: ok - app_en, app_ja, qtbase_ja; Situation = 状況, Next = 次へ(&N) >",
        f"pages: ok - {len(PageId)} in en, {len(PageId)} in ja",
        "keyring: ok - Secret Service (keyring.backends.SecretService.Keyring): write, read, "
        "delete",
        f"certbot: ok - {frozen / 'certbot'} {certbot_version()}",
        "self-test: ok",
    ]


def test_a_bundle_without_one_page_fails_the_build_and_the_self_test(
    tmp_path: Path, secret_service_env: dict[str, str]
) -> None:
    """What happened once (six pages missing from the frozen app) cannot pass again: the
    build's completeness check names the module, and so does the frozen app's self-test."""
    page = "certbot_assistant.ui.pages.done_page"
    with pytest.raises(IncompleteBundle) as failed:
        build_app(tmp_path / "dist", tmp_path / "work", with_certbot=False, leave_out=[page])
    assert failed.value.missing == [f"certbot-assistant: module {page}"]
    env = dict(os.environ, **secret_service_env, QT_QPA_PLATFORM="offscreen",
               XDG_STATE_HOME=str(tmp_path))  # fmt: skip
    result = subprocess.run(
        [str(tmp_path / "dist" / "certbot-assistant" / "certbot-assistant"), "--self-test"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"modules: FAILED - {page} (ModuleNotFoundError") for line in lines)
    assert any(line.startswith("pages: FAILED - en: ModuleNotFoundError") for line in lines)
    assert lines[-1] == "self-test: FAILED (modules, pages, certbot)"


def test_frozen_certcentral_checks_work_in_demo_mode(frozen: Path, tmp_path: Path) -> None:
    """httpx, the client and the checks all made it into the bundle (the self-test does not
    reach them): the frozen CLI checks the demo's fake CertCentral."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    result = subprocess.run(
        [str(frozen / "certbot-assistant-cli"), "--demo", "--demo-scenarios", "pending-30h",
         "diagnose", "--certcentral", "--profile", "Demo - IIS servers OV",
         "-d", "www.example.com", "--format", "json"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert "DEMO MODE" in result.stderr
    assert '"request-pending-over-24h"' in result.stdout, result.stdout + result.stderr


def test_frozen_bundle_leaves_out_unused_qt(frozen: Path) -> None:
    names = {p.name for p in frozen.rglob("*")}
    translations = {n for n in names if n.endswith(".qm") and n.startswith(("qt_", "qtbase_"))}
    assert translations <= {"qtbase_en.qm", "qtbase_ja.qm", "qt_en.qm", "qt_ja.qm"}
    assert not any("Qt6Quick" in n or "Qt6Qml" in n or "Qt6Pdf" in n for n in names)
    assert not any(n.startswith("libqgtk3") for n in names)


def test_frozen_bundle_leaves_out_the_async_http_stack(frozen: Path) -> None:
    from PyInstaller.archive.readers import ZlibArchiveReader

    pyz = frozen.parent.parent / "work" / frozen.name / "PYZ-00.pyz"
    tops = {name.split(".")[0] for name in ZlibArchiveReader(str(pyz)).toc}
    assert {"httpx", "httpcore", "keyring", "cryptography", "certbot_assistant"} <= tops
    assert not tops & {"anyio", "asyncio", "urllib3", "trio", "multiprocessing", "tkinter"}


def _has_symbol_table(path: Path) -> bool:
    """True when an ELF file still carries .symtab (SHT_SYMTAB), i.e. was not stripped."""
    import struct

    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:  # not ELF, or 32-bit (no such wheel here)
        return False
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    return any(
        struct.unpack_from("<I", data, shoff + i * shentsize + 4)[0] == 2 for i in range(shnum)
    )


@pytest.mark.skipif(sys.platform != "linux", reason="ELF bundles only")
def test_frozen_binaries_are_stripped(frozen: Path) -> None:
    files = [p for p in frozen.rglob("*") if p.is_file() and not p.is_symlink()]
    crypto = frozen / "_internal" / "cryptography" / "hazmat" / "bindings" / "_rust.abi3.so"
    assert crypto in files and frozen / "certbot-assistant" in files
    assert [p.name for p in files if _has_symbol_table(p)] == []


def msiinfo(msi: Path, table: str) -> list[list[str]]:
    text = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [line.split("\t") for line in text.splitlines()[3:]]


@pytest.mark.skipif(shutil.which("wixl") is None, reason="wixl not installed")
def test_msi_tables(frozen: Path, tmp_path: Path) -> None:
    msi = build_msi(frozen, tmp_path)
    properties = dict(row[:2] for row in msiinfo(msi, "Property"))
    assert properties["ProductVersion"] == certbot_assistant.__version__
    assert properties["ProductName"] == "Certbot Assistant for CertCentral"
    assert properties["Manufacturer"] == "Certbot Assistant developers"
    assert properties["UpgradeCode"] == "{6F3C2B8E-4D1A-4E7B-9C55-2A8E0F7D1B34}"
    assert properties["ALLUSERS"] == "1"  # per-machine
    assert properties["ARPPRODUCTICON"] == "AppIcon.ico"
    upgrades = msiinfo(msi, "Upgrade")
    assert {row[0] for row in upgrades} == {properties["UpgradeCode"]}
    assert any(row[-1] == "WIX_UPGRADE_DETECTED" for row in upgrades)  # major upgrade
    shortcuts = msiinfo(msi, "Shortcut")
    target = "[INSTALLDIR]certbot-assistant.exe"
    assert [(row[0], row[1], row[2], row[4]) for row in shortcuts] == [
        ("ShortcutEnglish", "ProgramMenuFolder", "Certbot Assistant for CertCentral", target),
        ("ShortcutJapanese", "ProgramMenuFolder", "Certbot アシスタント (CertCentral)", target),
    ]
    assert shortcuts[1][6] == "Certbot で DigiCert の証明書を取得・更新します"
    # Stored as Shift-JIS under codepage 932, as the WiX build on Windows stores it.
    codepage = subprocess.run(
        ["msiinfo", "export", str(msi), "_ForceCodepage"], capture_output=True, check=True
    ).stdout
    assert b"932\t_ForceCodepage" in codepage
    assert "Certbot アシスタント".encode("cp932") in msi.read_bytes()
    files = msiinfo(msi, "File")
    assert any(row[2].endswith("certbot-assistant") for row in files)
    assert any(row[2].endswith("certbot-assistant-cli") for row in files)
    directories = {row[0]: row for row in msiinfo(msi, "Directory")}
    assert directories["INSTALLDIR"][1] == "ProgramFiles64Folder"
    # The organization's settings: each public property written to machine policy by its own
    # component, installed only when given, remembered across upgrades, passed to the server.
    secure = properties["SecureCustomProperties"].split(";")
    for prop in ("ACME_DIRECTORY_URL", "CERTCENTRAL_REGION", "LOCKED_SETTINGS"):
        assert prop in secure and f"CMDLINE_{prop}" in secure
    components = {row[0]: row for row in msiinfo(msi, "Component")}
    assert components["PolicyAcmeDirectoryUrl"][4] == "ACME_DIRECTORY_URL"
    registry = {row[3]: row for row in msiinfo(msi, "Registry")}
    assert registry["AcmeDirectoryUrl"][1:5] == [
        "2",
        "Software\\Policies\\Certbot Assistant",
        "AcmeDirectoryUrl",
        "[ACME_DIRECTORY_URL]",
    ]
    searches = {row[0]: row for row in msiinfo(msi, "RegLocator")}
    assert searches["FindPolicyLockedSettings"][1:4] == [
        "2",
        "Software\\Policies\\Certbot Assistant",
        "Locked",
    ]
    assert (msi.parent / "PolicyDefinitions" / "ja-JP" / "CertbotAssistant.adml").is_file()
    sequence = {row[0]: int(row[2]) for row in msiinfo(msi, "InstallExecuteSequence")}
    assert sequence["SavePolicyAcmeDirectoryUrl"] < sequence["AppSearch"]
    assert sequence["AppSearch"] < sequence["RestorePolicyAcmeDirectoryUrl"]
    assert sequence["RestorePolicyAcmeDirectoryUrl"] < sequence["CostFinalize"]


def test_a_bare_machine_issues_with_the_included_certbot(
    frozen: Path,
    pebble: Pebble,
    tmp_path: Path,
    user_dirs: Path,
    secret_service_env: dict[str, str],
) -> None:
    """A fresh machine: no certbot on PATH, nothing but the frozen assistant. From
    ``profiles add`` to an issued certificate, the assistant finds and runs the certbot it
    ships (EAB against Pebble), and that certbot's plugins load from its entry points."""
    bare_path = "/usr/bin:/bin"
    assert shutil.which("certbot", path=bare_path) is None, "this test needs no certbot on PATH"
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("PATH", "VIRTUAL_ENV")},
        **secret_service_env,
        "PATH": bare_path,
        "QT_QPA_PLATFORM": "offscreen",
        "REQUESTS_CA_BUNDLE": str(pebble.cert_path),
    }
    cli = str(frozen / "certbot-assistant-cli")
    add = subprocess.run(
        [cli, "profiles", "add", "bare", "--server", pebble.directory_url,
         "--eab-kid", "kid-1", "--hmac-stdin"],
        input=EAB_KEYS["kid-1"] + "\n", capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert add.returncode == 0, add.stdout + add.stderr
    cfg = tmp_path / "Certbot-bare"
    found = subprocess.run(
        [cli, "diagnose", "--config-dir", str(cfg)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert f"Certbot: {frozen / 'certbot'} (" in found.stdout and ", included)" in found.stdout
    issue = subprocess.run(
        [cli, "issue", "--profile", "bare", "-d", "bare.example.test", "--config-dir", str(cfg),
         "--standalone", "--http-01-port", str(free_port())],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert issue.returncode == 0, issue.stdout + issue.stderr
    assert str(frozen / "certbot") in issue.stdout
    assert (cfg / "live" / "bare.example.test" / "cert.pem").exists()
    # The folder is now one the machine knows: status finds it without being told.
    status = subprocess.run(
        [cli, "status", "--format", "json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    folders = {d["path"]: d for d in json.loads(status.stdout)["config_dirs"]}
    assert folders[str(cfg)]["sources"] == ["assistant"], status.stdout + status.stderr
    (cert,) = folders[str(cfg)]["certificates"]
    assert cert["name"] == "bare.example.test" and cert["days_left"] > 0
    for topic, option in (("manual", "--manual-auth-hook"), ("webroot", "--webroot-path"),
                          ("standalone", "--http-01-address")):  # fmt: skip
        shown = subprocess.run(
            [str(frozen / "certbot"), "--help", topic],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert option in shown.stdout, (topic, shown.stdout + shown.stderr)


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed")
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_frozen_app_walks_every_path_on_a_display(
    frozen: Path, tmp_path: Path, language: str
) -> None:
    """The frozen app, on a real X display (Xvfb), clicked through every situation to the Done
    page and its Install step, with the certbot it ships: no page that fails to build, no
    dialog, no traceback, no Qt warning (ui/walk.py says what fails a walk)."""
    out = tmp_path / "walk"
    script = write_walk_script(tmp_path / f"walk-{language}.json", language, str(out))
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), PATH="/usr/bin:/bin")  # fmt: skip
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
         str(frozen / "certbot-assistant"), "--walk", str(script)],
        capture_output=True, text=True, timeout=600, env=env, check=False,
    )  # fmt: skip
    report_file = out / "walk-report.json"
    assert report_file.exists(), result.stdout + result.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert walk_problems(report) == [], result.stdout + result.stderr
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "walk: ok"
    shots = sorted(p.name for p in out.glob("*.png"))
    for page in ("situationPage", "certbotPage", "credentialPage", "configDirPage",
                 "certcentralPage", "serverPage", "reviewPage", "donePage"):  # fmt: skip
        assert any(page in name for name in shots), (page, shots)

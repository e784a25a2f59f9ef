"""``certbot-assistant --self-test``: prove an installed or frozen build is complete, no window.

Prints the versions, the keyring backend, which translations load (the app's and Qt's own, so
QWizard's buttons are Japanese too) and the size of the findings catalogue; exits 1 if anything
a user would miss is missing.
"""

from __future__ import annotations

import sys
from typing import TextIO


def run(out: TextIO = sys.stdout) -> int:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator, qVersion

    from certbot_assistant import APP_NAME, __version__
    from certbot_assistant.core import findings as F
    from certbot_assistant.core.secrets import SecretStore, SecretStoreError
    from certbot_assistant.i18n import QM_DIR, SUPPORTED

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    ok = True
    out.write(f"{APP_NAME} {__version__}\n")
    out.write(f"Qt {qVersion()}, PySide6 {pyside_version}, Python {sys.version.split()[0]}\n")
    out.write(f"frozen: {bool(getattr(sys, 'frozen', False))}\n")
    try:
        info = SecretStore().backend_info()
        out.write(f"keyring: {info.name} ({info.class_path})\n")
    except SecretStoreError as exc:
        out.write(f"keyring: unavailable ({exc})\n")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang in SUPPORTED:
        loaded = []
        for name, directory, required in (
            (f"app_{lang}", str(QM_DIR), True),
            (f"qtbase_{lang}", qt_dir, lang != "en"),
        ):
            translator = QTranslator(app)
            if translator.load(name, directory):
                loaded.append(name)
                if name == "qtbase_ja":
                    app.installTranslator(translator)
            elif required:
                ok = False
                loaded.append(f"{name} MISSING")
        out.write(f"language {lang}: {', '.join(loaded)}\n")
    # Qt's own catalogue, not ours: the context and text are variables so lupdate skips them.
    qt_context, qt_text = "QWizard", "&Next >"
    next_button = QCoreApplication.translate(qt_context, qt_text)
    out.write(f"QWizard Next in Japanese: {next_button}\n")
    if next_button == qt_text:
        ok = False
    out.write(f"findings in the catalogue: {len(F.CATALOGUE)}\n")
    ok = ok and len(F.CATALOGUE) > 0
    out.write(f"self-test: {'ok' if ok else 'FAILED'}\n")
    return 0 if ok else 1

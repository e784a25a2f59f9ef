"""Choosing the UI language and installing Qt's and the app's translators.

The choice: the ``CERTBOT_ASSISTANT_LANG`` override (tests, help desk), else the language the
user picked in the app, else the operating system's first UI language if it is Japanese, else
English. English has its own catalogue so an
English user who lists Japanese second still gets English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from certbot_assistant import translate

log = logging.getLogger(__name__)


def qt_translate(context: str, text: str) -> str:
    """The core's Translator (core has no Qt), backed by the installed Qt translators."""
    return QCoreApplication.translate(context, text)


SUPPORTED = translate.SUPPORTED
LANGUAGE_NAMES = {"en": "English", "ja": "日本語"}  # each in its own language, never translated
TRANSLATOR_NAME = "certbotAssistantTranslator"
# Japanese UI fonts, best first. Windows picks one for a Japanese system by itself; elsewhere the
# default Latin font would borrow CJK glyphs from a taller fallback font and clip every line.
JAPANESE_FONTS = ("Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP", "IPAGothic", "TakaoGothic")
QM_DIR = Path(__file__).resolve().parent / "i18n"


def choose_language(
    ui_languages: list[str] | None = None,
    saved: str | None = None,
    preset: str | None = None,
    locked: bool = False,
) -> str:
    """``translate.choose_language`` with the OS's UI languages as Qt reads them."""
    languages = ui_languages if ui_languages is not None else QLocale.system().uiLanguages()
    return translate.choose_language(languages, saved, preset, locked)


_default_font: QFont | None = None


def apply_language_font(app: QGuiApplication, language: str) -> None:
    """Use a Japanese UI font for Japanese so line heights fit the glyphs; the size is kept."""
    global _default_font
    if _default_font is None:
        _default_font = QFont(app.font())
    font = QFont(_default_font)
    if language == "ja":
        families = set(QFontDatabase.families())
        family = next((f for f in JAPANESE_FONTS if f in families), None)
        if family is None:
            log.warning("no Japanese font found; Japanese text may be clipped")
        else:
            font.setFamilies([family, *_default_font.families()])
    app.setFont(font)


_current = "en"


def current_language() -> str:
    """The language whose translators are installed now."""
    return _current


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install qtbase_<lang> and app_<lang> (replacing ones installed before)."""
    global _current
    lang = language or choose_language()
    _current = lang
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{lang}", qt_dir), (f"app_{lang}", str(QM_DIR))):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("loaded translation %s", name)
        elif lang != "en" or name.startswith("app_"):
            log.warning("translation %s not found in %s", name, directory)
    translate.use_qt(QCoreApplication.translate, lang)
    if isinstance(app, QGuiApplication):
        apply_language_font(app, lang)
    return installed

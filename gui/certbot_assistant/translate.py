"""Translating user-visible text at run time, with Qt loaded only when a translation is needed.

The wizard installs Qt's translators at start and everything goes through them. The CLI starts
without Qt (PySide6.QtCore alone costs a tenth of a second, more than a whole ``--version``
should take): in English a message is its source text, so Qt is loaded only for another
language or for a plural (English's own catalogue holds the singular and plural forms).
``lupdate`` extracts ``translate("Context", "text")`` calls like ``QCoreApplication.translate``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import datetime

from certbot_assistant.core.translation import DATE_CONTEXT, DATE_PATTERN, fill, format_day

SUPPORTED = ("en", "ja")

QtTranslate = Callable[[str, str, str | None, int], str]

_qt: QtTranslate | None = None
_language = "en"
_qt_loader: Callable[[str], None] | None = None


def choose_language(
    ui_languages: list[str],
    saved: str | None = None,
    preset: str | None = None,
    locked: bool = False,
) -> str:
    """The ``CERTBOT_ASSISTANT_LANG`` override, else the organization's locked language, else
    the user's saved choice, else the organization's default, else Japanese only if the OS
    lists it first (an English user who lists Japanese second gets English)."""
    override = os.environ.get("CERTBOT_ASSISTANT_LANG", "").strip().lower()
    if override in SUPPORTED:
        return override
    if locked and preset in SUPPORTED:
        return str(preset)
    if saved in SUPPORTED:
        return str(saved)
    if preset in SUPPORTED:
        return str(preset)
    first = (ui_languages[0] if ui_languages else "en").replace("_", "-").lower()
    return "ja" if first.split("-")[0] == "ja" else "en"


def system_languages() -> list[str]:
    """The user's UI languages, best first, read without Qt (what ``QLocale.system()`` reads:
    the user's UI language on Windows, ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``
    elsewhere)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return ["ja-JP" if lang_id & 0x3FF == 0x11 else "en-US"]
    found: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for tag in value.split(":") if variable == "LANGUAGE" else [value]:
            tag = tag.split(".")[0].split("@")[0]
            if tag and tag not in ("C", "POSIX"):
                found.append(tag.replace("_", "-"))
        if found:
            break
    return found or ["en-US"]


def set_language(language: str, qt_loader: Callable[[str], None] | None = None) -> None:
    """The language ``translate`` answers in; Qt's translators, once installed, follow it.
    ``qt_loader(language)`` installs them when a translation is first needed (the CLI gives
    ``i18n``'s; the wizard installs them itself at start)."""
    global _language, _qt_loader
    if qt_loader is not None:
        _qt_loader = qt_loader
    chosen = language if language in SUPPORTED else "en"
    if _qt is not None and chosen != _language:
        _language = chosen
        _load_qt()
    _language = chosen


def use_qt(qt_translate: QtTranslate, language: str) -> None:
    """Called once Qt's translators are installed (``i18n.install_translators``)."""
    global _qt, _language
    _qt, _language = qt_translate, language


def qt_loaded() -> bool:
    return _qt is not None


def _load_qt() -> None:
    if _qt_loader is not None:
        _qt_loader(_language)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` where a translation is needed, else the source text."""
    if _qt is None and (n >= 0 or _language != "en"):
        _load_qt()
    if _qt is not None:
        return _qt(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def tr(context: str, text: str) -> str:
    """The core's ``Translator`` (two arguments) backed by ``translate``."""
    return translate(context, text)


def join_list(values: Iterable[object]) -> str:
    """Items of a list as the reader writes them: ", " in English, 「、」 in Japanese (the same
    catalogue entry as a finding's lists)."""
    return translate("Findings", ", ").join(str(v) for v in values)


def date_text(moment: datetime, *, time: bool = False) -> str:
    """A date as the reader writes it: 2027-02-21 in English, 2027年2月21日 in Japanese;
    with ``time``, the hour in UTC after it."""
    day = format_day(moment.year, moment.month, moment.day, translate(DATE_CONTEXT, DATE_PATTERN))
    if not time:
        return day
    return fill(translate("Dates", "%1 %2 UTC"), [day, moment.strftime("%H:%M")])

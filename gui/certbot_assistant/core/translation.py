"""Marking and formatting of user-visible text in core code.

Core code has no Qt, so it cannot translate. It marks its strings with ``QT_TRANSLATE_NOOP`` (the
name ``pyside6-lupdate`` looks for) and the faces translate at display time: the GUI with
``QCoreApplication.translate``, the CLI through the translator it installs. Placeholders follow
Qt's ``%1``..``%9`` convention so the same catalogue entry works on both faces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Translator = Callable[[str, str], str]

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into ``context``; returns it unchanged."""
    del context
    return text


def identity_translator(context: str, text: str) -> str:
    """The translator used when no catalogue is loaded: the English source text."""
    del context
    return text


def fill(template: str, args: Sequence[object]) -> str:
    """Replace ``%1``..``%9`` in one pass, like ``QString.arg`` with several arguments.

    One pass matters: an argument that itself contains ``%2`` (a Windows path can) is not
    substituted again.
    """

    def substitute(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(substitute, template)


DATE_CONTEXT = "Dates"
DATE_PATTERN = QT_TRANSLATE_NOOP("Dates", "yyyy-MM-dd")
"""The catalogue's pattern for a day: yyyy-MM-dd in English, yyyy年M月d日 in Japanese."""
_DATE_FIELD = re.compile(r"yyyy|MM|M|dd|d")


def format_day(year: int, month: int, day: int, pattern: str) -> str:
    """A day in a translated ``DATE_PATTERN`` (yyyy; MM or M; dd or d)."""
    fields = {"yyyy": str(year), "MM": f"{month:02d}", "M": str(month),
              "dd": f"{day:02d}", "d": str(day)}  # fmt: skip
    return _DATE_FIELD.sub(lambda m: fields[m.group()], pattern)

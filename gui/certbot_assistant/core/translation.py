"""Marking and formatting of user-visible text in core code.

Core code has no Qt, so it cannot translate. It marks its strings with ``QT_TRANSLATE_NOOP`` (the
name ``pyside6-lupdate`` looks for) and the faces translate at display time: the GUI with
``QCoreApplication.translate``, the CLI through the translator it installs. Placeholders follow
Qt's ``%1``..``%9`` convention so the same catalogue entry works on both faces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from certbot_assistant.core.errors import AssistantError

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


class TranslatableError(AssistantError):
    """An error the user reads: a marked template and its arguments, translated when shown.

    ``str()`` is the English text, for logs and tests; ``text(tr)`` is the message in the user's
    language. Subclasses set ``context`` and usually a class-level ``template``; one class with
    many messages passes ``template=`` per raise instead.
    """

    context = ""
    template = ""

    def __init__(self, *args: object, template: str | None = None) -> None:
        if template is not None:
            self.template = template
        self.args_for_message = tuple(str(a) for a in args)
        super().__init__(fill(self.template, self.args_for_message))

    def text(self, tr: Translator = identity_translator) -> str:
        return fill(tr(self.context, self.template), self.args_for_message)

"""The base of every error the core raises on purpose.

A face (wizard, CLI) turns these into a finding, a message or an exit code; anything that is
not one of them (nor an OSError) is a bug, logged with its traceback. Subclasses that the user
reads directly derive from ``TranslatableError``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from certbot_assistant.core.translation import Translator, fill, identity_translator

if TYPE_CHECKING:
    from certbot_assistant.core.findings import Finding


class AssistantError(Exception):
    """An outcome the core names, not a bug."""

    def finding(self) -> Finding | None:
        """The finding this outcome is, when it is one (CertCentral refusing the API key is);
        a face then shows it like any other finding."""
        return None


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
        self.message_args = args
        self.args_for_message = tuple(str(a) for a in args)
        super().__init__(fill(self.template, self.args_for_message))

    def text(self, tr: Translator = identity_translator) -> str:
        """The message in the user's language; an argument that is itself such an error (the
        cause a wrapper names) is said in that language too."""
        return fill(
            tr(self.context, self.template),
            [a.text(tr) if isinstance(a, TranslatableError) else str(a) for a in self.message_args],
        )


class Detail(TranslatableError):
    """A translatable fragment that fills another error's message: the cause it names, in the
    user's language too (``MarkerError(path, Detail("Marker", QT_TRANSLATE_NOOP(...)))``)."""

    def __init__(self, context: str, template: str, *args: object) -> None:
        self.context = context
        super().__init__(*args, template=template)

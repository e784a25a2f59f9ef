"""Exit codes and the usage error: what the dispatcher needs before any command is imported."""

from __future__ import annotations

from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, Translator, identity_translator

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROGRAM = "certbot-assistant"


class UsageError(TranslatableError):
    """Bad input from the command line: one line on stderr, after the command it concerns
    (``certbot-assistant deploy: ...``), exit code 2. The message is a marked template in the
    ``Cli`` context, or another named error's own message (``UsageError.about``)."""

    context = "Cli"

    def __init__(self, command: str, template: str, *args: object) -> None:
        super().__init__(*args, template=template)
        self.command = command
        self.cause: TranslatableError | None = None

    @classmethod
    def about(cls, command: str, error: TranslatableError) -> UsageError:
        """A named error from the core, said as a usage error of ``command``."""
        made = cls(command, QT_TRANSLATE_NOOP("Cli", "%1"), error)
        made.cause = error
        return made

    def text(self, tr: Translator = identity_translator) -> str:
        message = self.cause.text(tr) if self.cause is not None else super().text(tr)
        return f"{PROGRAM} {self.command}: {message}".replace(f"{PROGRAM} : ", f"{PROGRAM}: ")

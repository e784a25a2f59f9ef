"""Text the assistant did not write, shown on a terminal, in a log line or a mail header.

Certbot's log, a marker's KID, a lineage or folder name can hold anything: an escape sequence
that recolours or rewrites the terminal, a NUL, a right-to-left override that makes a KID read
backwards. Shown through here, such characters are written out visibly (``\\x1b``,
``\\u202e``) and never acted on.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 and C1 control characters, DEL, and the Unicode marks that reorder text on screen.
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def visible(text: str, keep: str = "\n\t") -> str:
    """``text`` with every control or reordering character written out, but those in ``keep``
    (line breaks and tabs by default, which lay text out and do no harm). A Windows line end
    (CR LF) is a line break; a carriage return alone, which would let a line overwrite what
    was printed before it, is written out."""
    if "\n" in keep:
        text = text.replace("\r\n", "\n")
    return _HIDDEN.sub(lambda m: m.group(0) if m.group(0) in keep else _escape(m), text)


def without_controls(text: str) -> str:
    """For one line (a header, a field): line breaks written out too."""
    return visible(text, keep="")


class VisibleWriter:
    """A text stream that writes everything through ``visible``: the CLI's stdout and stderr,
    so no command can print a name or a log line that acts on the terminal. JSON stays valid
    (its strings already escape control characters; a bidi mark becomes a ``\\u`` escape)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

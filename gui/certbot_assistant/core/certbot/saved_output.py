"""Reading certbot output that a person saved to a file, in whatever encoding Windows used.

Users hand in what they have: ``certbot ... > out.txt`` in Windows PowerShell 5.1 writes
UTF-16LE with a BOM; PowerShell 7 and Notepad write UTF-8, sometimes with a BOM; a Japanese
Windows console writes cp932; everything may have CRLF line ends. Decoded wrongly, the
classifier would see NUL-separated letters or mojibake and recognise nothing.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte; name which half."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_saved_output(data: bytes) -> str:
    """The text of a saved output, with ``\\n`` line ends. Never raises: what no encoding
    explains is replaced, so the rest can still be classified."""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, "replace")
            break
    if text is None:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            text = data.decode(guessed, "replace")
    if text is None:
        for encoding in ("utf-8", "cp932"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        text = data.decode("cp1252", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")

"""Pack text echoed back to a person (in a message, on a terminal), made harmless and short.

A pack is a folder someone sent: its ids and labels may hold terminal escape sequences, bidi
overrides or megabytes of text. ``shown`` writes such characters as Python escapes (``\\x1b``,
``\\u202e``) and cuts the text, so a message can quote it without acting on the terminal or
flooding it. ``text_problem`` says what keeps a piece of text out of a pack.
"""

from __future__ import annotations

import unicodedata

SHOWN_LIMIT = 80  # characters of pack text quoted in a message
LINE_LIMIT = 2000  # characters of any one line printed

# Unicode categories written as escapes: controls, formats (bidi overrides, zero-width
# characters), surrogates, private use, unassigned, and line and paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape(text: str, keep_newlines: bool = False) -> str:
    """Text with every control, format, bidi or separator character written as an escape."""
    if text.isprintable():  # the common case, in C
        return text
    return "".join(
        ch if (ch == "\n" and keep_newlines) or unicodedata.category(ch) not in _HIDDEN else _escape_char(ch)
        for ch in text
    )


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """Pack text as a message quotes it: escaped, and cut to ``limit`` characters with '…'."""
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    return escape(cut)


def printable(line: str) -> str:
    """A line as printed on a terminal: escaped (its own line breaks kept) and cut."""
    line = escape(line, keep_newlines=True)
    return line if len(line) <= LINE_LIMIT else line[: LINE_LIMIT - 1] + "…"


def text_problem(text: str, multiline: bool = False) -> str | None:
    """Why this text cannot be pack text, or None: it must be Unicode that XML and a terminal
    can carry (no control characters but tab and, where ``multiline``, line breaks; no lone
    surrogates or non-characters)."""
    if text.isprintable():
        return None
    allowed = "\t\n\r" if multiline else ""
    for position, ch in enumerate(text, 1):
        code = ord(ch)
        category = unicodedata.category(ch)
        if category == "Cc" and ch not in allowed:
            return f"has a control character ({_escape_char(ch)}) at character {position}"
        if category == "Cs":
            return f"has a lone surrogate ({_escape_char(ch)}) at character {position}, which is not valid Unicode"
        if code in (0xFFFE, 0xFFFF) or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFF) >= 0xFFFE:
            return f"has a non-character ({_escape_char(ch)}) at character {position}"
    return None

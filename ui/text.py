"""Showing text from a pack literally: pack text is data, never markup."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget


def escaped(text: str) -> str:
    """Text made safe for the few Qt APIs that only take HTML (tooltips, pyqtgraph labels)."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside a rich-text block that wraps."""
    return f"<p style='white-space:pre-wrap; max-width:36em'>{escaped(text)}</p>"


def plain_label(
    text: str = "", parent: QWidget | None = None, *, wrap: bool = True, selectable: bool = False
) -> QLabel:
    """A QLabel that can only show plain text, never links or images."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def wrap_text(text: str, font: QFont, max_px: float, max_lines: int = 3) -> list[str]:
    """Break text into lines no wider than ``max_px`` in ``font``, eliding what does not fit."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    words = text.split()
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= max_px or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max_px) for line in lines]


def short_quote(quote: str, limit: int = 90) -> str:
    """A quote for a one-line message: without quote marks of its own (the message adds them), cut
    at a word, with an ellipsis when cut."""
    text = " ".join(quote.split()).strip("\"'“”‘’ ")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return f"{cut}…"

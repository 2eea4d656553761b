"""The source panel: the article as plain text, with the sentences behind figures underlined.

Showing a figure highlights its quote and scrolls to it; clicking an underlined sentence
reports the figures it backs (``sentence_clicked``), for the window to select them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QShowEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ui.text import plain_label
from ui.theme import LIGHT, Theme
from viewer.details import figure_details
from viewer.pack import DataPack
from viewer.provenance import Span, figures_at, merged, quote_spans, utf16_offset


class ArticleView(QPlainTextEdit):
    """Read-only article text; a click reports the character position under the pointer."""

    position_clicked = Signal(int)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.position_clicked.emit(self.cursorForPosition(event.position().toPoint()).position())


class SourcePanel(QDockWidget):
    """A dock holding the pack's article; it knows where each figure's quote is."""

    sentence_clicked = Signal(list)

    def __init__(self, pack: DataPack, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source"), parent)
        self.setObjectName("sourceDock")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.article = ArticleView()
        self.article.setReadOnly(True)
        self.article.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.article.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.article.position_clicked.connect(self._on_position_clicked)
        self.details = plain_label("", selectable=True)
        self.details.setMinimumHeight(self.details.fontMetrics().height() * 3)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.article, 1)
        layout.addWidget(self.details)
        self.setWidget(body)
        self.theme = theme
        self.highlighted: list[str] = []
        self.dirty = True
        self.set_pack(pack)

    def set_pack(self, pack: DataPack) -> None:
        self.pack = pack
        # Qt turns CRLF into one paragraph break; count positions in the text as Qt shows it.
        self.text = pack.article.replace("\r\n", "\n")
        self.astral = max(self.text, default="") > "\uffff"  # Qt counts those as two
        # The text goes into the view when the dock is first shown: a 20 MB article took Qt
        # seconds to lay out, at every start, for a dock that starts hidden.
        self.loaded = False
        self.article.clear()
        if self.isVisible():
            self._load()
        self.article.setAccessibleName(self.tr("Article: %s") % pack.source.title)
        self.spans = quote_spans(self.text, pack.by_id.values())
        self.highlighted = []
        self.details.setText(self.tr("Click a bar, card or row to see its sentence here."))
        self._paint()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._paint()

    def _qt_position(self, index: int) -> int:
        return utf16_offset(self.text, index) if self.astral else index

    def _cursor(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.article.document())
        cursor.setPosition(self._qt_position(span.start))
        cursor.setPosition(self._qt_position(span.end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _load(self) -> None:
        self.article.setPlainText(self.text)
        self.loaded = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self._load()
            self.dirty = True
        if self.dirty:
            self._paint()
            if self.highlighted:
                self._scroll_to(self.highlighted[0])

    def _paint(self) -> None:
        """Underline the backing sentences and highlight the chosen ones (once the dock shows)."""
        self.dirty = not self.isVisible()
        if self.dirty:
            return
        selections = []
        underline = QTextCharFormat()
        underline.setFontUnderline(True)
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        underline.setUnderlineColor(QColor(self.theme.accent))
        for span in merged(self.spans.values()):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(span)  # type: ignore[attr-defined]
            selection.format = underline  # type: ignore[attr-defined]
            selections.append(selection)
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(self.theme.highlight))
        highlight.setForeground(QColor(self.theme.text))
        highlight.setFontUnderline(True)
        highlight.setProperty(QTextFormat.Property.FullWidthSelection, False)
        for fid in self.highlighted:
            if fid in self.spans:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(self.spans[fid])  # type: ignore[attr-defined]
                selection.format = highlight  # type: ignore[attr-defined]
                selections.append(selection)
        self.article.setExtraSelections(selections)

    def show_figure(self, figure_id: str) -> None:
        """Highlight a figure's quote, scroll to it and show the figure's details and note."""
        if figure_id not in self.spans:
            return
        self.highlighted = [figure_id]
        self._paint()
        if self.loaded:
            self._scroll_to(figure_id)
        self.details.setText(figure_details(self.pack.figure(figure_id)))

    def _scroll_to(self, figure_id: str) -> None:
        if figure_id not in self.spans:
            return
        cursor = QTextCursor(self.article.document())
        cursor.setPosition(self._qt_position(self.spans[figure_id].start))
        self.article.setTextCursor(cursor)
        self.article.centerCursor()

    def highlighted_text(self) -> str:
        """The text of the highlighted quote(s), as a reader sees them marked."""
        return " | ".join(self.text[self.spans[f].start : self.spans[f].end] for f in self.highlighted)

    def _on_position_clicked(self, qt_position: int) -> None:
        position = self._python_index(qt_position)
        ids = figures_at(self.spans, position)
        if ids:
            self.highlighted = ids
            self._paint()
            self.details.setText("\n\n".join(figure_details(self.pack.figure(f)) for f in ids))
            self.sentence_clicked.emit(ids)

    def _python_index(self, qt_position: int) -> int:
        """A Qt (UTF-16) position back to a Python string index."""
        if not self.astral:
            return qt_position
        index = units = 0
        while index < len(self.text) and units < qt_position:
            units += 2 if ord(self.text[index]) > 0xFFFF else 1
            index += 1
        return index

"""The bar above the tabs: find a figure (Ctrl+F) and show only the doubtful ones.

The bar only reports what the person asks for (``query_changed``, ``step_requested``,
``doubtful_toggled``) and shows what the window tells it (``set_result``); the window finds
and shows the figures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ui.text import plain_tooltip


class FindBar(QWidget):
    """A find field with the match count and previous/next buttons, and the doubtful filter."""

    query_changed = Signal(str)
    step_requested = Signal(int)  # +1 next match, −1 previous
    doubtful_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Find a figure by label, value or quote"))
        self.field.setAccessibleName(self.tr("Find a figure"))
        self.field.setMinimumWidth(200)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.previous = self._button("▲", self.tr("Previous match (Shift+F3)"), -1)
        self.next = self._button("▼", self.tr("Next match (F3)"), 1)
        self.doubtful = QCheckBox(self.tr("Only doubtful figures"))
        self.doubtful.setToolTip(
            plain_tooltip(
                self.tr(
                    "Show only disputed, unverifiable and forecast figures in cards, tables and facts, "
                    "and bring them forward in the charts."
                )
            )
        )
        self.doubtful.toggled.connect(self.doubtful_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(self.doubtful)
        self.set_result(None, 0)

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda: self.step_requested.emit(step))
        return button

    def set_result(self, index: int | None, count: int) -> None:
        """Show which match is shown (``index`` from 0) of how many."""
        query = self.field.text().strip()
        if not query:
            text = ""
        elif count == 0:
            text = self.tr("No figure matches")
        else:
            text = self.tr("%1 of %2").replace("%1", str((index or 0) + 1)).replace("%2", str(count))
        self.count.setText(text)
        self.previous.setEnabled(count > 1)
        self.next.setEnabled(count > 1)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def _on_return_pressed(self) -> None:
        self.step_requested.emit(1)

    def eventFilter(self, watched: object, event: object) -> bool:
        # Shift+Return steps back, as in a browser's find bar; Escape clears and leaves the field.
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.step_requested.emit(-1)
                return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self.field.clearFocus()
                return True
        return False

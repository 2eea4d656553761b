"""The figures selected in the window, held once: every view follows it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class FigureSelection(QObject):
    """The ids of the selected figures. Views set it (a card, a bar, table rows, a sentence
    clicked) and follow ``changed``: cards, charts, tables, facts and the source panel."""

    changed = Signal(frozenset)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: frozenset[str] = frozenset()

    def set(self, figure_ids: Iterable[str]) -> None:
        ids = frozenset(figure_ids)
        if ids != self.ids:
            self.ids = ids
            self.changed.emit(ids)

"""Helpers for UI tests: visiting tabs, reading what is drawn, hovering like a pointer."""

from __future__ import annotations

from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.charts.view import ChartView
from ui.main_window import MainWindow
from ui.section_tab import FigureCard, SectionTab


def visit(qtbot: QtBot, window: MainWindow, index: int) -> SectionTab:
    window.tabs.setCurrentIndex(index)
    tab = window.current_tab()
    qtbot.waitUntil(lambda: tab.built and tab.isVisible())
    QApplication.processEvents()
    return tab


def all_chart_views(qtbot: QtBot, window: MainWindow) -> Iterator[ChartView]:
    for i in range(window.tabs.count()):
        yield from visit(qtbot, window, i).charts


def hover(qtbot: QtBot, view: ChartView, index: int) -> None:
    """Move the pointer over the middle of a mark, as a person would."""
    point = view.mark_point(index)
    qtbot.mouseMove(view.viewport(), QPoint(point.x() + 1, point.y()))
    qtbot.mouseMove(view.viewport(), point)


def click(qtbot: QtBot, view: ChartView, index: int) -> None:
    """Click the middle of a mark with the left button."""
    hover(qtbot, view, index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mark_point(index))


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every piece of text a widget tree shows or says: labels, buttons, tabs, items, tips, names."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        yield w.windowTitle()
        yield w.toolTip()
        yield w.accessibleName()
        yield w.accessibleDescription()
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield w.item(i).text()
                yield w.item(i).toolTip()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for r in range(model.rowCount(QModelIndex())):
                for c in range(columns):
                    yield str(model.index(r, c).data() or "")
        if isinstance(w, ChartView | FigureCard):
            yield from w.texts()
        if isinstance(w, pg.GraphicsView):
            for item in w.scene().items():
                if isinstance(item, pg.TextItem):
                    yield item.toPlainText()
                if isinstance(item, pg.AxisItem):
                    yield item.labelText
                    for level in item._tickLevels or []:
                        yield from (str(text) for _pos, text in level)

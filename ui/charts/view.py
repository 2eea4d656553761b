"""A chart in the window: a ``pg.GraphicsView`` showing one ``ChartFigure``, with its menu.

The menu (the ⋯ button or a right-click) offers exports and a description; the view only asks
for exports with ``export_requested``: the window does the work, rendering the same figure
into a scene of its own (``ui.export``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QFocusEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QMenu, QMessageBox, QSizePolicy, QToolButton, QWidget

from ui.charts.figure import MARGIN_PX, ChartFigure
from ui.theme import LIGHT, Theme
from viewer.charts import ChartData
from viewer.model import Figure

MIN_WIDTH = 220


class ChartView(pg.GraphicsView):
    """One chart of a tab: its figure drawn by pyqtgraph, hover and click on its marks, a menu."""

    figure_clicked = Signal(str)
    export_requested = Signal(str, str)
    activated = Signal(str)

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, background=theme.background)
        self.data = data
        self.figures = figures
        self.theme = theme
        self.setObjectName("chartView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"Chart: {data.spec.title}")
        self.setAccessibleDescription(data.description)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setToolTip(self.tr("Export or describe this chart"))
        self.menu_button.setAccessibleName(self.tr("Chart menu: %s") % data.spec.title)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu's entries are made when it first opens: most charts are never asked.
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill_menu)
        self._describe_action: QAction | None = None
        self.menu_button.setMenu(self._menu)
        self.figure = self._make_figure(1.0)

    def _make_figure(self, scale: float) -> ChartFigure:
        reserve = self.menu_button.sizeHint().width() + 4
        figure = ChartFigure(self.data, self.figures, self.theme, scale=scale, reserve_right=reserve)
        self.setCentralItem(figure)
        figure.figure_clicked.connect(self._on_figure_clicked)
        return figure

    def set_scale(self, scale: float) -> None:
        """Draw the chart's text and lines this many times their size (the page's zoom): the
        figure is built again at that scale, as an export builds it at its own."""
        old = self.figure
        if scale == old.scale:
            return
        self.figure = self._make_figure(scale)
        self.figure.set_selected(old.marks.selected)
        self.figure.set_highlight(old.marks.highlight)
        self.updateGeometry()

    @property
    def chart_id(self) -> str:
        return self.data.spec.id

    def texts(self) -> list[str]:
        """Every piece of text the chart shows."""
        return self.figure.texts()

    # -- size ------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self.figure.height_for_width(width))

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, math.ceil(self.figure.minimum_height(MIN_WIDTH)))

    def resizeEvent(self, ev: QResizeEvent | None) -> None:
        super().resizeEvent(ev)
        if not hasattr(self, "menu_button"):  # pyqtgraph's constructor resizes its first central item
            return
        button = self.menu_button.sizeHint()
        x = self.width() - MARGIN_PX // 2 - button.width()
        self.menu_button.setGeometry(x, MARGIN_PX // 2, button.width(), button.height())

    # -- look and selection ----------------------------------------------------------------------

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setBackground(theme.background)
        self.figure.set_theme(theme)

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        self.figure.set_selected(figure_ids)

    def set_highlight(self, statuses: Iterable[str] | None) -> None:
        self.figure.set_highlight(statuses)

    def mark_point(self, index: int) -> QPoint:
        """The middle of a mark in the view's coordinates: where a pointer hovers or clicks it."""
        return self.mapFromScene(self.figure.mark_scene_pos(index))

    # -- interaction -----------------------------------------------------------------------------

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        self.activated.emit(self.chart_id)
        super().mousePressEvent(ev)

    def focusInEvent(self, ev: QFocusEvent) -> None:
        self.activated.emit(self.chart_id)
        super().focusInEvent(ev)

    def contextMenuEvent(self, ev: QContextMenuEvent) -> None:
        self.activated.emit(self.chart_id)
        self.menu.popup(ev.globalPos())
        ev.accept()

    @Slot(str)
    def _on_figure_clicked(self, figure_id: str) -> None:
        self.activated.emit(self.chart_id)
        self.figure_clicked.emit(figure_id)

    @property
    def menu(self) -> QMenu:
        """The chart's menu: exports and a description."""
        self._fill_menu()
        return self._menu

    @property
    def describe_action(self) -> QAction:
        self._fill_menu()
        assert self._describe_action is not None
        return self._describe_action

    @Slot()
    def _fill_menu(self) -> None:
        if self._describe_action is not None:
            return
        menu = self._menu
        entries = (
            ("png", self.tr("Export PNG…")),
            ("svg", self.tr("Export SVG…")),
            ("csv", self.tr("Export CSV…")),
            ("clipboard", self.tr("Copy image")),
        )
        for fmt, text in entries:
            action = QAction(text, menu)
            action.setData(fmt)
            action.triggered.connect(self._on_export_action_triggered)
            menu.addAction(action)
        menu.addSeparator()
        self._describe_action = QAction(self.tr("Describe"), menu)
        self._describe_action.triggered.connect(self._on_describe_triggered)
        menu.addAction(self._describe_action)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.activated.emit(self.chart_id)
        self.export_requested.emit(self.chart_id, str(action.data()))

    @Slot()
    def _on_describe_triggered(self) -> None:
        self.show_description()

    def show_description(self) -> QMessageBox:
        """Show the chart's generated description (its alt text) in a small window."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Describe chart"), self.data.description, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

"""Chart views: one pyqtgraph plot class per chart kind, framed with its title and source.

``make_plot`` draws a ``ChartData``; ``BarPlot`` serves the bar, share and index kinds (they
differ only in the arithmetic ``viewer.charts`` already did), ``TimelinePlot`` the timeline.
``ChartView`` frames a plot with its title, subtitle, caveats and source line for the tab.
Plots size their text in pixels and are laid out in logical pixels, so an export renders the
same plot at any output size by scaling the painter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QContextMenuEvent, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsGridLayout,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.text import escaped, plain_label, plain_tooltip, wrap_text
from ui.theme import LIGHT, STATUS_STYLES, Theme, pixel_font, status_brush, status_pen
from viewer.charts import Bar, ChartData
from viewer.details import bar_details, event_details
from viewer.pack import Figure
from viewer.units import format_number

TICK_PX = 12
VALUE_PX = 13
AXIS_LABEL_PX = 12
LEGEND_PX = 12
BAR_THICKNESS = 0.62
ROW_PX = 56
EVENT_PX = 46
PLOT_CHROME_PX = 64
LABEL_SHARE = 0.42
EVENT_SYMBOLS = {"reported": "o", "disputed": "x", "unverifiable": "s", "forecast": "o"}


class StatusLegend(pg.GraphicsWidget):
    """A one-line legend of the statuses a chart draws: a swatch and a word for each.

    Drawn by hand rather than with pyqtgraph's LegendItem, which ignores the painter's scale,
    takes HTML, and hides a series when its swatch is clicked.
    """

    def __init__(self, entries: list[tuple[str, str]], kind: str, theme: Theme, scale: float) -> None:
        super().__init__()
        self.entries = entries  # (status, text)
        self.kind = kind
        self.theme = theme
        self.scale = scale
        self.font = pixel_font(LEGEND_PX * scale)
        height = QFontMetricsF(self.font).height() + 10 * scale
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)

    def texts(self) -> list[str]:
        return [text for _status, text in self.entries]

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def paint(self, p: QPainter, *args: object) -> None:
        s = self.scale
        metrics = QFontMetricsF(self.font)
        side = 14 * s
        height = self.size().height()
        color = QColor(self.theme.bar)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font)
        x = 0.0
        for status, text in self.entries:
            box = QRectF(x, (height - side) / 2, side, side)
            if self.kind == "bar":
                pen = status_pen(status, color, s)
                if pen.style() == Qt.PenStyle.NoPen:
                    pen = QPen(color, s)
                p.setPen(pen)
                p.setBrush(status_brush(status, color, s, p.device().devicePixelRatioF() if p.device() else 1.0))
                p.drawRect(box)
            else:
                filled = status in ("reported", "disputed")
                brush = QBrush(color) if filled else QBrush(QColor(self.theme.background))
                pen = QPen(color, 2 * s)
                pen.setCosmetic(True)  # drawSymbol scales the painter by the symbol's size
                p.save()
                p.translate(box.center())
                drawSymbol(p, EVENT_SYMBOLS[status], side * 0.85, pen, brush)
                p.restore()
            x += side + 6 * s
            p.setPen(QColor(self.theme.text))
            p.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(text) + 2, height), int(Qt.AlignmentFlag.AlignVCenter), text
            )
            x += metrics.horizontalAdvance(text) + 18 * s


class BarItem(pg.GraphicsObject):
    """One bar, in data coordinates, painted in device pixels so its hatch keeps its pitch.

    pyqtgraph's BarGraphItem paints in data coordinates, which stretches a texture brush with
    the axes; this paints the mapped rectangle with the painter reset to device pixels.
    """

    def __init__(self, row: float, value: float, thickness: float) -> None:
        super().__init__()
        self.value = value
        self.rect = QRectF(min(0.0, value), row - thickness / 2, abs(value), thickness)
        self.brush = QBrush()
        self.pen = QPen(Qt.PenStyle.NoPen)

    def set_style(self, brush: QBrush, pen: QPen) -> None:
        self.brush, self.pen = brush, pen
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self.rect)

    def paint(self, p: QPainter, *args: object) -> None:
        device = p.transform().mapRect(self.rect)
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrushOrigin(device.topLeft())
        p.setPen(self.pen)
        p.setBrush(self.brush)
        inset = self.pen.widthF() / 2 if self.pen.style() != Qt.PenStyle.NoPen else 0.0
        p.drawRect(device.adjusted(inset, inset, -inset, -inset))
        p.restore()


class ValueAxis(pg.AxisItem):
    """An axis whose tick labels read like the value labels: 20,000 rather than 20000
    (or, for years, plain integers: 2024)."""

    def __init__(self, orientation: str, plain: bool = False) -> None:
        super().__init__(orientation)
        self.plain = plain
        # Off from the start: with it on, every range change re-renders the label's HTML.
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.plain:
            return [str(round(v)) if float(v).is_integer() else f"{v:g}" for v in values]
        return [format_number(round(v * scale, 10)) for v in values]


class LitePlot(pg.GraphicsWidget):
    """A view box with a left and a bottom axis: the part of pyqtgraph's PlotItem we use.

    PlotItem also builds a context menu and a control panel from Qt Designer templates, which
    costs about 20 ms per chart; our charts have their own menu and no controls.
    """

    def __init__(self, bottom: pg.AxisItem, left: pg.AxisItem | None = None) -> None:
        super().__init__()
        self.vb = pg.ViewBox(enableMenu=False, defaultPadding=0)
        self.vb.setMouseEnabled(x=False, y=False)
        self.axes: dict[str, pg.AxisItem] = {"left": left or ValueAxis("left"), "bottom": bottom}
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addItem(self.axes["left"], 0, 0)
        grid.addItem(self.vb, 0, 1)
        grid.addItem(self.axes["bottom"], 1, 1)
        grid.setColumnStretchFactor(1, 1)
        grid.setRowStretchFactor(0, 1)
        self.setLayout(grid)
        for axis in self.axes.values():
            axis.linkToView(self.vb)

    def getViewBox(self) -> pg.ViewBox:
        return self.vb

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def addItem(self, item: pg.GraphicsObject) -> None:
        self.vb.addItem(item)

    def setXRange(self, lo: float, hi: float, padding: float = 0) -> None:
        self.vb.setXRange(lo, hi, padding=padding)

    def setYRange(self, lo: float, hi: float, padding: float = 0) -> None:
        self.vb.setYRange(lo, hi, padding=padding)

    def invertY(self, invert: bool = True) -> None:
        self.vb.invertY(invert)

    def hideAxis(self, name: str) -> None:
        self.axes[name].hide()


class ChartPlot(pg.GraphicsLayoutWidget):
    """A non-interactive plot of one chart; hovering tells what a mark is, clicking selects it."""

    figure_clicked = Signal(str)
    context_menu_requested = Signal(QPointF)

    def __init__(
        self,
        data: ChartData,
        figures: Mapping[str, Figure],
        theme: Theme = LIGHT,
        scale: float = 1.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.figures = figures
        self.theme = theme
        self.scale = scale
        self.selected: set[str] = set()
        self.last_tooltip = ""
        self.setAntialiasing(True)
        self.ci.setContentsMargins(4 * scale, 4 * scale, 12 * scale, 4 * scale)
        if data.spec.kind == "line":
            self.plot_item = LitePlot(ValueAxis("bottom", plain=data.x_label == "Year"), ValueAxis("left"))
        else:
            self.plot_item = LitePlot(ValueAxis("bottom"))
        self.ci.addItem(self.plot_item, row=0, col=0)
        self.legend: StatusLegend | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(round(120 * scale))
        self.setAccessibleName(data.spec.title)
        self.setAccessibleDescription(data.description)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._build()
        self.apply_theme(theme)
        self.plot_item.getViewBox().sigResized.connect(self._on_view_resized)

    def _build(self) -> None:
        """Add the kind's items to the plot (themed afterwards by ``apply_theme``)."""
        raise NotImplementedError

    @Slot()
    def _on_view_resized(self) -> None:
        """Fit what depends on the view's size in pixels (labels, ranges); nothing by default."""

    # -- drawing, shared ------------------------------------------------------------------------

    def px(self, value: float) -> float:
        """A length in the plot's pixels: on screen as given, in an export scaled with its width."""
        return value * self.scale

    def _style_axes(self) -> None:
        theme = self.theme
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(theme.axis, width=self.px(1)))
            axis.setTextPen(pg.mkPen(theme.text))
            axis.setStyle(
                tickFont=pixel_font(self.px(TICK_PX)),
                tickTextOffset=round(self.px(6)),
                tickLength=-round(self.px(4)),
                maxTickLevel=0,
            )
            axis.enableAutoSIPrefix(False)
            axis.setZValue(-1)  # grid lines behind the marks

    def _axis_label(self, axis: pg.AxisItem, text: str) -> None:
        axis.setLabel(escaped(text), color=self.theme.muted, **{"font-size": f"{self.px(AXIS_LABEL_PX):.1f}px"})
        # pyqtgraph sizes the axis for its default font; make room for scaled ticks and label.
        tick = QFontMetricsF(pixel_font(self.px(TICK_PX))).height()
        label = QFontMetricsF(pixel_font(self.px(AXIS_LABEL_PX))).height()
        axis.setHeight(round(tick + label + self.px(16)))

    def _add_legend(self, kind: str) -> None:
        """A legend of statuses, when the chart draws anything other than plainly reported figures."""
        statuses = self.data.statuses
        if all(s == "reported" for s in statuses):
            return
        words = {s: STATUS_STYLES[s].legend if kind == "bar" else STATUS_STYLES[s].label for s in statuses}
        self.legend = StatusLegend([(s, words[s]) for s in statuses], kind, self.theme, self.scale)
        self.ci.addItem(self.legend, row=1, col=0)

    def apply_theme(self, theme: Theme) -> None:
        """Recolour everything drawn; the plot is not rebuilt."""
        self.theme = theme
        self.setBackground(theme.background)
        self._style_axes()
        self._redraw()
        if self.legend is not None:
            self.legend.set_theme(theme)

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        """Outline the marks drawn from these figures (e.g. those a clicked sentence backs)."""
        self.selected = set(figure_ids)
        self._redraw()

    def preferred_height(self) -> int:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        return QSize(480, self.preferred_height())

    def _redraw(self) -> None:
        raise NotImplementedError

    def hit(self, view_pos: QPointF) -> int | None:
        """Index of the mark under a point in view coordinates, if any."""
        raise NotImplementedError

    def details(self, index: int) -> str:
        raise NotImplementedError

    def figure_at(self, index: int) -> str:
        raise NotImplementedError

    def mark_center(self, index: int) -> QPointF:
        """Scene position of the middle of a mark (what a pointer hovers)."""
        raise NotImplementedError

    # -- interaction -----------------------------------------------------------------------------

    def _index_at_scene(self, scene_pos: QPointF) -> int | None:
        vb = self.plot_item.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return self.hit(vb.mapSceneToView(scene_pos))

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self._index_at_scene(scene_pos)
        if index is None:
            if self.last_tooltip:
                QToolTip.hideText()
                self.last_tooltip = ""
            return
        text = self.details(index)
        if text != self.last_tooltip or not QToolTip.isVisible():
            self.last_tooltip = text
            global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, plain_tooltip(text), self)

    @Slot(object)
    def _on_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        index = self._index_at_scene(event.scenePos())  # type: ignore[attr-defined]
        if index is not None:
            self.figure_clicked.emit(self.figure_at(index))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # pyqtgraph's own menu (with its exporter) is replaced by the chart's menu.
        self.context_menu_requested.emit(QPointF(event.globalPos()))
        event.accept()


class BarPlot(ChartPlot):
    """Horizontal bars with their labels on the left and values at the bar ends (bar, share, index)."""

    def _build(self) -> None:
        data = self.data
        self.bars: list[BarItem] = []
        self.value_labels: list[pg.TextItem] = []
        self._ticks: list[tuple[float, str]] = []
        plot = self.plot_item
        plot.invertY(True)
        bottom = plot.getAxis("bottom")
        if data.axis_factor != 1.0:
            bottom.setScale(1.0 / data.axis_factor)
        for i, bar in enumerate(data.bars):
            item = BarItem(float(i), bar.value, BAR_THICKNESS)
            plot.addItem(item)
            self.bars.append(item)
            label = pg.TextItem(f" {self.value_text(bar)} ", anchor=(0 if bar.value >= 0 else 1, 0.5))
            label.setFont(pixel_font(self.px(VALUE_PX), bold=True))
            label.setPos(bar.value, float(i))
            plot.addItem(label)
            self.value_labels.append(label)
        if any(b.value < 0 for b in data.bars):
            self.zero_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
            plot.addItem(self.zero_line)
        plot.setYRange(-0.5, len(data.bars) - 0.5, padding=0)
        self._add_legend("bar")

    def preferred_height(self) -> int:
        legend = 28 if self.legend is not None else 0
        return round(self.px(PLOT_CHROME_PX + ROW_PX * len(self.data.bars) + legend))

    @staticmethod
    def value_text(bar: Bar) -> str:
        """The label at a bar's end: its value, and its status in words when not plainly reported."""
        if bar.status == "reported" or bar.derived:
            return bar.text
        return f"{bar.text} · {STATUS_STYLES[bar.status].label.lower()}"

    def _fill(self, bar: Bar) -> tuple[QBrush, QPen]:
        theme = self.theme
        color = QColor(theme.derived if bar.derived else theme.bar)
        brush = status_brush(bar.status, color, self.scale, self.devicePixelRatioF())
        pen = status_pen(bar.status, color, self.scale)
        if bar.figure_id in self.selected or (bar.derived and self.selected & set(bar.sources)):
            pen = QPen(QColor(theme.text), self.px(3))
            pen.setCosmetic(True)
        return brush, pen

    def _redraw(self) -> None:
        theme = self.theme
        for bar, item, label in zip(self.data.bars, self.bars, self.value_labels, strict=True):
            item.set_style(*self._fill(bar))
            label.setColor(theme.text)
        self.plot_item.getAxis("bottom").setGrid(60)
        if hasattr(self, "zero_line"):
            self.zero_line.setPen(pg.mkPen(theme.axis, width=self.px(1)))
        self._axis_label(self.plot_item.getAxis("bottom"), self.data.axis_label)
        self._layout_labels()

    @Slot()
    def _on_view_resized(self) -> None:
        self._layout_labels()

    def _layout_labels(self) -> None:
        """Fit category labels to the left axis and leave room for value labels at bar ends."""
        width = max(self.width(), round(self.px(200)))
        font = pixel_font(self.px(TICK_PX))
        metrics = QFontMetricsF(font)
        max_px = LABEL_SHARE * width
        ticks = []
        widest = 0.0
        for i, bar in enumerate(self.data.bars):
            lines = wrap_text(bar.label, font, max_px)
            widest = max(widest, *(metrics.horizontalAdvance(line) for line in lines))
            ticks.append((float(i), "\n".join(lines)))
        left = self.plot_item.getAxis("left")
        if ticks != self._ticks:  # each change re-renders the axis: only when the wrapping changed
            self._ticks = ticks
            left.setTicks([ticks, []])
            left.setWidth(int(widest + self.px(16)))
        vb_width = self.plot_item.getViewBox().width() or (width - widest - self.px(40))
        value_metrics = QFontMetricsF(pixel_font(self.px(VALUE_PX), bold=True))
        values = [b.value for b in self.data.bars]
        texts = [(b.value, f" {self.value_text(b)} ") for b in self.data.bars]
        pos_px = max((value_metrics.horizontalAdvance(t) for v, t in texts if v >= 0), default=0)
        neg_px = max((value_metrics.horizontalAdvance(t) for v, t in texts if v < 0), default=0)
        lo, hi = min(0.0, *values), max(0.0, *values)
        span = (hi - lo) or 1.0
        pad = self.px(10)
        reserve = min((pos_px + neg_px + 2 * pad) / max(vb_width, 1.0), 0.8)
        full = span / (1.0 - reserve)
        per_px = full / max(vb_width, 1.0)
        # A little room left of zero, so the axis shows its 0 label.
        self.plot_item.setXRange(lo - (neg_px + pad) * per_px, hi + (pos_px + pad) * per_px, padding=0)

    def hit(self, view_pos: QPointF) -> int | None:
        i = round(view_pos.y())
        if not 0 <= i < len(self.data.bars) or abs(view_pos.y() - i) > BAR_THICKNESS / 2:
            return None
        value = self.data.bars[i].value
        x = view_pos.x()
        if value >= 0:
            return i if 0 <= x else None
        return i if x <= 0 else None

    def details(self, index: int) -> str:
        return bar_details(self.data.bars[index], self.figures)

    def figure_at(self, index: int) -> str:
        bar = self.data.bars[index]
        return bar.figure_id or bar.sources[0]

    def mark_center(self, index: int) -> QPointF:
        bar = self.data.bars[index]
        return self.plot_item.getViewBox().mapViewToScene(QPointF(bar.value / 2, float(index)))

    def bar_lengths(self) -> list[float]:
        """The drawn length of each bar, read back from the plot items."""
        return [item.value for item in self.bars]


class TimelinePlot(ChartPlot):
    """Dated events top to bottom, one row each, the year on the left and the words beside it."""

    def _build(self) -> None:
        data = self.data
        plot = self.plot_item
        plot.invertY(True)
        plot.hideAxis("bottom")
        n = len(data.events)
        plot.setYRange(-0.5, n - 0.5, padding=0)
        plot.setXRange(0, 1, padding=0)
        self.spine = pg.PlotDataItem([0.03, 0.03], [0, max(n - 1, 0)])
        plot.addItem(self.spine)
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        for status in dict.fromkeys(e.status for e in data.events):
            rows = [i for i, e in enumerate(data.events) if e.status == status]
            item = pg.ScatterPlotItem([0.03] * len(rows), rows, symbol=EVENT_SYMBOLS[status], size=self.px(12))
            plot.addItem(item)
            self.markers[status] = item
        self.labels: list[pg.TextItem] = []
        for i, event in enumerate(data.events):
            words = event.label + (f": {event.text}" if event.text else "")
            if event.status != "reported":
                words += f" ({STATUS_STYLES[event.status].label.lower()})"
            label = pg.TextItem(words, anchor=(0, 0.5))
            label.setFont(pixel_font(self.px(VALUE_PX)))
            label.setPos(0.065, float(i))
            plot.addItem(label)
            self.labels.append(label)
        left = plot.getAxis("left")
        left.setTicks([[(float(i), str(e.year)) for i, e in enumerate(data.events)], []])
        self._add_legend("marker")

    def preferred_height(self) -> int:
        legend = 28 if self.legend is not None else 0
        return round(self.px(24 + EVENT_PX * len(self.data.events) + legend))

    def _redraw(self) -> None:
        theme = self.theme
        self.spine.setPen(pg.mkPen(theme.grid, width=self.px(3)))
        accent = QColor(theme.bar)
        for status, item in self.markers.items():
            filled = status in ("reported", "disputed")
            item.setPen(pg.mkPen(accent, width=self.px(2)), update=False)
            item.setBrush(pg.mkBrush(accent) if filled else pg.mkBrush(theme.background))
        for event, label in zip(self.data.events, self.labels, strict=True):
            label.setColor(theme.text)
            selected = event.figure_id in self.selected
            label.setFont(pixel_font(self.px(VALUE_PX), bold=selected))
        self._on_view_resized()

    @Slot()
    def _on_view_resized(self) -> None:
        vb_width = self.plot_item.getViewBox().width()
        for label in self.labels:
            label.setTextWidth(max(vb_width * 0.92, self.px(80)))

    def hit(self, view_pos: QPointF) -> int | None:
        i = round(view_pos.y())
        if 0 <= i < len(self.data.events) and abs(view_pos.y() - i) <= 0.45:
            return i
        return None

    def details(self, index: int) -> str:
        return event_details(self.data.events[index], self.figures)

    def figure_at(self, index: int) -> str:
        return self.data.events[index].figure_id

    def mark_center(self, index: int) -> QPointF:
        return self.plot_item.getViewBox().mapViewToScene(QPointF(0.03, float(index)))


class LinePlot(ChartPlot):
    """A long series as one line, downsampled to the pixels it covers and clipped to the view;
    the last value is labelled, and short series mark each point with its status."""

    MARKER_LIMIT = 200

    def _build(self) -> None:
        data = self.data
        plot = self.plot_item
        self.xs = np.asarray(data.xs, dtype=float)
        self.ys = np.asarray([b.value for b in data.bars], dtype=float)
        self.curve = pg.PlotDataItem(self.xs, self.ys)
        plot.addItem(self.curve)  # in its view box before clipping, which asks the view box its range
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        if len(self.xs) <= self.MARKER_LIMIT:
            for status in dict.fromkeys(b.status for b in data.bars):
                rows = [i for i, b in enumerate(data.bars) if b.status == status]
                item = pg.ScatterPlotItem(self.xs[rows], self.ys[rows], symbol=EVENT_SYMBOLS[status], size=self.px(8))
                plot.addItem(item)
                self.markers[status] = item
        last = data.bars[-1]
        self.value_labels = [pg.TextItem(f" {BarPlot.value_text(last)}", anchor=(1, 1))]
        self.value_labels[0].setFont(pixel_font(self.px(VALUE_PX), bold=True))
        self.value_labels[0].setPos(self.xs[-1], self.ys[-1])
        plot.addItem(self.value_labels[0])
        if data.axis_factor != 1.0:
            plot.getAxis("left").setScale(1.0 / data.axis_factor)
        lo, hi = min(0.0, float(self.ys.min())), float(self.ys.max())
        plot.setYRange(lo, hi + (hi - lo) * 0.12 or 1.0, padding=0)
        plot.setXRange(float(self.xs.min()), float(self.xs.max()), padding=0.02)
        if self.markers:
            self._add_legend("marker")

    def preferred_height(self) -> int:
        legend = 28 if self.legend is not None else 0
        return round(self.px(300 + legend))

    def _redraw(self) -> None:
        theme = self.theme
        accent = QColor(theme.bar)
        selected = {i for i, b in enumerate(self.data.bars) if b.figure_id in self.selected}
        self.curve.setPen(pg.mkPen(accent, width=self.px(2 if not selected else 3)))
        for status, item in self.markers.items():
            filled = status in ("reported", "disputed")
            item.setPen(pg.mkPen(accent, width=self.px(1.5)), update=False)
            item.setBrush(pg.mkBrush(accent) if filled else pg.mkBrush(theme.background))
        self.value_labels[0].setColor(theme.text)
        self.plot_item.getAxis("left").setGrid(60)
        self._axis_label(self.plot_item.getAxis("bottom"), self.data.x_label)
        left = self.plot_item.getAxis("left")
        left.setLabel(
            escaped(self.data.axis_label), color=theme.muted, **{"font-size": f"{self.px(AXIS_LABEL_PX):.1f}px"}
        )

    def hit(self, view_pos: QPointF) -> int | None:
        if not len(self.xs):
            return None
        i = int(np.clip(np.searchsorted(self.xs, view_pos.x()), 1, len(self.xs) - 1))
        return i - 1 if abs(self.xs[i - 1] - view_pos.x()) <= abs(self.xs[i] - view_pos.x()) else i

    def details(self, index: int) -> str:
        return bar_details(self.data.bars[index], self.figures)

    def figure_at(self, index: int) -> str:
        return self.data.bars[index].figure_id or self.data.bars[index].sources[0]

    def mark_center(self, index: int) -> QPointF:
        return self.plot_item.getViewBox().mapViewToScene(QPointF(self.xs[index], self.ys[index]))


def make_plot(data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, scale: float = 1.0) -> ChartPlot:
    """The plot for a chart's kind; ``scale`` multiplies every length (1 on screen)."""
    cls = {"timeline": TimelinePlot, "line": LinePlot}.get(data.spec.kind, BarPlot)
    return cls(data, figures, theme, scale)


class ChartView(QFrame):
    """A chart as the tab shows it: title, subtitle, plot, caveats, source line and a menu.

    The menu (the ⋯ button or a right-click) offers exports and a description; the view only
    asks for them with ``export_requested``/``describe_requested``; the window does the work.
    """

    figure_clicked = Signal(str)
    export_requested = Signal(str, str)
    activated = Signal(str)

    EXPORT_ACTIONS = (
        ("png", "Export PNG…"),
        ("svg", "Export SVG…"),
        ("csv", "Export CSV…"),
        ("clipboard", "Copy image"),
    )

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.setObjectName("chartView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Chart: {data.spec.title}")
        self.setAccessibleDescription(data.description)
        self.title = plain_label(data.spec.title)
        self.title.setFont(pixel_font(16, bold=True))
        self.subtitle = plain_label(data.spec.subtitle)
        self.subtitle.setObjectName("muted")
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setToolTip(self.tr("Export or describe this chart"))
        self.menu_button.setAccessibleName(self.tr("Chart menu: %s") % data.spec.title)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = self._build_menu()
        self.menu_button.setMenu(self.menu)
        self.plot = make_plot(data, figures, theme)
        self.plot.setMinimumHeight(self.plot.preferred_height())
        self.caveats = plain_label("\n".join(data.caveats))
        self.caveats.setObjectName("muted")
        self.caveats.setVisible(bool(data.caveats))
        self.source = plain_label(data.source_line)
        self.source.setObjectName("muted")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caveats)
        layout.addWidget(self.source)
        self.plot.figure_clicked.connect(self._on_plot_figure_clicked)
        self.plot.context_menu_requested.connect(self._on_context_menu_requested)

    @property
    def chart_id(self) -> str:
        return self.data.spec.id

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
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
        self.describe_action = QAction(self.tr("Describe"), menu)
        self.describe_action.triggered.connect(self._on_describe_triggered)
        menu.addAction(self.describe_action)
        return menu

    def apply_theme(self, theme: Theme) -> None:
        """Recolour the plot; the frame and its text follow the tab's style sheet."""
        self.plot.apply_theme(theme)

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        self.plot.set_selected(figure_ids)

    def mousePressEvent(self, event: object) -> None:
        self.activated.emit(self.chart_id)
        super().mousePressEvent(event)  # type: ignore[arg-type]

    def focusInEvent(self, event: object) -> None:
        self.activated.emit(self.chart_id)
        super().focusInEvent(event)  # type: ignore[arg-type]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._on_context_menu_requested(QPointF(event.globalPos()))
        event.accept()

    @Slot(str)
    def _on_plot_figure_clicked(self, figure_id: str) -> None:
        self.activated.emit(self.chart_id)
        self.figure_clicked.emit(figure_id)

    @Slot(QPointF)
    def _on_context_menu_requested(self, global_pos: QPointF) -> None:
        self.activated.emit(self.chart_id)
        self.menu.popup(global_pos.toPoint())

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

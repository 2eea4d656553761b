"""Chart views: one plot class per chart kind, framed with its title and source.

``make_plot`` draws a ``ChartData``. ``BarPlot`` serves the bar, share and index kinds (they
differ only in the arithmetic ``viewer.charts`` already did) and ``TimelinePlot`` the
timeline: each is a plain widget that paints its whole chart (marks, axes, labels, legend) in
one pass from a layout worked out once per size, which is what makes a tab quick to build and
to show again (a pyqtgraph view and scene around that one drawing cost each chart about 0.8 ms
to construct, and more to lay out and paint, for nothing they drew). ``LinePlot`` draws long
series with pyqtgraph's own curve, downsampled to the pixels it covers. ``ChartView`` frames a
plot with its title, subtitle, caveats and source line. Lengths are in pixels times ``scale``,
so an export builds the same plot at its output size.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import (
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsGridLayout,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
)

from ui.repaint_cache import KeptPicture, Reshown, keep_reshown
from ui.text import escaped, plain_tooltip, wrap_text
from ui.theme import LIGHT, STATUS_STYLES, Theme, paint_panel, pixel_font, status_brush, status_pen
from viewer.charts import Bar, ChartData
from viewer.details import bar_details, event_details
from viewer.pack import Figure
from viewer.units import format_number, nice_ticks

TICK_PX = 12
VALUE_PX = 13
AXIS_LABEL_PX = 12
LEGEND_PX = 12
BAR_THICKNESS = 0.62
ROW_PX = 56
EVENT_PX = 46
PLOT_CHROME_PX = 64
LABEL_SHARE = 0.42
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
TICK_SPACING_PX = 60  # at least this far apart, so tick labels never touch
EVENT_SYMBOLS = {"reported": "o", "disputed": "x", "unverifiable": "s", "forecast": "o"}
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BELOW = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


class Legend:
    """A one-line legend of the statuses a chart draws: a swatch and a word for each.

    Drawn by hand rather than with pyqtgraph's LegendItem, which ignores the painter's scale,
    takes HTML, and hides a series when its swatch is clicked.
    """

    def __init__(self, statuses: Iterable[str], kind: str, scale: float) -> None:
        words = {s: STATUS_STYLES[s].legend if kind == "bar" else STATUS_STYLES[s].label for s in statuses}
        self.entries = list(words.items())  # (status, text)
        self.kind = kind
        self.scale = scale
        self.font = pixel_font(LEGEND_PX * scale)

    @classmethod
    def for_chart(cls, data: ChartData, kind: str, scale: float) -> Legend | None:
        """A legend when the chart draws anything other than plainly reported figures."""
        if all(s == "reported" for s in data.statuses):
            return None
        return cls(data.statuses, kind, scale)

    def texts(self) -> list[str]:
        return [text for _status, text in self.entries]

    def height(self) -> float:
        return QFontMetricsF(self.font).height() + 10 * self.scale

    def paint(self, p: QPainter, rect: QRectF, theme: Theme) -> None:
        s = self.scale
        metrics = QFontMetricsF(self.font)
        side = 14 * s
        color = QColor(theme.bar)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font)
        x = rect.left()
        for status, text in self.entries:
            box = QRectF(x, rect.top() + (rect.height() - side) / 2, side, side)
            if self.kind == "bar":
                pen = status_pen(status, color, s)
                if pen.style() == Qt.PenStyle.NoPen:
                    pen = QPen(color, s)
                p.setPen(pen)
                p.setBrush(status_brush(status, color, s, p.device().devicePixelRatioF() if p.device() else 1.0))
                p.drawRect(box)
            else:
                filled = status in ("reported", "disputed")
                pen = QPen(color, 2 * s)
                pen.setCosmetic(True)  # drawSymbol scales the painter by the symbol's size
                p.save()
                p.translate(box.center())
                drawSymbol(
                    p,
                    EVENT_SYMBOLS[status],
                    side * 0.85,
                    pen,
                    QBrush(QColor(theme.bar if filled else theme.background)),
                )
                p.restore()
            x += side + 6 * s
            advance = metrics.horizontalAdvance(text)
            p.setPen(QColor(theme.text))
            p.drawText(QRectF(x, rect.top(), advance + 2, rect.height()), _LEFT, text)
            x += advance + 18 * s
        p.restore()


class StatusLegend(pg.GraphicsWidget):
    """A ``Legend`` as an item of a pyqtgraph layout (under the line chart's plot)."""

    def __init__(self, legend: Legend, theme: Theme) -> None:
        super().__init__()
        self.legend = legend
        self.theme = theme
        self.setMinimumHeight(legend.height())
        self.setMaximumHeight(legend.height())

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def paint(self, p: QPainter, *args: object) -> None:
        self.legend.paint(p, self.boundingRect(), self.theme)


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

    def __init__(self, bottom: pg.AxisItem, left: pg.AxisItem) -> None:
        super().__init__()
        self.vb = pg.ViewBox(enableMenu=False, defaultPadding=0)
        self.vb.setMouseEnabled(x=False, y=False)
        self.axes: dict[str, pg.AxisItem] = {"left": left, "bottom": bottom}
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addItem(left, 0, 0)
        grid.addItem(self.vb, 0, 1)
        grid.addItem(bottom, 1, 1)
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


# Plots are Qt widgets of two kinds (a plain one, pyqtgraph's view); their common part is a
# mixin, typed as the widget it is mixed into.
if TYPE_CHECKING:
    _PlotWidget = QWidget
else:
    _PlotWidget = object


class ChartPlot(_PlotWidget):
    """What every plot is, painted or pyqtgraph's: a chart's marks in a widget; hovering tells
    what a mark is, clicking selects it. Concrete plots are a Qt widget as well."""

    figure_clicked = Signal(str)  # a mark was clicked: its figure's id
    context_menu_requested = Signal(QPointF)  # the person asked for the menu, here (global)

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
        self.legend: Legend | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(round(120 * scale))
        self.setAccessibleName(data.spec.title)
        self.setAccessibleDescription(data.description)
        self._build()
        self.apply_theme(theme)

    def _build(self) -> None:
        """Create what the kind draws (coloured afterwards by ``apply_theme``)."""
        raise NotImplementedError

    def px(self, value: float) -> float:
        """A length in the plot's pixels: on screen as given, in an export scaled with its width."""
        return value * self.scale

    def apply_theme(self, theme: Theme) -> None:
        """Recolour everything drawn; the plot is not rebuilt."""
        self.theme = theme
        self._restyle()

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        """Outline the marks drawn from these figures (e.g. those a clicked sentence backs)."""
        self.selected = set(figure_ids)
        self._restyle()

    def _restyle(self) -> None:
        """Apply the theme and the selection to what is drawn."""
        raise NotImplementedError

    def preferred_height(self) -> int:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        return QSize(480, self.preferred_height())

    def texts(self) -> list[str]:
        """Every piece of text the plot draws."""
        raise NotImplementedError

    def hit(self, pos: QPointF) -> int | None:
        """Index of the mark under a point of the drawing (``mark_center``'s coordinates), if any."""
        raise NotImplementedError

    def details(self, index: int) -> str:
        raise NotImplementedError

    def figure_at(self, index: int) -> str:
        raise NotImplementedError

    def mark_center(self, index: int) -> QPointF:
        """Where the middle of a mark is drawn (what a pointer hovers), in the drawing's coordinates."""
        raise NotImplementedError

    def surface(self) -> QWidget:
        """The widget the marks are painted on and the pointer moves over."""
        raise NotImplementedError

    def mark_point(self, index: int) -> QPoint:
        """The middle of a mark in ``surface()``'s coordinates: where a pointer hovers or clicks it."""
        raise NotImplementedError

    def lay_out_off_screen(self, width: int, height: int) -> None:
        """Size the plot for an export, never shown on screen."""
        raise NotImplementedError

    def render_into(self, painter: QPainter, target: QRectF) -> None:
        """Paint the chart into ``target`` of another device (an image, an SVG, a PDF page)."""
        raise NotImplementedError

    # -- interaction -----------------------------------------------------------------------------

    def _pointer_at(self, pos: QPointF, global_pos: QPoint) -> None:
        """The pointer is over ``pos`` of the drawing: tell what the mark there is, if any."""
        index = self.hit(pos)
        if index is None:
            if self.last_tooltip:
                QToolTip.hideText()
                self.last_tooltip = ""
            return
        text = self.details(index)
        if text != self.last_tooltip or not QToolTip.isVisible():
            self.last_tooltip = text
            QToolTip.showText(global_pos, plain_tooltip(text), self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # pyqtgraph's own menu (with its exporter) is replaced by the chart's menu.
        self.context_menu_requested.emit(QPointF(event.globalPos()))
        event.accept()


@dataclass(frozen=True)
class _Text:
    """A piece of text a painted chart draws: what it says, where, in which font and colour."""

    role: str  # "category", "tick", "value", "axis", "year" or "event"
    text: str
    rect: QRectF
    font: QFont
    flags: int
    color: str = "text"  # a Theme attribute


class PaintedPlot(ChartPlot, QWidget):
    """A chart painted in one pass by a plain widget from a layout worked out per size.

    pyqtgraph's axes, view box and text items cost 10 to 30 ms to build per chart and repaint
    in several passes when first shown, and its graphics view and scene alone about 0.8 ms to
    construct; a chart of a few marks needs none of their machinery. Subclasses fill ``_texts`` and their
    mark geometry in ``_lay_out`` and draw marks in ``_paint_marks``; text and legend are
    drawn here. Coordinates are the widget's: an export paints the same drawing scaled.
    """

    MIN_WIDTH_PX = 68  # as narrow as pyqtgraph's view let a chart be; the frame's words are wider

    def _build(self) -> None:
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)  # hovering a mark tells what it is
        self._texts: list[_Text] = []
        self._plot_rect = QRectF()
        self._legend_rect = QRectF()
        self._laid_out_for = QSizeF()  # the size the layout was worked out for; empty: stale
        # On screen the chart is painted from a picture of it, drawn anew for a new size, theme
        # or selection: a repaint (a tab shown again, a window uncovered) is one copy.
        self._picture = KeptPicture(self, self._draw_on_background)
        self._pressed: int | None = None  # the mark a left button went down on
        self._build_chart()

    def _build_chart(self) -> None:
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self.px(self.MIN_WIDTH_PX)), self.minimumHeight())

    def surface(self) -> QWidget:
        return self

    def mark_point(self, index: int) -> QPoint:
        return self.mark_center(index).toPoint()

    def lay_out_off_screen(self, width: int, height: int) -> None:
        self.resize(width, height)

    def render_into(self, painter: QPainter, target: QRectF) -> None:
        # One scale for both directions, as a graphics scene renders: the plot is built at whole
        # device pixels, so the two ratios differ by a rounding.
        factor = min(target.width() / max(self.width(), 1), target.height() / max(self.height(), 1))
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(factor, factor)
        painter.setClipRect(QRectF(self.rect()), Qt.ClipOperation.IntersectClip)
        self._draw(painter)
        painter.restore()

    def _lay_out(self, size: QSizeF) -> None:
        raise NotImplementedError

    def _paint_marks(self, p: QPainter) -> None:
        raise NotImplementedError

    def _restyle(self) -> None:
        self._laid_out_for = QSizeF()
        self._picture.invalidate()
        self.update()

    def _ensure_layout(self) -> None:
        """Lay out for the current size if not done yet: once per size, at the first paint."""
        size = QSizeF(self.size())
        if size != self._laid_out_for:
            self._lay_out(size)
            self._laid_out_for = size

    def texts(self, role: str | None = None) -> list[str]:
        """The text drawn (of one role: "category", "tick", "value", "axis", "year", "event")."""
        self._ensure_layout()
        drawn = [t.text for t in self._texts if role is None or t.role == role]
        if role is None and self.legend is not None:
            drawn += self.legend.texts()
        return drawn

    def paintEvent(self, event: QPaintEvent) -> None:
        self._picture.paint(event.region())

    def _draw_on_background(self, p: QPainter, _part: QRect) -> None:
        p.fillRect(self.rect(), QColor(self.theme.background))
        self._draw(p)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer_at(event.position(), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Taken, as pyqtgraph's view took it: a press on the plot is the plot's.
        self._pressed = self.hit(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A click selects the mark it began and ended on, as a button does.
        pressed, self._pressed = self._pressed, None
        left = event.button() == Qt.MouseButton.LeftButton
        if left and pressed is not None and self.hit(event.position()) == pressed:
            self.figure_clicked.emit(self.figure_at(pressed))
        event.accept()

    def _draw(self, p: QPainter) -> None:
        self._ensure_layout()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_marks(p)
        for text in self._texts:
            p.setFont(text.font)
            p.setPen(QColor(getattr(self.theme, text.color)))
            p.drawText(text.rect, text.flags, text.text)
        if self.legend is not None:
            self.legend.paint(p, self._legend_rect, self.theme)

    def _pen(self, color: str, width: float, alpha: int = 255) -> QPen:
        qcolor = QColor(color)
        qcolor.setAlpha(alpha)
        pen = QPen(qcolor, self.px(width))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _crisp(self, v: float) -> float:
        """A coordinate on a pixel's centre, so a one-pixel line is sharp rather than two grey ones."""
        return math.floor(v) + 0.5 if self.scale <= 1.5 else v

    def _paint_left_axis(self, p: QPainter, rows: Iterable[float]) -> None:
        """The left axis line and a short tick at each row (the rows' labels are texts)."""
        plot = self._plot_rect
        x = self._crisp(plot.left())
        p.setPen(self._pen(self.theme.axis, 1))
        p.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        for y in rows:
            p.drawLine(QLineF(x - self.px(4), y, x, y))

    def _frame(self, size: QSizeF, left_texts: Iterable[str], bottom_px: float) -> None:
        """Place the plot rectangle right of the widest left label and above the axis and legend."""
        metrics = QFontMetricsF(pixel_font(self.px(TICK_PX)))
        widest = max((metrics.horizontalAdvance(t) for t in left_texts), default=0.0)
        legend_h = self.legend.height() if self.legend is not None else 0.0
        gap = self.px(6) if self.legend is not None else 0.0
        left = self.px(4) + widest + self.px(16)
        top = self.px(6)
        width = max(size.width() - self.px(12) - left, 1.0)
        height = max(size.height() - top - self.px(4) - legend_h - gap - bottom_px, 1.0)
        self._plot_rect = QRectF(left, top, width, height)
        self._legend_rect = QRectF(self.px(4), size.height() - self.px(4) - legend_h, size.width(), legend_h)

    def _row_center(self, index: int, rows: int) -> float:
        plot = self._plot_rect
        return plot.top() + (index + 0.5) * plot.height() / max(rows, 1)


class BarPlot(PaintedPlot):
    """Horizontal bars with their labels on the left and values at the bar ends (bar, share, index)."""

    def _build_chart(self) -> None:
        self.legend = Legend.for_chart(self.data, "bar", self.scale)
        self._bar_rects: list[QRectF] = []
        self._styles: list[tuple[QBrush, QPen]] = []
        self._x_range = (0.0, 1.0)
        self._tick_values: list[float] = []

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

    def bar_style(self, index: int) -> tuple[QBrush, QPen]:
        """The fill and outline a bar is painted with."""
        return self._styles[index]

    def _restyle(self) -> None:
        self._styles = [self._fill(b) for b in self.data.bars]
        super()._restyle()

    def _x(self, value: float) -> float:
        lo, hi = self._x_range
        plot = self._plot_rect
        return plot.left() + (value - lo) / (hi - lo) * plot.width()

    def _lay_out(self, size: QSizeF) -> None:
        """Wrap the category labels into the left margin, leave room for the value labels at the
        bar ends, then place bars, ticks and texts."""
        bars = self.data.bars
        tick_font = pixel_font(self.px(TICK_PX))
        value_font = pixel_font(self.px(VALUE_PX), bold=True)
        axis_font = pixel_font(self.px(AXIS_LABEL_PX))
        tick_h = QFontMetricsF(tick_font).height()
        axis_h = self.px(10) + tick_h + (QFontMetricsF(axis_font).height() + self.px(6) if self.data.axis_label else 0)
        wrapped = [
            "\n".join(wrap_text(b.label, tick_font, LABEL_SHARE * max(size.width(), self.px(200)))) for b in bars
        ]
        self._frame(size, (line for label in wrapped for line in label.split("\n")), axis_h)
        plot = self._plot_rect

        value_metrics = QFontMetricsF(value_font)
        labels = [f" {self.value_text(b)} " for b in bars]
        values = [b.value for b in bars] or [0.0]
        pos_px = max(
            (value_metrics.horizontalAdvance(t) for b, t in zip(bars, labels, strict=True) if b.value >= 0), default=0
        )
        neg_px = max(
            (value_metrics.horizontalAdvance(t) for b, t in zip(bars, labels, strict=True) if b.value < 0), default=0
        )
        lo, hi = min(0.0, *values), max(0.0, *values)
        span = (hi - lo) or 1.0
        pad = self.px(10)
        reserve = min((pos_px + neg_px + 2 * pad) / plot.width(), 0.8)
        per_px = span / (1.0 - reserve) / plot.width()
        # A little room left of zero, so the axis shows its 0 label.
        self._x_range = (lo - (neg_px + pad) * per_px, hi + (pos_px + pad) * per_px)

        texts: list[_Text] = []
        self._bar_rects = []
        band = plot.height() / max(len(bars), 1)
        zero = self._x(0.0)
        for i, (bar, label, text) in enumerate(zip(bars, wrapped, labels, strict=True)):
            y = self._row_center(i, len(bars))
            end = self._x(bar.value)
            thickness = band * BAR_THICKNESS
            self._bar_rects.append(QRectF(min(zero, end), y - thickness / 2, abs(end - zero), thickness))
            texts.append(
                _Text(
                    "category",
                    label,
                    QRectF(self.px(4), y - band / 2, plot.left() - self.px(14), band),
                    tick_font,
                    _RIGHT,
                )
            )
            width = value_metrics.horizontalAdvance(text) + 2
            x = end if bar.value >= 0 else end - width
            texts.append(
                _Text(
                    "value", text, QRectF(x, y - band / 2, width, band), value_font, _LEFT if bar.value >= 0 else _RIGHT
                )
            )

        factor = self.data.axis_factor
        lo_x, hi_x = self._x_range
        count = max(2, int(plot.width() // self.px(TICK_SPACING_PX)))
        ticks = nice_ticks(lo_x / factor, hi_x / factor, count)
        self._tick_values = [t * factor for t in ticks]
        for tick, value in zip(ticks, self._tick_values, strict=True):
            x = self._x(value)
            rect = QRectF(x - self.px(60), plot.bottom() + self.px(6), self.px(120), tick_h)
            texts.append(_Text("tick", format_number(tick), rect, tick_font, _BELOW))
        if self.data.axis_label:
            top = plot.bottom() + self.px(10) + tick_h
            rect = QRectF(plot.left(), top, plot.width(), QFontMetricsF(axis_font).height() + self.px(2))
            texts.append(_Text("axis", self.data.axis_label, rect, axis_font, _BELOW, "muted"))
        self._texts = texts

    def _paint_marks(self, p: QPainter) -> None:
        plot = self._plot_rect
        theme = self.theme
        p.setPen(self._pen(theme.axis, 1, alpha=60))
        for value in self._tick_values:
            x = self._crisp(self._x(value))
            p.drawLine(QLineF(x, plot.top(), x, plot.bottom()))
        for rect, (brush, pen) in zip(self._bar_rects, self._styles, strict=True):
            # In device pixels, so a hatch keeps its pitch however the painter is scaled.
            device = p.transform().mapRect(rect)
            p.save()
            p.resetTransform()
            p.setBrushOrigin(device.topLeft())
            p.setPen(pen)
            p.setBrush(brush)
            inset = pen.widthF() / 2 if pen.style() != Qt.PenStyle.NoPen else 0.0
            p.drawRect(device.adjusted(inset, inset, -inset, -inset))
            p.restore()
        axis = self._pen(theme.axis, 1)
        p.setPen(axis)
        if any(b.value < 0 for b in self.data.bars):
            zero = self._crisp(self._x(0.0))
            p.drawLine(QLineF(zero, plot.top(), zero, plot.bottom()))
        self._paint_left_axis(p, (self._row_center(i, len(self.data.bars)) for i in range(len(self.data.bars))))
        bottom = self._crisp(plot.bottom())
        p.setPen(axis)
        p.drawLine(QLineF(plot.left(), bottom, plot.right(), bottom))
        for value in self._tick_values:
            x = self._crisp(self._x(value))
            p.drawLine(QLineF(x, bottom, x, bottom + self.px(4)))

    def hit(self, pos: QPointF) -> int | None:
        self._ensure_layout()
        if not self._plot_rect.contains(pos):
            return None
        zero = self._x(0.0)
        for i, rect in enumerate(self._bar_rects):
            if rect.top() <= pos.y() <= rect.bottom():
                beyond = pos.x() >= zero if self.data.bars[i].value >= 0 else pos.x() <= zero
                return i if beyond else None
        return None

    def details(self, index: int) -> str:
        return bar_details(self.data.bars[index], self.figures)

    def figure_at(self, index: int) -> str:
        bar = self.data.bars[index]
        return bar.figure_id or bar.sources[0]

    def mark_center(self, index: int) -> QPointF:
        self._ensure_layout()
        return self._bar_rects[index].center()

    def bar_lengths(self) -> list[float]:
        """The value each drawn bar stands for, read back from its painted length."""
        self._ensure_layout()
        lo, hi = self._x_range
        per_px = (hi - lo) / self._plot_rect.width()
        zero = self._x(0.0)
        return [(rect.width() if rect.right() > zero + 1e-9 else -rect.width()) * per_px for rect in self._bar_rects]


class TimelinePlot(PaintedPlot):
    """Dated events top to bottom, one row each, the year on the left and the words beside it."""

    def _build_chart(self) -> None:
        self.legend = Legend.for_chart(self.data, "marker", self.scale)
        self._spine_x = 0.0

    def preferred_height(self) -> int:
        legend = 28 if self.legend is not None else 0
        return round(self.px(24 + EVENT_PX * len(self.data.events) + legend))

    def _lay_out(self, size: QSizeF) -> None:
        events = self.data.events
        tick_font = pixel_font(self.px(TICK_PX))
        years = [str(e.year) for e in events]
        self._frame(size, years, 0.0)
        plot = self._plot_rect
        band = plot.height() / max(len(events), 1)
        self._spine_x = plot.left() + 0.03 * plot.width()
        words_x = plot.left() + 0.065 * plot.width()
        flags = _LEFT | int(Qt.TextFlag.TextWordWrap)
        texts: list[_Text] = []
        for i, (event, year) in enumerate(zip(events, years, strict=True)):
            y = self._row_center(i, len(events))
            texts.append(
                _Text(
                    "year", year, QRectF(self.px(4), y - band / 2, plot.left() - self.px(14), band), tick_font, _RIGHT
                )
            )
            words = event.label + (f": {event.text}" if event.text else "")
            if event.status != "reported":
                words += f" ({STATUS_STYLES[event.status].label.lower()})"
            font = pixel_font(self.px(VALUE_PX), bold=event.figure_id in self.selected)
            texts.append(
                _Text("event", words, QRectF(words_x, y - band / 2, plot.right() - words_x, band), font, flags)
            )
        self._texts = texts

    def _paint_marks(self, p: QPainter) -> None:
        events = self.data.events
        theme = self.theme
        rows = [self._row_center(i, len(events)) for i in range(len(events))]
        if rows:
            p.setPen(self._pen(theme.grid, 3))
            p.drawLine(QLineF(self._spine_x, rows[0], self._spine_x, rows[-1]))
        accent = QColor(theme.bar)
        pen = QPen(accent, self.px(2))
        pen.setCosmetic(True)  # drawSymbol scales the painter by the symbol's size
        for event, y in zip(events, rows, strict=True):
            filled = event.status in ("reported", "disputed")
            p.save()
            p.translate(self._spine_x, y)
            drawSymbol(
                p, EVENT_SYMBOLS[event.status], self.px(12), pen, QBrush(accent if filled else QColor(theme.background))
            )
            p.restore()
        self._paint_left_axis(p, rows)

    def hit(self, pos: QPointF) -> int | None:
        self._ensure_layout()
        plot = self._plot_rect
        if not plot.left() <= pos.x() <= plot.right():
            return None
        rows = len(self.data.events)
        band = plot.height() / max(rows, 1)
        i = math.floor((pos.y() - plot.top()) / band)
        if 0 <= i < rows and abs(pos.y() - self._row_center(i, rows)) <= 0.45 * band:
            return i
        return None

    def details(self, index: int) -> str:
        return event_details(self.data.events[index], self.figures)

    def figure_at(self, index: int) -> str:
        return self.data.events[index].figure_id

    def mark_center(self, index: int) -> QPointF:
        self._ensure_layout()
        return QPointF(self._spine_x, self._row_center(index, len(self.data.events)))


class LinePlot(ChartPlot, pg.GraphicsView):
    """A long series as one line, downsampled to the pixels it covers and clipped to the view;
    the last value is labelled, and short series mark each point with its status. Drawn by
    pyqtgraph in a graphics scene: its coordinates (``hit``, ``mark_center``) are the scene's."""

    MARKER_LIMIT = 200

    def _build(self) -> None:
        data = self.data
        self.setAntialiasing(True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.ci = pg.GraphicsLayout()
        self.ci.setContentsMargins(self.px(4), self.px(4), self.px(12), self.px(4))
        self.setCentralItem(self.ci)
        self.plot_item = LitePlot(ValueAxis("bottom", plain=data.x_label == "Year"), ValueAxis("left"))
        self.ci.addItem(self.plot_item, row=0, col=0)
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
        self.value_label = pg.TextItem(f" {BarPlot.value_text(last)}", anchor=(1, 1))
        self.value_label.setFont(pixel_font(self.px(VALUE_PX), bold=True))
        self.value_label.setPos(self.xs[-1], self.ys[-1])
        plot.addItem(self.value_label)
        if data.axis_factor != 1.0:
            plot.getAxis("left").setScale(1.0 / data.axis_factor)
        lo, hi = min(0.0, float(self.ys.min())), float(self.ys.max())
        plot.vb.setYRange(lo, hi + (hi - lo) * 0.12 or 1.0, padding=0)
        plot.vb.setXRange(float(self.xs.min()), float(self.xs.max()), padding=0.02)
        self.legend_item: StatusLegend | None = None
        if self.markers:
            self.legend = Legend(data.statuses, "marker", self.scale)
            self.legend_item = StatusLegend(self.legend, self.theme)
            self.ci.addItem(self.legend_item, row=1, col=0)

    def preferred_height(self) -> int:
        legend = 28 if self.legend is not None else 0
        return round(self.px(300 + legend))

    def apply_theme(self, theme: Theme) -> None:
        self.setBackground(theme.background)
        super().apply_theme(theme)

    def surface(self) -> QWidget:
        return self.viewport()

    def mark_point(self, index: int) -> QPoint:
        return self.mapFromScene(self.mark_center(index))

    def lay_out_off_screen(self, width: int, height: int) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.resize(width, height)
        self.show()
        QApplication.processEvents()  # pyqtgraph lays its items out in the event loop

    def render_into(self, painter: QPainter, target: QRectF) -> None:
        self.scene().render(painter, target, QRectF(0, 0, self.width(), self.height()))

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self._pointer_at(scene_pos, self.mapToGlobal(self.mapFromScene(scene_pos)))

    @Slot(object)
    def _on_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        index = self.hit(event.scenePos())  # type: ignore[attr-defined]
        if index is not None:
            self.figure_clicked.emit(self.figure_at(index))

    def _style_axis(self, axis: pg.AxisItem, label: str) -> None:
        theme = self.theme
        axis.setPen(pg.mkPen(theme.axis, width=self.px(1)))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setStyle(
            tickFont=pixel_font(self.px(TICK_PX)),
            tickTextOffset=round(self.px(6)),
            tickLength=-round(self.px(4)),
            maxTickLevel=0,
        )
        axis.setZValue(-1)  # grid lines behind the marks
        axis.setLabel(escaped(label), color=theme.muted, **{"font-size": f"{self.px(AXIS_LABEL_PX):.1f}px"})

    def _restyle(self) -> None:
        theme = self.theme
        accent = QColor(theme.bar)
        selected = {i for i, b in enumerate(self.data.bars) if b.figure_id in self.selected}
        self.curve.setPen(pg.mkPen(accent, width=self.px(2 if not selected else 3)))
        for status, item in self.markers.items():
            filled = status in ("reported", "disputed")
            item.setPen(pg.mkPen(accent, width=self.px(1.5)), update=False)
            item.setBrush(pg.mkBrush(accent) if filled else pg.mkBrush(theme.background))
        self.value_label.setColor(theme.text)
        bottom, left = self.plot_item.getAxis("bottom"), self.plot_item.getAxis("left")
        self._style_axis(bottom, self.data.x_label)
        self._style_axis(left, self.data.axis_label)
        left.setGrid(60)
        # pyqtgraph sizes the axis for its default font; make room for scaled ticks and label.
        tick = QFontMetricsF(pixel_font(self.px(TICK_PX))).height()
        label = QFontMetricsF(pixel_font(self.px(AXIS_LABEL_PX))).height()
        bottom.setHeight(round(tick + label + self.px(16)))
        if self.legend_item is not None:
            self.legend_item.set_theme(theme)

    def texts(self) -> list[str]:
        axes = [self.plot_item.getAxis(n).labelText for n in ("left", "bottom")]
        return [self.value_label.toPlainText(), *axes, *(self.legend.texts() if self.legend else [])]

    def hit(self, pos: QPointF) -> int | None:
        vb = self.plot_item.getViewBox()
        if not len(self.xs) or not vb.sceneBoundingRect().contains(pos):
            return None
        if len(self.xs) == 1:
            return 0
        x = vb.mapSceneToView(pos).x()
        i = int(np.clip(np.searchsorted(self.xs, x), 1, len(self.xs) - 1))  # the nearer of i - 1 and i
        return i - 1 if abs(self.xs[i - 1] - x) <= abs(self.xs[i] - x) else i

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


class MenuButton(Reshown, QToolButton):
    """A chart's menu button, kept between visits (``keep_reshown``)."""


class ChartView(QFrame):
    """A chart as the tab shows it: title, subtitle, plot, caveats, source line and a menu.

    The menu (the ⋯ button or a right-click) offers exports and a description; the view only
    asks for exports with ``export_requested``; the window does the work. The frame draws its
    texts itself around its two widgets, the plot and the menu button (four labels per chart
    were a fifth of what a tab costs to show again), and keeps that drawing between repaints.
    """

    figure_clicked = Signal(str)
    export_requested = Signal(str, str)
    activated = Signal(str)

    MARGIN_X, MARGIN_Y, SPACING, TITLE_GAP = 12, 10, 6, 2

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.setObjectName("chartView")
        self.theme = theme
        self.setAccessibleName(f"Chart: {data.spec.title}")
        self.setAccessibleDescription(data.description)
        self.title_text = data.spec.title
        self.subtitle_text = data.spec.subtitle
        self.caveats_text = "\n".join(data.caveats)
        self.source_text = data.source_line
        self.title_font = pixel_font(16, bold=True)
        self._heights: dict[tuple[str, int], int] = {}
        self._minimum: QSize | None = None
        self._header_picture = KeptPicture(self, self._draw)
        self._footer_picture = KeptPicture(self, self._draw)
        self.menu_button = MenuButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setToolTip(self.tr("Export or describe this chart"))
        self.menu_button.setAccessibleName(self.tr("Chart menu: %s") % data.spec.title)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu's entries are made when it first opens: most charts are never asked.
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill_menu)
        self._describe_action: QAction | None = None
        self.menu_button.setMenu(self._menu)
        button = self.menu_button
        keep_reshown(button, lambda: (button.isDown(),))  # the style draws a menu arrow at some length
        self.plot = make_plot(data, figures, theme)
        self.plot.setParent(self)
        self.plot.setMinimumHeight(self.plot.preferred_height())
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.plot.figure_clicked.connect(self._on_plot_figure_clicked)
        self.plot.context_menu_requested.connect(self._on_context_menu_requested)

    def texts(self) -> list[str]:
        """What the frame writes around the plot, top to bottom (empty parts left out)."""
        return [t for t in (self.title_text, self.subtitle_text, self.caveats_text, self.source_text) if t]

    # -- layout: the texts' heights depend on the width they wrap in -----------------------------

    def _font(self, role: str) -> QFont:
        return self.title_font if role == "title" else self.font()

    def _text_height(self, role: str, width: int) -> int:
        """How tall one of the frame's texts is when wrapped to a width (0 when it has none)."""
        text = getattr(self, f"{role}_text")
        if not text:
            return 0
        height = self._heights.get((role, width))
        if height is None:
            if len(self._heights) > 512:  # a few entries per width the window has had
                self._heights.clear()
            bounds = QRect(0, 0, max(width, 1), 100_000)
            height = QFontMetrics(self._font(role)).boundingRect(bounds, _WRAP, text).height()
            self._heights[(role, width)] = height
        return height

    def _header_width(self, width: int) -> int:
        return width - 2 * self.MARGIN_X - self.menu_button.sizeHint().width() - self.SPACING

    def _header_height(self, width: int) -> int:
        titles = self._text_height("title", self._header_width(width))
        if self.subtitle_text:
            titles += self.TITLE_GAP + self._text_height("subtitle", self._header_width(width))
        return max(titles, self.menu_button.sizeHint().height())

    def _footer_height(self, width: int) -> int:
        notes = [role for role in ("caveats", "source") if getattr(self, f"{role}_text")]
        return sum(self.SPACING + self._text_height(role, width - 2 * self.MARGIN_X) for role in notes)

    def _height_around_plot(self, width: int) -> int:
        return 2 * self.MARGIN_Y + self._header_height(width) + self.SPACING + self._footer_height(width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_around_plot(width) + self.plot.sizeHint().height()

    def sizeHint(self) -> QSize:
        width = self.plot.sizeHint().width() + 2 * self.MARGIN_X
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if self._minimum is None:
            # As narrow as the plot allows and the longest word fits (text wraps at spaces).
            def longest_word(role: str) -> int:
                metrics = QFontMetrics(self._font(role))
                words = getattr(self, f"{role}_text").split()
                return max((metrics.horizontalAdvance(word) for word in words), default=0)

            button = self.menu_button.sizeHint().width() + self.SPACING
            inner = max(
                self.plot.minimumSizeHint().width(),
                longest_word("title") + button,
                *(longest_word(role) for role in ("subtitle", "caveats", "source")),
            )
            # Height with the texts unwrapped: the grid asks ``heightForWidth`` for its width.
            height = self._height_around_plot(100_000) + self.plot.minimumHeight()
            self._minimum = QSize(inner + 2 * self.MARGIN_X, height)
        return self._minimum

    def _place_children(self) -> None:
        """The menu button at the top right; the plot between the titles and the notes."""
        width, height = self.width(), self.height()
        button = self.menu_button.sizeHint()
        self.menu_button.setGeometry(
            width - self.MARGIN_X - button.width(), self.MARGIN_Y, button.width(), button.height()
        )
        top = self.MARGIN_Y + self._header_height(width) + self.SPACING
        bottom = height - self.MARGIN_Y - self._footer_height(width)
        self.plot.setGeometry(self.MARGIN_X, top, width - 2 * self.MARGIN_X, max(bottom - top, 0))
        self._restyle()  # the texts' places change with the plot's

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_children()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the texts wrap anew: heights and places change
            self._heights.clear()
            self._minimum = None
            self._place_children()
        super().changeEvent(event)

    # -- painting --------------------------------------------------------------------------------

    def _placed_texts(self) -> Iterator[tuple[str, QRect]]:
        """Each text with where it is drawn: titles beside the menu button, notes under the plot."""
        x, y, inner = self.MARGIN_X, self.MARGIN_Y, self.width() - 2 * self.MARGIN_X
        for role in ("title", "subtitle"):
            height = self._text_height(role, self._header_width(self.width()))
            if height:
                yield role, QRect(x, y, self._header_width(self.width()), height)
                y += height + self.TITLE_GAP
        y = self.plot.geometry().bottom() + 1
        for role in ("caveats", "source"):
            height = self._text_height(role, inner)
            if height:
                y += self.SPACING
                yield role, QRect(x, y, inner, height)
                y += height

    def paintEvent(self, event: QPaintEvent) -> None:
        # The titles and the notes below the plot are kept as pictures (small ones: a picture of
        # the whole frame would cost a first visit more memory to fill than its texts cost to
        # draw). The rest is plain ground and border, drawn each time: beside the plot, and the
        # corner the menu button sits in (a picture of it would hold the button, whose soft
        # edges would then be blended twice).
        plot, width, height, theme = self.plot.geometry(), self.width(), self.height(), self.theme
        corner = self.menu_button.x()
        self._header_picture.paint(event.region(), QRect(0, 0, corner, plot.top()))
        self._footer_picture.paint(event.region(), QRect(0, plot.bottom() + 1, width, height))
        p = QPainter(self)
        p.setClipRect(QRect(corner, 0, width - corner, plot.top()))
        paint_panel(p, self.rect(), theme.background, theme.grid)
        p.setClipping(False)
        for side in (
            QRect(0, plot.top(), plot.left(), plot.height()),
            QRect(plot.right() + 1, plot.top(), width, plot.height()),
        ):
            p.fillRect(side, QColor(theme.background))
        p.fillRect(QRect(0, plot.top(), 1, plot.height()), QColor(theme.grid))
        p.fillRect(QRect(width - 1, plot.top(), 1, plot.height()), QColor(theme.grid))
        p.end()

    def _restyle(self) -> None:
        """The frame's texts, colours or their places changed: draw them anew."""
        self._header_picture.invalidate()
        self._footer_picture.invalidate()
        self.update()

    def _draw(self, p: QPainter, part: QRect) -> None:
        theme = self.theme
        paint_panel(p, self.rect(), theme.background, theme.grid)
        for role, rect in self._placed_texts():
            if not rect.intersects(part):
                continue  # the other strip's
            p.setFont(self._font(role))
            p.setPen(QColor(theme.text if role == "title" else theme.muted))
            p.drawText(rect, _WRAP, getattr(self, f"{role}_text"))

    @property
    def chart_id(self) -> str:
        return self.data.spec.id

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
        menu = self._menu
        if self._describe_action is not None:
            return
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

    def apply_theme(self, theme: Theme) -> None:
        """Recolour the frame, its texts and the plot."""
        self.theme = theme
        self.plot.apply_theme(theme)
        self._restyle()

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

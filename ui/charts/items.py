"""The marks of the charts, as pyqtgraph items: bars, a timeline, a series' points, a big number.

Each is written like pyqtgraph's own ``BarGraphItem``: a ``pg.GraphicsObject`` (or, for the big
number, a ``pg.GraphicsWidget`` of the layout) with ``boundingRect`` in data coordinates,
``paint``, ``hoverEvent`` (the tooltip tells what a mark is) and ``mouseClickEvent`` (a left
click selects the mark's figure). Lengths in pixels are multiplied by ``scale``, so an export
builds the same items at its own size. Marks paint their rectangles and text in device pixels
(the painter's transform maps data to pixels), so text keeps its size and a hatch its pitch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.PlotCurveItem import arrayToLineSegments
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from ui.text import plain_tooltip, wrap_text
from ui.theme import LIGHT, Theme, contrast_ratio, pixel_font, status_brush, status_pen, status_word
from viewer.charts import Bar, ChartData, Event
from viewer.details import bar_details, event_details
from viewer.model import Figure

VALUE_PX = 13
LABEL_PX = 12
BAR_THICKNESS = 0.62
SHARE_THICKNESS = 0.5
PAD_PX = 6
FADED = 0.25  # the opacity left to marks a filter does not bring forward
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def value_text(bar: Bar) -> str:
    """The label at a bar's end: its value, and its status in words when not plainly reported."""
    if bar.status == "reported" or bar.derived:
        return bar.text
    return f"{bar.text} · {status_word(bar.status).lower()}"


def event_text(event: Event) -> str:
    """What the timeline writes beside an event (its year is on the axis): what happened, and its status."""
    words = event.label + (f": {event.text}" if event.text else "")
    return words if event.status == "reported" else f"{words} ({status_word(event.status).lower()})"


def paint_marker(p: QPainter, center: QPointF, status: str, size: float, color: QColor, ground: QColor) -> None:
    """A timeline or legend marker that tells the status by its shape: a filled dot (reported),
    a cross (disputed), an open square (unverifiable) or an open ring (forecast). Drawn as
    plain shapes at their size, with a pen of ordinary width, so SVG readers draw it alike."""
    r = size / 2
    pen = QPen(color, max(size / 6, 1.0))
    p.save()
    p.setPen(pen)
    box = QRectF(center.x() - r, center.y() - r, size, size)
    if status == "disputed":
        p.drawLine(box.topLeft(), box.bottomRight())
        p.drawLine(box.bottomLeft(), box.topRight())
    else:
        p.setBrush(QBrush(color if status == "reported" else ground))
        inner = box.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2)
        if status == "unverifiable":
            p.drawRect(inner)
        else:
            p.drawEllipse(inner)
    p.restore()


def readable_on(fill: QColor, theme: Theme) -> QColor:
    """The theme's text or background colour, whichever reads better on a fill."""
    text, ground = QColor(theme.text), QColor(theme.background)
    if fill.alphaF() < 1.0:  # a faded fill: what shows is its blend with the ground
        a = fill.alphaF()
        fill = QColor.fromRgbF(
            a * fill.redF() + (1 - a) * ground.redF(),
            a * fill.greenF() + (1 - a) * ground.greenF(),
            a * fill.blueF() + (1 - a) * ground.blueF(),
        )
    return text if contrast_ratio(text, fill) >= contrast_ratio(ground, fill) else ground


class _Marks:
    """What every mark item shares: a theme, a scale, the selection, and hover and click by index.

    Mixed into a pyqtgraph item; the item declares ``figure_clicked`` and answers ``hit``
    (which mark is at a point of its own coordinates), ``details`` and ``figure_at``.
    """

    def _init_marks(self, data: ChartData, figures: Mapping[str, Figure], theme: Theme, scale: float) -> None:
        self.data = data
        self.figures = figures
        self.theme = theme
        self.scale = scale
        self.selected: frozenset[str] = frozenset()
        self.highlight: frozenset[str] | None = None  # statuses a filter brings forward; None: all
        self.hovered: int | None = None
        self.last_tooltip = ""

    def px(self, value: float) -> float:
        return value * self.scale

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()  # type: ignore[attr-defined]

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        self.selected = frozenset(figure_ids)
        self.update()  # type: ignore[attr-defined]

    def set_highlight(self, statuses: Iterable[str] | None) -> None:
        """Bring the marks of these statuses forward and fade the others (None: none faded)."""
        self.highlight = None if statuses is None else frozenset(statuses)
        self.update()  # type: ignore[attr-defined]

    def tone(self, color: QColor, status: str | None) -> QColor:
        """A mark's colour, faded when a filter brings other statuses forward."""
        if self.highlight is None or status in self.highlight:
            return color
        faded = QColor(color)
        faded.setAlphaF(color.alphaF() * FADED)
        return faded

    def hit(self, pos: QPointF) -> int | None:
        raise NotImplementedError

    def details(self, index: int) -> str:
        raise NotImplementedError

    def figure_at(self, index: int) -> str:
        raise NotImplementedError

    def hoverEvent(self, ev: object) -> None:
        index = None if ev.isExit() else self.hit(ev.pos())  # type: ignore[attr-defined]
        if index is not None:
            ev.acceptClicks(Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        if index == self.hovered:
            return
        self.hovered = index
        self.last_tooltip = self.details(index) if index is not None else ""
        # The scene shows an item's tooltip after the hover delay: this item's, for this mark.
        self.setToolTip(plain_tooltip(self.last_tooltip) if self.last_tooltip else "")  # type: ignore[attr-defined]
        shape = Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)  # type: ignore[attr-defined]

    def mouseClickEvent(self, ev: object) -> None:
        # A double-click belongs to the view box (it returns a zoomed chart to its range).
        if ev.button() != Qt.MouseButton.LeftButton or ev.double():  # type: ignore[attr-defined]
            return
        index = self.hit(ev.pos())  # type: ignore[attr-defined]
        if index is not None:
            ev.accept()  # type: ignore[attr-defined]
            self.figure_clicked.emit(self.figure_at(index))  # type: ignore[attr-defined]


class BarsItem(_Marks, pg.GraphicsObject):
    """Horizontal bars in data coordinates (x: the value axis, y: the row), with value labels.

    Bar, index and share charts: a row per bar, or for a share one 100 % bar of two slices with
    their names and values above (the part) and below (the rest). A value label sits past the
    bar's end where the plot has room for it, else inside the bar: it never stretches the axis.
    Status is drawn as a fill (solid, hatched, dotted, outline only), never by colour alone.
    """

    figure_clicked = Signal(str)

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, scale: float = 1.0
    ) -> None:
        pg.GraphicsObject.__init__(self)
        self._init_marks(data, figures, theme, scale)
        self.stacked = data.kind == "share"
        self.rows = [0 if self.stacked else i for i in range(len(data.bars))]
        self.thickness = SHARE_THICKNESS if self.stacked else BAR_THICKNESS
        self.value_font = pixel_font(self.px(VALUE_PX), bold=True)
        self.name_font = pixel_font(self.px(LABEL_PX))
        self.label_rects: list[QRectF] = []  # the value labels as last painted, in device pixels

    def rect(self, index: int) -> QRectF:
        """Bar ``index`` in data coordinates."""
        x0, x1 = self.data.bars[index].span
        y = self.rows[index]
        return QRectF(min(x0, x1), y - self.thickness / 2, abs(x1 - x0), self.thickness)

    def boundingRect(self) -> QRectF:
        lo, hi = self.data.value_range
        rows = max(self.rows, default=0)
        extra = 1.0 if self.stacked else 0.5  # a share's names stand above and below its bar
        return QRectF(lo, -extra, hi - lo, rows + 2 * extra)

    def hit(self, pos: QPointF) -> int | None:
        for i in range(len(self.data.bars)):
            if self.rect(i).contains(pos):
                return i
        return None

    def details(self, index: int) -> str:
        return bar_details(self.data.bars[index], self.figures)

    def figure_at(self, index: int) -> str:
        bar = self.data.bars[index]
        return bar.figure_id or bar.sources[0]

    def fill(self, index: int) -> tuple[QBrush, QPen]:
        """The brush and outline bar ``index`` is painted with (the selection outlines the bar
        of the figure picked only, not bars derived from it)."""
        bar = self.data.bars[index]
        color = self.tone(QColor(self.theme.derived if bar.derived else self.theme.bar), bar.status)
        brush = status_brush(bar.status, color, self.scale)
        pen = status_pen(bar.status, color, self.scale)
        if bar.figure_id is not None and bar.figure_id in self.selected:
            pen = QPen(QColor(self.theme.text), self.px(2))
        return brush, pen

    def paint(self, p: QPainter, *args: object) -> None:
        to_device = p.transform()
        vb = self.getViewBox()
        view = to_device.mapRect(vb.viewRect()) if vb is not None else to_device.mapRect(self.boundingRect())
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.label_rects = []
        for i, bar in enumerate(self.data.bars):
            device = to_device.mapRect(self.rect(i))
            brush, pen = self.fill(i)
            p.setBrushOrigin(device.topLeft())  # a hatch starts at the bar's corner, as in an export
            p.setBrush(brush)
            p.setPen(pen)
            inset = pen.widthF() / 2 if pen.style() != Qt.PenStyle.NoPen else 0.0
            p.drawRect(device.adjusted(inset, inset, -inset, -inset))
            if self.stacked:
                self.label_rects.append(self._paint_share_label(p, i, bar, device, view))
            else:
                self.label_rects.append(self._paint_value(p, bar, device, view, brush))
        p.restore()

    def _paint_value(self, p: QPainter, bar: Bar, device: QRectF, view: QRectF, brush: QBrush) -> QRectF:
        text = value_text(bar)
        metrics = QFontMetricsF(self.value_font)
        width, pad = metrics.horizontalAdvance(text) + 2, self.px(PAD_PX)
        negative = bar.span[1] < bar.span[0]
        end = device.left() if negative else device.right()
        room = end - view.left() if negative else view.right() - end
        fits_outside = room >= width + pad
        inside = not fits_outside and device.width() >= width + 2 * pad
        if inside:
            x = end + pad if negative else end - pad - width
        else:  # past the bar's end, and never past the plot's edge (then over the bar's end)
            x = end - pad - width if negative else end + pad
            x = min(max(x, view.left()), view.right() - width)
        label = QRectF(x, device.top(), width, device.height())
        p.setFont(self.value_font)
        color = QColor(self.theme.text)
        solid = brush.style() == Qt.BrushStyle.SolidPattern
        if inside or not fits_outside:
            fill = brush.color() if inside and solid else QColor(self.theme.background)
            if not (inside and solid):  # a label on a hatch, or over a bar's end, gets a ground
                box = label.adjusted(-2, device.height() / 2 - metrics.height() / 2 - 1, 2, 0)
                box.setHeight(metrics.height() + 2)
                p.fillRect(box, fill)
            color = readable_on(fill, self.theme)
        p.setPen(color)
        p.drawText(label, _RIGHT if inside != negative else _LEFT, text)
        return label

    def _share_label(self, bar: Bar, room: float) -> list[tuple[str, bool]]:
        """A part's name wrapped to the room, its value after it on the last line if it fits,
        else on a line of its own: (text, bold) per line."""
        name_metrics, value_metrics = QFontMetricsF(self.name_font), QFontMetricsF(self.value_font)
        value = value_text(bar)
        lines: list[tuple[str, bool]] = [(line, False) for line in wrap_text(bar.label, self.name_font, room, 99)]
        last = lines[-1][0] if lines else ""
        if lines and name_metrics.horizontalAdvance(f"{last}  ") + value_metrics.horizontalAdvance(value) <= room:
            lines[-1] = (f"{last}  {value}", False)  # the value is drawn bold after the name
        else:
            lines.append((value, True))
        return lines

    def share_label_lines(self, width: float) -> int:
        """How many lines the longer of a share's two labels takes in a plot this wide."""
        return max(len(self._share_label(b, width)) for b in self.data.bars)

    def _paint_share_label(self, p: QPainter, index: int, bar: Bar, device: QRectF, view: QRectF) -> QRectF:
        """The part's name and value above its slice, from the left; the rest's below, from the right."""
        value = value_text(bar)
        names, values = QFontMetricsF(self.name_font), QFontMetricsF(self.value_font)
        lines = self._share_label(bar, view.width())
        height = names.height() + self.px(1)
        gap = self.px(4)
        top = device.top() - gap - height * len(lines) if index == 0 else device.bottom() + gap
        p.setPen(QColor(self.theme.text))
        for i, (text, bold) in enumerate(lines):
            # A line is a name (regular), the value (bold), or a name with the value after it.
            name = "" if bold else text.removesuffix(value) if text.endswith(f"  {value}") else text
            tail = value if bold or name != text else ""
            name_px, tail_px = names.horizontalAdvance(name), values.horizontalAdvance(tail)
            left = view.left() if index == 0 else view.right() - name_px - tail_px
            y = top + i * height
            p.setFont(self.name_font)
            p.drawText(QRectF(left, y, name_px + 1, height), _LEFT, name)
            p.setFont(self.value_font)
            p.drawText(QRectF(left + name_px, y, tail_px + 2, height), _LEFT, tail)
        return QRectF(view.left(), top, view.width(), height * len(lines))

    def texts(self) -> list[str]:
        """The value labels, in bar order (a share's with the slice's name before it)."""
        if self.stacked:
            return [f"{b.label}  {value_text(b)}" for b in self.data.bars]
        return [value_text(b) for b in self.data.bars]


class TimelineItem(_Marks, pg.GraphicsObject):
    """Dated events on a proportional year axis (y), a marker on a spine and the words beside it.

    Words that would overlap the event before are moved down and joined to their marker by a
    short line. The view may zoom and pan along the years; x is the view's width, 0 to 1.
    """

    figure_clicked = Signal(str)
    MARKERS: ClassVar[dict[str, str]] = {"reported": "o", "disputed": "x", "unverifiable": "s", "forecast": "o"}

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, scale: float = 1.0
    ) -> None:
        pg.GraphicsObject.__init__(self)
        self._init_marks(data, figures, theme, scale)
        self.font = pixel_font(self.px(VALUE_PX))
        self.bold = pixel_font(self.px(VALUE_PX), bold=True)
        self.words = [event_text(e) for e in data.events]
        self.hit_rects: list[QRectF] = []  # in item coordinates, as last painted

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        if vb is not None:
            return vb.viewRect()
        lo, hi = self.data.value_range
        return QRectF(0, lo - 1, 1, hi - lo + 2)

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def _lay_out(self, to_device: QTransform, view: QRectF) -> list[tuple[QPointF, QRectF]]:
        """Each event's marker and words in device pixels, words pushed down past the one before."""
        spine = view.left() + self.px(10)
        left = spine + self.px(14)
        width = max(view.right() - left - self.px(4), self.px(60))
        metrics = QFontMetricsF(self.font)
        gap = self.px(4)
        points, tops, heights = [], [], []
        bottom = -1e9
        for event, words in zip(self.data.events, self.words, strict=True):
            y = to_device.map(QPointF(0, event.year)).y()
            heights.append(metrics.boundingRect(QRectF(0, 0, width, 1e5), _WRAP, words).height())
            tops.append(max(y - metrics.height() / 2, bottom + gap))  # past the words before
            points.append(QPointF(spine, y))
            bottom = tops[-1] + heights[-1]
        limit = view.bottom()
        for i in reversed(range(len(tops))):  # and back up where the last ones ran out of the view
            tops[i] = min(tops[i], limit - heights[i])
            limit = tops[i] - gap
        return [(pt, QRectF(left, t, width, h)) for pt, t, h in zip(points, tops, heights, strict=True)]

    def needed_height(self, width: float) -> float:
        """The height the events' words take, one under the other, in a view this wide."""
        metrics = QFontMetricsF(self.font)
        room = max(width - self.px(28), self.px(60))
        return sum(metrics.boundingRect(QRectF(0, 0, room, 1e5), _WRAP, w).height() + self.px(4) for w in self.words)

    def paint(self, p: QPainter, *args: object) -> None:
        to_device = p.transform()
        vb = self.getViewBox()
        view = to_device.mapRect(vb.viewRect() if vb is not None else self.boundingRect())
        placed = self._lay_out(to_device, view)
        back = to_device.inverted()[0]
        # What a pointer finds an event by: its row, from the view's left edge to its words' end.
        self.hit_rects = [
            back.mapRect(QRectF(view.left(), rect.top(), rect.right() - view.left(), rect.height()))
            for _, rect in placed
        ]
        theme = self.theme
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if placed:
            spine = QPen(QColor(theme.grid), self.px(3))
            p.setPen(spine)
            p.drawLine(QPointF(placed[0][0].x(), view.top()), QPointF(placed[0][0].x(), view.bottom()))
        accent = QColor(theme.bar)
        metrics = QFontMetricsF(self.font)
        for (point, rect), event, words in zip(placed, self.data.events, self.words, strict=True):
            if rect.top() > point.y() - metrics.height() / 2 + 0.5:  # moved down: join it to its marker
                p.setPen(QPen(QColor(theme.muted), self.px(1)))
                p.drawLine(point, QPointF(rect.left() - self.px(3), rect.top() + metrics.height() / 2))
            status = event.status
            paint_marker(p, point, status, self.px(12), self.tone(accent, status), QColor(theme.background))
            selected = event.figure_id in self.selected
            p.setFont(self.bold if selected else self.font)
            p.setPen(self.tone(QColor(theme.text), status))
            p.drawText(rect, _WRAP, words)
        p.restore()

    def hit(self, pos: QPointF) -> int | None:
        return next((i for i, rect in enumerate(self.hit_rects) if rect.contains(pos)), None)

    def details(self, index: int) -> str:
        return event_details(self.data.events[index], self.figures)

    def figure_at(self, index: int) -> str:
        return self.data.events[index].figure_id

    def texts(self) -> list[str]:
        return list(self.words)


class LineItem(_Marks, pg.GraphicsObject):
    """A series as one line through its points, each point of a short series marked by its
    status; hover tells the nearest point along x, a click selects it, a drag pans the view.

    Drawn in device pixels, like the other marks: only the points in view, and where there are
    more points than pixel columns, each column's lowest and highest (the peaks pyqtgraph's own
    downsampling keeps), so 10,000 points cost what the width does. (pyqtgraph's PlotCurveItem
    draws its path in data coordinates under a scaling transform, which SVG readers such as
    librsvg draw as a band as thick as the scale.)
    """

    figure_clicked = Signal(str)
    MARKER_LIMIT = 200  # a longer series is drawn as a line alone

    def __init__(
        self,
        data: ChartData,
        figures: Mapping[str, Figure],
        theme: Theme = LIGHT,
        scale: float = 1.0,
    ) -> None:
        pg.GraphicsObject.__init__(self)
        self._init_marks(data, figures, theme, scale)
        self.xs = np.asarray(data.xs, dtype=float)
        self.ys = np.asarray([b.value for b in data.bars], dtype=float)
        self.marked = len(self.xs) <= self.MARKER_LIMIT
        self.drawn_points = 0  # how many points the last paint drew the line through

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        if vb is not None:
            return vb.viewRect()
        return QRectF(float(self.xs.min()), float(self.ys.min()), float(np.ptp(self.xs)), float(np.ptp(self.ys)))

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewRangeChanged()

    def visible(self, lo: float, hi: float, columns: int) -> tuple[np.ndarray, np.ndarray]:
        """The points between x = lo and hi (with one beyond each end, so the line leaves the
        view rather than stopping short), thinned to the lowest and highest of each column."""
        start = max(int(np.searchsorted(self.xs, lo)) - 1, 0)
        stop = min(int(np.searchsorted(self.xs, hi, side="right")) + 1, len(self.xs))
        x, y = self.xs[start:stop], self.ys[start:stop]
        if columns <= 0 or len(x) <= 2 * columns:
            return x, y
        edges = np.linspace(x[0], x[-1], columns + 1)[:-1]
        starts = np.unique(np.searchsorted(x, edges))
        lows, highs = np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)
        return np.repeat(x[starts], 2), np.column_stack([lows, highs]).ravel()

    def paint(self, p: QPainter, *args: object) -> None:
        to_device = p.transform()
        vb = self.getViewBox()
        view = vb.viewRect() if vb is not None else self.boundingRect()
        columns = int(to_device.mapRect(view).width())
        x, y = self.visible(view.left(), view.right(), columns)
        self.drawn_points = len(x)
        dx = to_device.m11() * x + to_device.m21() * y + to_device.m31()
        dy = to_device.m12() * x + to_device.m22() * y + to_device.m32()
        accent, ground = QColor(self.theme.bar), QColor(self.theme.background)
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Under a filter the line (of every status) fades; the markers of the statuses it brings
        # forward stay.
        pen = QPen(self.tone(accent, None), self.px(2))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(x) > columns:
            # Thinned to a zigzag of peaks: as separate segments, as pyqtgraph's own curve draws
            # wide lines. Qt strokes a wide antialiased path as one outline, which cost 33 ms for
            # 1,800 points against 3 ms as segments (measured); the joints' overlap is invisible.
            p.drawLines(*arrayToLineSegments(dx, dy, connect="all", finiteCheck=False).drawargs())
        else:
            p.drawPath(pg.arrayToQPath(dx, dy))
        # Every point is marked on a short line; on a long one, only those a filter brings forward.
        if self.marked or self.highlight:
            highlight = self.highlight or frozenset()
            for i, bar in enumerate(self.data.bars):
                if self.marked or bar.status in highlight:
                    point = to_device.map(self.point(i))
                    paint_marker(p, point, bar.status, self.px(8), self.tone(accent, bar.status), ground)
        rings = [i for i, b in enumerate(self.data.bars) if b.figure_id in self.selected]
        if self.hovered is not None:
            rings.append(self.hovered)
        p.setPen(QPen(QColor(self.theme.text), self.px(2)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for i in rings:
            p.drawEllipse(to_device.map(self.point(i)), self.px(7), self.px(7))
        p.restore()

    def hit(self, pos: QPointF) -> int | None:
        if not len(self.xs):
            return None
        x = pos.x()
        i = int(np.clip(np.searchsorted(self.xs, x), 1, len(self.xs) - 1)) if len(self.xs) > 1 else 0
        if len(self.xs) > 1 and abs(self.xs[i - 1] - x) <= abs(self.xs[i] - x):
            i -= 1
        return i

    def point(self, index: int) -> QPointF:
        return QPointF(float(self.xs[index]), float(self.ys[index]))

    def details(self, index: int) -> str:
        return bar_details(self.data.bars[index], self.figures)

    def figure_at(self, index: int) -> str:
        bar = self.data.bars[index]
        return bar.figure_id or bar.sources[0]

    def hoverEvent(self, ev: object) -> None:
        super().hoverEvent(ev)
        self.update()

    def texts(self) -> list[str]:
        return []  # a line writes its last value with a TextItem of the figure


class BigNumber(_Marks, pg.GraphicsWidget):
    """A chart of one figure: its value, large, with its status mark, and what it measures
    (unless the chart's title says it already)."""

    figure_clicked = Signal(str)
    NUMBER_PX = 40

    def __init__(
        self, data: ChartData, figures: Mapping[str, Figure], theme: Theme = LIGHT, scale: float = 1.0
    ) -> None:
        pg.GraphicsWidget.__init__(self)
        self._init_marks(data, figures, theme, scale)
        self.bar = data.bars[0]
        self.label_font = pixel_font(self.px(VALUE_PX))
        self.setAcceptHoverEvents(True)
        label = "" if self.bar.label.strip().lower() == data.spec.title.strip().lower() else self.bar.label
        status = "" if self.bar.status == "reported" else status_word(self.bar.status).lower()
        self.label = " · ".join(part for part in (label, status) if part)

    def number_font(self, width: float) -> QFont:
        """As large as ``NUMBER_PX``, smaller where the number would not fit the width."""
        font = pixel_font(self.px(self.NUMBER_PX), bold=True)
        room = max(width - self._swatch(font).right() - self.px(10), 1.0)
        wide = QFontMetricsF(font).horizontalAdvance(self.bar.text)
        if wide > room:
            font = pixel_font(max(self.px(12), self.px(self.NUMBER_PX) * room / wide), bold=True)
        return font

    def preferred_height(self, width: float) -> float:
        number = QFontMetricsF(pixel_font(self.px(self.NUMBER_PX), bold=True)).height()
        return self.px(8) + number + self._label_height(width) + self.px(8)

    def _label_height(self, width: float) -> float:
        if not self.label:
            return 0.0
        bounds = QRectF(0, 0, max(width, 1.0), 1e5)
        return QFontMetricsF(self.label_font).boundingRect(bounds, _WRAP, self.label).height()

    def _swatch(self, font: QFont) -> QRectF:
        metrics = QFontMetricsF(font)
        side = metrics.height() * 0.6
        return QRectF(0, self.px(8) + (metrics.height() - side) / 2, side * 0.6, side)

    def paint(self, p: QPainter, *args: object) -> None:
        bar, theme = self.bar, self.theme
        width = self.size().width()
        font = self.number_font(width)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.tone(QColor(theme.bar), bar.status)
        swatch = self._swatch(font)
        p.setBrushOrigin(swatch.topLeft())
        p.setBrush(status_brush(bar.status, color, self.scale))
        pen = status_pen(bar.status, color, self.scale)
        if bar.figure_id in self.selected:
            pen = QPen(QColor(theme.text), self.px(2))
        p.setPen(pen)
        p.drawRect(swatch)
        metrics = QFontMetricsF(font)
        x = swatch.right() + self.px(10)
        p.setFont(font)
        p.setPen(QColor(theme.text))
        number = QRectF(x, self.px(8), max(width - x, 1.0), metrics.height())
        p.drawText(number, _LEFT, bar.text)
        if self.label:
            p.setFont(self.label_font)
            p.setPen(QColor(theme.muted))
            p.drawText(QRectF(0, number.bottom(), width, self._label_height(width)), _WRAP, self.label)

    def hit(self, pos: QPointF) -> int | None:
        return 0 if self.boundingRect().contains(pos) else None

    def details(self, index: int) -> str:
        return bar_details(self.bar, self.figures)

    def figure_at(self, index: int) -> str:
        return self.bar.figure_id or self.bar.sources[0]

    def texts(self) -> list[str]:
        return [self.bar.text, self.label] if self.label else [self.bar.text]

"""A whole chart as one pyqtgraph item: title, subtitle, plot, legend, caveats and source line.

``ChartFigure`` is what the window shows (inside ``ChartView``) and what every export renders
(in a scene of its own): one drawing, laid out by one piece of code. Lengths in pixels are
multiplied by ``scale``; an export builds the figure at its output size, so text and lines
grow with the width instead of turning into hairlines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsGridLayout

from ui.charts.axes import CategoryAxis, ValueAxis
from ui.charts.items import BarsItem, BigNumber, LineItem, TimelineItem, paint_marker, value_text
from ui.text import escaped
from ui.theme import LIGHT, Theme, paint_status_mark, pixel_font, status_word
from viewer.charts import ChartData, caveat_sentence, caveat_sentences
from viewer.model import STATUSES, Figure

TITLE_PX, SUBTITLE_PX, NOTE_PX, TICK_PX, LEGEND_PX = 16, 13, 12, 12, 12

# A chart's own words, in the interface's language (a pack's text is never translated); listed
# so that lupdate sees them.
_CHROME = (
    QT_TRANSLATE_NOOP("Chart", "“%1” is disputed."),
    QT_TRANSLATE_NOOP("Chart", "“%1” cannot be verified."),
    QT_TRANSLATE_NOOP("Chart", "“%1” is a forecast."),
    QT_TRANSLATE_NOOP("Chart", "Source: %1"),
    QT_TRANSLATE_NOOP("Chart", "hatched"),
    QT_TRANSLATE_NOOP("Chart", "dotted"),
    QT_TRANSLATE_NOOP("Chart", "outline"),
)


def chrome(text: str) -> str:
    """A chart's own words in the interface's language."""
    return QCoreApplication.translate("Chart", text)


def legend_entry(status: str, markers: bool) -> str:
    """A legend's words for a status: ``Disputed (hatched)``, or the word alone beside a marker."""
    mark = STATUSES[status].mark
    word = status_word(status)
    return word if markers or mark == "solid" else f"{word} ({chrome(mark)})"


MARGIN_PX, GAP_PX = 12, 6
ROW_PX, SHARE_PX, EVENT_PX, LINE_PX = 52, 110, 44, 260
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class TextBlock(pg.GraphicsWidget):
    """Plain text wrapped to the block's width: pack text is data, never markup."""

    def __init__(self, text: str, font: QFont, color: str) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.color = color  # a Theme attribute
        self.theme = LIGHT

    def height_for(self, width: float) -> float:
        if not self.text:
            return 0.0
        metrics = QFontMetricsF(self.font)
        return metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), _WRAP, self.text).height()

    def paint(self, p: QPainter, *args: object) -> None:
        p.setFont(self.font)
        p.setPen(QColor(getattr(self.theme, self.color)))
        p.drawText(self.boundingRect(), _WRAP, self.text)


class StatusLegend(pg.GraphicsWidget):
    """The statuses a chart draws, each as its mark and its word; entries wrap onto more lines."""

    def __init__(self, statuses: Iterable[str], markers: bool, scale: float) -> None:
        super().__init__()
        self.statuses = tuple(statuses)
        self.markers = markers  # timeline and line symbols rather than bar fills
        self.scale = scale
        self.font = pixel_font(LEGEND_PX * scale)
        self.theme = LIGHT

    def entries(self) -> list[str]:
        return [legend_entry(s, self.markers) for s in self.statuses]

    def _places(self, width: float) -> list[tuple[QRectF, QRectF]]:
        """Where each swatch and word goes at this width."""
        metrics = QFontMetricsF(self.font)
        side, gap, line = 12 * self.scale, 6 * self.scale, metrics.height() + 4 * self.scale
        x = y = 0.0
        places = []
        for text in self.entries():
            advance = side + gap + metrics.horizontalAdvance(text) + 16 * self.scale
            if x > 0 and x + advance > width:
                x, y = 0.0, y + line
            swatch = QRectF(x, y + (line - side) / 2, side, side)
            places.append((swatch, QRectF(x + side + gap, y, advance - side - gap, line)))
            x += advance
        return places

    def height_for(self, width: float) -> float:
        places = self._places(width)
        return places[-1][1].bottom() if places else 0.0

    def paint(self, p: QPainter, *args: object) -> None:
        theme = self.theme
        color = QColor(theme.bar)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font)
        for status, text, (swatch, words) in zip(
            self.statuses, self.entries(), self._places(self.size().width()), strict=True
        ):
            if self.markers:
                paint_marker(p, swatch.center(), status, swatch.width(), color, QColor(theme.background))
            else:
                paint_status_mark(p, swatch, status, color, self.scale)
            p.setPen(QColor(theme.text))
            p.drawText(words, _LEFT, text)


class ChartViewBox(pg.ViewBox):
    """A view box that returns to its first range on a double-click (where it may zoom at all)."""

    def __init__(self) -> None:
        super().__init__(enableMenu=False, defaultPadding=0)
        self.home: dict[str, tuple[float, float]] = {}
        self.setMouseEnabled(x=False, y=False)

    def resizeEvent(self, ev: object) -> None:
        super().resizeEvent(ev)
        # The range is the same but each pixel now stands for more or less of it: items that
        # draw to the pixels (a line's downsampling, labels placed in pixels) are told, as
        # pyqtgraph tells them of a new range.
        self.sigRangeChanged.emit(self, self.state["viewRange"], [True, True])

    def go_home(self) -> None:
        self.setRange(**self.home, padding=0)  # type: ignore[arg-type]

    def mouseClickEvent(self, ev: object) -> None:
        if ev.double() and any(self.state["mouseEnabled"]):  # type: ignore[attr-defined]
            ev.accept()  # type: ignore[attr-defined]
            self.go_home()
            return
        super().mouseClickEvent(ev)


class Plot(pg.GraphicsWidget):
    """A view box with a left and a bottom axis: the part of pyqtgraph's PlotItem a chart uses.

    PlotItem also builds a context menu and a control panel from Qt Designer templates, which
    costs about 20 ms per chart; our charts have their own menu and no controls.
    """

    def __init__(self, left: pg.AxisItem, bottom: pg.AxisItem) -> None:
        super().__init__()
        self.vb = ChartViewBox()
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


class ChartFigure(pg.GraphicsWidget):
    """A chart from title to source line, drawn by pyqtgraph items, at any width.

    It owns its parts: text blocks, the plot (view box, axes, marks) or a big number, a legend
    of the statuses drawn when any is doubtful, and the caveats. ``height_for_width`` says how
    tall it wants to be; the view it sits in, or an export, gives it its size.
    """

    figure_clicked = Signal(str)

    def __init__(
        self,
        data: ChartData,
        figures: Mapping[str, Figure],
        theme: Theme = LIGHT,
        scale: float = 1.0,
        reserve_right: float = 0.0,
    ) -> None:
        super().__init__()
        self.data = data
        self.scale = scale
        self.theme = theme
        self.reserve_right = reserve_right  # room the window keeps at the top right (a menu button)
        s = scale
        self.title = TextBlock(data.spec.title, pixel_font(TITLE_PX * s, bold=True), "text")
        self.subtitle = TextBlock(data.spec.subtitle, pixel_font(SUBTITLE_PX * s), "muted")
        self.caveats = TextBlock("\n".join(self._caveats(figures)), pixel_font(NOTE_PX * s), "muted")
        source = data.source_line.removeprefix("Source: ")
        if source != data.source_line:
            source = chrome("Source: %1").replace("%1", source)
        self.source = TextBlock(source, pixel_font(NOTE_PX * s), "muted")
        self.legend: StatusLegend | None = None
        if any(st != "reported" for st in data.statuses) and data.kind != "number":
            self.legend = StatusLegend(data.statuses, data.kind in ("timeline", "line"), s)
        self.plot: Plot | None = None
        self.reference_line: pg.InfiniteLine | None = None  # an index's 100
        self.value_label: pg.TextItem | None = None  # a line's last value
        self.body: pg.GraphicsWidget
        self.marks: BarsItem | TimelineItem | LineItem | BigNumber
        if data.kind == "number":
            self.marks = BigNumber(data, figures, theme, s)
            self.body = self.marks
        else:
            self.plot = self._build_plot(data, figures, theme)
            self.body = self.plot
        self.marks.figure_clicked.connect(self.figure_clicked)
        for part in self.parts():
            part.setParentItem(self)
        self.set_theme(theme)

    # -- building --------------------------------------------------------------------------------

    def _caveats(self, figures: Mapping[str, Figure]) -> tuple[str, ...]:
        """The caveats, their sentences in the interface's language (the figures' labels and notes
        as the pack writes them)."""
        spec = self.data.spec
        if not all(f in figures for f in spec.figure_ids):
            return self.data.caveats
        drawn = [figures[f] for f in spec.figure_ids]
        return caveat_sentences(spec, drawn, lambda status: chrome(caveat_sentence(status)))

    def _build_plot(self, data: ChartData, figures: Mapping[str, Figure], theme: Theme) -> Plot:
        s = self.scale
        tick_font = pixel_font(TICK_PX * s)
        kind = data.kind
        if kind == "timeline":
            left: pg.AxisItem = ValueAxis("left", years=True)
            bottom: pg.AxisItem = ValueAxis("bottom")
        elif kind == "line":
            left = ValueAxis("left", data.unit, data.axis_factor, round_ends=True)
            bottom = ValueAxis("bottom", years=not data.x_title)
        else:
            left = CategoryAxis([b.label for b in data.bars], tick_font)
            bottom = ValueAxis("bottom", data.tick_unit, data.axis_factor, round_ends=True)
        for axis in (left, bottom):
            axis.setStyle(
                tickFont=tick_font,
                tickTextOffset=round(6 * s),
                tickLength=0 if isinstance(axis, CategoryAxis) else -round(4 * s),
                maxTickLevel=0,
                hideOverlappingLabels=round(60 * s),
            )
            axis.setTickFont(tick_font)
        plot = Plot(left, bottom)
        vb = plot.vb
        lo, hi = data.value_range
        if kind == "timeline":
            bottom.hide()
            span = max(hi - lo, 1.0)
            pad = max(0.6, 0.08 * span)
            vb.home = {"xRange": (0.0, 1.0), "yRange": (lo - pad, hi + pad)}
            vb.invertY(True)
            vb.setMouseEnabled(x=False, y=True)
            vb.setLimits(yMin=lo - span, yMax=hi + span, minYRange=1.0)
            self.marks = TimelineItem(data, figures, theme, s)
            plot.addItem(self.marks)
        elif kind == "line":
            self._build_line(plot, data, figures, theme)
        else:
            rows = len(data.bars)
            if kind == "share":
                left.hide()
                vb.home = {"xRange": (0.0, 100.0), "yRange": (-1.15, 1.15)}
            else:
                vb.home = {"xRange": (lo, hi), "yRange": (-0.5, rows - 0.5)}
            vb.invertY(True)
            self.marks = BarsItem(data, figures, theme, s)
            plot.addItem(self.marks)
            if data.reference is not None:
                self.reference_line = pg.InfiniteLine(pos=data.reference, angle=90, movable=False)
                self.reference_line.setZValue(-1)
                plot.addItem(self.reference_line)
        titles = {"left": data.axis_title, "bottom": data.x_title} if kind == "line" else {"bottom": data.axis_title}
        for name, title in titles.items():
            if title:
                plot.getAxis(name).setLabel(escaped(title))
        vb.disableAutoRange()
        vb.go_home()
        return plot

    def _build_line(self, plot: Plot, data: ChartData, figures: Mapping[str, Figure], theme: Theme) -> None:
        line = LineItem(data, figures, theme, self.scale)
        xs = line.xs
        plot.addItem(line)
        last = data.bars[-1]
        self.value_label = pg.TextItem(value_text(last), anchor=(1, 1))
        self.value_label.setFont(pixel_font(13 * self.scale, bold=True))
        self.value_label.setPos(float(xs[-1]), float(line.ys[-1]))
        plot.addItem(self.value_label)
        self.marks = line
        vb = plot.vb
        x0, x1 = float(xs.min()), float(xs.max())
        xpad = max((x1 - x0) * 0.02, 0.5)
        lo, hi = data.value_range
        vb.home = {"xRange": (x0 - xpad, x1 + xpad), "yRange": (lo, hi)}
        vb.setMouseEnabled(x=True, y=False)
        vb.setLimits(xMin=x0 - (x1 - x0) - 1, xMax=x1 + (x1 - x0) + 1)

    def parts(self) -> list[pg.GraphicsWidget]:
        parts: list[pg.GraphicsWidget] = [self.title, self.subtitle, self.body]
        if self.legend is not None:
            parts.append(self.legend)
        return [*parts, self.caveats, self.source]

    # -- layout ----------------------------------------------------------------------------------

    def px(self, value: float) -> float:
        return value * self.scale

    def _axis_height(self) -> float:
        if self.plot is None or not self.plot.getAxis("bottom").isVisible():
            return 0.0
        tick = QFontMetricsF(pixel_font(TICK_PX * self.scale)).height()
        label = self.plot.getAxis("bottom").labelText
        return tick + self.px(10) + (tick + self.px(4) if label else 0.0)

    def body_height(self, width: float) -> float:
        """How tall the plot (or number) wants to be at this width of the figure."""
        data, kind = self.data, self.data.kind
        if isinstance(self.body, BigNumber):
            return self.body.preferred_height(width - 2 * self.px(MARGIN_PX))
        # Wider charts grow a little taller, so a wide window does not turn them into strips.
        grow = min(max(width / self.px(600), 1.0), 1.6)
        if kind == "timeline":  # room for every event's words, with air for their spacing in time
            assert isinstance(self.marks, TimelineItem)
            words = self.marks.needed_height(width - 2 * self.px(MARGIN_PX) - self.px(50))
            return max(self.px(max(200, EVENT_PX * len(data.events) + 20)), 1.5 * words)
        if kind == "line":
            return self.px(LINE_PX) * grow
        line = QFontMetricsF(pixel_font(TICK_PX * self.scale)).height()
        if kind == "share":  # the parts' names above and below the bar
            assert isinstance(self.marks, BarsItem)
            lines = self.marks.share_label_lines(width - 2 * self.px(MARGIN_PX))
            return max(self.px(SHARE_PX) * grow, 2.6 * (lines * line + self.px(8))) + self._axis_height()
        axis = self.plot.getAxis("left") if self.plot is not None else None
        lines = axis.lines(width) if isinstance(axis, CategoryAxis) else 1
        row = max(self.px(ROW_PX) * grow, lines * line + self.px(14))  # a row as tall as its label
        return row * len(data.bars) + self.px(8) + self._axis_height()

    def _blocks(self, width: float) -> list[tuple[pg.GraphicsWidget, float, float]]:
        """Each part with its height and its width at a figure this wide (the body's height
        left as the body wants it)."""
        inner = max(width - 2 * self.px(MARGIN_PX), 1.0)
        header = max(inner - self.reserve_right, 1.0)
        blocks: list[tuple[pg.GraphicsWidget, float, float]] = [
            (self.title, self.title.height_for(header), header),
            (self.subtitle, self.subtitle.height_for(header), header),
            (self.body, self.body_height(width), inner),
        ]
        if self.legend is not None:
            blocks.append((self.legend, self.legend.height_for(inner), inner))
        blocks += [(b, b.height_for(inner), inner) for b in (self.caveats, self.source)]
        return blocks

    def _gaps(self, blocks: list[tuple[pg.GraphicsWidget, float, float]]) -> float:
        return self.px(GAP_PX) * sum(1 for _, h, _ in blocks[1:] if h > 0)

    def height_for_width(self, width: float) -> float:
        blocks = self._blocks(width)
        return 2 * self.px(MARGIN_PX) + sum(h for _, h, _ in blocks) + self._gaps(blocks)

    def minimum_height(self, width: float) -> float:
        blocks = self._blocks(width)
        body = self.px(80)
        return 2 * self.px(MARGIN_PX) + sum(h for p, h, _ in blocks if p is not self.body) + body + self._gaps(blocks)

    def resizeEvent(self, ev: object) -> None:
        self.lay_out()

    def lay_out(self) -> None:
        """Place every part for the figure's size: the body takes what the texts leave."""
        size: QSizeF = self.size()
        if self.plot is not None:
            axis = self.plot.getAxis("left")
            if isinstance(axis, CategoryAxis):
                axis.fit(size.width())
            elif isinstance(axis, ValueAxis) and axis.isVisible():
                axis.fit_width()
        blocks = self._blocks(size.width())
        fixed = sum(h for p, h, _ in blocks if p is not self.body) + self._gaps(blocks)
        body = max(size.height() - 2 * self.px(MARGIN_PX) - fixed, self.px(40))
        x, y = self.px(MARGIN_PX), self.px(MARGIN_PX)
        for part, height, width in blocks:
            if part is self.body:
                height = body
            if height <= 0:
                part.setGeometry(QRectF(x, y, width, 0))
                part.setVisible(False)
                continue
            part.setVisible(True)
            part.setGeometry(QRectF(x, y, width, height))
            y += height + self.px(GAP_PX)
        if self.plot is not None:
            bottom = self.plot.getAxis("bottom")
            if bottom.isVisible():
                bottom.setHeight(round(self._axis_height()))
                if isinstance(bottom, ValueAxis):  # room for the last tick's label past the plot
                    right = max(0.0, bottom.end_overflow() - self.px(MARGIN_PX) / 2)
                    # and for a value axis's top label, centred on the plot's top edge
                    top = (
                        QFontMetricsF(pixel_font(TICK_PX * self.scale)).height() / 2 if self.data.kind == "line" else 0
                    )
                    self.plot.layout().setContentsMargins(0, top, right, 0)
            layout = self.plot.layout()
            if layout is not None:
                layout.activate()  # now, not in the event loop: an export has none

    # -- look and selection ----------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Recolour every part; nothing is rebuilt."""
        self.theme = theme
        for block in (self.title, self.subtitle, self.caveats, self.source):
            block.theme = theme
            block.update()
        if self.legend is not None:
            self.legend.theme = theme
            self.legend.update()
        self.marks.set_theme(theme)
        if self.plot is not None:
            for axis in self.plot.axes.values():
                axis.setPen(pg.mkPen(theme.axis, width=1))
                axis.setTextPen(pg.mkPen(theme.text))
                if axis.labelText:
                    axis.setLabel(axis.labelText, color=theme.muted, **{"font-size": f"{self.px(TICK_PX):.1f}px"})
            if self.data.kind != "timeline":
                grid_axis = "left" if self.data.kind == "line" else "bottom"
                self.plot.getAxis(grid_axis).setGrid(70 if theme.name == "light" else 90)
            if self.reference_line is not None:
                self.reference_line.setPen(pg.mkPen(theme.muted, width=1, style=Qt.PenStyle.DashLine))
            if self.value_label is not None:
                self.value_label.setColor(theme.text)
        self.update()

    def set_selected(self, figure_ids: Iterable[str]) -> None:
        self.marks.set_selected(figure_ids)

    def set_highlight(self, statuses: Iterable[str] | None) -> None:
        """Fade the marks of other statuses than these (None: none faded)."""
        self.marks.set_highlight(statuses)

    def paint(self, p: QPainter, *args: object) -> None:
        p.fillRect(self.boundingRect(), QColor(self.theme.background))

    def event(self, ev: QEvent) -> bool:
        # A scene is activated each time its view is shown (a tab switch) and deactivated when
        # hidden, and QGraphicsWidget repaints itself, the whole chart, on both: two more paints
        # of every chart per visit, measured. The figure looks the same either way.
        if ev.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            return True
        return super().event(ev)

    # -- what it says ----------------------------------------------------------------------------

    def frame_texts(self) -> list[str]:
        """Title, subtitle, caveats and source line, as drawn (empty parts left out)."""
        blocks = (self.title, self.subtitle, self.caveats, self.source)
        return [b.text for b in blocks if b.text]

    def tick_texts(self, axis: str = "bottom") -> list[str]:
        """The tick labels an axis draws at its current length."""
        if self.plot is None:
            return []
        item = self.plot.getAxis(axis)
        if not item.isVisible():
            return []
        if item._tickLevels is not None:  # set ticks: the category labels
            return [text for _, text in item._tickLevels[0]]
        lo, hi = item.range
        length = item.size().height() if axis in ("left", "right") else item.size().width()
        values = [v for _, vs in item.tickValues(lo, hi, length) for v in vs]
        return item.tickStrings(values, 1.0, 1.0)

    def texts(self) -> list[str]:
        """Every piece of text the figure shows: frame, marks, legend and ticks."""
        legend = self.legend.entries() if self.legend is not None else []
        marks = self.marks.texts()
        line = [self.value_label.toPlainText()] if self.value_label is not None else []
        ticks = self.tick_texts("bottom") + self.tick_texts("left")
        return [*self.frame_texts(), *marks, *line, *legend, *ticks]

    def mark_scene_pos(self, index: int) -> QPointF:
        """Where the middle of mark ``index`` is in the scene (to hover or click it)."""
        marks = self.marks
        if isinstance(marks, BarsItem):
            return marks.mapToScene(marks.rect(index).center())
        if isinstance(marks, TimelineItem):
            return marks.mapToScene(marks.hit_rects[index].center())
        if isinstance(marks, LineItem):
            return marks.mapToScene(marks.point(index))
        return marks.mapToScene(marks.boundingRect().center())

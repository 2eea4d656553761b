"""Axes of the charts: pyqtgraph ``AxisItem`` subclasses that write ticks the way values read.

``ValueAxis`` picks round ticks that fit the axis's length (never fewer than three) and writes
them with the unit's signs (``¥200 bn``, ``50 %``) or as plain years; ``CategoryAxis`` names the
rows of a bar chart with labels wrapped to the room it has.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from ui.text import wrap_text
from viewer.units import format_tick, nice_ticks

MIN_TICKS = 3
MAX_INTERVALS = 6  # more ticks than this is noise, however wide the chart


class ValueAxis(pg.AxisItem):
    """A value or year axis whose ticks are round, fit its length and say their unit."""

    def __init__(
        self, orientation: str, unit: str = "", factor: float = 1.0, years: bool = False, round_ends: bool = False
    ) -> None:
        super().__init__(orientation)
        self.unit = unit
        self.factor = factor
        self.years = years
        self.round_ends = round_ends  # the range ends on round values: ticks end there too
        # Off from the start: with it on, every range change re-renders the label's HTML.
        self.enableAutoSIPrefix(False)

    def _label_px(self, lo: float, hi: float) -> float:
        """About how long a tick label is along the axis, with room between two of them."""
        font = self.style["tickFont"] or QFont()
        metrics = QFontMetricsF(font)
        if self.orientation in ("left", "right"):
            return 2.2 * metrics.height()
        widest = max(metrics.horizontalAdvance(s) for s in self.tickStrings([lo, hi, (lo + hi) / 2], 1.0, 1.0))
        return widest + 1.5 * metrics.height()

    def boundingRect(self) -> QRectF:
        # With a grid, pyqtgraph bounds the axis by itself and its view only, and drops the tick
        # labels at either end (0 and 100 %) as overflowing: give them the overflow they need.
        rect = super().boundingRect()
        m = self.style["hideOverlappingLabels"]
        m = m if isinstance(m, int) and not isinstance(m, bool) else 0
        return rect.adjusted(-m, 0, m, 0) if self.orientation in ("top", "bottom") else rect.adjusted(0, -m, 0, m)

    def fit_width(self) -> None:
        """A left axis as wide as its widest tick label, set now: left to pyqtgraph, the axis
        widens after its first paint, and an export (one paint) would lose its labels."""
        lo, hi = self.range
        font = self.style["tickFont"] or QFont()
        widest = max(QFontMetricsF(font).horizontalAdvance(t) for t in self.tickStrings([lo, hi], 1.0, 1.0))
        label = QFontMetricsF(font).height() * 1.4 if self.labelText else 0.0
        self.setWidth(math.ceil(widest + self.style["tickTextOffset"][0] + abs(self.style["tickLength"]) + 4 + label))

    def end_overflow(self) -> float:
        """How far the last tick label reaches past the axis's end (half its width)."""
        hi = max(self.range)
        font = self.style["tickFont"] or QFont()
        return QFontMetricsF(font).horizontalAdvance(self.tickStrings([hi], 1.0, 1.0)[0]) / 2

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        lo, hi = sorted((minVal, maxVal))
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size <= 0:
            return []
        fits = max(2, min(MAX_INTERVALS, int(size // max(self._label_px(lo, hi), 1.0))))
        # The densest ticks that fit, fewer after them; denser ones last, for a short axis that
        # would otherwise show fewer than three.
        counts = [*range(fits, 1, -1), *range(fits + 1, 13)]
        options = [t for t in (nice_ticks(lo, hi, n) for n in counts) if t]
        options = [t for t in options if len(t) >= MIN_TICKS] or options
        if self.round_ends:  # 0 to 150 reads 0, 50, 100, 150, never 0 … 140
            options = [t for t in options if self._at(t[0], lo) and self._at(t[-1], hi)] or options
        ticks = options[0] if options else []
        if self.years:
            ticks = sorted({float(round(t)) for t in ticks if abs(t - round(t)) < 1e-9})
        spacing = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        return [(spacing, ticks)]

    @staticmethod
    def _at(tick: float, end: float) -> bool:
        return abs(tick - end) <= 1e-9 * max(abs(end), 1.0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.years:
            return [str(round(v)) for v in values]
        return [format_tick(v, self.unit, self.factor) for v in values]


class CategoryAxis(pg.AxisItem):
    """A bar chart's left axis: one label per row, wrapped to the room it has (never cut: the
    chart gives each row the height its longest label needs, ``lines``)."""

    def __init__(self, labels: list[str], font: QFont, share: float = 0.4) -> None:
        super().__init__("left")
        self.labels = labels
        self.share = share  # of the chart's width the labels may take
        self.enableAutoSIPrefix(False)
        self.setStyle(tickFont=font, tickLength=0, autoExpandTextSpace=False, hideOverlappingLabels=True)
        self.setTickFont(font)
        self.fit(400.0)

    def wrap(self, chart_width: float) -> list[list[str]]:
        """Each label as lines for a chart this wide: in the labels' share of the width, or as
        wide as the longest word (up to 60 % of the chart)."""
        font = self.style["tickFont"]
        metrics = QFontMetricsF(font)
        longest = max((metrics.horizontalAdvance(w) for label in self.labels for w in label.split()), default=0.0)
        room = max(self.share * chart_width, min(longest, 0.6 * chart_width), 6 * metrics.averageCharWidth())
        return [wrap_text(label, font, room, max_lines=99) for label in self.labels]

    def lines(self, chart_width: float) -> int:
        """How many lines the longest label takes in a chart this wide."""
        return max((len(w) for w in self.wrap(chart_width)), default=1)

    def fit(self, chart_width: float) -> None:
        """Wrap the labels for a chart this wide and take the width the widest line needs."""
        metrics = QFontMetricsF(self.style["tickFont"])
        wrapped = ["\n".join(lines) for lines in self.wrap(chart_width)]
        widest = max((metrics.horizontalAdvance(line) for w in wrapped for line in w.split("\n")), default=0.0)
        self.setTicks([[(float(i), text) for i, text in enumerate(wrapped)], []])
        self.setWidth(math.ceil(widest + self.style["tickTextOffset"][0] + 8))
        self.wrapped = wrapped

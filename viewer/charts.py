"""What a chart shows: its spec in the pack, and the bars or events derived from its figures.

Chart kinds do their own arithmetic so the pack holds only what the article says:

- ``bar``: one bar per figure, all in one unit;
- ``share``: a part against the rest of its whole, from a part and a whole in one unit
  (43 of 164 -> 43 and 121, labelled 26 %) or from one percentage (36 % -> 36 and 64);
- ``index``: a change in per cent against its reference set to 100 (+47 % -> 100 and 147);
- ``timeline``: dated figures and events in year order;
- ``line``: a series of figures in one unit, by year when every one has a year, else in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from viewer.units import axis_scale, format_change, format_number, format_value, unit_for

if TYPE_CHECKING:
    from viewer.pack import Figure

CHART_KINDS = ("bar", "share", "index", "timeline", "line")
KIND_NAMES = {
    "bar": "Bar chart",
    "share": "Share chart",
    "index": "Index chart",
    "timeline": "Timeline",
    "line": "Line chart",
}
CAVEAT_STATUSES = {
    "disputed": "Disputed",
    "unverifiable": "Unverifiable",
    "forecast": "Forecast",
}


@dataclass(frozen=True)
class ChartSpec:
    """A chart as the pack declares it: what to draw and the words around it."""

    id: str
    section: str
    kind: str
    title: str
    subtitle: str
    figure_ids: tuple[str, ...]
    note: str = ""
    reference_label: str = ""
    bar_labels: tuple[tuple[str, str], ...] = ()

    def label_for(self, figure: Figure) -> str:
        """The label this chart gives a figure: its own short label, or the figure's."""
        return dict(self.bar_labels).get(figure.id, figure.label)


@dataclass(frozen=True)
class Bar:
    """One drawn bar; ``figure_id`` is None for a bar the chart derived (a rest, a reference)."""

    label: str
    value: float
    text: str
    figure_id: str | None
    status: str
    sources: tuple[str, ...]

    @property
    def derived(self) -> bool:
        return self.figure_id is None


@dataclass(frozen=True)
class Event:
    """One point on a timeline."""

    year: int
    label: str
    text: str
    figure_id: str
    status: str


@dataclass(frozen=True)
class ChartData:
    """Everything a view needs to draw a chart and everything an export must say around it."""

    spec: ChartSpec
    unit: str
    axis_label: str
    axis_factor: float
    bars: tuple[Bar, ...]
    events: tuple[Event, ...]
    caveats: tuple[str, ...]
    source_line: str
    description: str
    xs: tuple[float, ...] = ()
    x_label: str = ""

    @property
    def statuses(self) -> tuple[str, ...]:
        """The statuses drawn, in a fixed order, for a legend."""
        drawn = {b.status for b in self.bars} | {e.status for e in self.events}
        return tuple(s for s in ("reported", *CAVEAT_STATUSES) if s in drawn)


def format_percent(p: float) -> str:
    """A share in per cent, whole between 1 and 99 so it reads cleanly: ``26 %``, ``0.67 %``."""
    return f"{format_number(round(p) if 1 <= abs(p) <= 99 else p)} %"


def chart_problems(spec: ChartSpec, figures: Sequence[Figure]) -> list[str]:
    """Why these figures cannot be drawn as this kind of chart; empty when they can."""
    if not figures:
        return ["has no figures"]
    stray = [fid for fid, _ in spec.bar_labels if fid not in spec.figure_ids]
    if stray:
        return [f"'bar_labels' names figures the chart does not draw: {', '.join(stray)}"]
    if spec.kind == "timeline":
        undated = [f.id for f in figures if f.year is None]
        return [f"timeline figures need a year: {', '.join(undated)}"] if undated else []
    qualitative = [f.id for f in figures if f.value is None]
    if qualitative:
        return [f"{spec.kind} charts draw numbers, but these figures have no value: {', '.join(qualitative)}"]
    units = sorted({f.unit for f in figures})
    if len(units) > 1:
        return [f"figures have mixed units ({', '.join(units)}); a chart draws one unit"]
    values = [f.value for f in figures if f.value is not None]
    if spec.kind == "share":
        if len(figures) == 1:
            if units[0] != "%" or not 0 <= values[0] <= 100:
                return ["a share chart of one figure needs a percentage between 0 and 100"]
        elif len(figures) == 2:
            part, whole = values
            if whole <= 0 or part < 0 or part > whole:
                return [f"a share chart needs a part no larger than its whole (got {part:g} of {whole:g})"]
        else:
            return ["a share chart takes one percentage, or a part and its whole"]
    if spec.kind == "line" and len(figures) < 2:
        return ["a line chart needs at least two figures"]
    if spec.kind == "index":
        if len(figures) != 1 or units[0] != "%":
            return ["an index chart takes one change in per cent"]
        if values[0] <= -100:
            return ["an index chart needs a change above −100 %"]
    return []


def _caveats(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[str, ...]:
    notes = [spec.note] if spec.note else []
    for fig in figures:
        if fig.status in CAVEAT_STATUSES:
            reason = f" {fig.note}" if fig.note else ""
            notes.append(f"{CAVEAT_STATUSES[fig.status]}: {fig.label}.{reason}")
    return tuple(notes)


def _bar(spec: ChartSpec, fig: Figure) -> Bar:
    assert fig.value is not None
    return Bar(spec.label_for(fig), fig.value, format_value(fig.value, fig.unit), fig.id, fig.status, (fig.id,))


def _worst_status(figures: Sequence[Figure]) -> str:
    for status in CAVEAT_STATUSES:
        if any(f.status == status for f in figures):
            return status
    return "reported"


def _share_bars(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[Bar, ...]:
    ids = tuple(f.id for f in figures)
    status = _worst_status(figures)
    rest_label = spec.reference_label or "Rest"
    if len(figures) == 1:
        fig = figures[0]
        assert fig.value is not None
        part = Bar(spec.label_for(fig), fig.value, format_percent(fig.value), fig.id, fig.status, ids)
        rest = Bar(rest_label, 100 - fig.value, format_percent(100 - fig.value), None, status, ids)
        return part, rest
    part_fig, whole_fig = figures
    assert part_fig.value is not None and whole_fig.value is not None
    share = 100 * part_fig.value / whole_fig.value
    rest_value = whole_fig.value - part_fig.value
    unit = part_fig.unit
    part = Bar(
        spec.label_for(part_fig),
        part_fig.value,
        f"{format_value(part_fig.value, unit)} ({format_percent(share)})",
        part_fig.id,
        part_fig.status,
        (part_fig.id,),
    )
    rest = Bar(
        rest_label,
        rest_value,
        f"{format_value(rest_value, unit)} ({format_percent(100 - share)})",
        None,
        status,
        ids,
    )
    return part, rest


def _index_bars(spec: ChartSpec, fig: Figure) -> tuple[Bar, ...]:
    assert fig.value is not None
    base = Bar(spec.reference_label or "Reference", 100.0, "100", None, fig.status, (fig.id,))
    moved = 100.0 + fig.value
    text = f"{format_number(moved)} ({format_change(fig.value)})"
    return base, Bar(spec.label_for(fig), moved, text, fig.id, fig.status, (fig.id,))


def describe(kind: str, title: str, bars: Sequence[Bar], events: Sequence[Event], unit: str) -> str:
    """One sentence a screen reader or an SVG ``<desc>`` can say about a chart."""

    def mark(status: str) -> str:
        return "" if status == "reported" else f" ({status})"

    if kind == "timeline":
        parts = [f"{e.year}: {e.label}{' ' + e.text if e.text else ''}{mark(e.status)}" for e in events]
    elif kind == "line":
        low = min(bars, key=lambda b: b.value)
        high = max(bars, key=lambda b: b.value)
        parts = [
            f"{len(bars)} points from {bars[0].label}, {bars[0].text}, to {bars[-1].label}, {bars[-1].text}",
            f"lowest {low.label}, {low.text}",
            f"highest {high.label}, {high.text}",
        ]
    elif kind == "share" and len(bars) == 2 and unit != "%":
        part, rest = bars
        whole = format_value(part.value + rest.value, unit)
        noun = "" if unit_for(unit).prefix or unit_for(unit).suffix else f" {unit}"
        parts = [
            f"{part.label}, {format_value(part.value, unit)} of {whole}{noun} "
            f"({format_percent(100 * part.value / (part.value + rest.value))}){mark(part.status)}",
            f"{rest.label}, {format_value(rest.value, unit)}",
        ]
    else:
        parts = [f"{b.label}, {b.text}{mark(b.status)}" for b in bars]
    return f"{KIND_NAMES[kind]}, {title}: {'; '.join(parts)}."


def build_chart(spec: ChartSpec, figures: Sequence[Figure], source_line: str) -> ChartData:
    """Derive what to draw from a spec and its (validated) figures."""
    unit = figures[0].unit if figures else ""
    bars: tuple[Bar, ...] = ()
    events: tuple[Event, ...] = ()
    xs: tuple[float, ...] = ()
    x_label = ""
    if spec.kind == "timeline":
        dated = sorted((f for f in figures if f.year is not None), key=lambda f: f.year or 0)
        events = tuple(
            Event(
                f.year or 0,
                spec.label_for(f),
                format_value(f.value, f.unit) if f.value is not None else "",
                f.id,
                f.status,
            )
            for f in dated
        )
        factor, axis_label = 1.0, "Year"
    elif spec.kind == "share":
        bars = _share_bars(spec, figures)
        factor, axis_label = axis_scale(max(b.value for b in bars), unit)
    elif spec.kind == "index":
        bars = _index_bars(spec, figures[0])
        factor, axis_label = 1.0, f"Index, {bars[0].label.lower()} = 100"
    elif spec.kind == "line":
        bars, xs, x_label = _line_points(spec, figures)
        factor, axis_label = axis_scale(max(abs(b.value) for b in bars), unit)
    else:
        bars = tuple(_bar(spec, f) for f in figures)
        factor, axis_label = axis_scale(max(abs(b.value) for b in bars), unit)
    return ChartData(
        spec=spec,
        unit=unit,
        axis_label=axis_label,
        axis_factor=factor,
        bars=bars,
        events=events,
        caveats=_caveats(spec, figures),
        source_line=source_line,
        description=describe(spec.kind, spec.title, bars, events, unit),
        xs=xs,
        x_label=x_label,
    )


def _line_points(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[tuple[Bar, ...], tuple[float, ...], str]:
    """A series' points and x: the year when every figure has one, else the place in the pack."""
    dated = all(f.year is not None for f in figures)
    ordered = sorted(figures, key=lambda f: f.year or 0) if dated else list(figures)
    xs = tuple(float(f.year or 0) if dated else float(i + 1) for i, f in enumerate(ordered))
    return tuple(_bar(spec, f) for f in ordered), xs, "Year" if dated else "Order in the pack"

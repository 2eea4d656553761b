"""What a chart shows: its spec in the pack, and the bars or events derived from its figures.

Chart kinds do their own arithmetic so the pack holds only what the article says:

- ``bar``: one bar per figure, all in one unit (one figure alone is drawn as a big number);
- ``share``: a part against the rest of its whole, from a part and a whole in one unit
  (43 of 164 -> 43 and 121, labelled 26 %) or from one percentage (36 % -> 36 and 64);
- ``index``: a change in per cent against its reference set to 100 (+47 % -> 100 and 147);
- ``timeline``: dated figures and events in year order;
- ``line``: a series of figures in one unit, by year when every one has a year, else in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.model import CHART_KINDS, DOUBTFUL, KIND_NAMES, LEGEND_ORDER, STATUSES, ChartSpec, Figure
from viewer.units import (
    axis_scale,
    format_change,
    format_number,
    format_series,
    format_value,
    nice_range,
    qualified,
    unit_for,
)

__all__ = ["CHART_KINDS", "Bar", "ChartData", "ChartSpec", "Event", "build_chart", "chart_problems"]


@dataclass(frozen=True)
class Bar:
    """One drawn bar, or one point of a line; ``figure_id`` is None for a bar the chart derived
    (a rest, a reference). ``span`` is where it is drawn on the value axis: (0, value) for a
    plain bar, the slice of 0-100 for a part of a share."""

    label: str
    value: float
    text: str
    figure_id: str | None
    status: str
    sources: tuple[str, ...]
    span: tuple[float, float] = (0.0, 0.0)

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
    """Everything a view needs to draw a chart and everything an export must say around it.

    ``kind`` is what is drawn: the spec's kind, or ``number`` for a bar chart of one figure
    (a big annotated number, not a lone bar). ``value_range`` is the value axis's extent and
    ``axis_factor`` the scale its ticks are written in; ``axis_title`` is empty when the
    subtitle or the ticks already name the unit.
    """

    spec: ChartSpec
    unit: str
    axis_title: str
    axis_factor: float
    bars: tuple[Bar, ...]
    events: tuple[Event, ...]
    caveats: tuple[str, ...]
    source_line: str
    description: str
    value_range: tuple[float, float] = (0.0, 1.0)
    reference: float | None = None
    xs: tuple[float, ...] = ()
    x_title: str = ""

    @property
    def kind(self) -> str:
        return "number" if self.spec.kind == "bar" and len(self.bars) == 1 else self.spec.kind

    @property
    def tick_unit(self) -> str:
        """The unit the value axis's ticks are written in (an index has none)."""
        return "" if self.spec.kind == "index" else "%" if self.spec.kind == "share" else self.unit

    @property
    def statuses(self) -> tuple[str, ...]:
        """The statuses drawn, in a fixed order, for a legend."""
        drawn = {b.status for b in self.bars} | {e.status for e in self.events}
        return tuple(s for s in LEGEND_ORDER if s in drawn)


# The most marks a chart of each kind draws legibly at any width (a bar chart of 10,000 bars
# was a 1600 x 992,530 px image); a line takes any number of points.
MAX_MARKS = {"bar": 40, "timeline": 40}  # a share or index chart takes one or two figures (checked below)


def chart_problems(spec: ChartSpec, figures: Sequence[Figure]) -> list[str]:
    """Why these figures cannot be drawn as this kind of chart; empty when they can."""
    if not figures:
        return ["has no figures"]
    stray = [fid for fid, _ in spec.bar_labels if fid not in spec.figure_ids]
    if stray:
        return [f"'bar_labels' names figures the chart does not draw: {', '.join(stray)}"]
    most = MAX_MARKS.get(spec.kind)
    if most is not None and len(figures) > most:
        return [
            f"{len(figures):,} figures; a {KIND_NAMES[spec.kind].lower()} draws at most {most} legibly "
            "(split it into several charts)"
        ]
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


def caveat_sentence(status: str) -> str:
    """The sentence a caveat says about a figure of this status, its label as ``%1``."""
    return f"“%1” {STATUSES[status].phrase}."


def caveat_sentences(
    spec: ChartSpec, figures: Sequence[Figure], sentence: Callable[[str], str] = caveat_sentence
) -> tuple[str, ...]:
    """The chart's note, then a whole sentence for each doubtful figure, with its reason.
    ``sentence(status)`` gives the sentence about a figure of that status, its label as ``%1``
    (the interface gives it in its language; the pack's own text is never translated)."""
    notes = [_sentence(spec.note)] if spec.note else []
    for fig in figures:
        if fig.status in DOUBTFUL:
            reason = f" {_sentence(fig.note)}" if fig.note else ""
            notes.append(sentence(fig.status).replace("%1", fig.label) + reason)
    return tuple(notes)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…", "”", '"')) else f"{text}."


def _worst_status(figures: Sequence[Figure]) -> str:
    for status in DOUBTFUL:
        if any(f.status == status for f in figures):
            return status
    return "reported"


def _plain_bars(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[Bar, ...]:
    values = [f.value or 0.0 for f in figures]
    texts = format_series(values, figures[0].unit)
    return tuple(
        Bar(spec.label_for(f), v, qualified(t, f.qualifier, sign=True), f.id, f.status, (f.id,), (0.0, v))
        for f, v, t in zip(figures, values, texts, strict=True)
    )


def _share_bars(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[Bar, ...]:
    """A part and the rest of its whole, as two slices of one bar from 0 to 100 %."""
    ids = tuple(f.id for f in figures)
    status = _worst_status(figures)
    rest_label = spec.reference_label or "Rest"
    part_fig = figures[0]
    assert part_fig.value is not None
    if len(figures) == 1:
        share = part_fig.value
        part_value, rest_value = share, 100 - share
        part_text, rest_text = format_series([share, 100 - share], "%")
    else:
        whole = figures[1].value
        assert whole is not None
        share = 100 * part_fig.value / whole
        part_value, rest_value = part_fig.value, whole - part_fig.value
        counts = format_series([part_value, rest_value], part_fig.unit)
        shares = format_series([share, 100 - share], "%")
        part_text, rest_text = (f"{c} ({p})" for c, p in zip(counts, shares, strict=True))
    part = Bar(
        spec.label_for(part_fig),
        part_value,
        qualified(part_text, part_fig.qualifier, sign=True),
        part_fig.id,
        part_fig.status,
        (part_fig.id,),
        (0.0, share),
    )
    rest = Bar(rest_label, rest_value, rest_text, None, status, ids, (share, 100.0))
    return part, rest


def _index_bars(spec: ChartSpec, fig: Figure) -> tuple[Bar, ...]:
    assert fig.value is not None
    base = Bar(spec.reference_label or "Reference", 100.0, "100", None, fig.status, (fig.id,), (0.0, 100.0))
    moved = 100.0 + fig.value
    text = qualified(f"{format_number(moved)} ({format_change(fig.value)})", fig.qualifier, sign=True)
    return base, Bar(spec.label_for(fig), moved, text, fig.id, fig.status, (fig.id,), (0.0, moved))


def _axis_title(title: str, subtitle: str) -> str:
    """An axis title only where it tells something: not when the subtitle already says it."""
    words = title.lower().replace(",", " ").split()
    said = subtitle.lower().replace(",", " ").split()
    return "" if not words or all(w in said or f"{w}s" in said for w in words) else title


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
            f"({format_series([100 * part.value / (part.value + rest.value)], '%')[0]}){mark(part.status)}",
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
    x_title = ""
    factor, axis_title, reference = 1.0, "", None
    value_range = (0.0, 100.0)
    if spec.kind == "timeline":
        dated = sorted((f for f in figures if f.year is not None), key=lambda f: f.year or 0)
        events = tuple(
            Event(
                f.year or 0,
                spec.label_for(f),
                qualified(format_value(f.value, f.unit), f.qualifier) if f.value is not None else "",
                f.id,
                f.status,
            )
            for f in dated
        )
        value_range = (float(events[0].year), float(events[-1].year)) if events else (0.0, 1.0)
    elif spec.kind == "share":
        bars = _share_bars(spec, figures)
    elif spec.kind == "index":
        bars = _index_bars(spec, figures[0])
        reference = 100.0
        value_range = nice_range(min(b.value for b in bars), max(b.value for b in bars))
    else:
        if spec.kind == "line":
            bars, xs, x_title = _line_points(spec, figures)
        else:
            bars = _plain_bars(spec, figures)
        values = [b.value for b in bars]
        factor, _ = axis_scale(max(abs(v) for v in values), unit)
        # Ticks carry the unit's signs and scale (¥200 bn, 50 %, 1.2 M); a count names its noun.
        counted = not (unit_for(unit).prefix or unit_for(unit).suffix)
        axis_title = _axis_title(unit_for(unit).axis_name, spec.subtitle) if counted else ""
        value_range = nice_range(min(values), max(values), cap_percent=unit == "%")
    return ChartData(
        spec=spec,
        unit=unit,
        axis_title=axis_title,
        axis_factor=factor,
        bars=bars,
        events=events,
        caveats=caveat_sentences(spec, figures),
        source_line=source_line,
        description=describe(
            "number" if spec.kind == "bar" and len(bars) == 1 else spec.kind, spec.title, bars, events, unit
        ),
        value_range=value_range,
        reference=reference,
        xs=xs,
        x_title="" if x_title == "Year" else x_title,
    )


def _line_points(spec: ChartSpec, figures: Sequence[Figure]) -> tuple[tuple[Bar, ...], tuple[float, ...], str]:
    """A series' points and x: the year when every figure has one, else the place in the pack."""
    dated = all(f.year is not None for f in figures)
    ordered = sorted(figures, key=lambda f: f.year or 0) if dated else list(figures)
    xs = tuple(float(f.year or 0) if dated else float(i + 1) for i, f in enumerate(ordered))
    return _plain_bars(spec, ordered), xs, "Year" if dated else "Order in the pack"

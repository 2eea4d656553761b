"""The domain's record types and vocabularies, defined once: every view reads them from here.

``Figure``, ``Section``, ``Source`` and ``ChartSpec`` are what a pack holds; ``STATUSES`` is the
trust vocabulary (the word, what it means, and the mark that tells it apart without colour);
``CHART_KINDS`` the kinds of chart a pack may ask for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Status:
    """How far a figure can be trusted: its word, its meaning, and the mark drawn for it.

    ``mark`` is a style key (``solid``, ``hatched``, ``dotted``, ``outline``): the view turns it
    into a fill, so a status is never told by colour alone. ``phrase`` completes a sentence
    about a figure ("… is disputed.") in a chart's caveats.
    """

    key: str
    word: str
    meaning: str
    mark: str
    phrase: str


STATUSES: dict[str, Status] = {
    s.key: s
    for s in (
        Status("reported", "Reported", "stated by the article; no reason to doubt it", "solid", "is reported"),
        Status(
            "unverifiable",
            "Unverifiable",
            "cannot be checked against any public record",
            "dotted",
            "cannot be verified",
        ),
        Status(
            "disputed",
            "Disputed",
            "contradicted by other public reporting; see its note",
            "hatched",
            "is disputed",
        ),
        Status("forecast", "Forecast", "a prediction, not an outcome", "outline", "is a forecast"),
    )
}
DOUBTFUL = ("disputed", "unverifiable", "forecast")  # the statuses that need a caveat, worst first
LEGEND_ORDER = ("reported", *DOUBTFUL)

# How a figure's value is bounded when the article gives a bound, not the value ("over 1,400",
# "exceeds 1.2 million"): the word cards, tables, tooltips and exports write, and the sign a
# chart's value label writes.
QUALIFIERS: dict[str, str] = {"over": ">", "at least": "≥", "about": "≈", "up to": "≤", "under": "<"}

CHART_KINDS = ("bar", "share", "index", "timeline", "line")
KIND_NAMES = {
    "bar": "Bar chart",
    "share": "Share chart",
    "index": "Index chart",
    "timeline": "Timeline",
    "line": "Line chart",
    "number": "Figure",
}


@dataclass(frozen=True)
class Section:
    id: str
    title: str


@dataclass(frozen=True)
class Source:
    title: str
    kind: str
    file: str


@dataclass(frozen=True)
class Figure:
    """One figure (or, with ``value`` None, one qualitative fact) and the quote behind it."""

    id: str
    section: str
    label: str
    value: float | None
    unit: str
    year: int | None
    quote: str
    status: str
    note: str
    qualifier: str = ""  # one of QUALIFIERS, or "" for the value itself

    @property
    def is_numeric(self) -> bool:
        return self.value is not None


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

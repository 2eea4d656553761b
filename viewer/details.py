"""Plain-text details of a figure or a drawn bar, as tooltips and the source panel show them."""

from __future__ import annotations

from collections.abc import Mapping

from viewer.charts import Bar, Event
from viewer.model import STATUSES, Figure
from viewer.units import format_exact, qualified


def figure_details(fig: Figure) -> str:
    """Label, exact value with unit, year, status, the quoted sentence and the note."""
    lines = [fig.label]
    if fig.value is not None:
        lines.append(qualified(format_exact(fig.value, fig.unit), fig.qualifier))
    if fig.year is not None:
        lines.append(f"Year: {fig.year}")
    lines.append(f"Status: {STATUSES[fig.status].word}")
    lines.append(f"“{fig.quote}”")
    if fig.note:
        lines.append(f"Note: {fig.note}")
    return "\n".join(lines)


def bar_details(bar: Bar, figures: Mapping[str, Figure]) -> str:
    """What hovering a bar tells: the figure behind it, or how a derived bar was computed."""
    if bar.figure_id is not None:
        fig = figures[bar.figure_id]
        details = figure_details(fig)  # its exact value: the bar's own label shows the short one
        return details if bar.label == fig.label else f"{bar.label}\n{details}"
    sources = [figures[f] for f in bar.sources]
    lines = [f"{bar.label}: {bar.text}", "Derived by the chart from:"]
    for fig in sources:
        value = f" ({qualified(format_exact(fig.value, fig.unit), fig.qualifier)})" if fig.value is not None else ""
        lines.append(f"• {fig.label}{value}")
    lines.extend(f"“{q}”" for q in dict.fromkeys(f.quote for f in sources))
    return "\n".join(lines)


def event_details(event: Event, figures: Mapping[str, Figure]) -> str:
    return f"{event.year}\n{figure_details(figures[event.figure_id])}"

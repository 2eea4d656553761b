"""What an export is, without Qt: formats, widths, file names and the CSV of a chart's data."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from viewer.charts import ChartData
from viewer.pack import DataPack, Figure

CHART_FORMATS = ("png", "svg", "csv")
FORMATS = (*CHART_FORMATS, "pdf")
MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH = 400, 6000, 1600
REPORT_NAME = "report.pdf"
CSV_COLUMNS = ("label", "qualifier", "value", "unit", "year", "status", "quote", "note")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export that cannot be done, in words a person can act on."""


@dataclass(frozen=True)
class ExportRequest:
    """A checked request: which charts, in which formats, how wide, into which folder."""

    folder: Path
    chart_ids: tuple[str, ...]
    formats: tuple[str, ...]
    width: int

    def targets(self) -> list[tuple[str | None, str, Path]]:
        """Every file this request writes: (chart id or None for the report, format, path)."""
        files: list[tuple[str | None, str, Path]] = [
            (cid, fmt, self.folder / export_name(cid, fmt))
            for cid in self.chart_ids
            for fmt in self.formats
            if fmt in CHART_FORMATS
        ]
        if "pdf" in self.formats:
            files.append((None, "pdf", self.folder / REPORT_NAME))
        return files


def title_file_name(title: str, fmt: str, fallback: str) -> str:
    """A file name a person would give a chart: its title in a few plain words
    (``shanghais-share-of-chinas-unicorn-start-ups.png``), else ``fallback``'s."""
    words = re.sub(r"[^\w\s-]", "", title.lower()).split()
    stem = "-".join(words)[:80].strip("-_.")
    return f"{stem}.{fmt}" if stem else export_name(fallback, fmt)


def export_name(chart_id: str, fmt: str) -> str:
    """The file name proposed for a chart: ``<chart-id>.<ext>``, safe on every file system."""
    safe = re.sub(r"[^\w.-]", "_", chart_id).strip(".") or "chart"
    return f"{safe}.{fmt}"


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ExportError(f"unknown format '{','.join(unknown) or text}'; choose from {', '.join(FORMATS)}")
    return formats


def check_width(width: int) -> int:
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ExportError(f"width {width} px is out of range; choose {MIN_WIDTH} to {MAX_WIDTH} px")
    return width


def make_request(
    pack: DataPack, folder: Path, formats: Sequence[str], width: int, chart_ids: Sequence[str] | None = None
) -> ExportRequest:
    """Check an export request against a pack; raises ExportError naming what is wrong."""
    known = [c.id for c in pack.charts]
    ids = list(dict.fromkeys(chart_ids)) if chart_ids else known
    unknown = [c for c in ids if c not in known]
    if unknown:
        raise ExportError(f"unknown chart id '{', '.join(unknown)}'; the pack has: {', '.join(known)}")
    parse_formats(",".join(formats))
    return ExportRequest(Path(folder), tuple(ids), tuple(formats), check_width(width))


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading = + - @ would otherwise run as a formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def chart_rows(data: ChartData, figures: Mapping[str, Figure]) -> list[dict[str, object]]:
    """The chart's data as drawn: one row per bar or event (derived bars marked so)."""
    rows: list[dict[str, object]] = []
    for bar in data.bars:
        fig = figures[bar.figure_id] if bar.figure_id else None
        rows.append(
            {
                "label": bar.label,
                "qualifier": fig.qualifier if fig else "",
                "value": bar.value,
                "unit": data.unit if data.spec.kind != "index" else "index",
                "year": fig.year if fig and fig.year is not None else "",
                "status": fig.status if fig else "derived",
                "quote": fig.quote if fig else "",
                "note": fig.note if fig else "",
            }
        )
    for event in data.events:
        fig = figures[event.figure_id]
        rows.append(
            {
                "label": event.label,
                "qualifier": fig.qualifier,
                "value": fig.value if fig.value is not None else "",
                "unit": fig.unit,
                "year": event.year,
                "status": fig.status,
                "quote": fig.quote,
                "note": fig.note,
            }
        )
    return rows


def _number(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return int(value)
    return value


def chart_csv(data: ChartData, figures: Mapping[str, Figure]) -> bytes:
    """UTF-8 CSV (with a byte-order mark, so Excel keeps the ¥) of a chart's data."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in chart_rows(data, figures):
        writer.writerow([_number(v) if k in ("value", "year") else _cell(str(v)) for k, v in row.items()])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")

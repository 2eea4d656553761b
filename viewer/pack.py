"""A data pack on disk -> a validated, immutable DataPack.

A pack is a folder holding ``pack.json`` (what the pack is, its sections and charts), a CSV of
figures (one row per figure, each with the exact quote that backs it) and the article's text.
``load_pack`` checks all of it and either returns a ``DataPack`` or raises one ``PackError``
listing every problem found, each with its file and line. Nothing is half-loaded.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from viewer.bundled import bundled
from viewer.charts import ChartData, build_chart, chart_problems
from viewer.model import CHART_KINDS, QUALIFIERS, STATUSES, ChartSpec, Figure, Section, Source
from viewer.units import value_problem

SCHEMA_VERSION = 1
PACK_FILE = "pack.json"
REQUIRED_COLUMNS = ("id", "section", "label", "value", "unit", "year", "quote", "status", "note")
OPTIONAL_COLUMNS = ("qualifier",)
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIGURES = 10_000
YEAR_RANGE = (1000, 2999)
_ID_RE = re.compile(r"^\w[\w.-]*$")  # letters of any script, digits, '_', '.', '-'; no spaces or slashes

BUNDLED_PACKS = bundled("packs")
DEFAULT_PACK = BUNDLED_PACKS / "shanghai"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: the file (as given), the 1-based line, and what is wrong."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class PackError(Exception):
    """A pack that cannot be loaded; ``problems`` lists every reason found, in file order."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        return self.problems[0].file

    @property
    def line(self) -> int:
        return self.problems[0].line

    @property
    def message(self) -> str:
        return self.problems[0].message


@dataclass(frozen=True)
class DataPack:
    """A validated pack: its sections in tab order, figures, charts and the article text.

    ``figures`` is a DataFrame with the columns of ``REQUIRED_COLUMNS`` (``value`` float with NaN
    for a qualitative fact, ``year`` nullable Int64), in file order; treat it as read-only.
    """

    path: Path
    id: str
    title: str
    language: str
    source: Source
    sections: tuple[Section, ...]
    charts: tuple[ChartSpec, ...]
    figures: pd.DataFrame
    article: str
    by_id: Mapping[str, Figure] = field(repr=False)

    def figure(self, figure_id: str) -> Figure:
        return self.by_id[figure_id]

    def section_figures(self, section_id: str) -> tuple[Figure, ...]:
        return tuple(f for f in self.by_id.values() if f.section == section_id)

    def section_frame(self, section_id: str) -> pd.DataFrame:
        frame = self.figures[self.figures["section"] == section_id]
        return frame.reset_index(drop=True)

    def section_charts(self, section_id: str) -> tuple[ChartSpec, ...]:
        return tuple(c for c in self.charts if c.section == section_id)

    def chart(self, chart_id: str) -> ChartSpec:
        for spec in self.charts:
            if spec.id == chart_id:
                return spec
        raise KeyError(chart_id)

    @property
    def source_line(self) -> str:
        return f"Source: {self.source.title} ({self.source.kind})"

    def chart_data(self, chart_id: str) -> ChartData:
        spec = self.chart(chart_id)
        return build_chart(spec, [self.by_id[f] for f in spec.figure_ids], self.source_line)

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for fig in self.by_id.values():
            counts[fig.status] += 1
        return counts


# --- reading files -------------------------------------------------------------------------


class _Collector:
    """Gathers problems against file names shown as the person gave the pack path."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []

    def add(self, name: str, line: int, message: str) -> None:
        self.problems.append(Problem(str(self.folder / name), max(line, 1), message))

    def fail(self) -> PackError:
        return PackError(self.problems)


def _line_at(data: str | bytes, offset: int) -> int:
    newline = "\n" if isinstance(data, str) else b"\n"
    return data.count(newline, 0, offset) + 1  # type: ignore[arg-type]


def _read_text(path: Path, name: str, out: _Collector) -> str | None:
    """The UTF-8 text of a pack file, or None after recording why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        out.add(name, 1, f"cannot read file: {exc.strerror}")
        return None
    if size > MAX_FILE_BYTES:
        out.add(name, 1, f"file is {size / 2**20:.1f} MB; pack files may be at most 20 MB")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        out.add(name, 1, f"cannot read file: {exc.strerror}")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        out.add(
            name,
            _line_at(data, exc.start),
            f"file is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
        )
        return None
    return text.removeprefix("\ufeff")


def _pack_file(folder: Path, name: Any, key: str, json_line: int, out: _Collector) -> Path | None:
    """The path of a file named in pack.json, refusing names that leave the pack folder."""
    if not isinstance(name, str) or not name.strip():
        out.add(PACK_FILE, json_line, f"'{key}' must be a file name inside the pack folder")
        return None
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        out.add(PACK_FILE, json_line, f"'{key}' is '{name}', which points outside the pack folder")
        return None
    path = folder / candidate
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except OSError:
        inside = False
    if not inside:
        out.add(PACK_FILE, json_line, f"'{key}' is '{name}', a link that points outside the pack folder")
        return None
    if not path.is_file():
        out.add(PACK_FILE, json_line, f"'{key}' names '{name}', which does not exist in the pack folder")
        return None
    return path


# --- pack.json -------------------------------------------------------------------------------


class _JsonText:
    """Finds the line of a key in pack.json, so a schema problem can point at its line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] = {}

    def line(self, key: str, start: int = 0) -> int:
        match = re.compile(rf'"{re.escape(key)}"\s*:').search(self.text, start)
        return _line_at(self.text, match.start()) if match else 1

    def object_start(self, list_key: str, index: int) -> int:
        """Offset of the ``index``-th item of the list under ``list_key`` (best effort)."""
        if list_key not in self._starts:
            self._starts[list_key] = self._item_starts(list_key)
        starts = self._starts[list_key]
        return starts[index] if index < len(starts) else (starts[-1] if starts else 0)

    def _item_starts(self, list_key: str) -> list[int]:
        """Offsets where each item of a list begins, found in one pass over the text."""
        match = re.compile(rf'"{re.escape(list_key)}"\s*:\s*\[').search(self.text)
        if not match:
            return []
        starts: list[int] = []
        pos, depth = match.end(), 0
        in_string = False
        while pos < len(self.text):
            ch = self.text[pos]
            if in_string:
                if ch == "\\":
                    pos += 1
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "{[":
                if depth == 0:
                    starts.append(pos)
                depth += 1
            elif ch in "}]":
                if depth == 0:
                    break
                depth -= 1
            pos += 1
        return starts or [match.start()]

    def item_line(self, list_key: str, index: int, key: str | None = None) -> int:
        start = self.object_start(list_key, index)
        return self.line(key, start) if key else _line_at(self.text, start)


def _string(obj: Mapping[str, Any], key: str, where: str, line: int, out: _Collector, optional: bool = False) -> str:
    value = obj.get(key, "" if optional else None)
    if value is None or not isinstance(value, str) or (not optional and not value.strip()):
        kind = "missing" if value is None else "not a non-empty string"
        out.add(PACK_FILE, line, f"{where}'{key}' is {kind}")
        return ""
    return value


def _parse_manifest(text: str, out: _Collector) -> dict[str, Any] | None:
    try:
        manifest = json.loads(text)
    except json.JSONDecodeError as exc:
        out.add(PACK_FILE, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
        return None
    if not isinstance(manifest, dict):
        out.add(PACK_FILE, 1, "must hold a JSON object with schema_version, id, title, source, sections and charts")
        return None
    version = manifest.get("schema_version")
    if version != SCHEMA_VERSION:
        out.add(
            PACK_FILE,
            _JsonText(text).line("schema_version"),
            f"schema_version is {json.dumps(version)}; this viewer reads schema_version {SCHEMA_VERSION}",
        )
        return None
    return manifest


def _parse_sections(manifest: Mapping[str, Any], lines: _JsonText, out: _Collector) -> tuple[Section, ...]:
    raw = manifest.get("sections")
    if not isinstance(raw, list) or not raw:
        out.add(PACK_FILE, lines.line("sections"), "'sections' must be a non-empty list of {id, title}")
        return ()
    sections: list[Section] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        line = lines.item_line("sections", i)
        if not isinstance(item, dict):
            out.add(PACK_FILE, line, f"section {i + 1} must be an object with 'id' and 'title'")
            continue
        sid = _string(item, "id", f"section {i + 1}: ", line, out)
        title = _string(item, "title", f"section {i + 1}: ", line, out)
        if sid and sid in seen:
            out.add(PACK_FILE, line, f"duplicate section id '{sid}'")
        elif sid:
            seen.add(sid)
            sections.append(Section(sid, title))
    return tuple(sections)


def _parse_charts(
    manifest: Mapping[str, Any], lines: _JsonText, out: _Collector, refused: set[str]
) -> list[tuple[ChartSpec, int]]:
    """Charts that parsed, with their index; sections of charts refused here go in ``refused``."""
    raw = manifest.get("charts")
    if not isinstance(raw, list):
        out.add(PACK_FILE, lines.line("charts"), "'charts' must be a list of chart objects")
        return []
    charts: list[tuple[ChartSpec, int]] = []
    for i, item in enumerate(raw):
        line = lines.item_line("charts", i)
        if not isinstance(item, dict):
            out.add(PACK_FILE, line, f"chart {i + 1} must be an object")
            continue
        where = f"chart '{item.get('id', i + 1)}': "
        cid = _string(item, "id", where, line, out)
        section = _string(item, "section", where, line, out)
        kind = _string(item, "kind", where, line, out)
        title = _string(item, "title", where, line, out)
        subtitle = _string(item, "subtitle", where, line, out, optional=True)
        note = _string(item, "note", where, line, out, optional=True)
        reference = _string(item, "reference_label", where, line, out, optional=True)
        labels = item.get("bar_labels", {})
        if not isinstance(labels, dict) or not all(isinstance(v, str) and v.strip() for v in labels.values()):
            out.add(
                PACK_FILE,
                lines.item_line("charts", i, "bar_labels"),
                f"{where}'bar_labels' must map figure ids to labels",
            )
            labels = {}
        figures = item.get("figures")
        if not isinstance(figures, list) or not all(isinstance(f, str) for f in figures):
            out.add(
                PACK_FILE, lines.item_line("charts", i, "figures"), f"{where}'figures' must be a list of figure ids"
            )
            figures = []
        if kind and kind not in CHART_KINDS:
            out.add(
                PACK_FILE,
                lines.item_line("charts", i, "kind"),
                f"{where}unknown chart kind '{kind}'; expected one of {', '.join(CHART_KINDS)}",
            )
            kind = ""
        if not (cid and kind):
            refused.add(section)
        else:
            spec = ChartSpec(
                cid, section, kind, title, subtitle, tuple(figures), note, reference, tuple(labels.items())
            )
            charts.append((spec, i))
    return charts


# --- figures.csv -----------------------------------------------------------------------------


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _CsvSyntaxError(reader.line_num, str(exc)) from exc
        yield start, row
        start = reader.line_num + 1


class _CsvSyntaxError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _parse_figures(
    name: str, text: str, article: str, section_ids: set[str] | None, out: _Collector, failed: set[str]
) -> list[Figure]:
    """Valid figures in file order; ids of rows refused are added to ``failed``."""
    if not text.strip():
        out.add(name, 1, f"file is empty; expected a header line: {','.join(REQUIRED_COLUMNS)}")
        return []
    figures: list[Figure] = []
    seen: dict[str, int] = {}
    try:
        records = _records(text)
        _, header = next(records)
        header = [h.strip() for h in header]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            plural = "s" if len(missing) > 1 else ""
            out.add(name, 1, f"missing column{plural} {', '.join(missing)} (the header has: {','.join(header)})")
            return []
        col = {c: header.index(c) for c in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if c in header}
        for line, row in records:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(figures) + 1 > MAX_FIGURES:
                out.add(name, line, f"more than {MAX_FIGURES:,} figures; a pack may hold at most {MAX_FIGURES:,}")
                return []
            if len(row) != len(header):
                out.add(name, line, f"row has {len(row)} fields; the header has {len(header)}")
                continue
            fig = _parse_row(name, line, {c: row[i] for c, i in col.items()}, article, section_ids, out)
            if fig is None:
                failed.add(row[col["id"]].strip())
                continue
            if fig.id in seen:
                out.add(name, line, f"duplicate id '{fig.id}' (first on line {seen[fig.id]})")
                continue
            seen[fig.id] = line
            figures.append(fig)
    except _CsvSyntaxError as exc:
        out.add(name, exc.line, f"CSV syntax error: {exc}")
        return []
    if not figures and not out.problems:
        out.add(name, 1, "no figures: the file has a header but no rows")
    return figures


def _parse_row(
    name: str, line: int, cells: dict[str, str], article: str, section_ids: set[str] | None, out: _Collector
) -> Figure | None:
    before = len(out.problems)
    fid = cells["id"].strip()
    if not _ID_RE.match(fid):
        out.add(name, line, f"id '{fid}' must be letters, digits, '_', '.' or '-' (no spaces or slashes)")
    section = cells["section"].strip()
    if section_ids is not None and section not in section_ids:  # None: the sections are broken already
        known = ", ".join(sorted(section_ids)) or "none"
        out.add(name, line, f"unknown section '{section}' (pack.json defines: {known})")
    label = cells["label"].strip()
    if not label:
        out.add(name, line, "label is empty")
    unit = cells["unit"].strip()
    value: float | None = None
    raw_value = cells["value"].strip()
    if raw_value:
        try:
            value = float(raw_value.replace(",", ""))
        except ValueError:
            out.add(name, line, f"value '{raw_value}' is not a number")
        else:
            problem = value_problem(value, unit)
            if problem:
                out.add(name, line, problem)
            elif not unit:
                out.add(name, line, "unit is empty; a figure with a value needs a unit")
    year: int | None = None
    raw_year = cells["year"].strip()
    if raw_year:
        if re.fullmatch(r"\d{4}", raw_year) and YEAR_RANGE[0] <= int(raw_year) <= YEAR_RANGE[1]:
            year = int(raw_year)
        else:
            out.add(name, line, f"year '{raw_year}' is not a four-digit year")
    quote = cells["quote"]
    if not quote.strip():
        out.add(name, line, "quote is empty; every figure needs the sentence that backs it")
    elif quote not in article:
        out.add(name, line, f'quote not found in the article: "{_shorten(quote)}"')
    status = cells["status"].strip()
    if status not in STATUSES:
        out.add(name, line, f"unknown status '{status}'; expected one of {', '.join(STATUSES)}")
    qualifier = " ".join(cells.get("qualifier", "").split()).lower()
    if qualifier and qualifier not in QUALIFIERS:
        choices = ", ".join(QUALIFIERS)
        out.add(name, line, f"unknown qualifier '{cells['qualifier'].strip()}'; expected one of {choices}, or empty")
    elif qualifier and value is None and not raw_value:
        out.add(name, line, f"qualifier '{qualifier}' needs a value to qualify")
    if len(out.problems) > before:
        return None
    return Figure(fid, section, label, value, unit, year, quote, status, cells["note"].strip(), qualifier)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _frame(figures: Sequence[Figure]) -> pd.DataFrame:
    values = [math.nan if f.value is None else f.value for f in figures]
    frame = pd.DataFrame(
        {
            "id": [f.id for f in figures],
            "section": [f.section for f in figures],
            "label": [f.label for f in figures],
            "value": pd.Series(values, dtype="float64"),
            "unit": [f.unit for f in figures],
            "year": pd.Series([f.year for f in figures], dtype="Int64"),
            "quote": [f.quote for f in figures],
            "status": [f.status for f in figures],
            "note": [f.note for f in figures],
            "qualifier": [f.qualifier for f in figures],
        }
    )
    return frame


# --- the whole pack --------------------------------------------------------------------------


def load_pack(path: str | Path | None = None) -> DataPack:
    """Load and validate the pack in folder ``path`` (the bundled Shanghai pack by default)."""
    folder = Path(path) if path is not None else DEFAULT_PACK
    out = _Collector(folder)
    if not folder.is_dir():
        out.problems.append(Problem(str(folder), 1, "not a folder; a data pack is a folder holding pack.json"))
        raise out.fail()
    manifest_path = folder / PACK_FILE
    if not manifest_path.is_file():
        out.add(PACK_FILE, 1, "missing: every data pack folder needs a pack.json")
        raise out.fail()
    text = _read_text(manifest_path, PACK_FILE, out)
    manifest = _parse_manifest(text, out) if text is not None else None
    if manifest is None or text is None:
        raise out.fail()
    lines = _JsonText(text)

    pack_id = _string(manifest, "id", "", lines.line("id"), out)
    title = _string(manifest, "title", "", lines.line("title"), out)
    language = _string(manifest, "language", "", lines.line("language"), out, optional=True) or "en"
    source_raw = manifest.get("source")
    source = Source("", "", "")
    if not isinstance(source_raw, dict):
        out.add(PACK_FILE, lines.line("source"), "'source' must be an object with title, kind and file")
    else:
        sline = lines.line("source")
        source = Source(
            _string(source_raw, "title", "source: ", sline, out),
            _string(source_raw, "kind", "source: ", sline, out),
            _string(source_raw, "file", "source: ", sline, out),
        )
    sections = _parse_sections(manifest, lines, out)
    refused_sections: set[str] = set()
    charts = _parse_charts(manifest, lines, out, refused_sections)

    article_path = _pack_file(folder, source.file, "source.file", lines.line("file"), out) if source.file else None
    figures_name = manifest.get("figures", "figures.csv")
    figures_path = _pack_file(folder, figures_name, "figures", lines.line("figures"), out)
    article = _read_text(article_path, source.file, out) if article_path else None
    if article is not None and not article.strip():
        out.add(source.file, 1, "the article file is empty")
        article = None
    if article is None or figures_path is None:
        raise out.fail()
    figures_text = _read_text(figures_path, str(figures_name), out)
    if figures_text is None:
        raise out.fail()
    failed: set[str] = set()
    known_sections = {s.id for s in sections} if sections else None
    figures = _parse_figures(str(figures_name), figures_text, article, known_sections, out, failed)
    by_id = {f.id: f for f in figures}

    seen_charts: set[str] = set()
    charted_sections: set[str] = set()
    section_ids = {s.id for s in sections}
    for spec, index in charts:
        line = lines.item_line("charts", index)
        where = f"chart '{spec.id}': "
        if spec.id in seen_charts:
            out.add(PACK_FILE, line, f"duplicate chart id '{spec.id}'")
            continue
        seen_charts.add(spec.id)
        if spec.section not in section_ids:
            out.add(PACK_FILE, lines.item_line("charts", index, "section"), f"{where}unknown section '{spec.section}'")
            continue
        charted_sections.add(spec.section)
        if failed & set(spec.figure_ids):
            continue  # already reported against the figure's own row
        missing = [f for f in spec.figure_ids if f not in by_id]
        if missing and figures:
            out.add(
                PACK_FILE,
                lines.item_line("charts", index, "figures"),
                f"{where}names figure{'s' if len(missing) > 1 else ''} not in {figures_name}: {', '.join(missing)}",
            )
            continue
        if not missing:
            for message in chart_problems(spec, [by_id[f] for f in spec.figure_ids]):
                out.add(PACK_FILE, lines.item_line("charts", index, "figures"), where + message)
    for i, section in enumerate(sections):
        if section.id not in charted_sections | refused_sections:
            out.add(PACK_FILE, lines.item_line("sections", i), f"section '{section.id}' has no charts")
    if out.problems:
        raise out.fail()
    return DataPack(
        path=folder,
        id=pack_id,
        title=title,
        language=language,
        source=source,
        sections=sections,
        charts=tuple(spec for spec, _ in charts),
        figures=_frame(figures),
        article=article,
        by_id=by_id,
    )

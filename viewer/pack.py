"""A data pack on disk -> a validated, immutable DataPack.

A pack is a folder holding ``pack.json`` (what the pack is, its sections and charts), a CSV of
figures (one row per figure, each with the exact quote that backs it) and the article's text.
``load_pack`` checks all of it and either returns a ``DataPack`` or raises one ``PackError``
listing every problem found, each with its file and line. Nothing is half-loaded.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from viewer.bundled import bundled
from viewer.charts import ChartData, build_chart, chart_problems
from viewer.echo import shown, text_problem
from viewer.model import CHART_KINDS, QUALIFIERS, STATUSES, ChartSpec, Figure, Section, Source
from viewer.quotes import missing_quotes
from viewer.units import value_problem

SCHEMA_VERSION = 1
PACK_FILE = "pack.json"
REQUIRED_COLUMNS = ("id", "section", "label", "value", "unit", "year", "quote", "status", "note")
OPTIONAL_COLUMNS = ("qualifier",)
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIGURES = 10_000
MAX_SECTIONS = 50  # a tab each
MAX_CHARTS = 200
MAX_NAME = 200  # characters of an id, label, title or unit
MAX_TEXT = 2_000  # characters of a quote, note or subtitle
MAX_SHOWN_PATH = 300  # characters of a file's path in a message (a path may be 4,096)
MAX_JSON_DEPTH = 20  # pack.json needs 4
MAX_JSON_DIGITS = 20  # digits of a number in pack.json
YEAR_RANGE = (1000, 2999)
# A value: ASCII digits, '.' for decimals, ',' only between groups of three digits, an optional
# sign and exponent ("1,400", "1400", "-3.5", "2e9"). Not "4,2", "1_400", or other scripts' digits.
VALUE_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+", re.ASCII)
YEAR_RE = re.compile(r"\d{4}", re.ASCII)

BUNDLED_PACKS = bundled("packs")
DEFAULT_PACK = BUNDLED_PACKS / "shanghai"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: the file (as given), the 1-based line, and what is wrong."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{shown(self.file, MAX_SHOWN_PATH)}:{self.line}: {self.message}"


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


def id_problem(text: str) -> str | None:
    """Why a text cannot be an id, or None: an id is letters and their marks (any script), digits,
    '_', '.' and '-', starting with a letter, digit or '_'; no spaces or slashes."""
    if not text:
        return "is empty"
    if len(text) > MAX_NAME:
        return f"is {len(text):,} characters long; ids may be at most {MAX_NAME}"
    for position, ch in enumerate(text):
        category = unicodedata.category(ch)
        word = category[0] in "LN" or ch == "_" or (position > 0 and (category[0] == "M" or ch in ".-"))
        if not word:
            return "must be letters, digits, '_', '.' or '-' (no spaces or slashes)"
    return None


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


class _Lines:
    """Line numbers of offsets in a text, from the line starts found once (counting from the
    start of the file for each of 100,000 items took minutes)."""

    def __init__(self, text: str) -> None:
        self.starts = [m.end() for m in re.finditer("\n", text)]

    def at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) + 1


def _stat_problem(path: Path) -> str | None:
    """Why a path cannot be looked at, or None (a name too long, a NUL byte, a link loop, a
    folder that cannot be searched)."""
    try:
        path.lstat()
        os.stat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return _os_reason(exc)
    return None


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, ValueError):
        return "its name has a NUL byte"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return "it cannot be read"


def _read_text(path: Path, name: str, out: _Collector) -> str | None:
    """The UTF-8 text of a pack file, or None after recording why it cannot be read."""
    try:
        size = path.stat().st_size
    except (OSError, ValueError) as exc:
        out.add(name, 1, f"cannot read file: {_os_reason(exc)}")
        return None
    if size > MAX_FILE_BYTES:
        out.add(name, 1, f"file is {size / 2**20:.1f} MB; pack files may be at most 20 MB")
        return None
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as exc:
        out.add(name, 1, f"cannot read file: {_os_reason(exc)}")
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
    problem = text_problem(name)
    if problem:
        out.add(PACK_FILE, json_line, f"'{key}' {problem}")
        return None
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        out.add(PACK_FILE, json_line, f"'{key}' is '{shown(name)}', which points outside the pack folder")
        return None
    path = folder / candidate
    problem = _stat_problem(path)
    if problem:
        out.add(PACK_FILE, json_line, f"'{key}' is '{shown(name)}', which cannot be opened: {problem}")
        return None
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        inside = False
    if not inside:
        out.add(PACK_FILE, json_line, f"'{key}' is '{shown(name)}', a link that points outside the pack folder")
        return None
    if not path.is_file():
        out.add(PACK_FILE, json_line, f"'{key}' names '{shown(name)}', which does not exist in the pack folder")
        return None
    return path


# --- pack.json -------------------------------------------------------------------------------


class _JsonText:
    """Finds the line of a key in pack.json, so a schema problem can point at its line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _Lines(text)
        self._starts: dict[str, list[int]] = {}

    def line(self, key: str, start: int = 0) -> int:
        match = re.compile(rf'"{re.escape(key)}"\s*:').search(self.text, start)
        return self.lines.at(match.start()) if match else 1

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
        return self.line(key, start) if key else self.lines.at(start)


def _string(
    obj: Mapping[str, Any], key: str, where: str, line: int, out: _Collector, optional: bool = False, limit: int = 0
) -> str:
    value = obj.get(key, "" if optional else None)
    if value is None or not isinstance(value, str) or (not optional and not value.strip()):
        kind = "missing" if value is None else "not a non-empty string"
        out.add(PACK_FILE, line, f"{where}'{key}' is {kind}")
        return ""
    problem = _text_problem(value, limit or MAX_NAME)
    if problem:
        out.add(PACK_FILE, line, f"{where}'{key}' {problem}")
        return ""
    return value


def _text_problem(text: str, limit: int, multiline: bool = False) -> str | None:
    """Why a piece of pack text cannot be shown, or None: too long, or characters that are not text."""
    if len(text) > limit:
        return f"is {len(text):,} characters long; at most {limit:,} are allowed"
    return text_problem(text, multiline)


class _JsonRefused(Exception):
    """pack.json parses but holds what a pack may not: a duplicate key, a number too long."""

    def __init__(self, message: str, needle: str = "") -> None:
        super().__init__(message)
        self.needle = needle  # text to find the line by


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JsonRefused(f"duplicate key '{shown(key)}' in one object; a key may appear once", key)
        result[key] = value
    return result


def _short_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_DIGITS:
        raise _JsonRefused(
            f"a number of {len(digits.lstrip('-')):,} digits; numbers in pack.json have at most {MAX_JSON_DIGITS}",
            digits[:50],
        )
    return int(digits)


def _depth_line(text: str, limit: int) -> int:
    """The line where the nesting of brackets first goes deeper than ``limit`` (strings skipped)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return _line_at(text, match.start())
        elif token in "]}":
            depth -= 1
    return 1


def _duplicate_line(text: str, key: str) -> int:
    """The line of the second '"key":' in one object (found by following the brackets)."""
    stack: list[set[str]] = []
    pending: str | None = None
    for match in re.finditer(r'"((?:[^"\\]|\\.)*)"\s*(:)?|[\[{]|[\]}]', text):
        token = match.group()
        if token in "[{":
            stack.append(set())
        elif token in "]}":
            if stack:
                stack.pop()
        elif match.group(2) and stack:
            try:
                pending = json.loads(f'"{match.group(1)}"')
            except ValueError:
                continue
            if pending in stack[-1] and pending == key:
                return _line_at(text, match.start())
            stack[-1].add(pending)
    return 1


def _parse_manifest(text: str, out: _Collector) -> dict[str, Any] | None:
    try:
        manifest = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_short_int)
    except json.JSONDecodeError as exc:
        out.add(PACK_FILE, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
        return None
    except RecursionError:
        out.add(PACK_FILE, _depth_line(text, MAX_JSON_DEPTH), f"nested more than {MAX_JSON_DEPTH} levels deep")
        return None
    except _JsonRefused as exc:
        if exc.needle.lstrip("-").isdigit():
            line = _line_at(text, max(text.find(exc.needle), 0))
        else:
            line = _duplicate_line(text, exc.needle)
        out.add(PACK_FILE, line, str(exc))
        return None
    if not isinstance(manifest, dict):
        out.add(PACK_FILE, 1, "must hold a JSON object with schema_version, id, title, source, sections and charts")
        return None
    deep = _depth_line(text, MAX_JSON_DEPTH) if _too_deep(manifest, MAX_JSON_DEPTH) else 0
    if deep:
        out.add(PACK_FILE, deep, f"nested more than {MAX_JSON_DEPTH} levels deep")
        return None
    version = manifest.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # true == 1 in Python: not a version
        out.add(
            PACK_FILE,
            _JsonText(text).line("schema_version"),
            f"schema_version is {json.dumps(version)}; this viewer reads schema_version {SCHEMA_VERSION}",
        )
        return None
    return manifest


def _too_deep(value: Any, limit: int) -> bool:
    """Whether lists and objects nest deeper than ``limit`` (walked without recursion)."""
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            todo.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return False


def _parse_sections(manifest: Mapping[str, Any], lines: _JsonText, out: _Collector) -> tuple[Section, ...]:
    raw = manifest.get("sections")
    if not isinstance(raw, list) or not raw:
        out.add(PACK_FILE, lines.line("sections"), "'sections' must be a non-empty list of {id, title}")
        return ()
    if len(raw) > MAX_SECTIONS:
        out.add(
            PACK_FILE,
            lines.line("sections"),
            f"{len(raw):,} sections; a pack may have at most {MAX_SECTIONS} (each is a tab of the window)",
        )
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
            out.add(PACK_FILE, line, f"duplicate section id '{shown(sid)}'")
        elif sid:
            seen.add(sid)
            sections.append(Section(sid, title))
    return tuple(sections)


def _parse_charts(
    manifest: Mapping[str, Any], lines: _JsonText, out: _Collector, refused: set[str]
) -> list[tuple[ChartSpec, int]] | None:
    """Charts that parsed, with their index; sections of charts refused here go in ``refused``.
    None when the list as a whole is refused."""
    raw = manifest.get("charts")
    if not isinstance(raw, list):
        out.add(PACK_FILE, lines.line("charts"), "'charts' must be a list of chart objects")
        return None
    if len(raw) > MAX_CHARTS:
        out.add(PACK_FILE, lines.line("charts"), f"{len(raw):,} charts; a pack may have at most {MAX_CHARTS}")
        return None
    charts: list[tuple[ChartSpec, int]] = []
    for i, item in enumerate(raw):
        line = lines.item_line("charts", i)
        if not isinstance(item, dict):
            out.add(PACK_FILE, line, f"chart {i + 1} must be an object")
            continue
        raw_id = item.get("id", i + 1)
        where = f"chart '{shown(raw_id) if isinstance(raw_id, str) else raw_id}': "
        cid = _string(item, "id", where, line, out)
        section = _string(item, "section", where, line, out)
        kind = _string(item, "kind", where, line, out)
        title = _string(item, "title", where, line, out)
        subtitle = _string(item, "subtitle", where, line, out, optional=True, limit=MAX_TEXT)
        note = _string(item, "note", where, line, out, optional=True, limit=MAX_TEXT)
        reference = _string(item, "reference_label", where, line, out, optional=True)
        labels = item.get("bar_labels", {})
        if not isinstance(labels, dict) or not all(
            isinstance(v, str) and v.strip() and not _text_problem(v, MAX_NAME) for v in labels.values()
        ):
            out.add(
                PACK_FILE,
                lines.item_line("charts", i, "bar_labels"),
                f"{where}'bar_labels' must map figure ids to labels (of at most {MAX_NAME} characters of text)",
            )
            labels = {}
        figures = item.get("figures")
        if not isinstance(figures, list) or not all(isinstance(f, str) and not id_problem(f) for f in figures):
            out.add(
                PACK_FILE, lines.item_line("charts", i, "figures"), f"{where}'figures' must be a list of figure ids"
            )
            figures = []
        twice = sorted(f for f, n in Counter(figures).items() if n > 1)
        if twice:
            out.add(
                PACK_FILE,
                lines.item_line("charts", i, "figures"),
                f"{where}names figure '{shown(twice[0])}' twice; a chart draws each figure once",
            )
            figures = []
            refused.add(section)
            continue
        if kind and kind not in CHART_KINDS:
            out.add(
                PACK_FILE,
                lines.item_line("charts", i, "kind"),
                f"{where}unknown chart kind '{shown(kind)}'; expected one of {', '.join(CHART_KINDS)}",
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
            has = shown(",".join(header), 200)
            out.add(name, 1, f"missing column{plural} {', '.join(missing)} (the header has: {has})")
            return []
        repeated = [c for c, n in Counter(header).items() if n > 1]
        if repeated:
            out.add(
                name,
                1,
                f"column '{shown(repeated[0])}' appears {header.count(repeated[0])} times; name each column once",
            )
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
            fig = _parse_row(name, line, {c: row[i] for c, i in col.items()}, section_ids, out)
            if fig is None:
                failed.add(row[col["id"]].strip())
                continue
            if fig.id in seen:
                out.add(name, line, f"duplicate id '{shown(fig.id)}' (first on line {seen[fig.id]})")
                continue
            seen[fig.id] = line
            figures.append(fig)
    except _CsvSyntaxError as exc:
        out.add(name, exc.line, f"CSV syntax error: {exc}")
        return []
    # Every quote is looked for in one pass over the article (one search each was quadratic).
    absent = missing_quotes((f.quote for f in figures), article)
    if absent:
        for fig in figures:
            if fig.quote in absent:
                out.add(name, seen[fig.id], f'quote not found in the article: "{shown(fig.quote, 60)}"')
                failed.add(fig.id)
        figures = [f for f in figures if f.id not in failed]
        # Back in file order among this file's problems.
        mine = [i for i, q in enumerate(out.problems) if q.file == str(out.folder / name)]
        ordered = sorted((out.problems[i] for i in mine), key=lambda q: q.line)
        for i, problem in zip(mine, ordered, strict=True):
            out.problems[i] = problem
    if not figures and not out.problems:
        out.add(name, 1, "no figures: the file has a header but no rows")
    return figures


def _parse_row(
    name: str, line: int, cells: dict[str, str], section_ids: set[str] | None, out: _Collector
) -> Figure | None:
    before = len(out.problems)
    for column, text in cells.items():
        multiline = column in ("quote", "note")
        problem = _text_problem(text, MAX_TEXT if multiline else MAX_NAME, multiline)
        if problem:
            out.add(name, line, f"{column} {problem}")
    if len(out.problems) > before:
        return None
    fid = cells["id"].strip()
    problem = id_problem(fid)
    if problem:
        out.add(name, line, f"id '{shown(fid)}' {problem}")
    section = cells["section"].strip()
    if section_ids is not None and section not in section_ids:  # None: the sections are broken already
        known = shown(", ".join(sorted(section_ids)) or "none", 200)
        out.add(name, line, f"unknown section '{shown(section)}' (pack.json defines: {known})")
    label = cells["label"].strip()
    if not label:
        out.add(name, line, "label is empty")
    unit = cells["unit"].strip()
    value: float | None = None
    raw_value = cells["value"].strip()
    if raw_value:
        if not VALUE_RE.fullmatch(raw_value) and raw_value.lower() not in ("nan", "inf", "-inf", "+inf"):
            out.add(
                name,
                line,
                f"value '{shown(raw_value)}' is not a number; write digits with '.' for decimals "
                "and ',' only between groups of three digits (1,400.5)",
            )
        else:
            value = float(raw_value.replace(",", ""))
            problem = value_problem(value, unit)
            if problem:
                out.add(name, line, problem)
            elif not unit:
                out.add(name, line, "unit is empty; a figure with a value needs a unit")
    year: int | None = None
    raw_year = cells["year"].strip()
    if raw_year:
        if YEAR_RE.fullmatch(raw_year) and YEAR_RANGE[0] <= int(raw_year) <= YEAR_RANGE[1]:
            year = int(raw_year)
        else:
            out.add(name, line, f"year '{shown(raw_year)}' is not a four-digit year")
    quote = cells["quote"]
    if not quote.strip():
        out.add(name, line, "quote is empty; every figure needs the sentence that backs it")
    status = cells["status"].strip()
    if status not in STATUSES:
        out.add(name, line, f"unknown status '{shown(status)}'; expected one of {', '.join(STATUSES)}")
    qualifier = " ".join(cells.get("qualifier", "").split()).lower()
    if qualifier and qualifier not in QUALIFIERS:
        choices = ", ".join(QUALIFIERS)
        out.add(
            name, line, f"unknown qualifier '{shown(cells['qualifier'].strip())}'; expected one of {choices}, or empty"
        )
    elif qualifier and value is None and not raw_value:
        out.add(name, line, f"qualifier '{qualifier}' needs a value to qualify")
    if len(out.problems) > before:
        return None
    return Figure(fid, section, label, value, unit, year, quote, status, cells["note"].strip(), qualifier)


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

REPORT_STEM = "report"  # the PDF report's file name, report.pdf, beside the charts'


def export_stem(chart_id: str) -> str:
    """The file name a chart exports to, without its extension: ``<chart-id>``, safe on every
    file system (characters other than letters, digits, '.', '-' become '_')."""
    return re.sub(r"[^\w.-]", "_", chart_id).strip(".") or "chart"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def load_pack(path: str | Path | None = None) -> DataPack:
    """Load and validate the pack in folder ``path`` (the bundled Shanghai pack by default)."""
    folder = Path(path) if path is not None else DEFAULT_PACK
    out = _Collector(folder)
    problem = _stat_problem(folder)
    if problem:
        out.problems.append(Problem(str(folder), 1, f"cannot open the pack folder: {problem}"))
        raise out.fail()
    if not folder.is_dir():
        out.problems.append(Problem(str(folder), 1, "not a folder; a data pack is a folder holding pack.json"))
        raise out.fail()
    manifest_path = folder / PACK_FILE
    problem = _stat_problem(manifest_path)
    if problem:
        out.add(PACK_FILE, 1, f"cannot open the pack folder's pack.json: {problem}")
        raise out.fail()
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
    parsed = _parse_charts(manifest, lines, out, refused_sections)
    charts = parsed if parsed is not None else []

    article_path = _pack_file(folder, source.file, "source.file", lines.line("file"), out) if source.file else None
    figures_name = manifest.get("figures", "figures.csv")
    figures_path = _pack_file(folder, figures_name, "figures", lines.line("figures"), out)
    if article_path is not None:
        # The article backs every quote: it must be a file of its own, not the figures or pack.json.
        for other, what in ((figures_path, "the figures file"), (manifest_path, PACK_FILE)):
            if other is not None and _same_file(article_path, other):
                out.add(
                    PACK_FILE,
                    lines.line("file"),
                    f"'source.file' is '{shown(source.file)}', which is {what}; the article must be a file of its own",
                )
                article_path = None
                break
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

    # Without sections (refused above) a chart's section cannot be checked: say nothing of it.
    section_ids = {s.id for s in sections}
    seen_charts: set[str] = set()
    file_names: dict[str, str] = {REPORT_STEM: "the report"}
    charted_sections: set[str] = set()
    for spec, index in charts:
        line = lines.item_line("charts", index)
        where = f"chart '{shown(spec.id)}': "
        if spec.id in seen_charts:
            out.add(PACK_FILE, line, f"duplicate chart id '{shown(spec.id)}'")
            continue
        seen_charts.add(spec.id)
        stem = export_stem(spec.id).casefold()  # as a case-insensitive file system compares names
        if stem in file_names:
            taken = file_names[stem]
            taken = taken if taken == "the report" else f"chart '{shown(taken)}'"
            out.add(
                PACK_FILE,
                line,
                f"{where}exports to the same file name as {taken} ({export_stem(spec.id)}.*); choose another id",
            )
            continue
        file_names[stem] = spec.id
        if sections and spec.section not in section_ids:
            out.add(
                PACK_FILE,
                lines.item_line("charts", index, "section"),
                f"{where}unknown section '{shown(spec.section)}'",
            )
            continue
        charted_sections.add(spec.section)
        if failed & set(spec.figure_ids):
            continue  # already reported against the figure's own row
        missing = [f for f in spec.figure_ids if f not in by_id]
        if missing and figures:
            out.add(
                PACK_FILE,
                lines.item_line("charts", index, "figures"),
                f"{where}names figure{'s' if len(missing) > 1 else ''} not in {shown(str(figures_name))}: "
                + shown(", ".join(missing), 200),
            )
            continue
        if not missing:
            for message in chart_problems(spec, [by_id[f] for f in spec.figure_ids]):
                out.add(PACK_FILE, lines.item_line("charts", index, "figures"), where + message)
    for i, section in enumerate(sections if parsed is not None else ()):
        if section.id not in charted_sections | refused_sections:
            out.add(PACK_FILE, lines.item_line("sections", i), f"section '{shown(section.id)}' has no charts")
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

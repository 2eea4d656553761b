"""What an export is, without Qt: formats, widths, file names and the CSV of a chart's data."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from viewer.charts import ChartData
from viewer.pack import REPORT_STEM, DataPack, Figure, export_stem

CHART_FORMATS = ("png", "svg", "csv")
FORMATS = (*CHART_FORMATS, "pdf")
MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH = 400, 6000, 1600
REPORT_NAME = f"{REPORT_STEM}.pdf"
CSV_COLUMNS = ("label", "qualifier", "value", "unit", "year", "status", "quote", "note")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export that cannot be done, in words a person can act on."""


def os_reason(exc: OSError) -> str:
    """What went wrong, as the system says it, in lower case: "no space left on device"."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def prepare_folder(folder: Path) -> None:
    """Make sure ``folder`` is a folder that can be written into (creating it if missing)."""
    try:
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder} is a file, not a folder; choose a folder to export into")
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {folder}: {os_reason(exc)}") from exc
    except ValueError as exc:  # a NUL byte in the name
        raise ExportError(f"cannot create folder {folder}: its name has a NUL byte") from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"folder {folder} is not writable")


def _write_all(handle: io.BufferedWriter, content: bytes) -> None:
    handle.write(content)
    handle.flush()
    os.fsync(handle.fileno())


def write_file(path: Path, content: bytes) -> None:
    """Write a file all at once or not at all: into a temporary file beside it, then renamed
    over it. Raises ExportError saying why not; an older file stays as it was."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".part")
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else "the name has a NUL byte"
        raise ExportError(f"cannot write {path}: {reason}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle, content)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise ExportError(f"could not write {path}: {os_reason(exc)}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


class StagedFolder:
    """The files of one export, written into a hidden folder inside the target folder and moved
    into place together once every one is written: all are replaced, or none.

    ``with StagedFolder(folder) as stage: stage.add(name, content); stage.commit()``; leaving the
    block without ``commit`` (an error, a cancel) removes the staging folder and what it held.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.names: list[str] = []
        self.stage: Path | None = None

    def __enter__(self) -> StagedFolder:
        prepare_folder(self.folder)
        try:
            self.stage = Path(tempfile.mkdtemp(dir=self.folder, prefix=".export-"))
        except OSError as exc:
            raise ExportError(f"cannot write into {self.folder}: {os_reason(exc)}") from exc
        return self

    def add(self, name: str, content: bytes) -> None:
        assert self.stage is not None
        target = self.folder / name
        if target.is_dir():
            raise ExportError(f"cannot write {target}: a folder of that name is in the way; nothing was changed")
        try:
            with open(self.stage / name, "wb") as handle:
                _write_all(handle, content)
        except OSError as exc:
            raise ExportError(
                f"could not write {target}: {os_reason(exc)}; nothing in {self.folder} was changed"
            ) from exc
        self.names.append(name)

    def commit(self) -> list[Path]:
        """Move every file into the target folder (renames within one file system)."""
        assert self.stage is not None
        written: list[Path] = []
        for name in self.names:
            try:
                os.replace(self.stage / name, self.folder / name)
            except OSError as exc:
                done = len(written)
                raise ExportError(
                    f"could not move {name} into {self.folder}: {os_reason(exc)} "
                    f"({done} of {len(self.names)} files were replaced)"
                ) from exc
            written.append(self.folder / name)
        return written

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.stage is not None:
            shutil.rmtree(self.stage, ignore_errors=True)


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
    """The file name of a chart's export: ``<chart-id>.<ext>``, safe on every file system (a
    valid pack's charts have distinct names: ``viewer.pack`` checks)."""
    return f"{export_stem(chart_id)}.{fmt}"


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

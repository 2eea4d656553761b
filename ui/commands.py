"""The headless commands: ``export`` (charts to files, no display needed) and ``validate``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from viewer.echo import printable
from viewer.exports import DEFAULT_WIDTH, ExportError, make_request, os_reason, parse_formats, prepare_folder
from viewer.pack import PackError, load_pack


def _fail(message: str) -> int:
    print(printable(f"error: {message}"), file=sys.stderr)
    return 2


def _pack_problem(exc: PackError) -> str:
    more = len(exc.problems) - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''}; run: python main.py validate PATH)" if more else ""
    return f"cannot load the data pack: {exc.problems[0]}{extra}"


def export_command(
    out: str,
    pack_path: str | None = None,
    formats: str = "png",
    width: int = DEFAULT_WIDTH,
    charts: str | None = None,
    theme_name: str = "light",
) -> int:
    """Write each chart as DIR/<chart-id>.<ext> (and DIR/report.pdf); print each path written."""
    # Chosen before Qt starts: exporting never needs a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        fmts = parse_formats(formats)
        pack = load_pack(pack_path)
        chart_ids = [c.strip() for c in charts.split(",") if c.strip()] if charts else None
        request = make_request(pack, Path(out), fmts, width, chart_ids)
        prepare_folder(request.folder)  # before Qt starts: a wrong folder is said at once
        from ui.app import create_application
        from ui.export import run_export
        from ui.theme import THEMES

        create_application()
        for path in run_export(pack, request, THEMES[theme_name]):
            print(printable(str(path)))
    except PackError as exc:
        return _fail(_pack_problem(exc))
    except ExportError as exc:
        return _fail(str(exc))
    except OSError as exc:  # anything the export's own checks did not foresee, said in one line
        return _fail(f"could not export: {os_reason(exc)}")
    return 0


def validate_command(path: str) -> int:
    """Print ``ok: ...`` and return 0, or print every problem as FILE:LINE: message and return 1."""
    try:
        pack = load_pack(path)
    except PackError as exc:
        for problem in exc.problems:
            print(printable(str(problem)))
        return 1
    print(f"ok: {len(pack.figures)} figures, {len(pack.charts)} charts in {len(pack.sections)} sections")
    return 0


def import_command(article: str, out: str, force: bool = False, title: str | None = None) -> int:
    """Draft a pack from an article: say what was flagged and left out, what was found, and
    where the pack is; exit 0, or 2 with one ``error:`` line and no pack written."""
    from viewer.importer import ImportProblem, draft, read_article, write_draft

    try:
        source = read_article(article)
        drafted = draft(source)
        folder = write_draft(drafted, out, force=force, title=title)
        pack = load_pack(folder)
    except ImportProblem as exc:
        return _fail(str(exc))
    except PackError as exc:
        return _fail(f"the drafted pack does not validate: {exc.problems[0]}")
    removed = [f for f in drafted.flags if f.removed]
    print(printable(f"read {article} as {source.kind}: {len(drafted.text):,} characters kept"))
    if removed:
        print(f"left out {len(removed)} flagged passage{'s' if len(removed) != 1 else ''} (recorded in cleaning.json):")
        for flag in removed:
            print(printable(f"  line {flag.line}, column {flag.column}: “{flag.text.strip()}”: {flag.reason}"))
    numbers = [c for c in drafted.candidates if c.include and c.value is not None]
    events = [c for c in drafted.candidates if c.include and c.value is None]
    out_ = [c for c in drafted.candidates if not c.include]
    print(f"found {len(numbers)} figures and {len(events)} dated events; left out {len(out_)}:")
    for c in out_:
        print(printable(f"  {c.reason}"))
    print(
        printable(
            f"wrote {folder}: {len(pack.figures)} figures, {len(pack.charts)} charts in {len(pack.sections)} sections"
        )
    )
    print("review it in the viewer: File › Import article… opens the review window; or open the pack as it is")
    return 0

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

"""Chart exports: the whole figure (title to source line) as PNG, SVG, CSV, clipboard or PDF report.

Every image renders the window's own drawing: a ``ChartFigure`` (``ui.charts.figure``) built in
a scene of its own, laid out at a logical width between 480 and 900 px and scaled to the pixels
asked for, so text, lines and markers grow with the width instead of turning into hairlines.
Qt renders into memory; Python writes the files (``viewer.exports.write_file``, and a staging
folder for a set of files), so a failed or cancelled export leaves no partial file and older
files intact, a full disk is one clear message, and any folder name Python can open works.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from ui.charts.figure import ChartFigure
from ui.theme import LIGHT, Theme, pixel_font
from viewer.exports import ExportError, ExportRequest, StagedFolder, chart_csv, write_file
from viewer.model import STATUSES
from viewer.pack import DataPack
from viewer.units import format_exact, qualified

MIN_LOGICAL, MAX_LOGICAL = 480, 900
WRAP = int(Qt.TextFlag.TextWordWrap)


class ExportCancelled(Exception):
    """The person cancelled an export: no file of it was written, none was replaced."""


def logical_width(width: int) -> int:
    """The width a figure is laid out at before scaling to ``width`` output pixels."""
    return max(MIN_LOGICAL, min(MAX_LOGICAL, width))


class RenderedChart:
    """A chart's figure in a scene of its own, laid out at an output width; ``render`` paints it.

    The figure is the one the window shows, built at the output's scale (its fonts, pens and
    markers in output pixels), so the scene renders one to one.
    """

    def __init__(self, pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> None:
        self.data = pack.chart_data(chart_id)
        scale = width / logical_width(width)
        self.figure = ChartFigure(self.data, pack.by_id, theme, scale)
        self.width = width
        self.height = round(self.figure.height_for_width(width))
        # A view that is never shown: pyqtgraph's axes and text place themselves in device
        # pixels, which only a scene with a view has.
        self.view = pg.GraphicsView(background=theme.background)
        self.view.setCentralItem(self.figure)
        self.view.resize(width, self.height)
        self.view.resizeEvent(None)  # one scene pixel per view pixel; a hidden view gets no resize event
        self.figure.resize(width, self.height)
        self.figure.lay_out()
        self.scene = self.view.scene()

    def render(self, painter: QPainter, target: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, target, QRectF(0, 0, self.width, self.height))

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()


MAX_PIXELS = 50_000_000  # 200 MB as ARGB: an image any viewer opens (Qt refuses to read > 256 MB)


def render_image(pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> QImage:
    """The chart as an image exactly ``width`` pixels wide; raises ExportError for an image too
    big to make or open, saying the widest that fits."""
    chart = RenderedChart(pack, chart_id, width, theme)
    if width * chart.height > MAX_PIXELS:
        chart.close()
        # The figure's layout scales with the width, so its area grows with the width squared.
        widest = int(width * (MAX_PIXELS / (width * chart.height)) ** 0.5) // 100 * 100
        raise ExportError(
            f"chart '{chart_id}' at {width:,} px wide would be {width:,} x {chart.height:,} px, too big an "
            f"image; export it at most {widest:,} px wide, or as SVG"
        )
    try:
        image = QImage(width, chart.height, QImage.Format.Format_ARGB32)
        image.fill(QColor(theme.background))
        painter = QPainter(image)
        chart.render(painter, QRectF(0, 0, width, chart.height))
        painter.end()
    finally:
        chart.close()
    return image


def png_bytes(pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> bytes:
    """The chart as PNG, encoded in memory (libpng never writes to the disk, so a full disk is
    Python's one clear error, not libpng's and Qt's two)."""
    image = render_image(pack, chart_id, width, theme)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError(f"the image of chart '{chart_id}' could not be encoded as PNG")
    return bytes(buffer.data().data())


def chart_bytes(pack: DataPack, chart_id: str, fmt: str, width: int, theme: Theme = LIGHT) -> bytes:
    """A chart's export in one format (png, svg or csv), in memory."""
    if fmt == "png":
        return png_bytes(pack, chart_id, width, theme)
    if fmt == "svg":
        return svg_bytes(pack, chart_id, width, theme)
    return chart_csv(pack.chart_data(chart_id), pack.by_id)


def write_png(pack: DataPack, chart_id: str, path: Path, width: int, theme: Theme = LIGHT) -> None:
    write_file(path, png_bytes(pack, chart_id, width, theme))


def svg_bytes(pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> bytes:
    """The chart as SVG with its text as text, its title in <title>, its description in <desc>."""
    chart = RenderedChart(pack, chart_id, width, theme)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, chart.height))
        generator.setViewBox(QRectF(0, 0, width, chart.height))
        generator.setTitle(chart.data.spec.title)
        generator.setDescription(chart.data.description)
        generator.setResolution(96)
        painter = QPainter(generator)
        chart.render(painter, QRectF(0, 0, width, chart.height))
        painter.end()
    finally:
        chart.close()
    return bytes(buffer.data().data())


def write_svg(pack: DataPack, chart_id: str, path: Path, width: int, theme: Theme = LIGHT) -> None:
    write_file(path, svg_bytes(pack, chart_id, width, theme))


def write_csv(pack: DataPack, chart_id: str, path: Path) -> None:
    write_file(path, chart_csv(pack.chart_data(chart_id), pack.by_id))


def copy_image(pack: DataPack, chart_id: str, width: int = 1600, theme: Theme = LIGHT) -> QImage:
    """Put the chart's image on the clipboard; returns it."""
    image = render_image(pack, chart_id, width, theme)
    QGuiApplication.clipboard().setImage(image)
    return image


# --- the PDF report ------------------------------------------------------------------------------


@dataclass
class _Block:
    """A piece of the report's body, placed on a page whole: its height, how to paint it at a
    height ``y`` of its page, and its entry in the contents (level 0: a section, 1: a chart)."""

    height: float
    paint: Callable[[float], object]
    entry: tuple[int, str] | None = None
    keep_with_next: bool = False
    table_header: Callable[[float], object] | None = None  # repeated atop a page a table runs onto


class _Report:
    """A PDF report laid out before it is painted, so the contents can give page numbers: a
    title page with the statuses and the contents, then each section's charts, as many to a
    page as fit, and its figures table; every page numbered."""

    GAP = 18
    FOOTER = 28
    COLUMNS = ((0, 230, "Label"), (235, 120, "Value"), (360, 80, "Status"), (445, 455, "Quote and note"))

    def __init__(self, pack: DataPack, writer: QPagedPaintDevice, theme: Theme, chart_ids: tuple[str, ...]) -> None:
        self.pack = pack
        self.writer = writer
        self.theme = theme
        self.chart_ids = chart_ids
        self.painter = QPainter(writer)
        # Paint in points-like logical units: 900 units across the printable width.
        page = writer.pageLayout().paintRectPixels(writer.logicalDpiX())
        self.scale = page.width() / MAX_LOGICAL
        self.page_height = page.height() / self.scale
        self.painter.scale(self.scale, self.scale)
        self.charts: list[RenderedChart] = []

    # -- text --------------------------------------------------------------------------------------

    @staticmethod
    def _height(text: str, px: float, bold: bool = False, width: float = MAX_LOGICAL) -> float:
        return QFontMetricsF(pixel_font(px, bold)).boundingRect(QRectF(0, 0, width, 10_000), WRAP, text).height()

    def text(self, y: float, text: str, px: float, bold: bool = False, muted: bool = False, x: float = 0) -> float:
        height = self._height(text, px, bold, MAX_LOGICAL - x)
        self.painter.setFont(pixel_font(px, bold))
        self.painter.setPen(QColor(self.theme.muted if muted else self.theme.text))
        self.painter.drawText(QRectF(x, y, MAX_LOGICAL - x, height), WRAP, text)
        return y + height + px * 0.6

    # -- the body's blocks -------------------------------------------------------------------------

    def blocks(self) -> list[_Block]:
        blocks: list[_Block] = []
        for section in self.pack.sections:
            chart_ids = [c.id for c in self.pack.section_charts(section.id) if c.id in self.chart_ids]
            if not chart_ids:
                continue
            title = section.title
            blocks.append(_Block(self._height(title, 20, True) + 12, self._painter_of(title, 20), (0, title), True))
            for chart_id in chart_ids:
                chart = RenderedChart(self.pack, chart_id, MAX_LOGICAL, self.theme)
                self.charts.append(chart)
                blocks.append(_Block(chart.height + self.GAP, self._chart_painter(chart), (1, chart.data.spec.title)))
            blocks += self._table_blocks(section.id, f"{title}: figures")
        return blocks

    def _painter_of(self, text: str, px: float) -> Callable[[float], object]:
        return lambda y: self.text(y, text, px, bold=True)

    def _chart_painter(self, chart: RenderedChart) -> Callable[[float], object]:
        return lambda y: chart.render(self.painter, QRectF(0, y, MAX_LOGICAL, chart.height))

    def _table_blocks(self, section_id: str, heading: str) -> list[_Block]:
        font = pixel_font(11)

        def header(y: float) -> float:
            self.painter.setFont(pixel_font(11, bold=True))
            self.painter.setPen(QColor(self.theme.text))
            for x, w, name in self.COLUMNS:
                self.painter.drawText(QRectF(x, y, w, 20), WRAP, name)
            return y + 22

        blocks = [
            _Block(
                self._height(heading, 16, True) + 32, lambda y: header(self.text(y, heading, 16, bold=True)), None, True
            )
        ]
        for fig in self.pack.section_figures(section_id):
            cells = (
                fig.label + (f" ({fig.year})" if fig.year else ""),
                qualified(format_exact(fig.value, fig.unit), fig.qualifier) if fig.value is not None else "",
                STATUSES[fig.status].word,
                f"“{fig.quote}”" + (f"\nNote: {fig.note}" if fig.note else ""),
            )
            height = max(self._height(c, 11, width=w) for (_, w, _), c in zip(self.COLUMNS, cells, strict=True))

            def row(y: float, cells: tuple[str, ...] = cells, height: float = height) -> None:
                self.painter.setFont(font)
                self.painter.setPen(QColor(self.theme.text))
                for (x, w, _), cell in zip(self.COLUMNS, cells, strict=True):
                    self.painter.drawText(QRectF(x, y, w, height), WRAP, cell)

            blocks.append(_Block(height + 8, row, table_header=header))
        return blocks

    def paginate(self, blocks: list[_Block]) -> list[list[tuple[float, _Block]]]:
        """Blocks to pages, each with the height it is painted at: a block that does not fit
        starts a page, a heading goes with what follows it, a table's header is repeated."""
        room = self.page_height - self.FOOTER
        pages: list[list[tuple[float, _Block]]] = [[]]
        y = 0.0
        for i, block in enumerate(blocks):
            need = block.height + (blocks[i + 1].height if block.keep_with_next and i + 1 < len(blocks) else 0)
            if pages[-1] and y + min(need, room) > room:
                pages.append([])
                y = 0.0
                if block.table_header is not None:  # the rest of a table: its header again
                    pages[-1].append((y, _Block(22, block.table_header)))
                    y += 22
            pages[-1].append((y, block))
            y += block.height
        return pages

    # -- painting ----------------------------------------------------------------------------------

    def front_lines(self, pages: list[list[tuple[float, _Block]]], first: int) -> list[tuple[int, str, int]]:
        """The contents: (level, title, page) for every section and chart, pages from ``first``."""
        lines = []
        for number, page in enumerate(pages, start=first):
            lines += [(b.entry[0], b.entry[1], number) for _, b in page if b.entry is not None]
        return lines

    def paint_front(self, lines: list[tuple[int, str, int]], total: int, dry: bool = False) -> int:
        """The title page and the contents (over more pages if long); how many pages it takes.
        With ``dry``, nothing is painted: the pages are counted."""
        pack = self.pack
        counts = ", ".join(f"{n} {s}" for s, n in pack.status_counts().items() if n)
        parts: list[tuple[str, float, bool, bool, float, str]] = [  # text, px, bold, muted, gap before, page
            (pack.title, 34, True, False, 80, ""),
            (f"Source: {pack.source.title} ({pack.source.kind})", 18, False, False, 10, ""),
            (f"{len(pack.figures)} figures ({counts}) in {len(pack.sections)} sections.", 15, False, False, 14, ""),
            (f"Generated {dt.date.today().isoformat()} by Shanghai Tech Hub Viewer.", 13, False, True, 0, ""),
            ("What the statuses mean", 16, True, False, 14, ""),
            *((f"{st.word}: {st.meaning}.", 13, False, False, 0, "") for st in STATUSES.values()),
            ("Contents", 16, True, False, 14, ""),
            *((title, 14 if level == 0 else 13, level == 0, False, 0, str(page)) for level, title, page in lines),
        ]
        pages, y = 1, 0.0
        for text, px, bold, muted, gap, page in parts:
            x = 24 if page and not bold else 0
            height = self._height(text, px, bold, MAX_LOGICAL - x - 70)
            if y + gap + height > self.page_height - self.FOOTER:
                self.footer(pages, total, dry)
                pages += 1
                if not dry:
                    self.writer.newPage()
                y, gap = 0.0, 0.0
            y += gap
            if not dry:
                self.painter.setFont(pixel_font(px, bold))
                self.painter.setPen(QColor(self.theme.muted if muted else self.theme.text))
                self.painter.drawText(QRectF(x, y, MAX_LOGICAL - x - 70, height), WRAP, text)
                if page:
                    self.painter.drawText(
                        QRectF(MAX_LOGICAL - 60, y, 60, height), int(Qt.AlignmentFlag.AlignRight), page
                    )
            y += height + px * 0.6
        self.footer(pages, total, dry)
        return pages

    def footer(self, number: int, total: int, dry: bool = False) -> None:
        if dry:
            return
        self.painter.setFont(pixel_font(11))
        self.painter.setPen(QColor(self.theme.muted))
        rect = QRectF(0, self.page_height - 16, MAX_LOGICAL, 16)
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter), f"{number} / {total}")

    def finish(self) -> None:
        self.painter.end()
        for chart in self.charts:
            chart.close()


def pdf_bytes(
    pack: DataPack,
    chart_ids: tuple[str, ...] | None = None,
    theme: Theme = LIGHT,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """A PDF report: a title page with the contents, then each section's charts, as many to a
    page as fit, and its figures table; pages numbered."""
    ids = chart_ids if chart_ids is not None else tuple(c.id for c in pack.charts)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"{pack.title} — report")
    writer.setCreator("Shanghai Tech Hub Viewer")
    # 96 dpi, as the screen: pyqtgraph axes replay QPictures, whose text would scale by 300/96.
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_report(pack, writer, ids, theme, cancelled)
    return bytes(buffer.data().data())


def paint_report(
    pack: DataPack,
    device: QPagedPaintDevice,
    chart_ids: tuple[str, ...],
    theme: Theme = LIGHT,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Paint the report on a paged device: a PDF writer, or a printer."""
    writer = device
    report = _Report(pack, device, theme, chart_ids)
    try:
        body = report.paginate(report.blocks())
        # The front matter's length decides where the body starts: measured once, then painted.
        front = report.paint_front(report.front_lines(body, 2), 0, dry=True)
        total = front + len(body)
        report.paint_front(report.front_lines(body, front + 1), total)
        for number, page in enumerate(body, start=front + 1):
            if cancelled():
                raise ExportCancelled()
            writer.newPage()
            for y, block in page:
                block.paint(y)
            report.footer(number, total)
    finally:
        report.finish()


def print_chart(pack: DataPack, chart_id: str, printer: QPagedPaintDevice, theme: Theme = LIGHT) -> None:
    """Print a chart as exported, across the printable width of the page."""
    chart = RenderedChart(pack, chart_id, MAX_LOGICAL, theme)
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.logicalDpiX())
        scale = page.width() / MAX_LOGICAL
        painter.scale(scale, scale)
        chart.render(painter, QRectF(0, 0, MAX_LOGICAL, chart.height))
    finally:
        painter.end()
        chart.close()


def write_pdf(pack: DataPack, path: Path, chart_ids: tuple[str, ...] | None = None, theme: Theme = LIGHT) -> None:
    write_file(path, pdf_bytes(pack, chart_ids, theme))


def run_export(
    pack: DataPack,
    request: ExportRequest,
    theme: Theme = LIGHT,
    progress: Callable[[int, int, Path], bool] | None = None,
) -> list[Path]:
    """Write every file of a request, all or none: each is written into a staging folder inside
    the target folder, and moved into place once all are written. ``progress(done, total,
    next_path)`` returns False to cancel. Raises ExportError (or ExportCancelled) with no file of
    the export written and none replaced."""
    targets = request.targets()
    with StagedFolder(request.folder) as stage:
        for done, (chart_id, fmt, path) in enumerate(targets):
            if progress is not None and not progress(done, len(targets), path):
                raise ExportCancelled()
            if fmt == "pdf":
                content = pdf_bytes(pack, request.chart_ids, theme)
            else:
                assert chart_id is not None
                content = chart_bytes(pack, chart_id, fmt, request.width, theme)
            stage.add(path.name, content)
        written = stage.commit()
    if progress is not None:
        progress(len(targets), len(targets), request.folder)
    return written

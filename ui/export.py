"""Chart exports: the whole figure (title to source line) as PNG, SVG, CSV, clipboard or PDF report.

Every image renders the window's own drawing: a ``ChartFigure`` (``ui.charts.figure``) built in
a scene of its own, laid out at a logical width between 480 and 900 px and scaled to the pixels
asked for, so text, lines and markers grow with the width instead of turning into hairlines.
Every file is written through ``QSaveFile``: a failed or cancelled export leaves no partial
file and an older file intact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSaveFile, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from ui.charts.figure import ChartFigure
from ui.theme import LIGHT, Theme, pixel_font
from viewer.exports import ExportError, ExportRequest, chart_csv
from viewer.model import STATUSES
from viewer.pack import DataPack
from viewer.units import format_exact, qualified

MIN_LOGICAL, MAX_LOGICAL = 480, 900
WRAP = int(Qt.TextFlag.TextWordWrap)


class ExportCancelled(Exception):
    """The person cancelled an export; files already written stay, nothing is half-written."""


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


def render_image(pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> QImage:
    """The chart as an image exactly ``width`` pixels wide."""
    chart = RenderedChart(pack, chart_id, width, theme)
    try:
        image = QImage(width, chart.height, QImage.Format.Format_ARGB32)
        image.fill(QColor(theme.background))
        painter = QPainter(image)
        chart.render(painter, QRectF(0, 0, width, chart.height))
        painter.end()
    finally:
        chart.close()
    return image


def write_atomic(path: Path, write: Callable[[QIODevice], bool]) -> None:
    """Write a file all at once or not at all; raises ExportError saying why not."""
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"cannot write {path}: {target.errorString()}")
    try:
        ok = write(target)
    except BaseException:
        target.cancelWriting()
        target.commit()
        raise
    if not ok:
        error = target.errorString()
        target.cancelWriting()
        target.commit()
        raise ExportError(f"could not write {path}: {error or 'the image could not be encoded'}")
    if not target.commit():
        raise ExportError(f"could not write {path}: {target.errorString()}")


def write_png(pack: DataPack, chart_id: str, path: Path, width: int, theme: Theme = LIGHT) -> None:
    image = render_image(pack, chart_id, width, theme)
    write_atomic(path, lambda device: image.save(device, "PNG"))  # type: ignore[call-overload]


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
    content = QByteArray(svg_bytes(pack, chart_id, width, theme))
    write_atomic(path, lambda device: device.write(content) == content.size())


def write_csv(pack: DataPack, chart_id: str, path: Path) -> None:
    content = QByteArray(chart_csv(pack.chart_data(chart_id), pack.by_id))
    write_atomic(path, lambda device: device.write(content) == content.size())


def copy_image(pack: DataPack, chart_id: str, width: int = 1600, theme: Theme = LIGHT) -> QImage:
    """Put the chart's image on the clipboard; returns it."""
    image = render_image(pack, chart_id, width, theme)
    QGuiApplication.clipboard().setImage(image)
    return image


# --- the PDF report ------------------------------------------------------------------------------


class _Report:
    """Pages of a PDF report: a title page, then per section its charts and its figures table."""

    def __init__(self, pack: DataPack, writer: QPdfWriter, theme: Theme) -> None:
        self.pack = pack
        self.writer = writer
        self.theme = theme
        self.painter = QPainter(writer)
        # Paint in points-like logical units: 900 units across the printable width.
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        self.scale = page.width() / MAX_LOGICAL
        self.page_height = page.height() / self.scale
        self.painter.scale(self.scale, self.scale)
        self.first = True

    def new_page(self) -> None:
        if not self.first:
            self.writer.newPage()
        self.first = False

    def text(self, y: float, text: str, px: float, bold: bool = False, muted: bool = False) -> float:
        font = pixel_font(px, bold)
        rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, MAX_LOGICAL, 10_000), WRAP, text)
        self.painter.setFont(font)
        self.painter.setPen(QColor(self.theme.muted if muted else self.theme.text))
        self.painter.drawText(QRectF(0, y, MAX_LOGICAL, rect.height()), WRAP, text)
        return y + rect.height() + px * 0.6

    def title_page(self) -> None:
        pack = self.pack
        self.new_page()
        y = self.text(120, pack.title, 34, bold=True)
        y = self.text(y + 10, f"Source: {pack.source.title} ({pack.source.kind})", 18)
        counts = pack.status_counts()
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        y = self.text(y + 20, f"{len(pack.figures)} figures ({summary}) in {len(pack.sections)} sections.", 15)
        y = self.text(y, f"Generated {dt.date.today().isoformat()} by Shanghai Tech Hub Viewer.", 13, muted=True)
        y += 20
        y = self.text(y, "What the statuses mean", 16, bold=True)
        for status in STATUSES.values():
            y = self.text(y, f"{status.word}: {status.meaning}.", 13)
        y += 10
        self.text(y, "Every figure is quoted from the article; the quote stands in the table of its section.", 13)

    def chart_page(self, chart_id: str, section_title: str) -> None:
        self.new_page()
        y = self.text(0, section_title, 14, bold=True, muted=True)
        chart = RenderedChart(self.pack, chart_id, MAX_LOGICAL, self.theme)
        try:
            chart.render(self.painter, QRectF(0, y, MAX_LOGICAL, chart.height))
        finally:
            chart.close()

    def table_pages(self, section_id: str, section_title: str) -> None:
        self.new_page()
        y = self.text(0, f"{section_title}: figures", 18, bold=True)
        columns = ((0, 250, "Label"), (255, 130, "Value"), (390, 80, "Status"), (475, 425, "Quote"))
        font = pixel_font(11)
        metrics = QFontMetricsF(font)

        def header(y: float) -> float:
            self.painter.setFont(pixel_font(11, bold=True))
            self.painter.setPen(QColor(self.theme.text))
            for x, w, name in columns:
                self.painter.drawText(QRectF(x, y, w, 20), WRAP, name)
            return y + 22

        y = header(y)
        for fig in self.pack.section_figures(section_id):
            cells = (
                fig.label + (f" ({fig.year})" if fig.year else ""),
                qualified(format_exact(fig.value, fig.unit), fig.qualifier) if fig.value is not None else "",
                STATUSES[fig.status].word,
                f"“{fig.quote}”" + (f"\nNote: {fig.note}" if fig.note else ""),
            )
            height = max(
                metrics.boundingRect(QRectF(0, 0, w, 10_000), WRAP, c).height()
                for (_, w, _), c in zip(columns, cells, strict=True)
            )
            if y + height > self.page_height:
                self.new_page()
                y = header(0)
            self.painter.setFont(font)
            self.painter.setPen(QColor(self.theme.text))
            for (x, w, _), cell in zip(columns, cells, strict=True):
                self.painter.drawText(QRectF(x, y, w, height), WRAP, cell)
            y += height + 8

    def finish(self) -> None:
        self.painter.end()


def report_pages(pack: DataPack, chart_ids: tuple[str, ...]) -> Iterator[tuple[str, str | None, str]]:
    """The report's parts in order: ('title'|'chart'|'table', chart id, section title)."""
    yield "title", None, ""
    for section in pack.sections:
        charts = [c.id for c in pack.section_charts(section.id) if c.id in chart_ids]
        for cid in charts:
            yield "chart", cid, section.title
        if charts:
            yield "table", section.id, section.title


def pdf_bytes(
    pack: DataPack,
    chart_ids: tuple[str, ...] | None = None,
    theme: Theme = LIGHT,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """A PDF report: a title page, then each section's charts (one per page) and figures table."""
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
    report = _Report(pack, writer, theme)
    try:
        for kind, key, section_title in report_pages(pack, ids):
            if cancelled():
                raise ExportCancelled()
            if kind == "title":
                report.title_page()
            elif kind == "chart" and key:
                report.chart_page(key, section_title)
            elif key:
                report.table_pages(key, section_title)
    finally:
        report.finish()
    return bytes(buffer.data().data())


def write_pdf(pack: DataPack, path: Path, chart_ids: tuple[str, ...] | None = None, theme: Theme = LIGHT) -> None:
    content = QByteArray(pdf_bytes(pack, chart_ids, theme))
    write_atomic(path, lambda device: device.write(content) == content.size())


def run_export(
    pack: DataPack,
    request: ExportRequest,
    theme: Theme = LIGHT,
    progress: Callable[[int, int, Path], bool] | None = None,
) -> list[Path]:
    """Write every file of a request; ``progress(done, total, next_path)`` returns False to cancel."""
    try:
        request.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {request.folder}: {exc.strerror}") from exc
    if not request.folder.is_dir():
        raise ExportError(f"{request.folder} is not a folder")
    targets = request.targets()
    written: list[Path] = []
    for done, (chart_id, fmt, path) in enumerate(targets):
        if progress is not None and not progress(done, len(targets), path):
            raise ExportCancelled()
        if fmt == "pdf":
            write_pdf(pack, path, request.chart_ids, theme)
        elif chart_id is not None and fmt == "png":
            write_png(pack, chart_id, path, request.width, theme)
        elif chart_id is not None and fmt == "svg":
            write_svg(pack, chart_id, path, request.width, theme)
        elif chart_id is not None:
            write_csv(pack, chart_id, path)
        written.append(path)
    if progress is not None:
        progress(len(targets), len(targets), request.folder)
    return written

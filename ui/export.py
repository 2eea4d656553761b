"""Chart exports: the whole figure (title to source line) as PNG, SVG, CSV, clipboard or PDF report.

``ChartFigure`` lays a chart out as a reader needs it at a logical width between 480 and 900 px
and paints it on any QPainter; the painter's scale maps it to the pixels asked for, so text,
lines and markers grow with the width instead of turning into hairlines. Every file is written
through ``QSaveFile``: a failed or cancelled export leaves no partial file and an older file intact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSaveFile, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from ui.chart_view import ChartPlot, make_plot
from ui.theme import LIGHT, STATUS_STYLES, Theme, pixel_font
from viewer.charts import ChartData
from viewer.details import STATUS_LABELS
from viewer.exports import ExportError, ExportRequest, chart_csv
from viewer.pack import DataPack, Figure
from viewer.units import format_exact

MIN_LOGICAL, MAX_LOGICAL = 480, 900
MARGIN = 24
TITLE_PX, SUBTITLE_PX, FOOTER_PX = 22, 15, 13
WRAP = int(Qt.TextFlag.TextWordWrap)


class ExportCancelled(Exception):
    """The person cancelled an export; files already written stay, nothing is half-written."""


def logical_width(width: int) -> int:
    """The width a figure is laid out at before scaling to ``width`` output pixels."""
    return max(MIN_LOGICAL, min(MAX_LOGICAL, width))


class ChartFigure:
    """A chart as a complete, self-contained figure, laid out once at a logical width."""

    def __init__(
        self,
        data: ChartData,
        figures: Mapping[str, Figure],
        theme: Theme = LIGHT,
        width: int = MAX_LOGICAL,
        scale: float = 1.0,
    ) -> None:
        """Lay out at ``width`` logical px for a device with ``scale`` device px per logical px.

        The plot itself is built at device size (its pens, markers and legend are pixel-sized
        in pyqtgraph and would not grow with a scaled painter); the text around it is painted.
        """
        self.data = data
        self.theme = theme
        self.width = width
        inner = width - 2 * MARGIN
        self.plot: ChartPlot = make_plot(data, figures, theme, scale)
        self.plot.lay_out_off_screen(round(inner * scale), self.plot.preferred_height())
        self.plot_size = QSizeF(inner, self.plot.height() / scale)
        self._head = [
            (data.spec.title, pixel_font(TITLE_PX, bold=True), theme.text),
            (data.spec.subtitle, pixel_font(SUBTITLE_PX), theme.muted),
        ]
        self._foot = [(c, pixel_font(FOOTER_PX), theme.muted) for c in data.caveats]
        self._foot.append((data.source_line, pixel_font(FOOTER_PX), theme.muted))
        self.height = round(
            MARGIN
            + self._text_height(self._head, inner)
            + 10
            + self.plot_size.height()
            + 10
            + self._text_height(self._foot, inner)
            + MARGIN
        )

    def close(self) -> None:
        self.plot.close()
        self.plot.deleteLater()

    @staticmethod
    def _block_height(text: str, font: QFont, inner: float) -> float:
        if not text:
            return 0.0
        rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, inner, 10_000), WRAP, text)
        return rect.height() + 4

    def _text_height(self, blocks: list[tuple[str, QFont, str]], inner: float) -> float:
        return sum(self._block_height(t, f, inner) for t, f, _ in blocks)

    def _draw_blocks(self, painter: QPainter, blocks: list[tuple[str, QFont, str]], y: float) -> float:
        inner = self.width - 2 * MARGIN
        for text, font, color in blocks:
            if not text:
                continue
            h = self._block_height(text, font, inner)
            painter.setFont(font)
            painter.setPen(QPen(QColor(color)))
            painter.drawText(QRectF(MARGIN, y, inner, h), WRAP, text)
            y += h
        return y

    def paint(self, painter: QPainter) -> None:
        """Paint the figure at logical coordinates (0, 0)-(width, height)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(self.theme.background))
        y = self._draw_blocks(painter, self._head, MARGIN) + 10
        target = QRectF(MARGIN, y, self.plot_size.width(), self.plot_size.height())
        self.plot.render_into(painter, target)
        self._draw_blocks(painter, self._foot, target.bottom() + 10)
        painter.restore()


def _figure_for(pack: DataPack, chart_id: str, width: int, theme: Theme) -> ChartFigure:
    logical = logical_width(width)
    return ChartFigure(pack.chart_data(chart_id), pack.by_id, theme, logical, width / logical)


def render_image(pack: DataPack, chart_id: str, width: int, theme: Theme = LIGHT) -> QImage:
    """The chart as an image exactly ``width`` pixels wide."""
    figure = _figure_for(pack, chart_id, width, theme)
    try:
        scale = width / figure.width
        image = QImage(width, round(figure.height * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor(theme.background))
        painter = QPainter(image)
        painter.scale(scale, scale)
        figure.paint(painter)
        painter.end()
    finally:
        figure.close()
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
    figure = _figure_for(pack, chart_id, width, theme)
    data = figure.data
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        scale = width / figure.width
        height = round(figure.height * scale)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(data.spec.title)
        generator.setDescription(data.description)
        generator.setResolution(96)
        painter = QPainter(generator)
        painter.scale(scale, scale)
        figure.paint(painter)
        painter.end()
    finally:
        figure.close()
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
        for style in STATUS_STYLES.values():
            y = self.text(y, f"{style.label}: {style.meaning}.", 13)
        y += 10
        self.text(y, "Every figure is quoted from the article; the quote stands in the table of its section.", 13)

    def chart_page(self, chart_id: str, section_title: str) -> None:
        self.new_page()
        y = self.text(0, section_title, 14, bold=True, muted=True)
        figure = ChartFigure(self.pack.chart_data(chart_id), self.pack.by_id, self.theme, MAX_LOGICAL, self.scale)
        try:
            self.painter.save()
            self.painter.translate(0, y)
            figure.paint(self.painter)
            self.painter.restore()
        finally:
            figure.close()

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
                format_exact(fig.value, fig.unit) if fig.value is not None else "",
                STATUS_LABELS[fig.status],
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

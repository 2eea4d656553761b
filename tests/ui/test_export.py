"""Exports read back: PNG size and pixels, SVG text and <desc>, CSV values, PDF pages and titles."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.export import RenderedChart, render_image, svg_bytes, write_csv, write_pdf, write_png, write_svg
from ui.main_window import MainWindow
from viewer.exports import ExportError, chart_csv
from viewer.pack import DataPack, load_pack

SVG = "{http://www.w3.org/2000/svg}"
PACKS = Path(__file__).resolve().parents[1] / "packs"


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _distinct_colours(image: QImage, step: int = 7) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


@pytest.mark.parametrize("width", [400, 1600, 4000])
def test_png_has_the_width_asked_for_and_is_neither_blank_nor_black(pack: DataPack, tmp_path: Path, width: int) -> None:
    path = tmp_path / "unicorn_share.png"
    write_png(pack, "unicorn_share", path, width)
    image = QImage(str(path))
    assert image.width() == width
    assert 0.2 * width < image.height() < 1.5 * width
    assert QColor(image.pixel(2, 2)).name() == "#ffffff"  # white background by default
    colours = _distinct_colours(image)
    assert len(colours) > 20
    bar_blue = QColor("#0072B2").rgb()
    assert bar_blue in colours


def test_every_chart_exports_at_1600_and_4000(pack: DataPack) -> None:
    for spec in pack.charts:
        for width in (1600, 4000):
            image = render_image(pack, spec.id, width)
            assert image.width() == width and len(_distinct_colours(image, 11)) > 10, spec.id


def test_text_grows_with_the_width(pack: DataPack) -> None:
    small = render_image(pack, "apartment_price", 1600)
    large = render_image(pack, "apartment_price", 4000)
    assert large.height() / small.height() == pytest.approx(2.5, rel=0.03)


def test_svg_parses_keeps_text_as_text_and_describes_the_chart(pack: DataPack, tmp_path: Path) -> None:
    path = tmp_path / "smic_process_node.svg"
    write_svg(pack, "smic_process_node", path, 1600)
    root = ET.parse(path).getroot()
    assert root.findtext(f"{SVG}title") == "SMIC's new plant: the process node claimed"
    desc = root.findtext(f"{SVG}desc")
    assert desc == pack.chart_data("smic_process_node").description
    assert "3 nm (disputed)" in desc
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    for words in ("SMIC's new plant: the process node claimed", "3 nm", "· disputed", "Source: Shanghai emerges"):
        assert words in texts
    assert root.get("viewBox") == f"0 0 1600 {root.get('viewBox', '').split()[-1]}"
    # Text is in the CSS generic sans-serif, so a browser never falls back to a serif font.
    families = {g.get("font-family") for g in root.iter(f"{SVG}g") if g.find(f"{SVG}text") is not None}
    assert families == {"sans-serif"}


def _svg_text(svg: bytes) -> str:
    """Every piece of text an SVG draws, run together without white space (lines wrap anywhere)."""
    root = ET.fromstring(svg)
    return "".join("".join("".join(t.itertext()).split()) for t in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("pack_dir", [None, PACKS / "every_kind"], ids=["bundled", "every_kind"])
def test_every_export_writes_what_the_window_shows(pack_dir: Path | None) -> None:
    """Title to source line, value labels, category labels, ticks and legend: the export renders
    the window's own figure, axes included (pyqtgraph's axes need a view to place their text)."""
    pack = load_pack(pack_dir)
    for spec in pack.charts:
        for width in (400, 1600):
            drawn = _svg_text(svg_bytes(pack, spec.id, width))
            chart = RenderedChart(pack, spec.id, width)
            try:
                texts = chart.figure.texts()
            finally:
                chart.close()
            assert len(texts) >= 4, spec.id
            for text in texts:
                assert "".join(text.split()) in drawn, (spec.id, width, text)


def _pixels(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    count = image.width() * image.height() * 4
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=count)
    return pixels.reshape(image.height(), image.width(), 4).copy()  # a copy: the image's memory goes with it


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="librsvg's rsvg-convert is not installed")
@pytest.mark.parametrize("pack_dir", [None, PACKS / "every_kind"], ids=["bundled", "every_kind"])
def test_svg_drawn_by_librsvg_matches_the_png(pack_dir: Path | None, tmp_path: Path) -> None:
    """A second renderer draws the SVG as Qt draws the PNG: the same marks in the same places
    (text antialiasing differs a little; a marker drawn wrong or a missing axis differs a lot)."""
    pack = load_pack(pack_dir)
    for spec in pack.charts:
        svg, png, via = tmp_path / "c.svg", tmp_path / "c.png", tmp_path / "via-librsvg.png"
        write_svg(pack, spec.id, svg, 1200)
        write_png(pack, spec.id, png, 1200)
        subprocess.run(["rsvg-convert", str(svg), "-o", str(via)], check=True, timeout=60)
        ours, theirs = _pixels(png), _pixels(via)
        rows = min(ours.shape[0], theirs.shape[0])
        assert abs(ours.shape[0] - theirs.shape[0]) <= 1 and ours.shape[1] == theirs.shape[1] == 1200
        differ = np.abs(ours[:rows, :, :3].astype(int) - theirs[:rows, :, :3].astype(int)).max(axis=2) > 64
        assert differ.mean() < 0.03, (spec.id, differ.mean())


def test_csv_round_trips_through_pandas_with_the_yen_intact(pack: DataPack, tmp_path: Path) -> None:
    path = tmp_path / "apartment_price.csv"
    write_csv(pack, "apartment_price", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    frame = pd.read_csv(path, encoding="utf-8-sig")
    assert list(frame.columns) == ["label", "qualifier", "value", "unit", "year", "status", "quote", "note"]
    assert "does not say which hubs" in frame.loc[0, "note"]  # why a figure is doubtful travels with it
    assert frame.loc[0, "value"] == 150000
    assert frame.loc[0, "quote"] == "apartment prices near tech hubs reaching ¥150,000 per square meter"
    share = pd.read_csv(io.BytesIO(chart_csv(pack.chart_data("unicorn_share"), pack.by_id)), encoding="utf-8-sig")
    assert share["value"].tolist() == [43, 121]
    assert share["status"].tolist() == ["reported", "derived"]


def test_csv_cells_cannot_run_as_formulas(pack_copy: Callable[..., Path], tmp_path: Path) -> None:
    folder = pack_copy()
    figures = (folder / "figures.csv").read_text(encoding="utf-8")
    figures = figures.replace("Apartment prices near tech hubs,150000", '=HYPERLINK("x"),150000', 1)
    (folder / "figures.csv").write_text(figures, encoding="utf-8")
    pack = load_pack(folder)
    frame = pd.read_csv(io.BytesIO(chart_csv(pack.chart_data("apartment_price"), pack.by_id)), encoding="utf-8-sig")
    assert frame.loc[0, "label"] == '\'=HYPERLINK("x")'


def _pdf_text(page: pypdf.PageObject) -> str:
    """Page text as a reader sees it (pypdf returns tabs for spaces and 'ﬁ' ligatures)."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def test_pdf_report_has_contents_numbered_pages_and_charts_several_to_a_page(pack: DataPack, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(pack, path)
    reader = pypdf.PdfReader(str(path))
    pages = [_pdf_text(page) for page in reader.pages]
    assert 1 < len(pages) < 1 + len(pack.charts)  # not one chart a page
    first = pages[0]
    assert pack.title in first and pack.source.title in first and "Contents" in first
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"{number} / {len(pages)}"), number  # every page numbered
    for spec in pack.charts:
        # The contents gives the page the chart is on.
        listed = int(first.split(spec.title, 1)[1].split()[0])
        assert spec.title in pages[listed - 1], (spec.title, listed)
    text = " ".join(pages)
    assert "began mass-producing 3nm chips last quarter" in text  # the figures tables


def test_a_write_failing_part_way_leaves_the_old_file_and_no_temporary(
    pack: DataPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer import exports

    target = tmp_path / "chart.png"
    target.write_bytes(b"the old image")

    def half_then_fail(handle: object, content: bytes) -> None:
        handle.write(content[:100])  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "_write_all", half_then_fail)
    with pytest.raises(ExportError, match=r"could not write .*chart\.png: no space left on device$"):
        write_png(pack, "unicorn_share", target, 800)
    assert target.read_bytes() == b"the old image"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_an_unwritable_place_is_a_clear_error(pack: DataPack, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"cannot write .*a-file/chart\.png"):
        write_png(pack, "unicorn_share", blocker / "chart.png", 800)


# --- from the window -----------------------------------------------------------------------------


def test_export_button_writes_the_chart_and_remembers_the_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[Path] = []
    titles: list[str] = []

    def choose(title: str, suggestion: Path, _filter: str) -> str:
        proposed.append(suggestion)
        titles.append(title)
        return str(tmp_path / suggestion.name)

    monkeypatch.setattr(window, "ask_save_path", choose)
    view = window.current_tab().charts[0]
    svg_action = next(a for a in view.menu.actions() if a.data() == "svg")
    svg_action.trigger()
    assert proposed[0].name == "shanghais-share-of-chinas-unicorn-start-ups.svg"  # from the title
    assert titles[0] == "Export “Shanghai's share of China's unicorn start-ups”"  # says which chart
    assert (tmp_path / proposed[0].name).exists()
    assert window.settings.value("export/folder") == str(tmp_path)
    # The next export proposes the folder used last.
    window.export_chart("unicorn_share", "png")
    assert proposed[1] == tmp_path / "shanghais-share-of-chinas-unicorn-start-ups.png"


def test_the_chart_button_opens_its_menu_of_exports(qtbot: QtBot, window: MainWindow) -> None:
    view = window.current_tab().charts[1]
    seen: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            seen.extend(a.text() for a in popup.actions() if a.text())
            popup.close()

    QTimer.singleShot(200, read_and_close)
    qtbot.mouseClick(view.menu_button, Qt.MouseButton.LeftButton)  # returns once the menu closes
    assert seen == ["Export PNG…", "Export SVG…", "Export CSV…", "Copy image", "Describe"]


def test_copy_chart_image_puts_the_figure_on_the_clipboard(window: MainWindow) -> None:
    window.copy_image_action.trigger()
    image = QApplication.clipboard().image()
    assert image.width() == 1600 and not image.isNull()


def test_a_failed_export_says_why_and_the_window_keeps_working(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(window, "ask_save_path", lambda *_: str(blocker / "chart.png"))
    assert window.export_chart("unicorn_share", "png") is None
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "cannot write" in box.text() and "not-a-folder" in box.text()
    box.close()
    window.tabs.setCurrentIndex(1)
    assert window.current_tab().built


def test_export_all_asks_before_replacing_and_keeps_files_when_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "unicorn_share.png"
    existing.write_bytes(b"keep me")
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda _t, text: questions.append(text) or False)
    assert window.export_all(str(tmp_path), ["png"], 800) == []
    assert "unicorn_share.png" in questions[0]
    assert existing.read_bytes() == b"keep me"
    monkeypatch.setattr(window, "confirm", lambda *_: True)
    written = window.export_all(str(tmp_path), ["png", "csv"], 800)
    assert len(written) == 2 * len(window.pack.charts)
    assert QImage(str(existing)).width() == 800
    assert window.settings.value("export/formats") == ["png", "csv"]
    assert int(window.settings.value("export/width")) == 800


def test_cancelling_export_all_writes_none_of_its_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import main_window as module

    real = module.run_export

    def cancel_after_two(pack, request, theme, progress):
        def step(done: int, total: int, path: Path) -> bool:
            if done == 2:
                window.export_progress.cancel()  # as if the person pressed Cancel
            return progress(done, total, path)

        return real(pack, request, theme, step)

    monkeypatch.setattr(module, "run_export", cancel_after_two)
    monkeypatch.setattr(window, "confirm", lambda *_: True)  # yes, replace the older file
    out = tmp_path / "out"
    out.mkdir()
    (out / "unicorn_share.png").write_bytes(b"an older export")
    assert window.export_all(str(out), ["png"], 600) == []
    # All or none: the two charts rendered before the cancel were not moved in, the older file
    # is untouched, and no staging folder is left behind.
    assert sorted(p.name for p in out.iterdir()) == ["unicorn_share.png"]
    assert (out / "unicorn_share.png").read_bytes() == b"an older export"


def test_print_goes_through_the_print_dialog_to_the_chart_or_the_report(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+P prints the chart in use; File › Print report prints the report (to a PDF printer here)."""
    from PySide6.QtPrintSupport import QPrinter

    asked: list[str] = []

    def printer_to(name: str) -> Callable[[str], QPrinter]:
        def ask(title: str) -> QPrinter:
            asked.append(title)
            printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / name))
            return printer

        return ask

    assert window.print_action.shortcut().toString() == "Ctrl+P"
    monkeypatch.setattr(window, "ask_printer", printer_to("chart.pdf"))
    window.print_action.trigger()
    assert asked == ["Print “Shanghai's share of China's unicorn start-ups”"]
    chart = pypdf.PdfReader(str(tmp_path / "chart.pdf"))
    assert len(chart.pages) == 1 and "Rest of China" in _pdf_text(chart.pages[0])
    monkeypatch.setattr(window, "ask_printer", printer_to("report.pdf"))
    window.print_report_action.trigger()
    report = pypdf.PdfReader(str(tmp_path / "report.pdf"))
    assert len(report.pages) > 2 and "Contents" in _pdf_text(report.pages[0])

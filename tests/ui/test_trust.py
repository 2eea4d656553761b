"""Status marks, alt text, About, and pack text that is shown literally, never as markup."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import all_chart_views, visit, widget_texts
from ui.app import create_application
from ui.charts.items import BigNumber
from ui.main_window import MainWindow
from viewer.pack import DataPack, load_pack

MARKUP = '<b>x</b><img src="file:///etc/hostname"><a href="http://x">y</a>'


def test_status_is_told_in_words_on_cards_tables_tooltips_and_charts(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 1)
    card = next(c for c in tab.cards if c.figure.id == "smic_process_node")
    assert card.status_text == "Disputed"
    assert "Status: Disputed" in card.toolTip()
    assert tab.table is not None
    model = tab.table.table_model()
    row = model.row_of("smic_process_node")
    assert model.text(row, model.column_of("status")) == "Disputed"
    view = next(v for v in tab.charts if v.chart_id == "smic_process_node")
    number = view.figure.marks
    assert isinstance(number, BigNumber)  # one figure: a big number, its status in words beside it
    assert number.texts() == ["3 nm", "SMIC's new plant (claimed) · disputed"]
    caveats = view.figure.caveats.text
    assert "is disputed." in caveats and "7 nm" in caveats


def test_reported_only_charts_have_no_status_legend(qtbot: QtBot, window: MainWindow) -> None:
    view = visit(qtbot, window, 0).charts[0]
    assert view.figure.legend is None


def test_every_chart_has_alt_text_naming_its_values(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    for view in all_chart_views(qtbot, window):
        data = pack.chart_data(view.chart_id)
        description = view.accessibleDescription()
        assert description == data.description
        assert view.accessibleName() == f"Chart: {data.spec.title}"
        for bar in data.bars:
            assert bar.text.split(" (")[0] in description, (view.chart_id, bar.text)
        for event in data.events:
            assert str(event.year) in description and event.label in description


def test_describe_shows_the_alt_text(qtbot: QtBot, window: MainWindow) -> None:
    view = window.current_tab().charts[0]
    view.describe_action.trigger()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == view.data.description
    box.close()


def test_cards_tables_and_tabs_have_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 0)
    assert tab.cards[0].accessibleName() == "Tech investment attracted by Shanghai: ¥387 bn"
    assert tab.table is not None and tab.table.accessibleName() == "Figures table: Overview"
    assert [window.tabs.tabBar().accessibleTabName(i) for i in range(4)] == [
        "Overview",
        "Sectors",
        "Education",
        "Challenges",
    ]


def test_about_names_app_version_pack_source_statuses_and_log(window: MainWindow) -> None:
    box = window.show_about()
    text = box.text()
    for words in (
        "Shanghai Tech Hub Viewer 0.1.0",
        "Shanghai, China's fastest-growing tech hub",
        "Source: Shanghai emerges as China's fastest-growing technology hub (news article)",
        "Disputed: contradicted by other public reporting",
        "Forecast: a prediction, not an outcome",
        "Unverifiable:",
        "Log file: ",
    ):
        assert words in text
    box.close()


# --- pack text is data, not markup ---------------------------------------------------------------


@pytest.fixture
def hostile_window(qtbot: QtBot, pack_copy: Callable[..., Path], settings: QSettings) -> MainWindow:
    folder = pack_copy()
    article = (folder / "article.txt").read_text(encoding="utf-8") + f"\nA claim with {MARKUP} in it."
    (folder / "article.txt").write_text(article, encoding="utf-8")
    quote = f"A claim with {MARKUP} in it.".replace('"', '""')
    rows = [
        f'markup_number,overview,"{MARKUP.replace(chr(34), chr(34) * 2)}",7,firms,,"{quote}",disputed,'
        f'"{MARKUP.replace(chr(34), chr(34) * 2)}",',
        f'markup_fact,overview,"{MARKUP.replace(chr(34), chr(34) * 2)}",,,,"{quote}",reported,,',
    ]
    figures = (folder / "figures.csv").read_text(encoding="utf-8") + "\n".join(rows) + "\n"
    (folder / "figures.csv").write_text(figures, encoding="utf-8")
    manifest = (folder / "pack.json").read_text(encoding="utf-8")
    escaped = MARKUP.replace('"', '\\"')
    manifest = manifest.replace(
        '"title": "Shanghai, China\'s fastest-growing tech hub"', f'"title": "Pack {escaped}"'
    ).replace('"title": "Overview"', f'"title": "Over & {escaped}"')
    chart = (
        '{"id": "markup_chart", "section": "overview", "kind": "bar", '
        f'"title": "{escaped}", "subtitle": "{escaped}", "note": "{escaped}", "figures": ["markup_number"]}},\n'
    )
    manifest = manifest.replace('"charts": [\n', '"charts": [\n    ' + chart)
    (folder / "pack.json").write_text(manifest, encoding="utf-8")
    create_application()
    win = MainWindow(load_pack(folder), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.source.show()
    win.selection.set(["markup_number"])
    win.source.show_figure("markup_number")
    return win


def _parsed(html: str) -> tuple[str, QTextDocument]:
    doc = QTextDocument()
    doc.setHtml(html)
    return html, doc


def _rich_documents(root: QWidget) -> Iterator[tuple[str, QTextDocument]]:
    """Every tooltip (widgets, tabs, list items, table cells) and pyqtgraph label, parsed as Qt parses it."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip():
            yield _parsed(widget.toolTip())
        if isinstance(widget, QTabWidget):
            yield from (_parsed(widget.tabToolTip(i)) for i in range(widget.count()) if widget.tabToolTip(i))
        if isinstance(widget, QListWidget):
            yield from (_parsed(widget.item(i).toolTip()) for i in range(widget.count()))
        if isinstance(widget, QTableView):
            model = widget.model()
            for row in range(model.rowCount()):
                tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    yield _parsed(tip)
        if isinstance(widget, pg.GraphicsView):
            for item in widget.scene().items():
                if isinstance(item, pg.AxisItem) and item.label.toHtml():
                    yield item.labelText, item.label.document()


def _fetches_or_links(doc: QTextDocument) -> list[str]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat() or isinstance(fmt, QTextImageFormat):
                found.append("image")
            if fmt.isAnchor():
                found.append("link")
            it += 1
        block = block.next()
    return found


def test_markup_in_a_pack_is_shown_literally_everywhere(qtbot: QtBot, hostile_window: MainWindow) -> None:
    win = hostile_window
    tab = win.current_tab()
    assert win.windowTitle() == f"Pack {MARKUP}"  # the platform adds " — Shanghai Tech Hub Viewer"
    assert win.tabs.tabText(0) == f"Over && {MARKUP}"  # '&' shown as itself, not a shortcut mark
    card = next(c for c in tab.cards if c.figure.id == "markup_number")
    assert card.label_text.startswith(MARKUP)
    view = next(v for v in tab.charts if v.chart_id == "markup_chart")
    assert view.figure.title.text == MARKUP and view.figure.subtitle.text == MARKUP
    assert MARKUP in view.figure.caveats.text
    assert tab.facts is not None
    assert any(tab.facts.item(i).text() == MARKUP for i in range(tab.facts.count()))
    assert tab.table is not None
    model = tab.table.table_model()
    assert model.text(model.row_of("markup_number"), 0) == MARKUP
    assert MARKUP in win.source.article.toPlainText()
    assert MARKUP in win.source.details.text()
    # Every label is plain text; every rich-text surface shows the markup as characters.
    labels = [w for w in win.findChildren(QLabel) if "<" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    checked = 0
    for _source, doc in _rich_documents(win):
        assert _fetches_or_links(doc) == []
        if "<b>" in _source or "&lt;b&gt;" in _source:
            assert MARKUP in doc.toPlainText()
            checked += 1
    assert checked >= 3
    texts = list(widget_texts(win))
    assert any(MARKUP in t for t in texts)


def test_markup_in_exports_is_text(hostile_window: MainWindow, tmp_path: Path) -> None:
    from ui.export import write_svg

    write_svg(hostile_window.pack, "markup_chart", tmp_path / "m.svg", 800)
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert "<img" not in svg and "<a " not in svg
    assert "&lt;b&gt;x&lt;/b&gt;" in svg


def test_a_doubtful_card_stands_out_by_mark_word_and_colour(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QColor

    from ui.theme import STATUS_COLOURS

    tab = visit(qtbot, window, 1)
    disputed = next(c for c in tab.cards if c.figure.id == "smic_process_node")
    reported = next(c for c in tab.cards if c.figure.id == "smic_fab_cost")
    image, plain = disputed.grab().toImage(), reported.grab().toImage()
    assert image.pixelColor(0, disputed.height() // 2) == QColor(STATUS_COLOURS["disputed"])  # its border
    assert plain.pixelColor(0, reported.height() // 2) != QColor(STATUS_COLOURS["disputed"])
    line = disputed.fontMetrics().height()
    box = [
        image.pixelColor(x, y)
        for x in range(12, 12 + line)
        for y in range(disputed.height() - 10 - line, disputed.height() - 10)
    ]
    assert any(c.red() > 180 and c.green() < 150 and c.blue() < 100 for c in box)  # the hatched mark, in vermillion
    assert disputed.status_text == "Disputed"
    # The key to the marks is on the page, and the table's status cells carry the same marks.
    assert tab.key.texts() == ["Reported", "Unverifiable", "Disputed", "Forecast"] and tab.key.isVisible()
    assert tab.table is not None
    model = tab.table.table_model()
    row = model.row_of("smic_process_node")
    icon = model.index(row, model.column_of("status")).data(Qt.ItemDataRole.DecorationRole)  # type: ignore[arg-type]
    assert icon is not None and not icon.isNull()

"""Find (Ctrl+F), the doubtful-only filter and the page's zoom, as a person uses them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.helpers import visit
from ui.charts.items import BarsItem, TimelineItem, readable_on
from ui.main_window import MainWindow
from viewer.pack import DataPack


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.find_action.trigger()
    assert window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, text)
    QApplication.processEvents()


def test_find_opens_the_figure_on_its_tab_and_steps_through_matches(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "1400")
    # The figure whose value it is first: on the Sectors tab, its card selected and in view.
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Sectors"
    tab = window.current_tab()
    card = next(c for c in tab.cards if c.figure.id == "zhangjiang_firms")
    assert card.selected
    top = card.mapTo(tab.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + card.height() <= tab.viewport().height()  # scrolled into view
    assert window.find_bar.count.text() == "1 of 2"
    # Enter (or F3) goes on to the event whose sentence gives the same number, on Overview.
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Overview"
    assert window.selection.ids == frozenset({"event_2020_zhangjiang"})
    assert window.find_bar.count.text() == "2 of 2"
    window.find_next_action.trigger()  # round the end
    assert window.find_bar.count.text() == "1 of 2"
    window.find_previous_action.trigger()
    assert window.selection.ids == frozenset({"event_2020_zhangjiang"})


def test_find_says_when_nothing_matches_and_escape_clears(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "quantum teleporter")
    assert window.find_bar.count.text() == "No figure matches"
    assert not window.find_bar.next.isEnabled()
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert window.find_bar.field.text() == "" and window.find_bar.count.text() == ""


def test_doubtful_filter_keeps_doubtful_rows_and_cards_and_fades_the_rest(
    qtbot: QtBot, window: MainWindow, pack: DataPack
) -> None:
    sectors = visit(qtbot, window, 1)
    assert sectors.table is not None
    rows_before = sectors.table.table_model().rowCount()
    window.doubtful_action.trigger()
    assert window.find_bar.doubtful.isChecked()
    model = sectors.table.table_model()
    statuses = [model.text(r, model.column_of("status")) for r in range(model.rowCount())]
    assert statuses == ["Disputed"] and rows_before > 1  # the 3 nm process node only
    assert [c.figure.id for c in sectors.cards if c.isVisible()] == ["smic_process_node"]
    assert "Showing only doubtful figures" in window.statusBar().currentMessage()
    # Charts keep every mark but fade the reported ones: the disputed bar keeps its colour.
    number = next(v for v in sectors.charts if v.chart_id == "smic_process_node").figure.marks
    assert number.tone(QColor("black"), "disputed").alphaF() == 1.0
    fab = next(v for v in sectors.charts if v.chart_id == "smic_fab_scale").figure.marks
    assert isinstance(fab, BarsItem)
    assert fab.fill(0)[0].color().alphaF() < 0.5
    # A value label inside a faded bar is written in the colour that reads on the pale blend.
    assert readable_on(fab.fill(0)[0].color(), window.theme) == QColor(window.theme.text)
    # A tab built after the filter was set follows it too; its facts list keeps the doubtful.
    overview = visit(qtbot, window, 0)
    assert overview.facts is not None
    shown = [
        overview.facts.item(r).text() for r in range(overview.facts.count()) if not overview.facts.item(r).isHidden()
    ]
    assert len(shown) == 2 and all("[" in text for text in shown)
    # Its table has no doubtful figure: it says so, rather than an empty grid.
    assert overview.table is not None and not overview.table.isVisible()
    assert overview.no_rows.isVisible() and overview.no_rows.text() == "No doubtful figures in this section."
    timeline = next(v for v in overview.charts if v.chart_id == "milestones").figure.marks
    assert isinstance(timeline, TimelineItem)
    assert timeline.tone(QColor("black"), "reported").alphaF() < 0.5
    # Find looks only among what is shown.
    _type(qtbot, window, "SMIC")
    assert window.matches == ["smic_process_node"]
    window.doubtful_action.trigger()  # off: every row is back
    assert sectors.table.table_model().rowCount() == rows_before
    assert len(window.matches) > 1


def test_zoom_enlarges_text_and_charts_and_is_remembered(
    qtbot: QtBot, window: MainWindow, pack: DataPack, settings: QSettings
) -> None:
    tab = visit(qtbot, window, 0)
    card, chart = tab.cards[0], tab.charts[0]
    value_px, title_px = card.value_font.pixelSize(), chart.figure.title.font.pixelSize()
    chart_height = chart.height()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    QApplication.processEvents()
    assert window.zoom == 1.25
    assert card.value_font.pixelSize() > value_px and chart.figure.title.font.pixelSize() > title_px
    qtbot.waitUntil(lambda: chart.height() > chart_height)
    assert chart.texts()[0] == pack.chart(chart.chart_id).title  # the same chart, larger
    # Remembered: the next window opens at the same zoom, and Ctrl+0 returns to the actual size.
    again = MainWindow(pack, settings)
    qtbot.addWidget(again)
    assert again.zoom == 1.25
    again.zoom_reset_action.trigger()
    assert again.zoom == 1.0 and float(settings.value("appearance/zoom")) == 1.0
    for _ in range(20):
        again.zoom_out_action.trigger()
    assert again.zoom == 0.5 and not again.zoom_out_action.isEnabled()

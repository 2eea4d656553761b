"""The window: four tabs of cards, charts, a table and facts, every mark traced to its sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SPAM_FRAGMENTS
from tests.ui.helpers import visit, widget_texts
from ui.app import create_window
from ui.main_window import MainWindow
from viewer.pack import DataPack


def test_create_window_returns_the_window_unshown(qtbot: QtBot) -> None:
    window = create_window()
    qtbot.addWidget(window)
    assert not window.isVisible()
    # The window's own title is the pack's: the platform adds the app's name once, after it.
    assert window.windowTitle() == "Shanghai, China's fastest-growing tech hub"
    assert QApplication.applicationDisplayName() == "Shanghai Tech Hub Viewer"


def test_four_tabs_in_order(window: MainWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview",
        "Sectors",
        "Education",
        "Challenges",
    ]


def test_tabs_are_built_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert window.section_tabs()[0].built
    assert not window.section_tabs()[3].built
    visit(qtbot, window, 3)
    assert window.section_tabs()[3].built


def test_cards_show_value_with_unit_label_and_status(qtbot: QtBot, window: MainWindow) -> None:
    cards = {c.figure.id: c for i in range(4) for c in visit(qtbot, window, i).cards}
    assert cards["tech_investment_2024"].value_text == "¥387 bn"
    assert cards["tech_workforce"].value_text == "over 1.2 M"  # "exceeds 1.2 million": a lower bound
    assert cards["zhangjiang_firms"].value_text == "over 1,400"
    assert cards["coverage_5g"].value_text == "98 %"
    assert cards["smic_process_node"].status_text == "Disputed"
    assert cards["fudan_nominees"].status_text == "Unverifiable"
    assert "Shanghai's tech workforce" in cards["tech_workforce"].label_text


def test_every_tab_has_at_least_two_charts_with_titles_and_source(qtbot: QtBot, window: MainWindow) -> None:
    for i in range(4):
        tab = visit(qtbot, window, i)
        assert len(tab.charts) >= 2
        for view in tab.charts:
            assert view.figure.title.text and view.figure.subtitle.text
            assert (
                view.figure.source.text
                == "Source: Shanghai emerges as China's fastest-growing technology hub (news article)"
            )


def test_qualitative_facts_are_listed(qtbot: QtBot, window: MainWindow) -> None:
    facts = visit(qtbot, window, 0).facts
    assert facts is not None
    texts = [facts.item(i).text() for i in range(facts.count())]
    assert "Policy: fast-track visas for foreign tech experts" in texts
    sectors = visit(qtbot, window, 1).facts
    assert sectors is not None
    waymo = next(sectors.item(i) for i in range(sectors.count()) if "Waymo" in sectors.item(i).text())
    assert waymo.text().endswith("[Unverifiable]") and not waymo.icon().isNull()  # its mark and its word
    challenges = visit(qtbot, window, 3).facts
    assert challenges is not None
    assert any("chipmaking equipment" in challenges.item(i).text() for i in range(challenges.count()))


def test_table_sorts_by_value_and_copies_selection_as_tsv(qtbot: QtBot, window: MainWindow) -> None:
    table = visit(qtbot, window, 2).table
    assert table is not None
    model = table.table_model()
    table.sortByColumn(model.column_of("value"), Qt.SortOrder.DescendingOrder)
    values = [model.raw(r, model.column_of("value")) for r in range(model.rowCount())]
    numbers = [v for v in values if v == v]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] == 1.2e6
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(model.index(0, 0), flags)  # (selectRow would toggle if Ctrl seemed held)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    header, row = QApplication.clipboard().text().split("\n")
    assert header.split("\t") == ["Label", "Value", "Unit", "Year", "Status", "Quote", "Note"]
    assert row.split("\t")[:4] == ["Shanghai's tech workforce", "1200000", "people", ""]  # a number to a sheet
    assert row.split("\t")[5] == "The city's tech workforce now exceeds 1.2 million"
    # On screen, a value reads as its card reads it; the exact value is in its tooltip.
    value = model.index(0, model.column_of("value"))
    assert value.data() == "over 1.2 M" and "over 1,200,000 people" in value.data(Qt.ItemDataRole.ToolTipRole)


def test_years_read_as_years_and_notes_have_a_column(qtbot: QtBot, window: MainWindow) -> None:
    table = visit(qtbot, window, 1).table
    assert table is not None
    model = table.table_model()
    row = model.row_of("smic_process_node")
    assert row is not None and "7 nm-class" in model.text(row, model.column_of("note"))
    overview = visit(qtbot, window, 0).table
    assert overview is not None
    years = overview.table_model()
    assert years.text(years.row_of("tech_investment_2024"), years.column_of("year")) == "2024"  # type: ignore[arg-type]
    assert years.text(years.row_of("tech_investment_2024"), years.column_of("value")) == "¥387 bn"  # type: ignore[arg-type]
    overview.selectRow(years.row_of("tech_investment_2024"))  # type: ignore[arg-type]
    assert overview.selected_tsv().split("\n")[1].split("\t")[1:4] == ["387000000000", "CNY", "2024"]


def test_facts_without_a_number_are_listed_once_and_tables_fit_their_rows(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 3)
    assert tab.table is not None and tab.facts is not None
    model = tab.table.table_model()
    in_table = {model.figure_id(r) for r in range(model.rowCount())}
    listed = {tab.facts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.facts.count())}
    assert in_table == {"ip_disputes_rise", "apartment_price"} and not in_table & listed
    rows = tab.table.verticalHeader().defaultSectionSize() * model.rowCount()
    assert tab.table.height() - tab.table.horizontalHeader().height() - rows < 30  # no blank band


@pytest.mark.parametrize("section", range(4))
def test_table_model_passes_qt_model_tester(qtbot: QtBot, qtmodeltester, window: MainWindow, section: int) -> None:
    table = visit(qtbot, window, section).table
    assert table is not None
    qtmodeltester.check(table.table_model(), force_py=True)


def test_no_widget_anywhere_shows_spam(qtbot: QtBot, window: MainWindow) -> None:
    for i in range(window.tabs.count()):
        visit(qtbot, window, i)
    texts = list(widget_texts(window))
    assert len(texts) > 200
    for text in texts:
        for fragment in SPAM_FRAGMENTS:
            assert fragment not in text


def test_table_starts_in_the_packs_order(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    table = visit(qtbot, window, 2).table
    assert table is not None
    model = table.table_model()
    numeric = [f.id for f in pack.section_figures("education") if f.is_numeric]
    assert [model.figure_id(r) for r in range(model.rowCount())] == numeric


@pytest.mark.parametrize(("width", "per_row"), [(800, 1), (1280, 2), (2560, 3)])
def test_the_page_reflows_to_the_window(qtbot: QtBot, window: MainWindow, width: int, per_row: int) -> None:
    """One, two or three charts side by side by width, growing with the window, and no
    horizontal scroll bar at 800 px even with the source panel open."""
    window.source.show()
    window.resize(width, 900)
    qtbot.waitUntil(lambda: window.width() == width)
    tab = visit(qtbot, window, 0)
    QApplication.processEvents()
    tops = [v.y() for v in tab.charts]
    assert tops.count(tops[0]) == min(per_row, len(tab.charts))
    assert not tab.horizontalScrollBar().isVisible()
    page = tab.viewport().width()
    assert all(v.width() >= page / per_row - 60 for v in tab.charts)  # as wide as their column

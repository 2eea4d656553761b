"""Every number traceable: bar, card or row to its sentence in the source dock, and back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from tests.conftest import SPAM_FRAGMENTS
from tests.ui.helpers import click, visit
from ui.main_window import MainWindow
from ui.theme import LIGHT
from viewer.pack import DEFAULT_PACK, DataPack
from viewer.provenance import utf16_offset


def _show_source(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(window.source.isVisible)


def test_f9_shows_the_article_exactly_as_the_pack_has_it(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    assert not window.source.isVisible()
    _show_source(qtbot, window)
    shown = window.source.article.toPlainText()
    assert shown == (DEFAULT_PACK / "article.txt").read_text(encoding="utf-8") == pack.article
    assert window.source.article.isReadOnly()
    for fragment in SPAM_FRAGMENTS:
        assert fragment not in shown
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.source.isVisible())


def test_dock_can_be_closed_moved_and_floated(window: MainWindow) -> None:
    features = window.source.features()
    for feature in (
        QDockWidget.DockWidgetFeature.DockWidgetClosable,
        QDockWidget.DockWidgetFeature.DockWidgetMovable,
        QDockWidget.DockWidgetFeature.DockWidgetFloatable,
    ):
        assert features & feature


def test_backing_sentences_are_underlined(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    _show_source(qtbot, window)
    underlined = [s.cursor.selectedText() for s in window.source.article.extraSelections() if s.format.fontUnderline()]
    assert "attracting ¥387 billion in tech investments during 2024 alone" in underlined
    assert any("SMIC's new ¥65 billion fabrication plant" in u for u in underlined)


def test_clicking_a_bar_highlights_its_quote_and_scrolls_to_it(qtbot: QtBot, window: MainWindow) -> None:
    _show_source(qtbot, window)
    tab = visit(qtbot, window, 3)
    view = next(v for v in tab.charts if v.chart_id == "apartment_price")
    click(qtbot, view, 0)
    source = window.source
    qtbot.waitUntil(lambda: source.highlighted == ["apartment_price"])
    assert source.highlighted_text() == "apartment prices near tech hubs reaching ¥150,000 per square meter"
    highlighted = [s for s in source.article.extraSelections() if s.format.background().color().name() != "#000000"]
    assert any(s.cursor.selectedText() == source.highlighted_text() for s in highlighted)
    cursor_rect = source.article.cursorRect()
    assert source.article.viewport().rect().contains(cursor_rect.center())
    assert "does not say which hubs" in source.details.text()  # the figure's note


def test_clicking_a_card_and_a_table_row_show_their_quotes(qtbot: QtBot, window: MainWindow) -> None:
    _show_source(qtbot, window)
    tab = visit(qtbot, window, 2)
    card = next(c for c in tab.cards if c.figure.id == "fudan_nominees")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.source.highlighted == ["fudan_nominees"]
    assert "sealed for 50 years" in window.source.details.text()
    table = tab.table
    assert table is not None
    row = table.table_model().row_of("tech_workforce")
    assert row is not None
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.source.highlighted_text() == "The city's tech workforce now exceeds 1.2 million"


def test_clicking_a_sentence_selects_its_figures_switching_tab(qtbot: QtBot, window: MainWindow) -> None:
    _show_source(qtbot, window)
    assert window.tabs.currentIndex() == 0
    source = window.source
    span = source.spans["sjtu_applicants"]
    cursor = QTextCursor(source.article.document())
    cursor.setPosition(utf16_offset(source.text, span.start + 10))
    source.article.setTextCursor(cursor)
    source.article.ensureCursorVisible()
    QApplication.processEvents()
    point = source.article.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(source.article.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 2)
    tab = window.current_tab()
    assert tab.table is not None
    model = tab.table.table_model()
    selected = {model.figure_id(i.row()) for i in tab.table.selectionModel().selectedRows()}
    assert selected == {"sjtu_applicants", "sjtu_places"}
    cards = {c.figure.id for c in tab.cards if c.selected}
    assert cards == {"sjtu_applicants", "sjtu_places"}
    # and a person sees which, calmly: a selected card is framed in the accent colour, the others not
    for card in tab.cards:
        edge = card.grab().toImage().pixelColor(1, card.height() // 2)
        framed = edge == QColor(LIGHT.accent)
        assert framed == (card.figure.id in cards), card.figure.id


def test_dock_place_is_restored_on_the_next_launch(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    window.source.show()
    window.removeDockWidget(window.source)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.source)
    window.source.show()
    window.close()
    again = MainWindow(pack, window.settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.dockWidgetArea(again.source) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.source.isVisible()

"""A widget shown again unchanged is painted from its kept picture, and never when it changed."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QScrollArea, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import visit
from ui.chart_view import ChartView
from ui.main_window import MainWindow
from ui.repaint_cache import KeptPicture, cache_item_view, drawn_afresh
from ui.section_tab import FigureCard, SectionTab
from ui.table_model import DataFrameModel, FigureTable
from ui.theme import LIGHT
from viewer.pack import DataPack


def fresh(widget: QTabWidget) -> QImage:
    """The widget drawn afresh, every kept picture left aside."""
    with drawn_afresh():
        return widget.grab().toImage()


def on_screen(widget: QTabWidget) -> QImage:
    shown = widget.screen().grabWindow(widget.winId()).toImage()
    return shown.convertToFormat(QImage.Format.Format_RGB32)


class Tabs:
    """A table on the first of two tabs, its cells kept by a ``ReshowCache`` (or another page there)."""

    def __init__(self, qtbot: QtBot, page: QWidget | None = None, rows: int = 6) -> None:
        self.qtbot = qtbot
        frame = pd.DataFrame(
            {"label": [f"Row {i}" for i in range(rows)], "value": [float(i * 7 % 5) for i in range(rows)]}
        )
        self.table = FigureTable(DataFrameModel(frame))
        self.cache = cache_item_view(self.table)
        self.header_cache = cache_item_view(self.table.horizontalHeader())  # as a tab's table has
        self.tabs = QTabWidget()
        self.tabs.addTab(page or self.table, "Table")
        self.tabs.addTab(QWidget(), "Other")
        qtbot.addWidget(self.tabs)
        self.tabs.resize(500, 300)
        self.tabs.show()
        qtbot.waitExposed(self.tabs)

    def show(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        QApplication.processEvents()  # shown and painted
        QApplication.processEvents()  # and the pixels kept, as before any person's next click

    def leave_and_return(self) -> None:
        self.show(1)
        self.show(0)

    def return_after_a_change(self) -> None:
        """Show the table again after a change made while it was hidden: painted afresh."""
        reused = self.cache.reused
        self.show(0)
        assert self.cache.reused == reused  # not from the picture kept before the change
        self.assert_screen_is_fresh()

    def assert_screen_is_fresh(self) -> None:
        self.qtbot.waitUntil(
            lambda: on_screen(self.tabs) == fresh(self.tabs).convertToFormat(QImage.Format.Format_RGB32),
            timeout=2000,
        )


@pytest.fixture
def tabs(qtbot: QtBot) -> Tabs:
    return Tabs(qtbot)


def test_a_table_shown_again_unchanged_is_painted_from_its_picture(tabs: Tabs) -> None:
    tabs.leave_and_return()
    assert tabs.cache.picture is not None
    before = tabs.cache.reused
    tabs.leave_and_return()
    tabs.leave_and_return()
    assert tabs.cache.reused == before + 2
    tabs.assert_screen_is_fresh()


def test_a_selection_made_while_hidden_is_painted(tabs: Tabs) -> None:
    tabs.leave_and_return()
    tabs.show(1)
    model = tabs.table.model()
    tabs.table.selectionModel().select(
        model.index(2, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    tabs.return_after_a_change()


def test_a_sort_made_while_hidden_is_painted(tabs: Tabs) -> None:
    tabs.leave_and_return()
    tabs.show(1)
    tabs.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    tabs.return_after_a_change()
    assert tabs.table.model().data(tabs.table.model().index(0, 1)) == "4"


def test_a_new_palette_or_size_while_hidden_is_painted(tabs: Tabs) -> None:
    tabs.leave_and_return()
    tabs.show(1)
    palette = tabs.table.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#203040"))
    tabs.table.setPalette(palette)
    tabs.show(0)
    tabs.assert_screen_is_fresh()
    tabs.leave_and_return()  # kept again, with the new colours
    tabs.show(1)
    tabs.tabs.resize(640, 360)
    tabs.return_after_a_change()


def test_what_changes_on_screen_throws_the_picture_away(tabs: Tabs) -> None:
    tabs.leave_and_return()
    tabs.table.selectRow(4)  # repainted while shown
    QApplication.processEvents()
    assert tabs.cache.picture is None
    tabs.leave_and_return()
    tabs.assert_screen_is_fresh()


def test_a_change_it_was_not_told_of_is_painted_even_when_left_at_once(tabs: Tabs) -> None:
    """Whatever repaints the widget while shown drops its picture, even a change that sent no
    signal, and even when the tab is left before the new pixels could be kept."""
    tabs.leave_and_return()
    assert tabs.cache.picture is not None
    model = tabs.table.table_model()
    model._cache[(0, 0)] = "Changed quietly"  # a change no signal tells of
    tabs.table.viewport().update()
    QApplication.processEvents()  # painted, and left at once
    tabs.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    tabs.show(0)
    tabs.assert_screen_is_fresh()


def test_a_table_scrolled_while_hidden_shows_the_cells_and_titles_scrolled_to(qtbot: QtBot) -> None:
    tabs = Tabs(qtbot, rows=40)
    tabs.table.setColumnWidth(0, 900)  # wider than the table: it scrolls sideways too
    tabs.leave_and_return()
    tabs.show(1)
    tabs.table.scrollToBottom()  # cells and column titles move while hidden: nothing paints then
    bar = tabs.table.horizontalScrollBar()
    bar.setValue(bar.maximum())
    tabs.return_after_a_change()
    assert tabs.table.verticalScrollBar().value() > 0 and tabs.table.horizontalHeader().offset() > 0


def test_a_table_disabled_or_unfocused_while_hidden_is_painted_so(tabs: Tabs) -> None:
    tabs.table.setFocus()
    tabs.table.setCurrentIndex(tabs.table.model().index(1, 0))
    tabs.leave_and_return()
    tabs.table.setFocus()
    QApplication.processEvents()
    tabs.leave_and_return()
    tabs.show(1)
    tabs.tabs.tabBar().setFocus()  # the table shows again without focus
    tabs.return_after_a_change()
    tabs.leave_and_return()
    tabs.show(1)
    tabs.table.setEnabled(False)
    tabs.return_after_a_change()


def test_a_table_shown_again_under_the_pointer_is_painted_afresh(tabs: Tabs) -> None:
    """What lies under the pointer is drawn from state the view keeps to itself (the row it
    highlights): a picture is neither used nor kept then."""
    tabs.leave_and_return()
    viewport = tabs.table.viewport()
    tabs.show(1)
    QTest.mouseMove(tabs.tabs, viewport.mapTo(tabs.tabs, QPoint(40, 12)))
    tabs.return_after_a_change()
    assert viewport.underMouse()
    tabs.leave_and_return()
    assert tabs.cache.picture is None


def test_a_table_half_scrolled_out_keeps_what_shows_and_paints_the_rest(qtbot: QtBot) -> None:
    frame = pd.DataFrame({"label": [f"Row {i}" for i in range(8)], "value": [float(i) for i in range(8)]})
    table = FigureTable(DataFrameModel(frame))
    table.setFixedHeight(240)
    cache = cache_item_view(table)
    page = QWidget()
    column = QVBoxLayout(page)
    column.addSpacing(200)
    column.addWidget(table)
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    tabs = Tabs(qtbot, scroll)
    tabs.leave_and_return()
    tabs.leave_and_return()
    assert cache.reused >= 1 and cache.picture is not None
    assert cache.picture.height() < table.viewport().height()  # only the part that shows
    tabs.assert_screen_is_fresh()
    tabs.show(1)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the rest will show
    tabs.show(0)
    tabs.assert_screen_is_fresh()
    tabs.leave_and_return()
    tabs.assert_screen_is_fresh()


def test_a_card_changed_while_hidden_shows_its_new_look(qtbot: QtBot, pack: DataPack) -> None:
    """A card keeps the picture of its look; unselected while its tab is hidden, it must show
    unselected, not the selected picture it kept."""
    card = FigureCard(pack.figure("smic_fab_cost"))
    tabs = Tabs(qtbot, card)
    card.set_selected(True)
    tabs.leave_and_return()  # painted selected, and that picture kept
    assert card.grab().toImage().pixel(card.width() // 2, card.height() - 4) == QColor(card.theme.highlight).rgb()
    tabs.show(1)
    card.set_selected(False)
    tabs.show(0)
    tabs.assert_screen_is_fresh()
    assert card.grab().toImage().pixel(card.width() // 2, card.height() - 4) == QColor(card.theme.background).rgb()


def _fresh_drawing(picture: KeptPicture) -> QImage:
    """What the picture's widget draws of the part the picture holds, into a new image."""
    kept = picture._kept
    image = QImage(kept.size(), picture.picture.format() if picture.picture is not None else QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.translate(-kept.topLeft())
    picture.draw(painter, kept)
    painter.end()
    return image


def test_cards_and_charts_keep_exactly_what_they_drew(qtbot: QtBot, window: MainWindow) -> None:
    """Cards, chart frames and plots keep what the window showed of them once painted: every
    picture must be the widget's own drawing, pixel for pixel, and hold only what shows."""
    tab = visit(qtbot, window, 1)
    pictures = [c._picture for c in tab.cards]
    pictures += [p for v in tab.charts for p in (v._header_picture, v._footer_picture)]
    pictures += [v.plot._picture for v in tab.charts]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(p.picture is not None for p in pictures), timeout=2000)
    for picture in pictures:
        assert picture.picture is not None
        assert picture.picture.size() == picture._kept.size()
        assert picture.picture == _fresh_drawing(picture)
    # Shown again unchanged: painted from the pictures, so nothing is drawn or copied again.
    copies = [p.copies for p in pictures]
    visit(qtbot, window, 2)
    visit(qtbot, window, 1)
    QApplication.processEvents()
    assert [p.copies for p in pictures] == copies
    # A frame's titles are kept; the corner its menu button sits in is not (the button's soft
    # edges would be blended twice, over the button itself).
    view = tab.charts[0]
    assert view._header_picture._kept.right() < view.menu_button.x()
    # Scrolled so the first chart shows only in part, then restyled: it keeps just that part.
    first = tab.charts[0]
    tab.verticalScrollBar().setValue(first.y() + first.plot.y() + first.plot.height() // 2)
    first.set_selected({"smic_fab_cost"})
    kept = first.plot._picture  # type: ignore[attr-defined]
    shown = first.plot.visibleRegion().boundingRect()
    assert 0 < shown.height() < first.plot.height()
    qtbot.waitUntil(lambda: kept.picture is not None, timeout=2000)
    assert kept._kept == shown
    assert kept.picture == _fresh_drawing(kept)


def test_the_column_header_is_as_tall_as_its_titles_and_follows_their_font(qtbot: QtBot) -> None:
    """The header keeps its measure between shows: it must still be Qt's own measure, and a
    bigger font must make it measure again (and the table make room for it)."""
    tabs = Tabs(qtbot)
    header = tabs.table.horizontalHeader()
    plain = QHeaderView(Qt.Orientation.Horizontal)
    plain.setModel(tabs.table.model())
    assert header.sizeHint().height() == plain.sizeHint().height()
    tabs.leave_and_return()
    assert header.height() == header.sizeHint().height()
    font = header.font()
    font.setPixelSize(font.pixelSize() * 2 if font.pixelSize() > 0 else 30)
    header.setFont(font)
    plain.setFont(font)
    assert header.sizeHint().height() == plain.sizeHint().height() > header.height()
    tabs.leave_and_return()
    assert header.height() == plain.sizeHint().height()  # the table made room for it


def test_a_card_and_a_chart_given_a_bigger_font_while_hidden_show_it(qtbot: QtBot, pack: DataPack) -> None:
    """A card and a chart frame keep pictures of their texts: a font that changed while their tab
    was hidden must show on its next visit, also where the widget keeps its size (a grid's row
    can hold a frame at the height of its taller neighbour)."""
    page = QWidget()
    card = FigureCard(pack.figure("smic_fab_cost"), page)
    card.setGeometry(10, 10, 220, 120)
    spec = pack.charts[0]
    view = ChartView(pack.chart_data(spec.id), pack.by_id, LIGHT, page)
    view.setGeometry(10, 140, 460, 420)
    tabs = Tabs(qtbot, page)
    tabs.tabs.resize(520, 640)
    tabs.leave_and_return()
    tabs.leave_and_return()
    tabs.show(1)
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    page.setFont(font)
    tabs.show(0)
    tabs.assert_screen_is_fresh()


# -- a whole tab in one picture -----------------------------------------------------------------


def _kept_tab(qtbot: QtBot, window: MainWindow, index: int) -> SectionTab:
    """Tab ``index`` shown, painted, and its picture taken (the pointer away from it)."""
    QTest.mouseMove(window.statusBar(), QPoint(4, 4))
    tab = visit(qtbot, window, index)
    assert tab.page_picture is not None
    page = tab.page_picture.kept
    qtbot.waitUntil(lambda: page.picture is not None, timeout=2000)
    return tab


def _screen_settles_to_a_fresh_render(qtbot: QtBot, window: MainWindow) -> None:
    def fresh_on_screen() -> bool:
        shown = window.screen().grabWindow(window.winId()).toImage()
        return shown == fresh(window).convertToFormat(shown.format())

    qtbot.waitUntil(fresh_on_screen, timeout=2000)


def test_a_tab_shown_again_unchanged_is_painted_in_one_piece(qtbot: QtBot, window: MainWindow) -> None:
    """The whole tab comes from its picture: none of its widgets paints, and the screen is the
    tab as it would be drawn afresh."""
    tab = _kept_tab(qtbot, window, 2)
    assert tab.page_picture is not None and tab.table is not None and tab.table.reshow is not None
    visit(qtbot, window, 0)
    reused, table_reused = tab.page_picture.kept.reused, tab.table.reshow.reused
    visit(qtbot, window, 2)
    assert tab.page_picture.kept.reused == reused + 1
    assert tab.table.reshow.reused == table_reused  # its cells did not even paint from theirs
    _screen_settles_to_a_fresh_render(qtbot, window)
    picture = tab.page_picture.kept.picture
    assert picture is not None and picture.size() == tab.size()


def _select_on_arrival(window: MainWindow, tab: SectionTab) -> None:
    window.tabs.setCurrentIndex(window.tabs.indexOf(tab))
    tab.select_figures([tab.cards[0].figure.id])  # before it paints, as a sentence click does


def _theme(window: MainWindow, tab: SectionTab) -> None:
    window.theme_actions["dark"].trigger()


def _scroll(window: MainWindow, tab: SectionTab) -> None:
    tab.verticalScrollBar().setValue(tab.verticalScrollBar().maximum())


def _resize(window: MainWindow, tab: SectionTab) -> None:
    window.resize(1100, 760)


def _sort(window: MainWindow, tab: SectionTab) -> None:
    assert tab.table is not None
    tab.table.sortByColumn(tab.table.model().columnCount() - 1, Qt.SortOrder.DescendingOrder)


def _font(window: MainWindow, tab: SectionTab) -> None:
    font = tab.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    tab.setFont(font)


def _heading_colour(window: MainWindow, tab: SectionTab) -> None:
    palette = tab.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#c0392b"))  # the headings' text
    tab.setPalette(palette)


@pytest.mark.parametrize(
    "change", [_select_on_arrival, _theme, _scroll, _resize, _sort, _font, _heading_colour], ids=lambda f: f.__name__
)
def test_a_tab_changed_while_hidden_is_painted_afresh(qtbot: QtBot, window: MainWindow, change) -> None:  # type: ignore[no-untyped-def]
    """Changed while hidden, or after being shown and before it painted: the tab's picture is
    not used, and what shows is the new state."""
    tab = _kept_tab(qtbot, window, 2)
    assert tab.page_picture is not None
    old = tab.page_picture.kept.picture
    assert old is not None
    visit(qtbot, window, 0)
    QApplication.processEvents()
    reused = tab.page_picture.kept.reused
    change(window, tab)
    visit(qtbot, window, 2)
    assert tab.page_picture.kept.reused == reused
    _screen_settles_to_a_fresh_render(qtbot, window)
    assert fresh(tab).convertToFormat(old.format()) != old  # the change shows on the tab


def test_a_tab_shown_again_under_the_pointer_is_painted_widget_by_widget(qtbot: QtBot, window: MainWindow) -> None:
    """Under the pointer a widget may show what Qt keeps to itself (a highlighted row): the
    tab's picture is neither used nor taken then."""
    tab = _kept_tab(qtbot, window, 2)
    assert tab.page_picture is not None
    visit(qtbot, window, 0)
    QTest.mouseMove(window, tab.mapTo(window, QPoint(200, 300)))
    reused = tab.page_picture.kept.reused
    visit(qtbot, window, 2)
    assert tab.underMouse()
    assert tab.page_picture.kept.reused == reused
    QApplication.processEvents()
    assert tab.page_picture.kept.picture is None
    _screen_settles_to_a_fresh_render(qtbot, window)


def test_a_tab_is_painted_from_its_picture_only_with_focus_where_it_was(qtbot: QtBot, window: MainWindow) -> None:
    """Focus leaves a tab's widget when the tab is left and comes back to it when the tab is shown
    again: the picture (focus frame and all) serves. Focus left elsewhere: painted without it."""
    tab = _kept_tab(qtbot, window, 2)
    assert tab.page_picture is not None
    card, page = tab.cards[1], tab.page_picture.kept
    copies = page.copies
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: page.copies > copies)  # repainted with its focus frame, and kept
    visit(qtbot, window, 0)
    assert not card.hasFocus()
    reused = page.reused
    visit(qtbot, window, 2)
    assert card.hasFocus()
    assert page.reused == reused + 1
    _screen_settles_to_a_fresh_render(qtbot, window)
    visit(qtbot, window, 0)
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)  # then to the tab by keyboard
    visit(qtbot, window, 2)
    assert not card.hasFocus()
    assert page.reused == reused + 1
    _screen_settles_to_a_fresh_render(qtbot, window)


def test_a_tab_built_while_idle_is_painted_on_its_first_visit_from_a_picture_drawn_unseen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The window builds its other tabs while idle and draws each, unseen, as it will show: the
    first click on a tab paints that picture, and it is the tab as drawn afresh."""
    shown = _kept_tab(qtbot, window, 0)
    assert shown.page_picture is not None
    copies = shown.page_picture.kept.copies
    window.build_tabs_when_idle(0)
    qtbot.waitUntil(lambda: all(t.built for t in window.section_tabs()), timeout=5000)
    QApplication.processEvents()
    # Drawing the hidden tabs did not make the tab shown paint again (Qt lays out around a
    # hidden widget it draws): it keeps the picture it had.
    assert shown.page_picture.kept.copies == copies and shown.page_picture.kept.picture is not None
    for index in (1, 2, 3, 0):
        tab = window.section_tabs()[index]
        assert tab.page_picture is not None and tab.page_picture.kept.reused == 0
        visit(qtbot, window, index)
        assert tab.page_picture.kept.reused == 1
        _screen_settles_to_a_fresh_render(qtbot, window)


@pytest.mark.parametrize("change", [_resize, _theme], ids=lambda f: f.__name__)
def test_a_hidden_tab_draws_its_picture_again_once_the_window_is_idle(qtbot: QtBot, window: MainWindow, change) -> None:  # type: ignore[no-untyped-def]
    """After a resize or a new theme, a hidden tab's picture is out of date; once the window has
    been idle a moment, the tab draws it again unseen, and its next visit paints from it."""
    tab = _kept_tab(qtbot, window, 2)
    assert tab.page_picture is not None
    visit(qtbot, window, 0)
    qtbot.waitUntil(lambda: not window._unseen_timer.isActive(), timeout=5000)  # nothing pending
    page = tab.page_picture.kept
    copies, reused = page.copies, page.reused
    change(window, tab)
    qtbot.waitUntil(lambda: page.copies > copies, timeout=5000)
    visit(qtbot, window, 2)
    assert page.reused == reused + 1
    _screen_settles_to_a_fresh_render(qtbot, window)


def test_a_window_not_yet_shown_draws_no_tab_unseen(qtbot: QtBot, pack: DataPack) -> None:
    """Before the window has been shown there is nothing to draw like (no backing store): the
    idle drawing finds no tab to draw and stops, rather than asking again at every turn."""
    window = MainWindow(pack)
    qtbot.addWidget(window)
    for tab in window.section_tabs():
        tab.ensure_built()
    window._draw_unseen_tabs()
    assert not window._unseen_timer.isActive()
    assert all(t.page_picture is None or t.page_picture.kept.picture is None for t in window.section_tabs())

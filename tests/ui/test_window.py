"""The window: four tabs of cards, charts, a table and facts, every mark traced to its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import SPAM_FRAGMENTS
from tests.ui.helpers import all_chart_views, hover, visit, widget_texts
from ui.app import create_window
from ui.chart_view import BarPlot, TimelinePlot
from ui.main_window import MainWindow
from ui.repaint_cache import Reshown, drawn_afresh
from viewer.pack import DataPack


def test_create_window_returns_the_window_unshown(qtbot: QtBot) -> None:
    window = create_window()
    qtbot.addWidget(window)
    assert not window.isVisible()
    assert window.windowTitle() == "Shanghai Tech Hub Viewer — Shanghai, China's fastest-growing tech hub"


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
    assert cards["tech_workforce"].value_text == "1.2 M"
    assert cards["coverage_5g"].value_text == "98 %"
    assert cards["smic_process_node"].status_text == "Disputed"
    assert cards["fudan_nominees"].status_text == "Unverifiable"
    assert "Shanghai's tech workforce" in cards["tech_workforce"].label_text


def test_every_tab_has_at_least_two_charts_with_titles_and_source(qtbot: QtBot, window: MainWindow) -> None:
    for i in range(4):
        tab = visit(qtbot, window, i)
        assert len(tab.charts) >= 2
        for view in tab.charts:
            assert view.title_text and view.subtitle_text
            assert (
                view.source_text == "Source: Shanghai emerges as China's fastest-growing technology hub (news article)"
            )


def test_bar_lengths_equal_the_pack_figures(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    checked = 0
    for view in all_chart_views(qtbot, window):
        spec = view.data.spec
        if not isinstance(view.plot, BarPlot):
            continue
        lengths = view.plot.bar_lengths()
        values = [pack.figure(f).value for f in spec.figure_ids]
        if spec.kind == "bar":
            assert lengths == pytest.approx(values)
        elif spec.kind == "share" and len(values) == 2:
            assert lengths == pytest.approx([values[0], values[1] - values[0]])
        elif spec.kind == "share":
            assert lengths == pytest.approx([values[0], 100 - values[0]])
        elif spec.kind == "index":
            assert lengths == pytest.approx([100, 100 + values[0]])
        checked += 1
    assert checked == 9


def test_value_labels_sit_on_the_bars(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 0)
    plot = next(v.plot for v in tab.charts if v.chart_id == "unicorn_share")
    assert isinstance(plot, BarPlot)
    assert [t.strip() for t in plot.texts("value")] == ["43 (26 %)", "121 (74 %)"]
    sectors = visit(qtbot, window, 1)
    node = next(v.plot for v in sectors.charts if v.chart_id == "smic_process_node")
    assert isinstance(node, BarPlot)
    assert [t.strip() for t in node.texts("value")] == ["3 nm · disputed"]


def test_axis_labels_carry_units(qtbot: QtBot, window: MainWindow) -> None:
    views = {v.chart_id: v for v in all_chart_views(qtbot, window)}
    for chart_id, unit in (("smic_fab_scale", "¥ billion"), ("policy_measures", "%"), ("apartment_price", "¥ per m²")):
        plot = views[chart_id].plot
        assert isinstance(plot, BarPlot)
        assert plot.texts("axis") == [unit]
    fab = views["smic_fab_scale"].plot
    assert isinstance(fab, BarPlot)
    assert fab.texts("tick")[:3] == ["0", "200", "400"]  # ¥ billion, not 0, 2e11, 4e11


def test_hovering_a_bar_tells_label_exact_value_year_and_quote(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 1)
    view = next(v for v in tab.charts if v.chart_id == "smic_fab_scale")
    hover(qtbot, view.plot, 0)
    qtbot.waitUntil(lambda: "¥387,000,000,000" in QToolTip.text())
    text = QToolTip.text()
    assert "Tech investment attracted by Shanghai" in text
    assert "Year: 2024" in text
    assert "attracting ¥387 billion in tech investments during 2024 alone" in text


def test_a_click_selects_the_bar_it_began_and_ended_on(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 1)
    view = next(v for v in tab.charts if v.chart_id == "smic_fab_scale")
    plot, surface = view.plot, view.plot.surface()
    clicked: list[str] = []
    view.figure_clicked.connect(clicked.append)
    qtbot.mouseClick(surface, Qt.MouseButton.LeftButton, pos=plot.mark_point(1))
    assert clicked == [plot.figure_at(1)]
    # Pressed on one bar and let go on another: no click, as with a button.
    qtbot.mousePress(surface, Qt.MouseButton.LeftButton, pos=plot.mark_point(0))
    qtbot.mouseRelease(surface, Qt.MouseButton.LeftButton, pos=plot.mark_point(1))
    assert clicked == [plot.figure_at(1)]


def test_hovering_a_derived_bar_says_how_it_was_computed(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 0)
    view = next(v for v in tab.charts if v.chart_id == "unicorn_share")
    hover(qtbot, view.plot, 1)
    qtbot.waitUntil(lambda: "Rest of China" in QToolTip.text())
    assert "Derived by the chart from" in QToolTip.text()
    assert "164" in QToolTip.text()


def test_timeline_shows_dated_events_with_status_in_words(qtbot: QtBot, window: MainWindow) -> None:
    view = next(v for v in visit(qtbot, window, 0).charts if v.chart_id == "milestones")
    assert isinstance(view.plot, TimelinePlot)
    assert view.plot.texts("year") == ["2020", "2022", "2023", "2024", "2025", "2026"]
    labels = view.plot.texts("event")
    assert labels[-1] == "Shanghai to surpass Beijing in AI investment (forecast)"


def test_qualitative_facts_are_listed(qtbot: QtBot, window: MainWindow) -> None:
    facts = visit(qtbot, window, 0).facts
    assert facts is not None
    texts = [facts.item(i).text() for i in range(facts.count())]
    assert "• Policy: fast-track visas for foreign tech experts" in texts
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
    copied = QApplication.clipboard().text()
    assert copied.split("\t")[:4] == ["Shanghai's tech workforce", "1,200,000", "people", ""]
    assert copied.endswith("The city's tech workforce now exceeds 1.2 million")


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
    assert [model.figure_id(r) for r in range(model.rowCount())] == [f.id for f in pack.section_figures("education")]


def _text_rows(image: QImage, top: int, bottom: int, left: int, right: int) -> list[int]:
    """Rows of an image strip holding dark (text) pixels on the light frame."""
    return [
        y
        for y in range(max(top, 0), min(bottom, image.height()))
        if any(QColor(image.pixel(x, y)).lightness() < 140 for x in range(left, right))
    ]


@pytest.mark.parametrize("width", [1280, 700])
def test_a_chart_frame_writes_its_title_and_source_around_the_plot(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    """The frame draws its texts itself: the title above the plot and the source below it,
    wrapped to the width, with the plot moved down (not drawn over them) when a title wraps."""
    window.resize(width, 860)
    header_heights = {}
    for view in all_chart_views(qtbot, window):
        image = view.grab().toImage()
        plot = view.plot.geometry()
        header = _text_rows(image, 0, plot.top(), 12, view.menu_button.x() - 6)
        footer = _text_rows(image, plot.bottom() + 1, view.height(), 12, view.width() - 12)
        assert header and header[0] >= 10 and header[-1] < plot.top()  # title (and subtitle) drawn
        assert footer and footer[-1] < view.height() - 8  # source drawn, inside the frame
        header_heights[view.chart_id] = plot.top()
    if width == 700:  # two columns of about 330 px: long titles wrap and push their plot down
        assert max(header_heights.values()) > min(header_heights.values())


def test_a_chart_frame_makes_room_when_its_font_grows(qtbot: QtBot, window: MainWindow) -> None:
    view = window.current_tab().charts[0]
    top, footer = view.plot.y(), view.height() - view.plot.geometry().bottom()
    font = view.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 2)
    else:
        font.setPixelSize(font.pixelSize() * 2)
    view.setFont(font)
    QApplication.processEvents()
    assert view.plot.y() > top  # a taller subtitle above
    assert view.height() - view.plot.geometry().bottom() > footer  # a taller source line below


def test_a_long_series_is_downsampled_and_clipped(qtbot: QtBot) -> None:
    from ui.chart_view import LinePlot
    from viewer.charts import Bar, ChartData, ChartSpec

    n = 20_000
    bars = tuple(Bar(f"P{i}", float(i % 97), str(i % 97), None, "reported", ()) for i in range(n))
    spec = ChartSpec("long", "s", "line", "Long", "", ())
    data = ChartData(
        spec, "people", "people", 1.0, bars, (), (), "Source: x", "d", tuple(float(i) for i in range(n)), "x"
    )
    plot = LinePlot(data, {})
    qtbot.addWidget(plot)
    plot.resize(800, plot.preferred_height())
    plot.show()
    qtbot.waitExposed(plot)
    assert plot.curve.opts["autoDownsample"] and plot.curve.opts["clipToView"]
    assert not plot.markers  # too many points to mark one by one
    drawn = plot.curve.curve.getData()[0]
    assert len(drawn) < n / 3  # thinned to about two points (min and max) per pixel column


def test_what_is_on_screen_after_each_click_is_the_whole_new_state(qtbot: QtBot, window: MainWindow) -> None:
    """Tab switches paint once, from kept pictures where nothing changed (charts, cards, tables);
    what reaches the screen must still come to be exactly the window drawn afresh, after
    switching, recolouring, selecting and opening another pack (stale pixels never would)."""

    def on_screen_matches_a_fresh_render() -> bool:
        shown = window.screen().grabWindow(window.winId()).toImage()
        with drawn_afresh():  # the reference: every widget painted from scratch
            return shown == window.grab().toImage().convertToFormat(shown.format())

    def settles() -> None:
        qtbot.waitUntil(on_screen_matches_a_fresh_render, timeout=2000)

    for index in (1, 2, 3, 0, 2):
        visit(qtbot, window, index)
        settles()
    window.theme_actions["dark"].trigger()
    settles()
    visit(qtbot, window, 1)
    window.current_tab().select_figures(["smic_fab_cost"])
    settles()
    visit(qtbot, window, 0)
    visit(qtbot, window, 1)
    settles()
    for index in (2, 0, 2, 0):  # Education's table is kept
        visit(qtbot, window, index)
    kept = [w.reshow for w in window.findChildren(QWidget) if isinstance(w, Reshown) and w.reshow is not None]
    reused = sum(cache.reused for cache in kept)
    assert reused > 0  # some of the checks above were made on kept pictures, not only fresh paints
    # A sentence clicked in the article: its tab is shown and its row selected before it paints.
    window._on_sentence_clicked(["fudan_nominees"])
    assert window.tabs.currentIndex() == 2
    settles()
    assert window.open_pack(Path(__file__).parents[1] / "packs" / "minimal")
    settles()

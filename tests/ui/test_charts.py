"""Charts as a reader sees them: pyqtgraph items drawing the pack's values, axes that read at any
width, shares as one bar, a proportional timeline, hover, click, zoom and selection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click, hover, visit
from ui.app import create_application
from ui.charts.axes import CategoryAxis, ValueAxis
from ui.charts.figure import ChartFigure
from ui.charts.items import BarsItem, BigNumber, LineItem, TimelineItem, value_text
from ui.charts.view import ChartView
from ui.main_window import MainWindow
from viewer.charts import Bar, ChartData
from viewer.model import ChartSpec
from viewer.pack import DataPack, load_pack

PACKS = Path(__file__).resolve().parents[1] / "packs"


@pytest.fixture(autouse=True)
def _app() -> None:
    create_application()


def _views(qtbot: QtBot, pack: DataPack, width: int = 560) -> Iterator[ChartView]:
    for spec in pack.charts:
        view = ChartView(pack.chart_data(spec.id), pack.by_id)
        qtbot.addWidget(view)
        view.resize(width, view.heightForWidth(width))
        view.show()
        qtbot.waitExposed(view)
        QApplication.processEvents()
        yield view


def _drawn_length(view: ChartView, marks: BarsItem, index: int) -> float:
    """The value a bar stands for, read back from its length on screen and the axis's range."""
    vb = view.figure.plot.vb  # type: ignore[union-attr]
    lo, hi = vb.viewRange()[0]
    bar = marks.sceneTransform().mapRect(marks.rect(index))  # scene pixels: the view draws them 1:1
    return bar.width() / vb.sceneBoundingRect().width() * (hi - lo)


@pytest.mark.parametrize("pack_dir", [None, PACKS / "every_kind"], ids=["bundled", "every_kind"])
def test_every_chart_is_pyqtgraph_items_drawing_the_packs_values(qtbot: QtBot, pack_dir: Path | None) -> None:
    pack = load_pack(pack_dir)
    kinds = set()
    for view in _views(qtbot, pack):
        data, figure, marks = view.data, view.figure, view.figure.marks
        kinds.add(data.kind)
        assert isinstance(view, pg.GraphicsView) and figure.scene() is view.scene()
        assert marks.scene() is view.scene()
        assert isinstance(marks, pg.GraphicsObject | pg.GraphicsWidget)
        if data.kind in ("bar", "share", "index"):
            assert isinstance(marks, BarsItem) and marks.getViewBox() is figure.plot.vb  # type: ignore[union-attr]
            for i, bar in enumerate(data.bars):
                drawn = _drawn_length(view, marks, i)
                assert drawn == pytest.approx(abs(bar.span[1] - bar.span[0]), rel=0.02, abs=0.6), (data.spec.id, i)
            assert marks.texts()[: len(data.bars)] == [
                (f"{b.label}  {value_text(b)}" if data.kind == "share" else value_text(b)) for b in data.bars
            ]
        elif data.kind == "timeline":
            assert isinstance(marks, TimelineItem)
            assert [e.year for e in data.events] == sorted(e.year for e in data.events)
        elif data.kind == "line":
            assert isinstance(marks, LineItem)
            assert list(marks.ys) == [b.value for b in data.bars] and list(marks.xs) == list(data.xs)
            assert marks.drawn_points == len(data.bars)  # a short series: every point drawn
        else:
            assert isinstance(marks, BigNumber) and data.kind == "number"
            assert marks.texts()[0] == data.bars[0].text
    if pack_dir is not None:
        assert kinds == {"bar", "share", "index", "timeline", "line", "number"}


def test_value_labels_and_units_read_as_the_article_writes(qtbot: QtBot, pack: DataPack) -> None:
    views = {v.chart_id: v for v in _views(qtbot, pack)}
    assert views["unicorn_share"].figure.marks.texts() == ["Shanghai  43 (26 %)", "Rest of China  121 (74 %)"]
    # One precision for a chart's labels: never 0.67 % beside 99.3 %.
    assert views["sjtu_places"].figure.marks.texts() == [
        "Applicants given a place  120 (0.7 %)",
        "Applicants without a place  17,880 (99.3 %)",
    ]
    assert views["smic_fab_scale"].figure.marks.texts() == ["¥387 bn", "¥65 bn"]
    assert views["smic_fab_scale"].figure.tick_texts()[:3] == ["0", "¥100 bn", "¥200 bn"]
    assert views["salary_index"].figure.marks.texts() == ["100", "147 (+47 %)"]


def test_a_share_is_one_bar_of_two_slices_that_make_100(qtbot: QtBot, pack: DataPack) -> None:
    for chart_id in ("unicorn_share", "patent_share", "sjtu_places"):
        view = next(v for v in _views(qtbot, pack) if v.chart_id == chart_id)
        marks = view.figure.marks
        assert isinstance(marks, BarsItem)
        part, rest = marks.rect(0), marks.rect(1)
        assert part.center().y() == rest.center().y()  # one row
        assert part.left() == 0 and part.right() == pytest.approx(rest.left()) and rest.right() == 100
        assert view.figure.plot.vb.viewRange()[0] == [0.0, 100.0]  # type: ignore[union-attr]


def test_axes_follow_the_data_and_percent_axes_stop_at_100(qtbot: QtBot, pack: DataPack) -> None:
    views = {v.chart_id: v for v in _views(qtbot, pack)}
    ranges = {cid: v.figure.plot.vb.viewRange()[0] for cid, v in views.items() if v.figure.plot is not None}
    assert ranges["policy_measures"] == [0.0, 100.0]  # 50 % and 98 %: not 150
    assert ranges["smic_fab_scale"] == [0.0, 400e9]  # ¥387 bn: the next round tick
    assert ranges["salary_index"] == [0.0, 150.0]
    assert views["policy_measures"].figure.tick_texts()[-1] == "100 %"
    assert views["salary_index"].figure.tick_texts()[-1] == "150"  # the axis ends on a labelled tick


@pytest.mark.parametrize("width", [320, 800, 2560])
def test_at_any_width_three_ticks_unclipped_titles_and_wrapped_labels(qtbot: QtBot, width: int) -> None:
    for pack in (load_pack(), load_pack(PACKS / "every_kind")):
        for view in _views(qtbot, pack, width):
            figure = view.figure
            if figure.plot is None:
                continue
            for name in ("bottom", "left"):
                axis = figure.plot.getAxis(name)
                if isinstance(axis, ValueAxis) and axis.isVisible():
                    assert 3 <= len(figure.tick_texts(name)) <= 7, (view.chart_id, name, width)
                if axis.isVisible() and axis.labelText:
                    label = axis.label.boundingRect()
                    length = axis.size().width() if name == "bottom" else axis.size().height()
                    assert label.width() <= length, (view.chart_id, axis.labelText)  # never cut at both ends
                if isinstance(figure.marks, BarsItem):  # value labels inside the plot: never cut
                    plot = view.mapFromScene(figure.plot.vb.sceneBoundingRect()).boundingRect()
                    for rect in figure.marks.label_rects:
                        label = rect.toAlignedRect()
                        assert plot.adjusted(-1, -1, 1, 1).contains(label), (view.chart_id, width)
                if isinstance(axis, CategoryAxis) and axis.isVisible():
                    metrics = QFontMetricsF(axis.style["tickFont"])
                    lines = [line for text in axis.wrapped for line in text.split("\n")]
                    assert all(metrics.horizontalAdvance(line) <= axis.width() for line in lines)
                    assert "".join(lines).replace(" ", "") == "".join(axis.labels).replace(" ", "")  # no word lost


def test_no_axis_title_repeats_the_subtitle(qtbot: QtBot, pack: DataPack) -> None:
    for view in _views(qtbot, pack):
        if view.figure.plot is None:
            continue
        for axis in view.figure.plot.axes.values():
            words = axis.labelText.lower().split()
            assert not words or not all(w in view.data.spec.subtitle.lower() for w in words)


def test_a_chart_of_one_figure_is_a_big_number_not_a_lone_bar(qtbot: QtBot, pack: DataPack) -> None:
    views = {v.chart_id: v for v in _views(qtbot, pack)}
    node = views["smic_process_node"].figure
    assert node.plot is None and isinstance(node.marks, BigNumber)
    assert node.marks.texts() == ["3 nm", "SMIC's new plant (claimed) · disputed"]
    assert isinstance(views["apartment_price"].figure.marks, BigNumber)


def test_the_timeline_spaces_years_in_proportion(qtbot: QtBot, pack: DataPack) -> None:
    view = next(v for v in _views(qtbot, pack) if v.chart_id == "milestones")
    vb = view.figure.plot.vb  # type: ignore[union-attr]
    y = {year: vb.mapViewToScene(QPointF(0, year)).y() for year in (2020, 2022, 2023)}
    assert y[2022] - y[2020] == pytest.approx(2 * (y[2023] - y[2022]))
    marks = view.figure.marks
    assert isinstance(marks, TimelineItem)
    assert marks.texts()[0] == "Start of the article's count of tech firms' R&D centres in Zhangjiang"
    assert marks.texts()[-1] == "Shanghai to surpass Beijing in AI investment (forecast)"
    assert view.figure.legend is not None and view.figure.legend.entries() == ["Reported", "Unverifiable", "Forecast"]


def test_a_disputed_bar_is_hatched_outlined_said_and_in_the_legend(qtbot: QtBot) -> None:
    pack = load_pack(PACKS / "every_kind")
    view = next(v for v in _views(qtbot, pack) if v.chart_id == "jobs")
    marks = view.figure.marks
    assert isinstance(marks, BarsItem)
    brush, pen = marks.fill(1)
    assert brush.style() == Qt.BrushStyle.TexturePattern  # hatched, not a flat colour
    assert pen.style() != Qt.PenStyle.NoPen  # and outlined
    assert marks.fill(0)[0].style() == Qt.BrushStyle.SolidPattern
    assert marks.texts() == ["≈ 54,000", "21,000 · disputed", "8,500"]  # "about 54,000": a sign on a chart
    assert view.figure.legend is not None and view.figure.legend.entries() == ["Reported", "Disputed (hatched)"]
    assert view.figure.caveats.text.splitlines() == [
        "The three employers' counts may overlap.",
        "“People employed by the shipyards” is disputed. A union count gives 15,000.",
    ]


def test_caveats_are_whole_sentences(pack: DataPack) -> None:
    for spec in pack.charts:
        for caveat in pack.chart_data(spec.id).caveats:
            assert caveat[0].isupper() or caveat[0] == "“", caveat
            assert caveat.endswith("."), caveat
    node = pack.chart_data("smic_process_node").caveats
    assert node[0].startswith("“Process node of chips SMIC's new plant mass-produces” is disputed. Public reporting")


def test_hovering_a_bar_tells_label_exact_value_year_and_quote(qtbot: QtBot, window: MainWindow) -> None:
    view = next(v for v in visit(qtbot, window, 1).charts if v.chart_id == "smic_fab_scale")
    hover(qtbot, view, 0)
    marks = view.figure.marks
    qtbot.waitUntil(lambda: "¥387,000,000,000" in marks.last_tooltip)
    assert "Tech investment attracted by Shanghai" in marks.last_tooltip
    assert "Year: 2024" in marks.last_tooltip
    assert "attracting ¥387 billion in tech investments during 2024 alone" in marks.last_tooltip
    assert "¥387,000,000,000" in marks.toolTip()  # what Qt shows after the hover delay


def test_hovering_a_derived_bar_says_how_it_was_computed(qtbot: QtBot, window: MainWindow) -> None:
    view = next(v for v in visit(qtbot, window, 0).charts if v.chart_id == "unicorn_share")
    hover(qtbot, view, 1)
    marks = view.figure.marks
    qtbot.waitUntil(lambda: "Rest of China" in marks.last_tooltip)
    assert "Derived by the chart from" in marks.last_tooltip and "164" in marks.last_tooltip


def _send_mouse(view: ChartView, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton) -> None:
    """A mouse event with the left button held, as a real mouse sends while dragging or double-clicking."""
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        button,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_click_selects_the_bar_under_it_and_a_drag_does_not(qtbot: QtBot, window: MainWindow) -> None:
    view = next(v for v in visit(qtbot, window, 1).charts if v.chart_id == "smic_fab_scale")
    clicked: list[str] = []
    view.figure_clicked.connect(clicked.append)
    click(qtbot, view, 1)
    assert clicked == ["smic_fab_cost"]
    # Pressed on one bar and dragged to the other: a drag, not a click.
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mark_point(0))
    qtbot.wait(40)  # pyqtgraph's scene takes mouse moves at most 60 times a second
    _send_mouse(view, QEvent.Type.MouseMove, view.mark_point(1), Qt.MouseButton.NoButton)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mark_point(1))
    assert clicked == ["smic_fab_cost"]
    # A figure selected in the window is outlined on its own bar only, not on the bar derived from it.
    window.selection.set(["unicorns_shanghai"])
    share = next(v for v in visit(qtbot, window, 0).charts if v.chart_id == "unicorn_share").figure.marks
    assert isinstance(share, BarsItem)
    assert share.fill(0)[1].color().name() == window.theme.text.lower()
    assert share.fill(1)[1].style() == Qt.PenStyle.NoPen  # the derived rest is not outlined


def test_clicking_a_timeline_event_selects_its_figure(qtbot: QtBot, window: MainWindow) -> None:
    view = next(v for v in visit(qtbot, window, 0).charts if v.chart_id == "milestones")
    clicked: list[str] = []
    view.figure_clicked.connect(clicked.append)
    click(qtbot, view, 5)
    assert clicked == ["forecast_beijing_2026"]


def _wheel(view: ChartView, pos: QPoint, delta: int) -> None:
    point = QPointF(pos)
    event = QWheelEvent(
        point,
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def _double_click(qtbot: QtBot, view: ChartView, pos: QPoint) -> None:
    """Press, release, press again (a double-click event) and release, as a mouse sends them."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    _send_mouse(view, QEvent.Type.MouseButtonDblClick, pos, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_line_and_timeline_zoom_and_come_back_bars_stay_fixed(qtbot: QtBot) -> None:
    pack = load_pack(PACKS / "every_kind")
    views = {v.chart_id: v for v in _views(qtbot, pack)}
    for chart_id in ("containers", "milestones"):
        view = views[chart_id]
        vb = view.figure.plot.vb  # type: ignore[union-attr]
        home = vb.viewRange()
        centre = view.mapFromScene(vb.sceneBoundingRect().center())
        _wheel(view, centre, 240)
        assert vb.viewRange() != home, chart_id
        _double_click(qtbot, view, centre)
        assert np.allclose(vb.viewRange(), home), chart_id
    jobs = views["jobs"]
    vb = jobs.figure.plot.vb  # type: ignore[union-attr]
    home = vb.viewRange()
    _wheel(jobs, jobs.mapFromScene(vb.sceneBoundingRect().center()), 240)
    assert vb.viewRange() == home


def test_a_long_series_is_downsampled_and_clipped(qtbot: QtBot) -> None:
    n = 20_000
    bars = tuple(Bar(f"P{i}", float(i % 97), str(i % 97), None, "reported", ()) for i in range(n))
    spec = ChartSpec("long", "s", "line", "Long", "", ())
    data = ChartData(
        spec, "people", "", 1.0, bars, (), (), "Source: x", "d", (0.0, 100.0), None, tuple(float(i) for i in range(n))
    )
    view = ChartView(data, {})
    qtbot.addWidget(view)
    view.resize(800, view.heightForWidth(800))
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    line = view.figure.marks
    assert isinstance(line, LineItem) and not line.marked  # too many points to mark one by one
    plot_px = view.figure.plot.vb.width()  # type: ignore[union-attr]
    assert line.drawn_points <= 2 * plot_px + 2  # the lowest and highest of each pixel column
    _, y = line.visible(0, n - 1, int(plot_px))
    assert y.max() == 96 and y.min() == 0  # no peak lost
    vb = view.figure.plot.vb  # type: ignore[union-attr]
    vb.setXRange(1000, 1100, padding=0)
    QApplication.processEvents()
    assert line.drawn_points == 103  # zoomed in: the points in view and one beyond each end


def test_the_figure_is_the_same_drawing_off_screen(pack: DataPack) -> None:
    """An export builds the window's own figure in a scene of its own."""
    figure = ChartFigure(pack.chart_data("smic_fab_scale"), pack.by_id)
    scene = pg.GraphicsScene()
    scene.addItem(figure)
    figure.resize(600, figure.height_for_width(600))
    figure.lay_out()
    assert figure.tick_texts()[:3] == ["0", "¥100 bn", "¥200 bn"]
    assert figure.plot is not None and figure.plot.vb.sceneBoundingRect().width() > 300


def test_selecting_three_table_rows_lights_their_cards_and_bars(qtbot: QtBot, window: MainWindow) -> None:
    """The selection is held once by the window; cards, charts and the table follow it."""
    tab = visit(qtbot, window, 0)
    table = tab.table
    assert table is not None
    model = table.table_model()
    ids = ["unicorns_shanghai", "tax_break_ai", "coverage_5g"]
    table.setFocus()
    for i, fid in enumerate(ids):
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        rect = table.visualRect(model.index(model.row_of(fid), 0))  # type: ignore[arg-type]
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert window.selection.ids == frozenset(ids)
    assert {c.figure.id for c in tab.cards if c.selected} == set(ids)
    policy = next(v for v in tab.charts if v.chart_id == "policy_measures").figure.marks
    assert isinstance(policy, BarsItem)
    assert all(policy.fill(i)[1].style() != Qt.PenStyle.NoPen for i in range(2))  # both bars outlined
    # Clicking a bar selects its figure alone, everywhere.
    click(qtbot, next(v for v in tab.charts if v.chart_id == "policy_measures"), 1)
    assert window.selection.ids == {"coverage_5g"}
    assert {c.figure.id for c in tab.cards if c.selected} == {"coverage_5g"}
    selected_rows = {model.figure_id(i.row()) for i in table.selectionModel().selectedRows()}
    assert selected_rows == {"coverage_5g"}

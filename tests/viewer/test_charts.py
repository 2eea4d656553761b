"""Chart kinds do their own arithmetic: the pack holds what the article says, charts derive the rest."""

from __future__ import annotations

from viewer.charts import ChartSpec, build_chart, chart_problems
from viewer.pack import DataPack, Figure


def _fig(fid: str, value: float | None, unit: str = "%", year: int | None = None, status: str = "reported") -> Figure:
    return Figure(fid, "s", fid.title(), value, unit, year, "q", status, "")


def test_share_of_two_counts_draws_the_rest_and_labels_the_share(pack: DataPack) -> None:
    data = pack.chart_data("unicorn_share")
    assert [(b.label, b.value) for b in data.bars] == [("Shanghai", 43), ("Rest of China", 121)]
    assert data.bars[0].text == "43 (26 %)"
    assert data.bars[1].derived and data.bars[1].sources == ("unicorns_shanghai", "unicorns_china")


def test_share_of_one_percentage(pack: DataPack) -> None:
    data = pack.chart_data("patent_share")
    assert [(b.value, b.text) for b in data.bars] == [(36, "36 %"), (64, "64 %")]


def test_index_sets_the_reference_to_100(pack: DataPack) -> None:
    data = pack.chart_data("salary_index")
    assert [(b.label, b.value, b.text) for b in data.bars] == [
        ("National median salary", 100, "100"),
        ("Average tech salary in Shanghai", 147, "147 (+47 %)"),
    ]
    assert pack.chart_data("ip_disputes_index").bars[1].value == 128


def test_bar_chart_scales_its_axis_and_keeps_exact_values(pack: DataPack) -> None:
    data = pack.chart_data("smic_fab_scale")
    assert [b.value for b in data.bars] == [387e9, 65e9]
    assert [b.text for b in data.bars] == ["¥387 bn", "¥65 bn"]
    assert (data.axis_factor, data.axis_label) == (1e9, "¥ billion")


def test_timeline_orders_events_by_year(pack: DataPack) -> None:
    data = pack.chart_data("milestones")
    assert [e.year for e in data.events] == [2020, 2022, 2023, 2024, 2025, 2026]
    assert data.events[-1].status == "forecast"
    assert data.events[3].text == "¥387 bn"


def test_doubtful_figures_bring_their_caveat(pack: DataPack) -> None:
    data = pack.chart_data("smic_process_node")
    assert any(c.startswith("Disputed:") and "7 nm" in c for c in data.caveats)
    assert data.statuses == ("disputed",)


def test_alt_text_names_the_values(pack: DataPack) -> None:
    assert pack.chart_data("unicorn_share").description == (
        "Share chart, Shanghai's share of China's unicorn start-ups: "
        "Shanghai, 43 of 164 firms (26 %); Rest of China, 121."
    )
    assert "3 nm (disputed)" in pack.chart_data("smic_process_node").description


def test_charts_refuse_figures_they_cannot_draw() -> None:
    bar = ChartSpec("c", "s", "bar", "T", "", ("a", "b"))
    assert "mixed units" in chart_problems(bar, [_fig("a", 1, "%"), _fig("b", 2, "nm")])[0]
    assert "no value" in chart_problems(bar, [_fig("a", None), _fig("b", 2)])[0]
    share = ChartSpec("c", "s", "share", "T", "", ("a", "b"))
    assert "part no larger than its whole" in chart_problems(share, [_fig("a", 5, "firms"), _fig("b", 3, "firms")])[0]
    index = ChartSpec("c", "s", "index", "T", "", ("a",))
    assert chart_problems(index, [_fig("a", -100)]) == ["an index chart needs a change above −100 %"]
    timeline = ChartSpec("c", "s", "timeline", "T", "", ("a",))
    assert "need a year" in chart_problems(timeline, [_fig("a", None)])[0]


def test_negative_changes_draw_below_the_reference() -> None:
    spec = ChartSpec("c", "s", "index", "T", "", ("a",), reference_label="Before")
    data = build_chart(spec, [_fig("a", -20)], "Source: x")
    assert [b.value for b in data.bars] == [100, 80]
    assert data.bars[1].text == "80 (−20 %)"


def test_line_orders_by_year_and_describes_its_range() -> None:
    spec = ChartSpec("c", "s", "line", "Output", "", ("a", "b", "c"))
    figures = [_fig("a", 5, "nm", 2022), _fig("b", 3, "nm", 2020), _fig("c", 9, "nm", 2021)]
    data = build_chart(spec, figures, "Source: x")
    assert data.xs == (2020, 2021, 2022)
    assert [b.value for b in data.bars] == [3, 9, 5]
    assert data.x_label == "Year"
    assert data.description == "Line chart, Output: 3 points from B, 3 nm, to A, 5 nm; lowest B, 3 nm; highest C, 9 nm."
    undated = build_chart(spec, [_fig("a", 5, "nm"), _fig("b", 3, "nm"), _fig("c", 9, "nm")], "Source: x")
    assert undated.xs == (1, 2, 3) and undated.x_label == "Order in the pack"
    assert chart_problems(ChartSpec("c", "s", "line", "T", "", ("a",)), [_fig("a", 1)]) == [
        "a line chart needs at least two figures"
    ]

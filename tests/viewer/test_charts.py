"""Chart kinds do their own arithmetic: the pack holds what the article says, charts derive the rest."""

from __future__ import annotations

from viewer.charts import build_chart, chart_problems
from viewer.model import ChartSpec, Figure
from viewer.pack import DataPack


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
    # The ticks say ¥ and bn (¥200 bn), so no axis title repeats them; the range ends at a round tick.
    assert (data.axis_factor, data.axis_title, data.value_range) == (1e9, "", (0.0, 400e9))


def test_one_precision_rule_per_chart(pack: DataPack) -> None:
    assert [b.text for b in pack.chart_data("sjtu_places").bars] == ["120 (0.7 %)", "17,880 (99.3 %)"]
    spec = ChartSpec("c", "s", "bar", "T", "", ("a", "b"))
    data = build_chart(spec, [_fig("a", 387e9, "CNY"), _fig("b", 650e6, "CNY")], "Source: x")
    assert [b.text for b in data.bars] == ["¥387 bn", "¥1 bn"]  # one scale, one number of decimals
    data = build_chart(spec, [_fig("a", 38.5, "%"), _fig("b", 0.04, "%")], "Source: x")
    assert [b.text for b in data.bars] == ["38.50 %", "0.04 %"]  # no small value reads 0


def test_ranges_follow_the_data_and_per_cents_stop_at_100(pack: DataPack) -> None:
    assert pack.chart_data("policy_measures").value_range == (0.0, 100.0)
    assert pack.chart_data("salary_index").value_range == (0.0, 150.0)
    spec = ChartSpec("c", "s", "bar", "T", "", ("a", "b"))
    assert build_chart(spec, [_fig("a", -12, "%"), _fig("b", 30, "%")], "x").value_range == (-20.0, 40.0)


def test_an_axis_title_only_when_the_subtitle_does_not_say_it() -> None:
    spec = ChartSpec("c", "s", "bar", "T", "Researchers, people", ("a", "b"))
    figures = [_fig("a", 4200, "people"), _fig("b", 300, "people")]
    assert build_chart(spec, figures, "x").axis_title == ""
    other = ChartSpec("c", "s", "bar", "T", "At the two labs", ("a", "b"))
    assert build_chart(other, figures, "x").axis_title == "people"


def test_a_bar_chart_of_one_figure_is_drawn_as_a_number(pack: DataPack) -> None:
    data = pack.chart_data("apartment_price")
    assert data.kind == "number" and data.description.startswith("Figure, Apartment prices near tech hubs: ")


def test_timeline_orders_events_by_year(pack: DataPack) -> None:
    data = pack.chart_data("milestones")
    assert [e.year for e in data.events] == [2020, 2022, 2023, 2024, 2025, 2026]
    assert data.events[-1].status == "forecast"
    assert data.events[3].text == "¥387 bn"


def test_doubtful_figures_bring_their_caveat(pack: DataPack) -> None:
    data = pack.chart_data("smic_process_node")
    assert data.caveats == (
        "“Process node of chips SMIC's new plant mass-produces” is disputed. Public reporting places SMIC's most "
        "advanced volume production at 7 nm-class processes; mass production at 3 nm has not been independently "
        "confirmed.",
    )
    assert data.statuses == ("disputed",)


def test_alt_text_names_the_values(pack: DataPack) -> None:
    assert pack.chart_data("unicorn_share").description == (
        "Share chart, Shanghai's share of China's unicorn start-ups: "
        "Shanghai, 43 of 164 firms (26 %); Rest of China, 121."
    )
    assert pack.chart_data("smic_process_node").description == (
        "Figure, SMIC's new plant: the process node claimed: SMIC's new plant (claimed), 3 nm (disputed)."
    )


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
    assert data.x_title == ""  # years need no axis title
    assert data.description == "Line chart, Output: 3 points from B, 3 nm, to A, 5 nm; lowest B, 3 nm; highest C, 9 nm."
    undated = build_chart(spec, [_fig("a", 5, "nm"), _fig("b", 3, "nm"), _fig("c", 9, "nm")], "Source: x")
    assert undated.xs == (1, 2, 3) and undated.x_title == "Order in the pack"
    assert chart_problems(ChartSpec("c", "s", "line", "T", "", ("a",)), [_fig("a", 1)]) == [
        "a line chart needs at least two figures"
    ]


def test_a_bars_tooltip_gives_the_value_once_exactly(pack: DataPack) -> None:
    from viewer.details import bar_details

    part = pack.chart_data("unicorn_share").bars[0]
    text = bar_details(part, pack.by_id)
    assert text.splitlines()[:3] == ["Shanghai", "Unicorn start-ups in Shanghai", "43 firms"]
    assert text.count("43") == 2  # the exact value, and the sentence that states it

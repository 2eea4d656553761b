"""The bundled pack holds every figure of the article, and loading refuses what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SPAM_FRAGMENTS
from viewer.pack import DEFAULT_PACK, STATUSES, DataPack, PackError, load_pack

FIGURES = DEFAULT_PACK / "figures.csv"
MANIFEST = DEFAULT_PACK / "pack.json"


def test_bundled_pack_has_four_sections_in_tab_order(pack: DataPack) -> None:
    assert [s.title for s in pack.sections] == ["Overview", "Sectors", "Education", "Challenges"]
    assert pack.source.kind == "news article"


@pytest.mark.parametrize(
    ("figure_id", "value", "unit"),
    [
        ("tech_investment_2024", 387e9, "CNY"),
        ("zhangjiang_firms", 1400, "firms"),
        ("smic_fab_cost", 65e9, "CNY"),
        ("smic_process_node", 3, "nm"),
        ("sensetime_researchers", 4200, "people"),
        ("tax_break_ai", 50, "%"),
        ("coverage_5g", 98, "%"),
        ("unicorns_shanghai", 43, "firms"),
        ("unicorns_china", 164, "firms"),
        ("gene_editing_patents", 36, "%"),
        ("sjtu_applicants", 18000, "people"),
        ("sjtu_places", 120, "people"),
        ("fudan_nominees", 3, "people"),
        ("tech_workforce", 1.2e6, "people"),
        ("salary_premium", 47, "%"),
        ("ip_disputes_rise", 28, "%"),
        ("apartment_price", 150000, "CNY/m²"),
    ],
)
def test_every_number_of_the_article_is_in_the_pack(pack: DataPack, figure_id: str, value: float, unit: str) -> None:
    fig = pack.figure(figure_id)
    assert (fig.value, fig.unit) == (value, unit)
    assert fig.quote in pack.article


def test_dated_events_cover_the_years_the_article_names(pack: DataPack) -> None:
    years = {f.year for f in pack.by_id.values() if f.year is not None}
    assert {2020, 2022, 2023, 2024, 2025, 2026} <= years


@pytest.mark.parametrize(
    "figure_id",
    [
        "policy_visas",
        "policy_lab_space",
        "waymo_centre",
        "city_brain",
        "chip_equipment",
        "living_costs",
        "event_2025_waic",
    ],
)
def test_qualitative_claims_are_rows_without_a_value(pack: DataPack, figure_id: str) -> None:
    fig = pack.figure(figure_id)
    assert fig.value is None and fig.quote in pack.article


def test_statuses_say_how_far_each_figure_can_be_trusted(pack: DataPack) -> None:
    assert pack.figure("forecast_beijing_2026").status == "forecast"
    assert pack.figure("fudan_nominees").status == "unverifiable"
    assert "sealed for 50 years" in pack.figure("fudan_nominees").note
    smic = pack.figure("smic_process_node")
    assert smic.status == "disputed" and "7 nm" in smic.note
    assert set(pack.figures["status"]) <= set(STATUSES)


def test_article_is_the_source_without_the_injected_lines(pack: DataPack) -> None:
    text = (DEFAULT_PACK / "article.txt").read_text(encoding="utf-8")
    assert pack.article == text
    assert len(text.splitlines()) == 14
    assert text.startswith("In a surprising pivot from its financial roots")
    assert "- Fast-track visas for foreign tech experts\n" in text
    assert "• Biotechnology (36% of national gene-editing patents)\n" in text
    assert "\nHowever, challenges remain." in text
    for fragment in SPAM_FRAGMENTS:
        assert fragment not in text


def test_no_pack_file_carries_spam() -> None:
    for path in DEFAULT_PACK.iterdir():
        text = path.read_text(encoding="utf-8")
        for fragment in SPAM_FRAGMENTS:
            assert fragment not in text, (path.name, fragment)


def test_every_quote_is_an_exact_substring_of_the_article(pack: DataPack) -> None:
    for quote in pack.figures["quote"]:
        assert quote in pack.article


# --- validation: each broken input names the file, the line and what is wrong ------------------


def _replace(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    return text.replace(old, new, 1)


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _error(folder: Path) -> PackError:
    with pytest.raises(PackError) as info:
        load_pack(folder)
    return info.value


CSV_CASES = [
    ("unknown section", "zhangjiang_firms,sectors,", "zhangjiang_firms,industry,", "unknown section 'industry'"),
    (
        "quote not in article",
        "began mass-producing 3nm chips last quarter",
        "began mass-producing 2nm chips last quarter",
        "quote not found in the article",
    ),
    ("non-numeric value", ",1400,firms,", ",about 1400,firms,", "value 'about 1400' is not a number"),
    (
        "unknown status",
        "3,nm,,began mass-producing 3nm chips last quarter,disputed,",
        "3,nm,,began mass-producing 3nm chips last quarter,dubious,",
        "unknown status 'dubious'",
    ),
    ("duplicate id", "sensetime_researchers,sectors", "zhangjiang_firms,sectors", "duplicate id 'zhangjiang_firms'"),
]


@pytest.mark.parametrize(("case", "old", "new", "message"), CSV_CASES, ids=[c[0] for c in CSV_CASES])
def test_figure_errors_name_file_line_and_problem(
    pack_copy: Callable[..., Path], case: str, old: str, new: str, message: str
) -> None:
    text = _replace(FIGURES, old, new)
    folder = pack_copy({"figures.csv": text})
    error = _error(folder)
    assert error.file == str(folder / "figures.csv")
    assert error.line == _line_of(FIGURES.read_text(encoding="utf-8"), old)
    assert message in error.message
    assert str(error).startswith(f"{folder / 'figures.csv'}:{error.line}: ")


def test_chart_naming_a_missing_figure(pack_copy: Callable[..., Path]) -> None:
    text = _replace(MANIFEST, '"figures": ["apartment_price"]', '"figures": ["apartment_rent"]')
    error = _error(pack_copy({"pack.json": text}))
    assert error.file.endswith("pack.json")
    assert error.line == _line_of(text, '"figures": ["apartment_rent"]')
    assert error.message == "chart 'apartment_price': names figure not in figures.csv: apartment_rent"


def test_unknown_chart_kind(pack_copy: Callable[..., Path]) -> None:
    text = _replace(MANIFEST, '"kind": "index"', '"kind": "pie"')
    error = _error(pack_copy({"pack.json": text}))
    assert error.line == _line_of(text, '"kind": "pie"')
    assert "unknown chart kind 'pie'; expected one of bar, share, index, timeline, line" in error.message


def test_missing_column(pack_copy: Callable[..., Path]) -> None:
    text = FIGURES.read_text(encoding="utf-8").replace(",quote,", ",sentence,", 1)
    error = _error(pack_copy({"figures.csv": text}))
    assert (error.line, error.file.endswith("figures.csv")) == (1, True)
    assert error.message.startswith("missing column quote")


def test_missing_file(pack_copy: Callable[..., Path]) -> None:
    folder = pack_copy()
    (folder / "article.txt").unlink()
    error = _error(folder)
    assert error.file.endswith("pack.json")
    assert error.message == "'source.file' names 'article.txt', which does not exist in the pack folder"


def test_missing_pack_json(tmp_path: Path) -> None:
    error = _error(tmp_path)
    assert error.file == str(tmp_path / "pack.json")
    assert "every data pack folder needs a pack.json" in error.message


def test_every_problem_is_reported_not_just_the_first(pack_copy: Callable[..., Path]) -> None:
    text = _replace(FIGURES, ",1400,firms,", ",lots,firms,")
    text = text.replace(",disputed,", ",dubious,", 1)
    error = _error(pack_copy({"figures.csv": text}))
    assert len(error.problems) == 2


def test_a_qualifier_bounds_a_value_and_is_checked(pack_copy: Callable[..., Path]) -> None:
    pack = load_pack()
    assert pack.figure("zhangjiang_firms").qualifier == "over"
    assert pack.figure("sjtu_places").qualifier == ""
    rows = FIGURES.read_text(encoding="utf-8").splitlines()
    places = next(i for i, row in enumerate(rows) if row.startswith("sjtu_places,"))
    rows[places] = rows[places].removesuffix(",") + ",roughly"
    fact = next(i for i, row in enumerate(rows) if row.startswith("living_costs,"))
    rows[fact] = rows[fact].removesuffix(",") + ",over"
    folder = pack_copy({"figures.csv": "\n".join(rows) + "\n"})
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    name = folder / "figures.csv"
    assert [str(p) for p in caught.value.problems] == [
        f"{name}:{places + 1}: unknown qualifier 'roughly'; expected one of over, at least, about, up to, under, "
        "or empty",
        f"{name}:{fact + 1}: qualifier 'over' needs a value to qualify",
    ]


def test_the_qualifier_column_is_optional(pack_copy: Callable[..., Path]) -> None:
    rows = [row.rsplit(",", 1)[0] for row in FIGURES.read_text(encoding="utf-8").splitlines()]
    assert rows[0].endswith(",note")
    pack = load_pack(pack_copy({"figures.csv": "\n".join(rows) + "\n"}))
    assert pack.figure("zhangjiang_firms").qualifier == ""

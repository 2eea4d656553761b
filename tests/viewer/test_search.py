"""Finding figures by label, value or quote, as a person types them."""

from __future__ import annotations

import pytest

from viewer.pack import DataPack
from viewer.search import find_figures


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("unicorn", ["unicorns_shanghai", "unicorns_china"]),  # a word of the label, any case
        ("UNICORN in china", ["unicorns_china", "unicorns_shanghai"]),  # every word, label before quote
        # The value as the card writes it, or without separators; then the event quoting it.
        ("1,400", ["zhangjiang_firms", "event_2020_zhangjiang"]),
        ("1400", ["zhangjiang_firms", "event_2020_zhangjiang"]),
        ("¥387 bn", ["tech_investment_2024"]),  # the shown value with its unit
        ("387000000000", ["tech_investment_2024"]),  # the exact value
        ("mass-produces", ["smic_process_node"]),  # a word of the quote only
        ("１８０００", ["sjtu_applicants", "sjtu_places"]),  # full-width digits typed by an input method
    ],
)
def test_find_figures_by_label_value_or_quote(pack: DataPack, query: str, expected: list[str]) -> None:
    assert find_figures(pack.by_id.values(), query) == expected


def test_nothing_found_and_empty_query(pack: DataPack) -> None:
    assert find_figures(pack.by_id.values(), "no such thing anywhere") == []
    assert find_figures(pack.by_id.values(), "   ") == []

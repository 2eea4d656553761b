from __future__ import annotations

import math

import pytest

from viewer.units import axis_scale, format_exact, format_number, format_value, nice_ticks, value_problem


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (387e9, "CNY", "¥387 bn"),
        (65e9, "CNY", "¥65 bn"),
        (1_200_000, "people", "1.2 M"),
        (98, "%", "98 %"),
        (150_000, "CNY/m²", "¥150,000 /m²"),
        (3, "nm", "3 nm"),
        (18_000, "people", "18,000"),
        (-12.5, "%", "−12.5 %"),
        (0, "firms", "0"),
    ],
)
def test_card_values_read_as_the_article_writes_them(value: float, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


def test_exact_values_keep_every_digit_and_name_the_unit() -> None:
    assert format_exact(387e9, "CNY") == "¥387,000,000,000"
    assert format_exact(4200, "people") == "4,200 people"
    assert format_exact(0.125, "%") == "0.125 %"


def test_small_numbers_are_not_rounded_to_zero() -> None:
    assert format_number(0.004) == "0.004"
    assert format_number(1e-9) != "0"


def test_axis_label_names_unit_and_scale() -> None:
    assert axis_scale(387e9, "CNY") == (1e9, "¥ billion")
    assert axis_scale(1.2e6, "people") == (1e6, "people, millions")
    assert axis_scale(98, "%") == (1.0, "%")


@pytest.mark.parametrize(
    ("value", "unit", "fragment"),
    [
        (math.nan, "%", "NaN"),
        (math.inf, "CNY", "infinite"),
        (2e15, "CNY", "beyond"),
        (-1, "firms", "negative"),
    ],
)
def test_values_a_unit_cannot_hold_are_refused(value: float, unit: str, fragment: str) -> None:
    problem = value_problem(value, unit)
    assert problem is not None and fragment in problem


def test_percent_changes_may_be_negative() -> None:
    assert value_problem(-20, "%") is None


@pytest.mark.parametrize(
    ("lo", "hi", "count", "ticks"),
    [
        (0, 150, 4, [0, 50, 100, 150]),
        (0, 115, 6, [0, 20, 40, 60, 80, 100]),
        (-7.5, 12, 5, [-5, 0, 5, 10]),
        (0, 0.7, 4, [0, 0.2, 0.4, 0.6]),
        (0.1, 0.35, 3, [0.1, 0.2, 0.3]),
        (2020, 2026, 10, [2020, 2021, 2022, 2023, 2024, 2025, 2026]),
    ],
)
def test_axis_ticks_are_round_numbers_within_the_range(lo: float, hi: float, count: int, ticks: list[float]) -> None:
    assert nice_ticks(lo, hi, count) == ticks


def test_axis_ticks_survive_an_empty_or_broken_range() -> None:
    assert nice_ticks(5, 5, 4) == [5]
    assert nice_ticks(0, math.inf, 4) == [0]
    assert nice_ticks(math.nan, 1, 4) == []
    assert [str(t) for t in nice_ticks(-1, 1, 4)] == ["-1.0", "-0.5", "0.0", "0.5", "1.0"]  # never "-0.0"

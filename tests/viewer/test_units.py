from __future__ import annotations

import math

import pytest

from viewer.units import axis_scale, format_exact, format_number, format_value, value_problem


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

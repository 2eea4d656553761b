"""Units of a figure: how a value is written, and which values a unit allows.

A unit in ``figures.csv`` is one of the codes in ``UNITS`` or, for anything else, the plural
noun of what is counted (``firms``, ``people``): counts are never negative.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.model import QUALIFIERS

MAX_ABS_VALUE = 1e15
MIN_ABS_VALUE = 1e-9  # below this a value cannot be told from zero on an axis (5e-324 broke tick maths)


@dataclass(frozen=True)
class Unit:
    """How values of one unit are written and which of them make sense."""

    code: str
    prefix: str = ""
    suffix: str = ""
    allows_negative: bool = False
    abbreviate: bool = True
    axis_name: str = ""

    @property
    def is_percent(self) -> bool:
        return self.code == "%"


UNITS: dict[str, Unit] = {
    "CNY": Unit("CNY", prefix="¥", axis_name="¥"),
    "USD": Unit("USD", prefix="US$", axis_name="US$"),
    "CNY/m²": Unit("CNY/m²", prefix="¥", suffix=" /m²", abbreviate=False, axis_name="¥ per m²"),
    "%": Unit("%", suffix=" %", allows_negative=True, abbreviate=False, axis_name="%"),
    "pp": Unit("pp", suffix=" pp", allows_negative=True, abbreviate=False, axis_name="percentage points"),
    "nm": Unit("nm", suffix=" nm", abbreviate=False, axis_name="nm"),
}

_SCALES = ((1e12, "tn", "trillion"), (1e9, "bn", "billion"), (1e6, "M", "million"))


def unit_for(code: str) -> Unit:
    """The unit for a code; an unknown code is a count of that noun."""
    return UNITS.get(code) or Unit(code, axis_name=code)


def format_number(x: float) -> str:
    """A number as a reader expects it: grouped thousands, few decimals, no float noise."""
    if x == 0:
        return "0"
    a = abs(x)
    if float(x).is_integer() or a >= 100:
        text = f"{x:,.0f}"
    elif a >= 10:
        text = f"{x:,.1f}"
    elif a >= 0.01:
        text = f"{x:,.2f}"
    else:
        return f"{x:.2g}".replace("-", "−")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace("-", "−")


def _scale_for(a: float) -> tuple[float, str, str] | None:
    for factor, short, long in _SCALES:
        if a >= factor:
            return factor, short, long
    return None


def format_value(value: float, code: str) -> str:
    """Short display of a value with its unit, as on a card: ``¥387 bn``, ``1.2 M``, ``98 %``."""
    unit = unit_for(code)
    scale = _scale_for(abs(value)) if unit.abbreviate else None
    if scale is None:
        number = format_number(value)
    else:
        number = f"{format_number(value / scale[0])} {scale[1]}"
    sign = ""
    if number.startswith("−") and unit.prefix:
        sign, number = "−", number[1:]
    return f"{sign}{unit.prefix}{number}{unit.suffix}"


def format_exact(value: float, code: str) -> str:
    """The exact value with its unit, for tooltips and tables: ``¥387,000,000,000``."""
    unit = unit_for(code)
    number = f"{value:,.15g}" if not float(value).is_integer() else f"{value:,.0f}"
    if "e" in number:
        number = f"{value:.6g}"
    number = number.replace("-", "−")
    sign = ""
    if number.startswith("−") and unit.prefix:
        sign, number = "−", number[1:]
    noun = "" if (unit.prefix or unit.suffix) else f" {unit.code}"
    return f"{sign}{unit.prefix}{number}{unit.suffix}{noun}"


def _decimals(x: float) -> int:
    """How many decimals ``format_number`` gives a number (at most two)."""
    text = format_number(x)
    return min(len(text.split(".")[1]), 2) if "." in text else 0


def format_series(values: Sequence[float], code: str) -> list[str]:
    """Values of one chart with one precision rule: one scale (the largest value's) and as many
    decimals as the value that needs most (at most two), so ``¥387 bn`` stands beside ``¥65 bn``
    and ``0.7 %`` beside ``99.3 %``, never ``0.67 %`` beside ``99.3 %``."""
    unit = unit_for(code)
    largest = max((abs(v) for v in values), default=0.0)
    scale = _scale_for(largest) if unit.abbreviate else None
    factor, short = (scale[0], f" {scale[1]}") if scale else (1.0, "")
    scaled = [v / factor for v in values]

    def needed(x: float) -> int:
        if not unit.is_percent:
            return _decimals(x)
        if float(x).is_integer() or (abs(x) >= 1 and abs(100 - abs(x)) >= 1):
            return 0  # shares read as whole per cents, unless one would round to 0 or 100
        return next((d for d in (1, 2) if 0 < round(abs(x), d) < 100), 2)

    places = max((needed(x) for x in scaled), default=0)
    if any(x != 0 and round(abs(x), places) == 0 for x in scaled):
        return [format_value(v, code) for v in values]  # magnitudes too far apart for one scale
    base = 0 if largest / factor >= 100 else 1
    while places > base and all(x == 0 or round(abs(x), places - 1) > 0 for x in scaled):
        places -= 1  # big numbers need no hundredths, unless a small one would then read 0
    out = []
    for x in scaled:
        number = f"{abs(x):,.{places}f}"
        sign = "−" if x < 0 and float(number.replace(",", "")) != 0 else ""
        out.append(f"{sign}{unit.prefix}{number}{short}{unit.suffix}")
    return out


def format_tick(value: float, code: str, factor: float) -> str:
    """A value-axis tick: the number on the axis's scale with the unit's signs (``¥200 bn``, ``50 %``)."""
    unit = unit_for(code)
    scale = next((short for f, short, _ in _SCALES if f == factor), "")
    number = format_number(round(value / factor, 10))
    if number == "0":
        return f"0{unit.suffix}" if unit.is_percent else "0"
    sign = ""
    if number.startswith("−"):
        sign, number = "−", number[1:]
    return f"{sign}{unit.prefix}{number}{' ' + scale if scale else ''}{unit.suffix}"


def format_change(percent: float) -> str:
    """A change in per cent with its sign: ``+47 %``, ``−12 %``."""
    sign = "+" if percent > 0 else ""
    return f"{sign}{format_number(percent)} %"


def axis_scale(max_abs: float, code: str) -> tuple[float, str]:
    """The factor tick values are divided by and the axis label naming unit and scale."""
    unit = unit_for(code)
    scale = _scale_for(max_abs) if unit.abbreviate else None
    if scale is None:
        return 1.0, unit.axis_name
    factor, _, long = scale
    if unit.prefix:
        return factor, f"{unit.axis_name} {long}"
    return factor, f"{unit.axis_name}, {long}s"


def value_problem(value: float, code: str) -> str | None:
    """Why a value cannot be shown in this unit, or None when it can."""
    if math.isnan(value):
        return "value is NaN; leave it empty for a fact without a number"
    if math.isinf(value):
        return "value is infinite"
    if abs(value) > MAX_ABS_VALUE:
        return f"value {value:g} is beyond ±1e15"
    if 0 < abs(value) < MIN_ABS_VALUE:
        return f"value {value!r} is too close to zero to draw (the smallest is ±1e-9); use a smaller unit, or 0"
    unit = unit_for(code)
    if value < 0 and not unit.allows_negative:
        return f"value {format_number(value)} is negative, which unit '{code}' does not allow"
    return None


def nice_step(span: float, max_count: int) -> float:
    """The round step (1, 2 or 5 times a power of ten) that cuts ``span`` into at most ``max_count`` parts."""
    raw = span / max(1, max_count)
    if not math.isfinite(raw) or raw <= 0:  # nothing to cut (or a span too small for floats)
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw * (1 - 1e-9))


def nice_range(lo: float, hi: float, cap_percent: bool = False) -> tuple[float, float]:
    """An axis range that follows the data: from zero (or below it) to the first round tick at or
    beyond the data, never past 100 for per cents that all stay within it."""
    lo, hi = min(0.0, lo), max(0.0, hi)
    if hi - lo <= 0:
        return (0.0, 1.0)
    step = nice_step(hi - lo, 4)
    top = math.ceil(hi / step - 1e-9) * step
    bottom = math.floor(lo / step + 1e-9) * step
    top += step if top < hi else 0.0  # the tolerance must never leave a value outside
    bottom -= step if bottom > lo else 0.0
    if cap_percent and hi <= 100 < top:
        top = 100.0
    return (round(bottom, 12) + 0.0, round(top, 12) + 0.0)


def nice_ticks(lo: float, hi: float, max_count: int) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) covering lo..hi, at most max_count."""
    span = hi - lo
    if not math.isfinite(span) or span <= 0:
        return [lo] if math.isfinite(lo) else []
    step = nice_step(span, max_count)
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    # round() strips float noise (0.30000000000000004); + 0.0 turns -0.0 into 0.0
    return [round(k * step, 12) + 0.0 for k in range(first, last + 1)]


def qualified(text: str, qualifier: str, sign: bool = False) -> str:
    """A written value with its bound: ``over 1,400`` (or, for a chart's label, ``> 1,400``)."""
    if not qualifier or not text:
        return text
    return f"{QUALIFIERS[qualifier] if sign else qualifier} {text}"

"""Finding figures by what a person remembers of them: a word of the label, the value, the quote.

Matching ignores case, width and accents' composed forms (NFKC, casefold), and the thousands
separators of numbers, so "1400", "1,400" and "¥387 bn" all find what the page shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from viewer.model import Figure
from viewer.units import format_exact, format_value, qualified

_SEPARATOR = re.compile(r"(?<=\d)[,\u202f ](?=\d{3})")


def _normal(text: str) -> str:
    return _SEPARATOR.sub("", unicodedata.normalize("NFKC", text).casefold())


def _own_text(fig: Figure) -> str:
    """What the figure itself says, normalised: label, shown and exact value, year."""
    parts = [fig.label]
    if fig.value is not None:
        parts += [qualified(format_value(fig.value, fig.unit), fig.qualifier), format_exact(fig.value, fig.unit)]
    if fig.year is not None:
        parts.append(str(fig.year))
    return _normal("\n".join(parts))


def find_figures(figures: Iterable[Figure], query: str) -> list[str]:
    """The ids of the figures that match every word of ``query``: those whose label or value
    matches first, then those whose quote or note does (a quote often holds several figures),
    each group in the order given."""
    words = _normal(query).split()
    if not words:
        return []
    own: list[str] = []
    quoted: list[str] = []
    for fig in figures:
        text = _own_text(fig)
        if all(w in text for w in words):
            own.append(fig.id)
        elif all(w in text + "\n" + _normal(fig.quote + "\n" + fig.note) for w in words):
            quoted.append(fig.id)
    return own + quoted

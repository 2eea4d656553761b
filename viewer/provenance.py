"""Where each figure's quote sits in the article, so a reader can go from a number to its sentence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from viewer.pack import Figure
from viewer.quotes import find_quotes


@dataclass(frozen=True)
class Span:
    """A quote's place in the article: [start, end) in characters."""

    start: int
    end: int

    def __contains__(self, position: object) -> bool:
        return isinstance(position, int) and self.start <= position < self.end


def quote_spans(article: str, figures: Iterable[Figure]) -> dict[str, Span]:
    """Each figure's quote as a span of the article text (its first occurrence), all found in
    one pass over the article."""
    figures = list(figures)
    starts = find_quotes((f.quote for f in figures), article)
    return {f.id: Span(starts[f.quote], starts[f.quote] + len(f.quote)) for f in figures if f.quote in starts}


def figures_at(spans: dict[str, Span], position: int) -> list[str]:
    """Ids of the figures whose quote covers a position of the article, in pack order."""
    return [fid for fid, span in spans.items() if position in span]


def merged(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans joined, in article order: the stretches to underline."""
    result: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if result and span.start <= result[-1].end:
            last = result[-1]
            result[-1] = Span(last.start, max(last.end, span.end))
        else:
            result.append(span)
    return result


def utf16_offset(text: str, index: int) -> int:
    """A Python string index as Qt counts it (UTF-16 code units), for text beyond the BMP."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)

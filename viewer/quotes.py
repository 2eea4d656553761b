"""Which quotes occur in an article: every quote at once, in one pass over the text.

Checked one by one, 10,000 quotes against a 20 MB article cost about two minutes (each search
reads the whole article); an Aho-Corasick automaton (pyahocorasick, a C extension) reads the
article once for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

_BATCH = 200_000  # matches read before the automaton is rebuilt without the quotes found


def find_quotes(quotes: Iterable[str], article: str) -> dict[str, int]:
    """Where each quote (a non-empty string) first occurs in ``article``; a quote that does not
    occur is left out."""
    left = {q for q in quotes if q}
    found: dict[str, int] = {}
    start = 0
    while left and start < len(article):
        automaton = ahocorasick.Automaton()
        for quote in left:
            automaton.add_word(quote, quote)
        automaton.make_automaton()
        longest = max(map(len, left))
        seen = 0
        # Matches come in the order they end; a quote's first match is its first occurrence.
        for end, quote in automaton.iter(article, start):
            if quote in left:
                left.discard(quote)
                found[quote] = end - len(quote) + 1
            seen += 1
            if seen >= _BATCH:
                # A quote that recurs a million times would be reported a million times: go on
                # from here with only the quotes still missing.
                start = max(start, end - longest + 1)  # a match ending past here starts here or later
                break
        else:
            break
    return found


def missing_quotes(quotes: Iterable[str], article: str) -> set[str]:
    """The quotes (non-empty strings) that are not substrings of ``article``."""
    wanted = {q for q in quotes if q}
    return wanted - find_quotes(wanted, article).keys()

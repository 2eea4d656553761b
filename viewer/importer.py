"""Any article in, a draft data pack out: read, clean, find the figures, draft sections and charts.

Qt-free. ``read_article`` reads UTF-8 text, Markdown or a saved HTML page (its main text, title,
date and site through trafilatura); ``clean`` flags passages that are not the article (another
script, advertising and contact spam, repeated boilerplate) and removes them, recording what
and where; ``find_candidates`` finds the quantities of each sentence with quantulum3 and keeps
each with its exact sentence; ``draft`` puts it together and ``write_draft`` writes a pack
atomically and validates it.

Why quantulum3: it reads numbers as articles write them ("¥387 billion", "1.2 million", "3nm",
"three", "¥150,000 per square meter") with their units and currencies, in pure Python. Its
optional classifier (scikit-learn) is not needed here: units are settled by the rules below.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from viewer.pack import MAX_FILE_BYTES, PackError, load_pack
from viewer.quotes import find_quotes

ARTICLE_FILE = "article.txt"
CLEANING_FILE = "cleaning.json"


class ImportProblem(Exception):
    """An article that cannot be imported, in words a person can act on."""


@dataclass(frozen=True)
class Article:
    """What was read: the text and what the file says about itself."""

    text: str
    title: str = ""
    date: str = ""
    site: str = ""
    kind: str = "text"  # text, markdown or html
    file: str = ""


@dataclass(frozen=True)
class Flag:
    """A passage that is not the article: where it was (line and column of the text read, from
    1), what it said, why it was flagged, and whether it is left out of the pack."""

    line: int
    column: int
    text: str
    reason: str
    start: int
    end: int
    removed: bool = True


@dataclass
class Candidate:
    """A figure (or, with ``value`` None, a dated event) found in the article, as a draft."""

    id: str
    label: str
    value: float | None
    unit: str
    year: int | None
    quote: str
    start: int  # where its quote starts in the cleaned article
    qualifier: str = ""
    status: str = "reported"
    note: str = ""
    section: str = ""
    include: bool = True
    reason: str = ""  # why it is left out by default, or what it is
    surface: str = ""  # the number as written ("¥387 billion")
    relation: str = ""  # "share-part", "share-whole", "change" or "" (drives the drafted charts)
    partner: str = ""  # a share's other figure


@dataclass
class Draft:
    """A pack in the making: the cleaned article, what was flagged, the candidates, sections."""

    article: Article
    text: str  # the cleaned article, as article.txt will hold it
    flags: list[Flag]
    candidates: list[Candidate]
    sections: list[tuple[str, str]] = field(default_factory=list)  # (id, title)


# --- reading ----------------------------------------------------------------------------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MIN_WORDS = 25  # the fewest words of main text a page must have to be imported as an article


def read_article(path: str | Path) -> Article:
    """Read an article file; raises ImportProblem for what cannot be imported."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportProblem(f"{path} is not a file")
        if size > MAX_FILE_BYTES:
            raise ImportProblem(f"{path} is {size / 2**20:.1f} MB; an article may be at most 20 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"cannot read {path}: {(exc.strerror or str(exc)).lower()}") from exc
    except ValueError as exc:
        raise ImportProblem(f"cannot read {path}: its name has a NUL byte") from exc
    if not data.strip():
        raise ImportProblem(f"{path} is empty")
    if b"\x00" in data[:8192]:
        raise ImportProblem(f"{path} is a binary file, not text; give a UTF-8 text, Markdown or HTML file")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportProblem(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc
    head = text.lstrip()[:200].lower()
    if path.suffix.lower() in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        return _read_html(text, path)
    if path.suffix.lower() in (".md", ".markdown"):
        return _read_markdown(text, path)
    return Article(text=text.replace("\r\n", "\n"), kind="text", file=path.name)


def _read_html(html: str, path: Path) -> Article:
    import trafilatura  # only for HTML: it loads lxml and friends

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if len(text.split()) < MIN_WORDS:  # a menu or a caption is not an article
        raise ImportProblem(f"{path} has no article text that could be found (is it a news page?)")
    return Article(
        text=text.replace("\r\n", "\n").strip() + "\n",
        title=getattr(result, "title", None) or "",
        date=getattr(result, "date", None) or "",
        site=getattr(result, "sitename", None) or "",
        kind="html",
        file=path.name,
    )


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _read_markdown(markdown: str, path: Path) -> Article:
    """Markdown as the plain text a reader sees: headings, emphasis and link syntax dropped."""
    title = ""
    lines = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if heading:
            title = title or heading.group(1).strip()
            line = heading.group(1).strip()
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return Article(text="\n".join(lines), title=title, kind="markdown", file=path.name)


# --- cleaning ---------------------------------------------------------------------------------

SPAM_WORDS = re.compile(
    r"419|同城|自荐|约炮|兼职|外围|花千坊|龙凤|楼凤|казино|\bescorts?\b|\bcasino\b|\bhook-?ups?\b|\bviagra\b|"
    r"\bclick here\b|\bcall now\b|\bbuy now\b|\bdiscount code\b|\bpromo code\b",
    re.IGNORECASE,
)
CONTACT = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?:WeChat|微信|QQ|WhatsApp|Telegram|Line)\s*[:：]?\s*[\w+-]{3,}"
    r"|\+?\d[\d\s-]{8,}\d",
    re.IGNORECASE,
)
BOILERPLATE = re.compile(
    r"^\s*(advertisement|sponsored( content)?|subscribe( now)?\b.*|sign up for .*|all rights reserved.*|"
    r"share this (article|story).*|read more:?.*|related( articles| stories)?:?.*|follow us .*|"
    r"©.*|copyright .*)\s*$",
    re.IGNORECASE,
)


def _script(ch: str) -> str:
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    word = name.split(" ")[0] if name else ""
    return "HAN" if word == "CJK" else word


def main_script(text: str) -> str:
    counts = Counter(s for s in map(_script, text) if s)
    return counts.most_common(1)[0][0] if counts else "LATIN"


def _is_foreign(script: str, main: str) -> bool:
    # Latin words (names, brands, "AI") are common in any article; other scripts are not.
    return bool(script) and script != main and script != "LATIN"


def _joins_run(word: str, main: str) -> bool:
    """Whether a word carries on a run of another script: more of it, or its numbers ("500%"),
    but not a word of the article's script or the article's own punctuation ("-", "•")."""
    if any(_script(ch) == main for ch in word):
        return False
    return any(ch.isdigit() or _is_foreign(_script(ch), main) for ch in word)


def clean(text: str) -> tuple[str, list[Flag]]:
    """The article without the passages that are not the article, and those passages flagged."""
    main = main_script(text)
    flags: list[Flag] = []
    offset = 0
    seen_lines: Counter[str] = Counter()
    for number, line in enumerate(text.split("\n"), 1):
        flags.extend(_line_flags(line, number, offset, main, seen_lines))
        offset += len(line) + 1
    flags.sort(key=lambda f: f.start)
    return without(text, flags), flags


def without(text: str, flags: list[Flag]) -> str:
    """The text with the flagged passages that are to be removed taken out."""
    pieces = []
    position = 0
    for flag in sorted(flags, key=lambda f: f.start):
        if flag.removed and flag.start >= position:
            pieces.append(text[position : flag.start])
            position = flag.end
    pieces.append(text[position:])
    return "".join(pieces)


def keep_flagged(drafted: Draft, index: int, keep: bool) -> None:
    """Keep flagged passage ``index`` in the article (or leave it out again): the article text is
    made again from the text read, and each candidate's sentence found in it anew."""
    drafted.flags[index] = replace(drafted.flags[index], removed=not keep)
    drafted.text = without(drafted.article.text, drafted.flags)
    starts = find_quotes({c.quote for c in drafted.candidates}, drafted.text)
    for c in drafted.candidates:
        c.start = starts.get(c.quote, 0)


def _line_flags(line: str, number: int, offset: int, main: str, seen: Counter[str]) -> list[Flag]:
    def flag(start: int, end: int, reason: str) -> Flag:
        return Flag(number, start + 1, line[start:end], reason, offset + start, offset + end)

    stripped = " ".join(line.split()).lower()
    whole_line = (0, len(line) + 1)  # with its line break
    if stripped and BOILERPLATE.match(line):
        return [flag(*whole_line, "page boilerplate, not the article")]
    if len(stripped.split()) >= 4:
        seen[stripped] += 1
        if seen[stripped] > 1:
            return [flag(*whole_line, "repeats an earlier line word for word (boilerplate)")]
    found: list[Flag] = []
    # Runs of words in another script, with the words of no script of the article's that
    # follow them ("Казино онлайн бонус 500%"), up to the article's next word.
    words = list(re.finditer(r"\S+", line))
    i = 0
    while i < len(words):
        foreign = [ch for ch in words[i].group() if _is_foreign(_script(ch), main)]
        if len(foreign) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(words) and _joins_run(words[j].group(), main):
            j += 1
        start, end = words[i].start(), words[j - 1].end()
        if end < len(line) and line[end] == " ":
            end += 1  # the space that joined it to the article
        script = _script(foreign[0]).title()
        reason = f"text in another script ({script}) than the article's ({main.title()})"
        if SPAM_WORDS.search(line[start:end]):
            reason += ", with advertising spam words"
        found.append(flag(start, end, reason))
        i = j
    if found:
        return found
    spam = SPAM_WORDS.search(line) or CONTACT.search(line)
    if spam:
        kind = "advertising spam" if SPAM_WORDS.search(line) else "contact details (a link, an address or a number)"
        for sentence in _sentences(line):
            if spam.start() < sentence[1] and sentence[0] < spam.end():
                return [flag(sentence[0], sentence[1], f"{kind}: “{spam.group().strip()}”")]
    return []


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9¥$€£])")


def _sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentences of a paragraph as [start, end) offsets, trailing spaces left out."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        spans.append((start, match.start() + (1 if paragraph[match.start()] in '"”’)' else 0)))
        start = match.end()
    spans.append((start, len(paragraph)))
    result = []
    for a, b in spans:
        while a < b and paragraph[a] in " \t•-*·–—":
            a += 1
        while b > a and paragraph[b - 1] in " \t":
            b -= 1
        if b > a:
            result.append((a, b))
    return result


# --- finding figures --------------------------------------------------------------------------

_NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(1[89]\d\d|20\d\d|2100)")
_QUALIFIERS = (
    ("at least", r"at least|no fewer than|no less than|a minimum of"),
    ("up to", r"up to|as many as|as much as|a maximum of"),
    ("over", r"over|more than|exceeds?|exceeding|exceeded|above|upwards of|surpass(?:es|ing)?|in excess of"),
    ("under", r"under|less than|fewer than|below|almost|nearly|just under"),
    ("about", r"about|around|approximately|roughly|some|an estimated|close to|circa"),
)
_CHANGE_BEFORE = re.compile(
    r"\b(increased|rose|grew|jumped|climbed|soared|fell|dropped|declined|decreased|slid|up|down)\s+(by\s+)?$", re.I
)
_FALLING = re.compile(r"\b(fell|dropped|declined|decreased|slid|down)\s+(by\s+)?$", re.I)
_FALLING_AFTER = re.compile(r"^\s*(below|lower than|down)\b", re.I)
_CHANGE_AFTER = re.compile(r"^\s*(above|higher than|more than|below|lower than|up|down)\b", re.I)
_FUTURE = re.compile(r"\b(will|predicts?|predicted|expects?|expected|forecasts?|projected|plans? to|by 20\d\d)\b", re.I)
_PEOPLE = re.compile(r"\b(workforce|workers|employees|staff|residents|population|people|visitors|students)\b", re.I)
_STOP = {"the", "a", "an", "of", "in", "and", "new", "its", "their", "tech", "more", "than"}
_CURRENCIES = {"yuan": "CNY", "renminbi": "CNY", "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY"}


def _parser() -> Any:
    with warnings.catch_warnings():  # "classifier dependencies not installed": not used here
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    return parser


def _unit(quantity: Any, sentence: str, end: int) -> str:
    """The pack's unit for a quantity: a currency code, %, a symbol, or the noun it counts."""
    unit = quantity.unit
    name = unit.name.lower()
    entity = unit.entity.name.lower()
    currency = next((code for word, code in _CURRENCIES.items() if word in name), "")
    if currency and ("square met" in name or "m2" in name):
        return f"{currency}/m²"
    if currency:
        return currency
    if name in ("percentage", "percent"):
        return "%"
    if entity != "dimensionless" and entity != "unknown":
        symbol = (unit.symbols[0] if getattr(unit, "symbols", None) else "") or unit.name
        return {"nanometre": "nm", "nanometer": "nm"}.get(name, symbol)
    # A count: the noun after the number ("1,400 tech firms", "three Nobel Prize nominees").
    after = re.findall(r"[A-Za-z][\w'-]*", sentence[end : end + 60])
    for word in after[:4]:
        w = word.lower().strip("'")
        if w in ("of", "for", "in", "to", "with", "at", "by", "on", "and"):
            break
        if w.endswith("s") and len(w) > 3 and w not in _STOP and not w.endswith("ss"):
            return w
    return "people" if _PEOPLE.search(sentence) else "units"


def _qualifier(before: str) -> str:
    words = before.lower().split()[-3:]
    tail = " ".join(words)
    for key, pattern in _QUALIFIERS:
        if re.search(rf"(?:^|\s)(?:{pattern})$", tail):
            return key
    return ""


def _label(sentence: str, start: int, end: int) -> str:
    """A draft label: the clause around the number, the number left out."""
    cuts = [m.end() for m in re.finditer(r"[,;:]\s|\s(?:while|with|and|as)\s", sentence[:start])]
    clause_start = cuts[-1] if cuts else 0
    after = re.search(r"[,;:](\s|$)|\s(?:while|with|as)\s", sentence[end:])
    clause_end = end + after.start() if after else len(sentence)
    text = (sentence[clause_start:start] + " " + sentence[end:clause_end]).strip(' .,;:"“”')
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"^(?:while|where|with|as|and|but|which|who|that|however)\b[,\s]*", "", text, flags=re.I)
    text = re.sub(r"^(?:" + "|".join(p for _, p in _QUALIFIERS) + r")\s+", "", text, flags=re.I)
    text = text.replace("( ", "(").replace(" )", ")").replace("()", "").strip()
    if len(text.split()) < 3:  # too short to say what it measures: the sentence, number left out
        text = re.sub(r"\s+", " ", (sentence[:start] + sentence[end:]).strip(" .,;:"))
    if len(text) > 90:
        text = text[:90].rsplit(" ", 1)[0] + "…"
    return (text[:1].upper() + text[1:]) if text else "Figure"


def _slug(text: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP][:4]
    return "_".join(words) or "figure"


def _unique(ids: set[str], base: str) -> str:
    """``base``, or ``base_2``, ``base_3`` … : an id no earlier candidate has."""
    candidate, n = base, 1
    while candidate in ids:
        n += 1
        candidate = f"{base}_{n}"
    ids.add(candidate)
    return candidate


def find_candidates(
    text: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Candidate]:
    """Every quantity of every sentence of the (cleaned) article, as a candidate figure with its
    exact sentence; dates, version numbers and product names are kept out by default, with why."""
    parser = _parser()
    sentences = []
    offset = 0
    for paragraph in text.split("\n"):
        sentences += [(offset + a, paragraph[a:b]) for a, b in _sentences(paragraph)]
        offset += len(paragraph) + 1
    found: list[Candidate] = []
    ids: set[str] = set()
    for index, (start, sentence) in enumerate(sentences):
        if cancelled is not None and cancelled():
            raise ImportProblem("the import was cancelled")
        if progress is not None:
            progress(index, len(sentences))
        if not _NUMBER_WORDS.search(sentence):
            continue
        quote = sentence.rstrip(".")
        future = bool(_FUTURE.search(sentence))
        numbers, years = [], []
        for q in parser.parse(sentence):
            a, b = q.span
            surface = sentence[a:b]
            bare = surface.strip()
            if q.unit.entity.name == "dimensionless" and _YEAR.fullmatch(bare):
                years.append((a, b, int(bare)))
            else:
                numbers.append((q, a, b, surface))
        dating = [(a, y) for a, _, y in years if re.search(r"\b(in|during|for|of)\s+$", sentence[max(0, a - 8) : a])]
        consumed: set[int] = set()
        made: list[Candidate] = []
        for q, a, b, surface in numbers:
            reason, include = "", True
            # The year that dates it: "in 2023" in its own clause (no comma or semicolon between).
            figure_year = next(
                (y for ya, y in dating if not re.search(r"[,;:]", sentence[min(b, ya) : max(a, ya)])), None
            )
            if figure_year is not None:
                consumed.add(figure_year)
            if not re.search(r"\d", surface) and float(q.value) < 2:
                reason, include = f"“{surface.strip()}” is a word here, not a figure", False
            elif re.fullmatch(r"\d+[A-Z]", surface.replace(" ", "")):
                reason, include = f"“{surface}” is a product or standard name, not a figure", False
            elif (
                "." in surface and re.search(r"[A-Z][\w-]*\s$", sentence[:a]) and q.unit.entity.name == "dimensionless"
            ):
                reason, include = f"“{surface}” is a version number, not a figure", False
            unit = _unit(q, sentence, b)
            value = float(q.value)
            label = _label(sentence, a, b)
            made.append(
                Candidate(
                    id=_unique(ids, _slug(f"{label} {unit}")),
                    label=label,
                    value=value,
                    unit=unit,
                    year=figure_year,
                    quote=quote,
                    start=start,
                    qualifier=_qualifier(sentence[:a]),
                    status="forecast" if future else "reported",
                    include=include,
                    reason=reason,
                    surface=surface.strip(),
                )
            )
        _relate(sentence, numbers, made)
        found += made
        # A year that dates no figure of its sentence is an event: the sentence, on a timeline.
        for a, b, year in years:
            if year in consumed:
                continue
            found.append(
                Candidate(
                    id=_unique(ids, f"event_{year}"),
                    label=_label(sentence, a, b),
                    value=None,
                    unit="",
                    year=year,
                    quote=quote,
                    start=start,
                    status="forecast" if future else "reported",
                    reason="a dated event (for a timeline)",
                    surface=str(year),
                )
            )
    if progress is not None:
        progress(len(sentences), len(sentences))
    return found


def _relate(sentence: str, numbers: list[tuple[Any, int, int, str]], made: list[Candidate]) -> None:
    """Mark shares ("43 of China's 164") and changes ("increased 28%", "47% above")."""
    for i, (_, a, b, _s) in enumerate(numbers):
        candidate = made[i]
        if not candidate.include:
            continue
        if i + 1 < len(numbers):
            _, a2, _, _ = numbers[i + 1]
            other = made[i + 1]
            between = sentence[b:a2]
            if other.include and re.fullmatch(r"\s+(?:out\s+)?of\s+(?:[\w'’]+\s+){0,3}", between):
                candidate.relation, other.relation = "share-part", "share-whole"
                candidate.partner, other.partner = other.id, candidate.id
                candidate.unit = other.unit
                continue
        if candidate.unit == "%" and (_CHANGE_BEFORE.search(sentence[:a]) or _CHANGE_AFTER.search(sentence[b:])):
            candidate.relation = "change"
            falling = _FALLING.search(sentence[max(0, a - 20) : a]) or _FALLING_AFTER.search(sentence[b:])
            if falling and candidate.value is not None and candidate.value > 0:
                candidate.value = -candidate.value  # "down 35%": a change of −35 %
            if _CHANGE_BEFORE.search(sentence[:a]):
                candidate.qualifier = ""  # "increased 28%": a change, not a bound


# --- drafting -----------------------------------------------------------------------------------

MAX_SECTIONS = 6


def draft(
    article: Article,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Draft:
    """Clean the article, find its figures, and group them into sections by paragraph."""
    text, flags = clean(article.text)
    candidates = find_candidates(text, progress, cancelled)
    result = Draft(article, text, flags, candidates)
    assign_sections(result)
    return result


def assign_sections(draft: Draft) -> None:
    """Sections from groups of consecutive paragraphs, each with at least two included figures
    (at most six sections); titled by their first words, for the reviewer to rename."""
    text = draft.text
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    paragraph_of = {c.id: sum(1 for s in starts if s <= c.start) for c in draft.candidates}
    used = sorted({paragraph_of[c.id] for c in draft.candidates if c.include})
    if not used:
        draft.sections = [("article", draft.article.title or "Article")]
        for c in draft.candidates:
            c.section = "article"
        return
    total = sum(1 for c in draft.candidates if c.include)
    target = max(2, -(-total // MAX_SECTIONS))
    groups: list[list[int]] = [[]]
    count = 0
    for p in used:
        groups[-1].append(p)
        count += sum(1 for c in draft.candidates if c.include and paragraph_of[c.id] == p)
        if count >= target and len(groups) < MAX_SECTIONS:
            groups.append([])
            count = 0
    groups = [g for g in groups if g]
    if len(groups) > 1 and sum(1 for c in draft.candidates if c.include and paragraph_of[c.id] in groups[-1]) < 2:
        groups[-2] += groups.pop()
    draft.sections = []
    for n, group in enumerate(groups, 1):
        first = text[starts[group[0] - 1] :].split("\n", 1)[0]
        words = re.findall(r"[^\W\d_][\w'’-]*", first)[:5]
        draft.sections.append((f"part{n}", f"Part {n}: {' '.join(words)}…" if words else f"Part {n}"))
    for c in draft.candidates:
        p = paragraph_of[c.id]
        index = next((i for i, g in enumerate(groups) if p <= g[-1]), len(groups) - 1)
        c.section = draft.sections[index][0]


def draft_charts(draft: Draft) -> list[dict[str, Any]]:
    """Charts for each section: a share for each "X of Y", an index for each change, a timeline of
    its events, and a bar chart for each unit of its other figures."""
    chosen = [c for c in draft.candidates if c.include]
    by_id = {c.id: c for c in chosen}
    charts: list[dict[str, Any]] = []
    for section_id, title in draft.sections:
        mine = [c for c in chosen if c.section == section_id]
        used: set[str] = set()
        for c in mine:
            partner = by_id.get(c.partner)
            if c.relation == "share-part" and partner is not None and partner.value and c.value is not None:
                if 0 <= c.value <= partner.value:
                    title = f"Share: {c.label}"
                    charts.append(_chart(charts, section_id, "share", title, [c.id, partner.id]))
                    used |= {c.id, partner.id}
        for c in mine:
            if c.relation == "change" and c.id not in used and c.value is not None and c.value > -100:
                charts.append(_chart(charts, section_id, "index", c.label, [c.id]))
                used.add(c.id)
        events = [c for c in mine if c.value is None and c.year is not None]
        if events:
            charts.append(_chart(charts, section_id, "timeline", "Dates in the article", [c.id for c in events][:40]))
        units: dict[str, list[str]] = {}
        for c in mine:
            if c.value is not None and c.id not in used:
                units.setdefault(c.unit, []).append(c.id)
        for unit, ids in units.items():
            for i in range(0, len(ids), 40):
                part = ids[i : i + 40]
                title = by_id[part[0]].label if len(part) == 1 else f"Figures in {unit}"
                charts.append(_chart(charts, section_id, "bar", title, part))
    return charts


def _chart(charts: list[dict[str, Any]], section: str, kind: str, title: str, ids: list[str]) -> dict[str, Any]:
    short = title if len(title) <= 80 else title[:80].rsplit(" ", 1)[0] + "…"
    return {
        "id": f"{section}_{kind}_{len(charts) + 1}",
        "section": section,
        "kind": kind,
        "title": short,
        "figures": ids,
    }


# --- writing ----------------------------------------------------------------------------------


def pack_files(draft: Draft, title: str | None = None) -> dict[str, str]:
    """The pack's files as text: pack.json, figures.csv, article.txt and cleaning.json."""
    import csv
    import io

    article = draft.article
    chosen = [c for c in draft.candidates if c.include]
    charts = draft_charts(draft)
    charted = {c["section"] for c in charts}
    sections = [{"id": s, "title": t} for s, t in draft.sections if s in charted]
    keep = {s["id"] for s in sections}
    chosen = [c for c in chosen if c.section in keep]
    manifest = {
        "schema_version": 1,
        "id": _slug(title or article.title or article.file or "imported") or "imported",
        "title": (title or article.title or Path(article.file).stem or "Imported article")[:200],
        "language": "en",
        "source": {
            "title": (article.title or Path(article.file).stem or "Article")[:200],
            "kind": " · ".join(p for p in ("news article", article.site, article.date) if p)[:200],
            "file": ARTICLE_FILE,
        },
        "figures": "figures.csv",
        "sections": sections,
        "charts": charts,
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "section", "label", "value", "unit", "year", "quote", "status", "note", "qualifier"])
    for c in chosen:
        value = "" if c.value is None else repr(c.value).removesuffix(".0")
        writer.writerow([c.id, c.section, c.label, value, c.unit, c.year or "", c.quote, c.status, c.note, c.qualifier])
    cleaning = {
        "source_file": article.file,
        "read_as": article.kind,
        "removed": [
            {"line": f.line, "column": f.column, "text": f.text, "reason": f.reason} for f in draft.flags if f.removed
        ],
        "kept_though_flagged": [
            {"line": f.line, "column": f.column, "text": f.text, "reason": f.reason}
            for f in draft.flags
            if not f.removed
        ],
    }
    return {
        "pack.json": json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
        "figures.csv": out.getvalue(),
        ARTICLE_FILE: draft.text,
        CLEANING_FILE: json.dumps(cleaning, indent=2, ensure_ascii=False) + "\n",
    }


def write_draft(draft: Draft, folder: str | Path, force: bool = False, title: str | None = None) -> Path:
    """Write the draft as a pack folder, all at once, and validate it; raises ImportProblem (the
    folder exists and is not empty, without ``force``) or PackError (the pack does not validate),
    leaving no partial pack."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ImportProblem(f"{folder} is a file, not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise ImportProblem(f"{folder} exists and is not empty; choose a new folder, or use --force to replace it")
    parent = folder.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name[:40]}.import-"))
    except OSError as exc:
        raise ImportProblem(f"cannot create {folder}: {(exc.strerror or str(exc)).lower()}") from exc
    try:
        for name, content in pack_files(draft, title).items():
            (staging / name).write_text(content, encoding="utf-8")
        load_pack(staging)  # refuses a draft that would not open, before anything is replaced
        if folder.exists():
            old = folder.with_name(f".{folder.name[:40]}.old-{os.getpid()}")
            os.replace(folder, old)
            os.replace(staging, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, folder)
    except PackError:
        raise
    except OSError as exc:
        raise ImportProblem(f"cannot write {folder}: {(exc.strerror or str(exc)).lower()}") from exc
    finally:
        with contextlib.suppress(OSError):
            if staging.exists():
                shutil.rmtree(staging)
    return folder

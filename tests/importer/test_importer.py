"""The importer on the shipped article and on articles of other cities, forms and sources: the
figures it finds (with their exact sentences), what it flags, what the pack it writes holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import main
from viewer.importer import Draft, ImportProblem, draft, read_article, write_draft
from viewer.pack import DEFAULT_PACK, load_pack

ARTICLES = Path(__file__).resolve().parent / "articles"

# The 17 numbers of the shipped article a reader would chart (the bundled pack's figures).
SHANGHAI = {387e9, 1400, 65e9, 3, 4200, 50, 98, 43, 164, 36, 18000, 120, 1.2e6, 47, 28, 150000}


def numbers(d: Draft) -> list[tuple[float, str, str]]:
    """(value, unit, qualifier) of each figure included by default."""
    return [(c.value, c.unit, c.qualifier) for c in d.candidates if c.include and c.value is not None]


@pytest.fixture(scope="module")
def shanghai() -> Draft:
    return draft(read_article(ARTICLES / "shanghai-raw.txt"))


def test_the_shipped_article_gives_its_17_figures_and_nothing_wrong(shanghai: Draft) -> None:
    found = numbers(shanghai)
    values = [v for v, _, _ in found]
    assert set(values) == SHANGHAI and values.count(3) == 2  # 3 nm and three nominees
    assert len(found) == 17  # so no wrong candidate is included
    units = {v: u for v, u, _ in found}
    assert units[387e9] == "CNY" and units[150000] == "CNY/m²" and units[1400] == "firms" and units[47] == "%"
    qualifiers = {v: q for v, _, q in found if q}
    assert qualifiers == {1400: "over", 1.2e6: "over"}  # "over 1,400", "exceeds 1.2 million"
    # Dates, the version number and "5G" are not figures: left out, each with why.
    out = {c.surface: c.reason for c in shanghai.candidates if not c.include}
    assert set(out) == {"quarter", "3.0", "5G"}
    assert "version number" in out["3.0"] and "product or standard name" in out["5G"]
    assert {c.year for c in shanghai.candidates if c.value is None} == {2020, 2022, 2023, 2025, 2026}
    assert next(c.year for c in shanghai.candidates if c.value == 387e9) == 2024


def test_every_quote_is_its_sentence_in_the_cleaned_article(shanghai: Draft) -> None:
    for c in shanghai.candidates:
        assert c.quote in shanghai.text and shanghai.text.find(c.quote) <= c.start
    quote = next(c.quote for c in shanghai.candidates if c.value == 43)
    assert quote == 'Shanghai now hosts 43 of China\'s 164 "unicorn" startups, with particular strength in:'


def test_the_three_spam_prefixes_are_flagged_and_left_out(shanghai: Draft) -> None:
    assert [(f.line, f.column, f.text) for f in shanghai.flags] == [
        (5, 1, "爱上海同城419 "),
        (9, 1, "上海龙凤419自荐 "),
        (13, 1, "上海花千坊419 "),
    ]
    assert all("another script (Han)" in f.reason and "spam" in f.reason for f in shanghai.flags)
    # article.txt is the article without them, byte for byte: the bundled pack's own.
    assert shanghai.text == (DEFAULT_PACK / "article.txt").read_text(encoding="utf-8")


def test_the_drafted_pack_validates_records_its_cleaning_and_opens(shanghai: Draft, tmp_path: Path) -> None:
    folder = write_draft(shanghai, tmp_path / "pack")
    pack = load_pack(folder)
    assert len(pack.figures) == 22 and {c.kind for c in pack.charts} >= {"bar", "share", "index", "timeline"}
    share = next(c for c in pack.charts if c.kind == "share")
    assert [pack.figure(f).value for f in share.figure_ids] == [43, 164]
    cleaning = json.loads((folder / "cleaning.json").read_text(encoding="utf-8"))
    assert [(r["line"], r["text"]) for r in cleaning["removed"]] == [
        (5, "爱上海同城419 "),
        (9, "上海龙凤419自荐 "),
        (13, "上海花千坊419 "),
    ]
    assert not any(
        "419" in (folder / f).read_text(encoding="utf-8") for f in ("article.txt", "figures.csv", "pack.json")
    )


def test_a_markdown_article_of_another_city(tmp_path: Path) -> None:
    d = draft(read_article(ARTICLES / "berlin.md"))
    assert d.article.title == "Berlin's start-up scene keeps growing"
    assert numbers(d) == [
        (3000, "start-ups", "over"),
        (4.2e9, "EUR", ""),
        (-35, "%", ""),  # "down 35%": a fall, drawn as an index below 100
        (12000, "students", "about"),
        (40, "%", ""),
        (5000, "jobs", "up to"),
        (7, "unicorns", ""),
        (30, "unicorns", ""),
        (38, "EUR/m²", ""),
    ]
    assert next(c.status for c in d.candidates if c.value == 5000) == "forecast"  # "expects … by 2027"
    reasons = [(f.line, f.text, f.reason.split(" (")[0].split(":")[0]) for f in d.flags]
    boilerplate = "Subscribe to our newsletter for the week's best stories."
    assert reasons == [
        (6, "Казино онлайн бонус 500% ", "text in another script"),
        (7, boilerplate, "page boilerplate, not the article"),
        (9, "Call now on +49 30 1234 5678 for a free start-up consultation!", "advertising spam"),
        (11, boilerplate, "page boilerplate, not the article"),
    ]
    assert "Казино" not in d.text and "500%" not in d.text and "Call now" not in d.text
    assert "**" not in d.text and "Berlin now counts more than 3,000 start-ups" in d.text
    assert load_pack(write_draft(d, tmp_path / "berlin")).title == "Berlin's start-up scene keeps growing"


def test_a_plain_text_article_with_contact_spam(tmp_path: Path) -> None:
    d = draft(read_article(ARTICLES / "lisbon.txt"))
    assert numbers(d) == [
        (1.5e9, "USD", ""),
        (60, "%", "about"),
        (70000, "visitors", "about"),
        (110e6, "EUR", ""),
        (12, "%", ""),
        (56000, "people", ""),
        (3000, "workers", "up to"),
        (1300, "EUR", ""),
    ]
    assert [f.line for f in d.flags] == [6] and "contact details" in d.flags[0].reason
    assert "deals@" not in d.text
    write_draft(d, tmp_path / "lisbon")


def test_a_saved_html_news_page(tmp_path: Path) -> None:
    article = read_article(ARTICLES / "nairobi.html")
    assert (article.kind, article.title, article.date, article.site) == (
        "html",
        "Nairobi's 'Silicon Savannah' comes of age",
        "2025-03-14",
        "Daily Example",
    )
    d = draft(article)
    for boilerplate in ("Subscribe", "All rights reserved", "Related stories", "Advertisement", "Home"):
        assert boilerplate not in d.text
    assert [v for v, _, _ in numbers(d)] == [200, 638e6, 45, 32e6, 4500, 25000, 18, 96]
    assert {c.surface for c in d.candidates if not c.include} >= {"2.0", "4G"}
    pack = load_pack(write_draft(d, tmp_path / "nairobi"))
    assert pack.source.kind == "news article · Daily Example · 2025-03-14"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file, not text"),
        (b"Caf\xe9 prices rose 5%.\n", ":1: not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8"),
        (b"<!DOCTYPE html><html><body><nav>Home</nav></body></html>", "has no article text"),
    ],
)
def test_bad_input_is_a_clear_error(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / ("page.html" if b"<html" in content else "article.txt")
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_article(path)


def test_an_article_over_20_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("x" * (20 * 1024 * 1024 + 1))
    with pytest.raises(ImportProblem, match=r"20\.0 MB; an article may be at most 20 MB"):
        read_article(path)


def test_the_command_line_writes_a_pack_and_never_a_partial_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pack"
    assert main(["import", str(ARTICLES / "shanghai-raw.txt"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "left out 3 flagged passages" in printed and "found 17 figures and 5 dated events" in printed
    assert load_pack(out).id
    # An output folder that exists and is not empty is kept, unless --force.
    assert main(["import", str(ARTICLES / "lisbon.txt"), "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"error: {out} exists and is not empty; choose a new folder, or use --force to replace it\n"
    )
    assert "Shanghai" in (out / "article.txt").read_text(encoding="utf-8")
    assert main(["import", str(ARTICLES / "lisbon.txt"), "--out", str(out), "--force"]) == 0
    assert "Lisbon" in (out / "article.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack"]  # no staging folder left behind
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["import", str(empty), "--out", str(tmp_path / "new")]) == 2
    assert capsys.readouterr().err == f"error: {empty} is empty\n"
    assert not (tmp_path / "new").exists()

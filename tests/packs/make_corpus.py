"""Regenerate the broken-pack corpus: python tests/packs/make_corpus.py

Each folder under broken/ is the minimal pack with one thing wrong, and expected.txt holds the
exact lines `python main.py validate` must print for it (paths relative to the pack folder).
The expected lines are written by hand below, not recorded from the loader's output.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINIMAL = HERE / "minimal"
BROKEN = HERE / "broken"
VARIANTS = HERE / "variants"

ARTICLE = (
    "The port of Example handled 120 million tonnes in 2023. "
    "Its container terminals employ 8,000 people.\n"
    "Officials expect traffic to grow 15% by 2026. A new bridge opened in 2021.\n"
)
HEADER = "id,section,label,value,unit,year,quote,status,note\n"
ROWS = [
    "tonnes_2023,trade,Cargo handled,120000000,tonnes,2023,The port of Example handled 120 million tonnes in 2023,reported,\n",
    'workers,trade,Terminal workers,8000,people,,"Its container terminals employ 8,000 people",reported,\n',
    "growth_2026,outlook,Expected growth in traffic,15,%,2026,Officials expect traffic to grow 15% by 2026,forecast,A projection by officials.\n",
    "bridge_2021,outlook,New bridge opens,,,2021,A new bridge opened in 2021,reported,\n",
]
MANIFEST = {
    "schema_version": 1,
    "id": "example",
    "title": "The port of Example",
    "source": {"title": "Example port report", "kind": "news article", "file": "article.txt"},
    "figures": "figures.csv",
    "sections": [{"id": "trade", "title": "Trade"}, {"id": "outlook", "title": "Outlook"}],
    "charts": [
        {
            "id": "scale",
            "section": "trade",
            "kind": "bar",
            "title": "Cargo",
            "subtitle": "Tonnes",
            "figures": ["tonnes_2023"],
        },
        {
            "id": "growth",
            "section": "outlook",
            "kind": "index",
            "title": "Traffic",
            "subtitle": "Index",
            "figures": ["growth_2026"],
            "reference_label": "Today",
        },
        {
            "id": "events",
            "section": "outlook",
            "kind": "timeline",
            "title": "Dates",
            "subtitle": "",
            "figures": ["bridge_2021", "growth_2026"],
        },
    ],
}


def manifest_text(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_minimal() -> None:
    shutil.rmtree(MINIMAL, ignore_errors=True)
    MINIMAL.mkdir()
    (MINIMAL / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (MINIMAL / "figures.csv").write_text(HEADER + "".join(ROWS), encoding="utf-8")
    (MINIMAL / "pack.json").write_text(manifest_text(MANIFEST), encoding="utf-8")


def write_variants() -> None:
    """A valid pack in the forms people save: BOM, CRLF line ends, quoted commas, Chinese text."""
    shutil.rmtree(VARIANTS, ignore_errors=True)
    VARIANTS.mkdir()
    article = "上海港2023年货物吞吐量达到1.2亿吨。\r\nThe port, busy as ever, employs 8,000 people.\r\n"
    (VARIANTS / "article.txt").write_bytes(article.encode("utf-8"))
    figures = (
        HEADER
        + "吞吐量,港口,货物吞吐量（吨）,120000000,tonnes,2023,上海港2023年货物吞吐量达到1.2亿吨,reported,\n"
        + 'workers,港口,"Workers, all terminals",8000,people,,"The port, busy as ever, employs 8,000 people",reported,"A note, with ""quotes"""\n'
    ).replace("\n", "\r\n")
    (VARIANTS / "figures.csv").write_bytes(b"\xef\xbb\xbf" + figures.encode("utf-8"))
    manifest = {
        "schema_version": 1,
        "id": "variants",
        "title": "上海港",
        "language": "zh",
        "source": {"title": "港口报道", "kind": "news article", "file": "article.txt"},
        "sections": [{"id": "港口", "title": "港口"}],
        "charts": [
            {"id": "cargo", "section": "港口", "kind": "bar", "title": "货物", "subtitle": "吨", "figures": ["吞吐量"]},
            {"id": "jobs", "section": "港口", "kind": "bar", "title": "Jobs", "subtitle": "", "figures": ["workers"]},
        ],
    }
    (VARIANTS / "pack.json").write_bytes(b"\xef\xbb\xbf" + manifest_text(manifest).replace("\n", "\r\n").encode())


def case(name: str, expected: list[str], files: dict[str, str | bytes | None] | None = None) -> None:
    folder = BROKEN / name
    folder.mkdir(parents=True)
    for file in ("article.txt", "figures.csv", "pack.json"):
        shutil.copy(MINIMAL / file, folder / file)
    for file, content in (files or {}).items():
        path = folder / file
        if content is None:
            path.unlink()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (folder / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")


def with_manifest(**changes: object) -> str:
    data = json.loads(json.dumps(MANIFEST))
    data.update(changes)
    return manifest_text(data)


def with_chart(index: int, **changes: object) -> str:
    data = json.loads(json.dumps(MANIFEST))
    data["charts"][index].update(changes)
    return manifest_text(data)


def rows(*replacements: tuple[int, str]) -> str:
    lines = list(ROWS)
    for index, text in replacements:
        lines[index] = text
    return HEADER + "".join(lines)


def main() -> None:
    write_minimal()
    write_variants()
    shutil.rmtree(BROKEN, ignore_errors=True)
    csv = "figures.csv"

    latin = ROWS[1].replace("Terminal", "T\u00e9rminal")
    offset = len((HEADER + ROWS[0]).encode()) + latin.index("\u00e9")
    case(
        "not_utf8_figures",
        [f"{csv}:3: file is not UTF-8 text (byte 0xe9 at offset {offset}); save it as UTF-8"],
        {csv: (HEADER + ROWS[0] + latin).encode("latin-1") + "".join(ROWS[2:]).encode()},
    )
    case(
        "not_utf8_article",
        ["article.txt:2: file is not UTF-8 text (byte 0xff at offset 101); save it as UTF-8"],
        {"article.txt": ARTICLE.encode()[:100] + b"\n\xff" + ARTICLE.encode()[100:]},
    )
    case(
        "not_json",
        ["pack.json:3: not valid JSON: Expecting ',' delimiter (column 3)"],
        {"pack.json": '{\n  "schema_version": 1\n  "id": "example"\n}\n'},
    )
    case(
        "json_not_an_object",
        ["pack.json:1: must hold a JSON object with schema_version, id, title, source, sections and charts"],
        {"pack.json": "[1, 2, 3]\n"},
    )
    case(
        "wrong_schema_version",
        ["pack.json:2: schema_version is 2; this viewer reads schema_version 1"],
        {"pack.json": with_manifest(schema_version=2)},
    )
    case(
        "missing_schema_version",
        ["pack.json:1: schema_version is null; this viewer reads schema_version 1"],
        {"pack.json": manifest_text({k: v for k, v in MANIFEST.items() if k != "schema_version"})},
    )
    case(
        "missing_column",
        [f"{csv}:1: missing column status (the header has: id,section,label,value,unit,year,quote,note)"],
        {
            csv: "".join(
                ",".join(c for i, c in enumerate(line.rstrip("\n").split(",")) if i != 7) + "\n"
                for line in [HEADER, ROWS[0]]
            )
        },
    )
    case(
        "ragged_row",
        [f"{csv}:3: row has 10 fields; the header has 9"],
        {
            csv: rows(
                (
                    1,
                    "workers,trade,Terminal workers,8000,people,,Its container terminals employ 8,000 people,reported,\n",
                )
            )
        },
    )
    case(
        "empty_figures",
        [f"{csv}:1: file is empty; expected a header line: id,section,label,value,unit,year,quote,status,note"],
        {csv: ""},
    )
    case("header_only", [f"{csv}:1: no figures: the file has a header but no rows"], {csv: HEADER})
    case(
        "value_nan",
        [f"{csv}:2: value is NaN; leave it empty for a fact without a number"],
        {csv: rows((0, ROWS[0].replace(",120000000,", ",NaN,")))},
    )
    case("value_infinite", [f"{csv}:2: value is infinite"], {csv: rows((0, ROWS[0].replace(",120000000,", ",inf,")))})
    case(
        "value_negative_count",
        [f"{csv}:3: value −8,000 is negative, which unit 'people' does not allow"],
        {csv: rows((1, ROWS[1].replace(",8000,", ",-8000,")))},
    )
    case(
        "value_too_big",
        [f"{csv}:2: value 2e+15 is beyond ±1e15"],
        {csv: rows((0, ROWS[0].replace(",120000000,", ",2e15,")))},
    )
    case(
        "value_not_a_number",
        [f"{csv}:2: value 'lots' is not a number; {NUMBER_RULE}"],
        {csv: rows((0, ROWS[0].replace(",120000000,", ",lots,")))},
    )
    case(
        "value_without_unit",
        [f"{csv}:3: unit is empty; a figure with a value needs a unit"],
        {csv: rows((1, ROWS[1].replace(",people,", ",,")))},
    )
    case(
        "duplicate_id",
        [f"{csv}:3: duplicate id 'tonnes_2023' (first on line 2)"],
        {csv: rows((1, ROWS[1].replace("workers,", "tonnes_2023,", 1)))},
    )
    case(
        "unknown_section",
        [f"{csv}:3: unknown section 'labour' (pack.json defines: outlook, trade)"],
        {csv: rows((1, ROWS[1].replace(",trade,", ",labour,")))},
    )
    case(
        "unknown_status",
        [f"{csv}:3: unknown status 'rumoured'; expected one of reported, unverifiable, disputed, forecast"],
        {csv: rows((1, ROWS[1].replace(",reported,", ",rumoured,")))},
    )
    case(
        "quote_not_in_article",
        [f'{csv}:3: quote not found in the article: "Its container terminals employ 9,000 people"'],
        {csv: rows((1, ROWS[1].replace("8,000 people", "9,000 people")))},
    )
    case(
        "empty_quote",
        [f"{csv}:3: quote is empty; every figure needs the sentence that backs it"],
        {csv: rows((1, ROWS[1].replace("Its container terminals employ 8,000 people", "")))},
    )
    case(
        "bad_year",
        [f"{csv}:2: year '23' is not a four-digit year"],
        {csv: rows((0, ROWS[0].replace(",2023,", ",23,")))},
    )
    case(
        "chart_without_figures",
        ["pack.json:28: chart 'scale': has no figures"],
        {"pack.json": with_chart(0, figures=[])},
    )
    case(
        "chart_mixed_units",
        ["pack.json:28: chart 'scale': figures have mixed units (people, tonnes); a chart draws one unit"],
        {"pack.json": with_chart(0, figures=["tonnes_2023", "workers"])},
    )
    case(
        "chart_missing_figure",
        ["pack.json:28: chart 'scale': names figure not in figures.csv: tonnage"],
        {"pack.json": with_chart(0, figures=["tonnage"])},
    )
    case(
        "chart_unknown_kind",
        ["pack.json:25: chart 'scale': unknown chart kind 'pie'; expected one of bar, share, index, timeline, line"],
        {"pack.json": with_chart(0, kind="pie")},
    )
    case(
        "chart_unknown_section",
        ["pack.json:24: chart 'scale': unknown section 'labour'", "pack.json:12: section 'trade' has no charts"],
        {"pack.json": with_chart(0, section="labour")},
    )
    case(
        "chart_qualitative_figure",
        ["pack.json:28: chart 'scale': bar charts draw numbers, but these figures have no value: bridge_2021"],
        {"pack.json": with_chart(0, figures=["bridge_2021"])},
    )
    case(
        "timeline_undated",
        ["pack.json:49: chart 'events': timeline figures need a year: workers"],
        {"pack.json": with_chart(2, figures=["bridge_2021", "workers"])},
    )
    capacity = "capacity,trade,Port capacity,100000000,tonnes,,The port of Example handled 120 million tonnes in 2023,reported,\n"
    case(
        "share_part_exceeds_whole",
        ["pack.json:28: chart 'scale': a share chart needs a part no larger than its whole (got 1.2e+08 of 1e+08)"],
        {"pack.json": with_chart(0, kind="share", figures=["tonnes_2023", "capacity"]), csv: rows() + capacity},
    )
    case("duplicate_chart_id", ["pack.json:32: duplicate chart id 'scale'"], {"pack.json": with_chart(1, id="scale")})
    case(
        "duplicate_section_id",
        [
            "pack.json:16: duplicate section id 'trade'",
            f"{csv}:4: unknown section 'outlook' (pack.json defines: trade)",
            f"{csv}:5: unknown section 'outlook' (pack.json defines: trade)",
            "pack.json:34: chart 'growth': unknown section 'outlook'",
            "pack.json:45: chart 'events': unknown section 'outlook'",
        ],
        {
            "pack.json": manifest_text(
                {**MANIFEST, "sections": [{"id": "trade", "title": "Trade"}, {"id": "trade", "title": "Outlook"}]}
            )
        },
    )
    case(
        "section_without_charts",
        ["pack.json:12: section 'trade' has no charts"],
        {"pack.json": manifest_text({**MANIFEST, "charts": MANIFEST["charts"][1:]})},
    )
    case(
        "no_sections",
        ["pack.json:11: 'sections' must be a non-empty list of {id, title}"],
        {"pack.json": with_manifest(sections=[], charts=[])},
    )
    case(
        "figures_path_traversal",
        ["pack.json:10: 'figures' is '../minimal/figures.csv', which points outside the pack folder"],
        {"pack.json": with_manifest(figures="../minimal/figures.csv")},
    )
    case(
        "absolute_article_path",
        ["pack.json:8: 'source.file' is '/etc/hostname', which points outside the pack folder"],
        {"pack.json": with_manifest(source={**MANIFEST["source"], "file": "/etc/hostname"})},
    )
    case(
        "missing_article_file",
        ["pack.json:8: 'source.file' names 'article.txt', which does not exist in the pack folder"],
        {"article.txt": None},
    )
    case("missing_pack_json", ["pack.json:1: missing: every data pack folder needs a pack.json"], {"pack.json": None})
    case("empty_article", ["article.txt:1: the article file is empty"], {"article.txt": ""})
    case(
        "symlink_out",
        ["pack.json:8: 'source.file' is 'article.txt', a link that points outside the pack folder"],
        {"article.txt": None},
    )
    os.symlink("../../minimal/article.txt", BROKEN / "symlink_out" / "article.txt")
    hostile(csv)


NUMBER_RULE = "write digits with '.' for decimals and ',' only between groups of three digits (1,400.5)"


def hostile(csv: str) -> None:
    """Packs an attacker or a careless editor sends: each refused with one exact message (issue 19)."""
    workers = ROWS[1]
    for name, text in (
        ("value_decimal_comma", '"4,2"'),
        ("value_underscore", "1_400"),
        ("value_arabic_indic_digits", "٨٠٠٠"),
        ("value_fullwidth_digits", "８０００"),
    ):
        shown = text.strip('"')
        case(
            name,
            [f"{csv}:3: value '{shown}' is not a number; {NUMBER_RULE}"],
            {csv: rows((1, workers.replace(",8000,", f",{text},")))},
        )
    case(
        "value_with_5000_digits",
        [f"{csv}:3: value is 5,000 characters long; at most 200 are allowed"],
        {csv: rows((1, workers.replace(",8000,", f",{'1' * 5000},")))},
    )
    case(
        "value_subnormal",
        [f"{csv}:2: value 5e-324 is too close to zero to draw (the smallest is ±1e-9); use a smaller unit, or 0"],
        {csv: rows((0, ROWS[0].replace(",120000000,", ",5e-324,")))},
    )
    case(
        "year_arabic_indic_digits",
        [f"{csv}:2: year '٢٠٢٣' is not a four-digit year"],
        {csv: rows((0, ROWS[0].replace(",2023,", ",٢٠٢٣,")))},
    )
    case(
        "label_with_terminal_escape",
        [f"{csv}:3: label has a control character (\\x1b) at character 9"],
        {csv: rows((1, workers.replace("Terminal workers", "Terminal\x1b]0;pwned\x07 workers")))},
    )
    case(
        "label_with_nul",
        [f"{csv}:3: label has a control character (\\x00) at character 9"],
        {csv: rows((1, workers.replace("Terminal workers", "Terminal\x00workers")))},
    )
    case(
        "id_clears_the_screen",
        [f"{csv}:3: id has a control character (\\x1b) at character 1"],
        {csv: rows((1, workers.replace("workers,", "\x1b[2Jworkers,", 1)))},
    )
    case(
        "quote_with_escape",
        [f"{csv}:3: quote has a control character (\\x1b) at character 5"],
        {csv: rows((1, workers.replace('"Its container', '"Its \x1b[31mcontainer')))},
    )
    case(
        "unknown_section_bidi_override",
        [f"{csv}:3: unknown section '\\u202etrade' (pack.json defines: outlook, trade)"],
        {csv: rows((1, workers.replace(",trade,", ",\u202etrade,")))},
    )
    case(
        "label_too_long",
        [f"{csv}:3: label is 5,000 characters long; at most 200 are allowed"],
        {csv: rows((1, workers.replace("Terminal workers", "w" * 5000)))},
    )
    case(
        "duplicate_csv_column",
        [f"{csv}:1: column 'note' appears 2 times; name each column once"],
        {csv: HEADER.rstrip("\n") + ",note\n" + "".join(r.rstrip("\n") + ",\n" for r in ROWS)},
    )
    case(
        "schema_version_true",
        ["pack.json:2: schema_version is true; this viewer reads schema_version 1"],
        {"pack.json": with_manifest(schema_version=True)},
    )
    case(
        "schema_version_float",
        ["pack.json:2: schema_version is 1.0; this viewer reads schema_version 1"],
        {"pack.json": with_manifest(schema_version=1.0)},
    )
    case(
        "duplicate_json_key",
        ["pack.json:5: duplicate key 'title' in one object; a key may appear once"],
        {
            "pack.json": manifest_text(MANIFEST).replace(
                '"title": "The port of Example",', '"title": "The port",\n  "title": "Again",', 1
            )
        },
    )
    case(
        "json_nested_100000_deep",
        ["pack.json:3: nested more than 20 levels deep"],
        {"pack.json": '{\n  "schema_version": 1,\n  "deep": ' + "[" * 100_000 + "]" * 100_000 + "\n}\n"},
    )
    case(
        "json_nested_30_deep",
        ["pack.json:3: nested more than 20 levels deep"],
        {"pack.json": '{\n  "schema_version": 1,\n  "deep": ' + "[" * 30 + "]" * 30 + "\n}\n"},
    )
    case(
        "json_number_of_5000_digits",
        ["pack.json:3: a number of 5,000 digits; numbers in pack.json have at most 20"],
        {"pack.json": '{\n  "schema_version": 1,\n  "id": ' + "9" * 5000 + "\n}\n"},
    )
    case(
        "chart_id_lone_surrogate",
        [
            "pack.json:22: chart '\\ud800': 'id' has a lone surrogate (\\ud800) at character 1, which is not valid Unicode"
        ],
        {"pack.json": manifest_text(MANIFEST).replace('"id": "scale"', '"id": "\\ud800"')},
    )
    case(
        "chart_ids_share_a_file_name",
        [
            "pack.json:32: chart 'cargo_volume': exports to the same file name as chart 'cargo volume' "
            "(cargo_volume.*); choose another id"
        ],
        {"pack.json": with_charts({0: {"id": "cargo volume"}, 1: {"id": "cargo_volume"}})},
    )
    case(
        "chart_id_is_the_report",
        ["pack.json:43: chart 'Report': exports to the same file name as the report (Report.*); choose another id"],
        {"pack.json": with_chart(2, id="Report")},
    )
    case(
        "chart_names_a_figure_twice",
        ["pack.json:28: chart 'scale': names figure 'tonnes_2023' twice; a chart draws each figure once"],
        {"pack.json": with_chart(0, kind="share", figures=["tonnes_2023", "tonnes_2023"])},
    )
    many = "".join(ROWS[0].replace("tonnes_2023,", f"t{i},", 1) for i in range(41))
    case(
        "bar_chart_of_41_bars",
        [
            "pack.json:28: chart 'scale': 41 figures; a bar chart draws at most 40 legibly (split it into several charts)"
        ],
        {"pack.json": with_chart(0, figures=[f"t{i}" for i in range(41)]), csv: rows() + many},
    )
    case(
        "too_many_sections",
        ["pack.json:11: 51 sections; a pack may have at most 50 (each is a tab of the window)"],
        {"pack.json": with_manifest(sections=[{"id": f"s{i}", "title": f"S{i}"} for i in range(51)])},
    )
    case(
        "too_many_charts",
        ["pack.json:21: 201 charts; a pack may have at most 200"],
        {"pack.json": with_manifest(charts=[{**MANIFEST["charts"][0], "id": f"c{i}"} for i in range(201)])},
    )
    case(
        "article_is_the_figures_file",
        [
            "pack.json:8: 'source.file' is 'figures.csv', which is the figures file; the article must be a file of its own"
        ],
        {"pack.json": with_manifest(source={**MANIFEST["source"], "file": "figures.csv"})},
    )
    case(
        "article_is_pack_json",
        ["pack.json:8: 'source.file' is 'pack.json', which is pack.json; the article must be a file of its own"],
        {"pack.json": with_manifest(source={**MANIFEST["source"], "file": "pack.json"})},
    )
    case(
        "article_links_to_the_figures",
        [
            "pack.json:8: 'source.file' is 'article.txt', which is the figures file; the article must be a file of its own"
        ],
        {"article.txt": None},
    )
    os.symlink("figures.csv", BROKEN / "article_links_to_the_figures" / "article.txt")
    case(
        "figures_link_loop",
        ["pack.json:10: 'figures' is 'loop.csv', which cannot be opened: too many levels of symbolic links"],
        {"pack.json": with_manifest(figures="loop.csv")},
    )
    os.symlink("loop.csv", BROKEN / "figures_link_loop" / "loop.csv")
    case(
        "figures_name_with_nul",
        ["pack.json:10: 'figures' has a control character (\\x00) at character 8"],
        {"pack.json": with_manifest(figures="figures\x00.csv")},
    )
    long_name = "a" * 5000 + ".csv"
    case(
        "figures_name_of_5000_characters",
        [f"pack.json:10: 'figures' is '{'a' * 79}…', which cannot be opened: file name too long"],
        {"pack.json": with_manifest(figures=long_name)},
    )


def with_charts(changes: dict[int, dict[str, object]]) -> str:
    data = json.loads(json.dumps(MANIFEST))
    for index, change in changes.items():
        data["charts"][index].update(change)
    return manifest_text(data)


if __name__ == "__main__":
    main()

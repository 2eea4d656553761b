"""Packs at the format's limits, written on demand for `make bench` and a test.

write_big_pack       10,000 figures (the most a pack may hold) in 50 sections (the most), 200
                     charts (the most: 40-bar charts and a 200-point line per section), each
                     figure quoting its own sentence at the end of a 19.9 MB article (20 MB is
                     the most a file may be), so every quote is looked for across the whole text
write_many_sections  a pack.json of 100,000 sections (refused: 50 at most), 5 MB of JSON
"""

from __future__ import annotations

import json
from pathlib import Path

FIGURES = 10_000
SECTIONS = 50
ARTICLE_BYTES = int(19.9 * 1024 * 1024)
_FILLER = (
    "The city's technology sector kept growing through the year, with new laboratories, start-ups "
    "and training programmes announced almost every week across its districts. "
)


def _sentence(i: int) -> str:
    return f"Sentence {i} reports that the district counted {i + 1} new firms."


def write_big_pack(folder: Path) -> Path:
    """The biggest pack the format allows (see the module's docstring); returns its folder."""
    folder.mkdir(parents=True, exist_ok=True)
    tail = " ".join(_sentence(i) for i in range(FIGURES)) + "\n"
    filler_bytes = ARTICLE_BYTES - len(tail.encode())
    filler = (_FILLER * (filler_bytes // len(_FILLER) + 1))[:filler_bytes]
    (folder / "article.txt").write_text(filler + tail, encoding="utf-8")
    per_section = FIGURES // SECTIONS
    rows = ["id,section,label,value,unit,year,quote,status,note"]
    for i in range(FIGURES):
        status = ("reported", "unverifiable", "disputed", "forecast")[i % 4]
        quote = _sentence(i).removesuffix(".")
        rows.append(f"f{i},s{i // per_section},New firms in district {i},{i + 1},firms,,{quote},{status},")
    (folder / "figures.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    charts = []
    for s in range(SECTIONS):
        ids = [f"f{i}" for i in range(s * per_section, (s + 1) * per_section)]
        for c in range(3):
            part = ids[c * 40 : (c + 1) * 40]
            charts.append(
                {"id": f"s{s}_bars{c}", "section": f"s{s}", "kind": "bar", "title": f"Bars {c}", "figures": part}
            )
        charts.append({"id": f"s{s}_line", "section": f"s{s}", "kind": "line", "title": "All", "figures": ids})
    manifest = {
        "schema_version": 1,
        "id": "big",
        "title": "A pack at the limits",
        "source": {"title": "A long article", "kind": "test article", "file": "article.txt"},
        "sections": [{"id": f"s{s}", "title": f"Section {s}"} for s in range(SECTIONS)],
        "charts": charts,
    }
    (folder / "pack.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return folder


def write_many_sections(folder: Path, sections: int = 100_000) -> Path:
    """The minimal pack's files with a pack.json of ``sections`` sections."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text("The port handled 120 million tonnes.\n", encoding="utf-8")
    (folder / "figures.csv").write_text(
        "id,section,label,value,unit,year,quote,status,note\n"
        "tonnes,s0,Cargo,120000000,tonnes,,The port handled 120 million tonnes,reported,\n",
        encoding="utf-8",
    )
    manifest = {
        "schema_version": 1,
        "id": "sections",
        "title": "Many sections",
        "source": {"title": "Port report", "kind": "news article", "file": "article.txt"},
        "sections": [{"id": f"s{i}", "title": f"Section {i}"} for i in range(sections)],
        "charts": [{"id": "cargo", "section": "s0", "kind": "bar", "title": "Cargo", "figures": ["tonnes"]}],
    }
    (folder / "pack.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return folder

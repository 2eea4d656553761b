"""Property-based: any valid pack (values of any size, long and non-Latin labels) draws and exports."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from ui.app import create_application
from ui.charts.items import BarsItem, BigNumber, LineItem, TimelineItem, value_text
from ui.charts.view import ChartView
from ui.export import render_image, svg_bytes
from viewer.exports import chart_csv
from viewer.pack import load_pack
from viewer.units import MIN_ABS_VALUE

LABEL = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=80).filter(
    lambda s: s.strip() == s and s
)
CJK = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=30)
MAGNITUDE = st.one_of(
    st.just(0.0),
    st.floats(min_value=1e-9, max_value=1e-3),
    st.floats(min_value=0.5, max_value=1e6),
    st.floats(min_value=1e9, max_value=1e15),
)


@st.composite
def chart_figures(draw: st.DrawFn) -> tuple[str, list[dict[str, object]], str]:
    """A chart kind and figures it can draw (one unit, values it accepts)."""
    kind = draw(st.sampled_from(["bar", "share", "index", "timeline", "line"]))
    label = draw(st.one_of(LABEL, CJK))
    if kind in ("bar", "line"):
        unit = draw(st.sampled_from(["CNY", "people", "nm", "%"]))
        sign = st.sampled_from([1, -1]) if unit == "%" else st.just(1)
        values = [draw(sign) * draw(MAGNITUDE) for _ in range(draw(st.integers(1 if kind == "bar" else 2, 8)))]
    elif kind == "share" and draw(st.booleans()):
        unit = "%"
        values = [draw(st.floats(min_value=0, max_value=100))]
    elif kind == "share":
        unit = draw(st.sampled_from(["firms", "CNY"]))
        whole = draw(st.floats(min_value=1e-6, max_value=1e15))
        values = [draw(st.floats(min_value=0, max_value=1)) * whole, whole]
    elif kind == "index":
        unit = "%"
        values = [draw(st.floats(min_value=-99.9, max_value=1e6))]
    else:
        unit = draw(st.sampled_from(["", "people"]))
        values = [None if not unit else draw(MAGNITUDE) for _ in range(draw(st.integers(1, 6)))]
    # The format refuses values nearer zero than 1e-9 (they cannot be drawn): 0 stands for them.
    values = [0.0 if v is not None and abs(v) < MIN_ABS_VALUE else v for v in values]
    figures = [
        {
            "label": f"{label} {i}" if i else label,
            "value": v,
            "unit": unit if v is not None else "",
            "year": draw(st.integers(1900, 2100)) if kind == "timeline" or draw(st.booleans()) else None,
            "status": draw(st.sampled_from(["reported", "unverifiable", "disputed", "forecast"])),
        }
        for i, v in enumerate(values)
    ]
    return kind, figures, label


def write_pack(folder: Path, kind: str, figures: list[dict[str, object]], title: str) -> None:
    quotes = [f"Sentence number {i} says so." for i in range(len(figures))]
    (folder / "article.txt").write_text(" ".join(quotes), encoding="utf-8")
    with (folder / "figures.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "section", "label", "value", "unit", "year", "quote", "status", "note"])
        for i, fig in enumerate(figures):
            value = "" if fig["value"] is None else repr(fig["value"])
            year = "" if fig["year"] is None else fig["year"]
            writer.writerow([f"f{i}", "main", fig["label"], value, fig["unit"], year, quotes[i], fig["status"], ""])
    manifest = {
        "schema_version": 1,
        "id": "random",
        "title": title,
        "source": {"title": title, "kind": "news article", "file": "article.txt"},
        "sections": [{"id": "main", "title": title}],
        "charts": [
            {
                "id": "chart",
                "section": "main",
                "kind": kind,
                "title": title,
                "subtitle": title,
                "figures": [f"f{i}" for i in range(len(figures))],
                "reference_label": "Reference",
            }
        ],
    }
    (folder / "pack.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chart_figures())
def test_any_valid_pack_draws_with_matching_labels_and_exports(case: tuple[str, list[dict[str, object]], str]) -> None:
    create_application()
    kind, figures, title = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_pack(folder, kind, figures, title)
        pack = load_pack(folder)
        data = pack.chart_data("chart")
        view = ChartView(data, pack.by_id)
        view.resize(600, view.heightForWidth(600))
        view.show()
        QApplication.processEvents()
        marks = view.figure.marks
        if isinstance(marks, BarsItem):
            spans = [b.span for b in data.bars]
            assert [(r.left(), r.right()) for r in map(marks.rect, range(len(spans)))] == [
                (min(a, b), max(a, b)) for a, b in spans
            ]
            lo, hi = view.figure.plot.vb.viewRange()[0]  # type: ignore[union-attr]
            assert all(lo <= min(a, b) and max(a, b) <= hi * (1 + 1e-9) for a, b in spans)  # the range holds the bars
            shown = marks.texts()
            assert [t.split("  ")[-1] for t in shown] == [value_text(b) for b in data.bars]
            if kind == "bar":
                assert [b.value for b in data.bars] == [f["value"] for f in figures]
        elif isinstance(marks, BigNumber):
            assert kind == "bar" and len(figures) == 1 and marks.texts()[0] == data.bars[0].text
        elif isinstance(marks, LineItem):
            assert sorted(marks.ys.tolist()) == sorted(f["value"] for f in figures)  # type: ignore[type-var]
            label = view.figure.value_label
            assert label is not None and label.toPlainText() == value_text(data.bars[-1])
        else:
            assert isinstance(marks, TimelineItem)
            assert len(marks.texts()) == len(figures)
            assert [e.year for e in data.events] == sorted(f["year"] for f in figures)  # type: ignore[type-var]
        view.close()
        image = render_image(pack, "chart", 400)
        assert image.width() == 400 and image.height() > 100
        assert b"<desc>" in svg_bytes(pack, "chart", 400)
        assert chart_csv(data, pack.by_id).startswith(b"\xef\xbb\xbflabel,qualifier,value")

"""A smoke test of the benchmark's code paths at tiny sizes; timings are never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_run_writes_every_measure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert set(results) >= {"machine", "startup", "memory", "tabs", "export", "scale"}
    assert set(results["tabs"]) >= {"Overview", "Sectors", "Education", "Challenges"}
    for key in ("ratio", "app_ms", "bare_window_ms"):
        assert results["startup"][key] > 0
    for key in ("app_peak_rss_mib", "bare_window_peak_rss_mib"):
        assert 50 < results["memory"][key] < 2000
    for key in ("png_ratio", "svg_ratio", "matplotlib_png_ms_per_chart"):
        assert results["export"][key] > 0
    for key in ("model_first_paint_ms", "sort_number_ratio", "sort_string_ratio", "line_first_paint_ms"):
        assert results["scale"][key] > 0
    assert "| start-up to first paint |" in result.stdout

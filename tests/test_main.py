"""The command line: `make run` without a display says so in one line instead of a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_gui_without_a_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no display found")
    assert "Traceback" not in result.stderr


def _gui(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    return subprocess.run(
        [sys.executable, "main.py", *args, "--quit-after-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_window_opens_on_a_pack_from_the_command_line(tmp_path: Path) -> None:
    result = _gui("--pack", "tests/packs/minimal", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
    peak = float(result.stdout.split("peak-rss-mib ", 1)[1].split()[0])  # the benchmark reads it
    assert 50 < peak < 2000
    recent = (tmp_path / "config" / "ShanghaiTechViewer" / "shanghai-tech-viewer.conf").read_text()
    assert "tests/packs/minimal" in recent


def test_a_broken_pack_on_the_command_line_falls_back_to_the_bundled_one(tmp_path: Path) -> None:
    result = _gui("--pack", "tests/packs/broken/value_nan", tmp=tmp_path)
    assert result.returncode == 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith("error: cannot open the data pack tests/packs/broken/value_nan: ")
    assert "value is NaN" in errors[0]

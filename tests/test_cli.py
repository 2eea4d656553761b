"""The headless commands, run as a person runs them: exit codes, printed paths, `error:` lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import SPAM_FRAGMENTS

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    # No display and no platform chosen: the export command must choose offscreen itself.
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_export_writes_each_chart_and_prints_each_path(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    result = run(
        "export",
        "--out",
        str(out),
        "--format",
        "png,svg,csv,pdf",
        "--width",
        "800",
        "--charts",
        "unicorn_share,milestones",
    )
    assert result.returncode == 0, result.stderr
    expected = [out / f"{c}.{e}" for c in ("unicorn_share", "milestones") for e in ("png", "svg", "csv")]
    expected.append(out / "report.pdf")
    assert result.stdout.split() == [str(p) for p in expected]
    assert QImage(str(out / "milestones.png")).width() == 800
    assert result.stderr == ""


def test_export_defaults_to_every_chart_as_png(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 10
    assert all(QImage(p).width() == 1600 for p in result.stdout.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--charts", "no_such_chart"], "error: unknown chart id 'no_such_chart'"),
        (["--format", "gif"], "error: unknown format 'gif'"),
        (["--width", "399"], "error: width 399 px is out of range; choose 400 to 6000 px"),
        (["--width", "6001"], "error: width 6001 px is out of range"),
        (["--width", "wide"], "error: argument --width: invalid int value: 'wide'"),
        (["--pack", "/nonexistent/pack"], "error: cannot load the data pack: /nonexistent/pack:1: not a folder"),
    ],
)
def test_export_errors_exit_2_with_one_error_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("export", "--out", str(tmp_path / "out"), *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_export_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("export", "--out", str(blocker / "sub"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: cannot create folder {blocker / 'sub'}: not a directory"]


def test_export_of_a_broken_pack_names_its_problem(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.json").write_text("{ not json", encoding="utf-8")
    result = run("export", "--out", str(tmp_path / "out"), "--pack", str(pack))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: cannot load the data pack: {pack / 'pack.json'}:1: not valid JSON")


def test_exported_svgs_carry_no_spam(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path), "--format", "svg,csv")
    assert result.returncode == 0
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8-sig")
        assert not any(fragment in text for fragment in SPAM_FRAGMENTS)

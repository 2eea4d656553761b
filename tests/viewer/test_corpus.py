"""The broken-pack corpus through `validate`: each pack is refused with its exact messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from viewer.pack import MAX_FIGURES, PackError, load_pack

PACKS = Path(__file__).resolve().parents[1] / "packs"
BROKEN = sorted(p for p in (PACKS / "broken").iterdir() if p.is_dir())
ROOT = PACKS.parents[1]


def expected(folder: Path) -> list[str]:
    lines = (folder / "expected.txt").read_text(encoding="utf-8").splitlines()
    return [f"{folder}/{line}" for line in lines]


def test_the_corpus_is_large_enough() -> None:
    assert len(BROKEN) >= 25


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_validate_lists_every_problem_and_exits_1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == expected(folder)
    assert "Traceback" not in out.out + out.err


def test_validate_of_a_good_pack_says_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "resources" / "packs" / "shanghai")]) == 0
    assert capsys.readouterr().out == "ok: 34 figures, 10 charts in 4 sections\n"


def test_validate_as_a_command(tmp_path: Path) -> None:
    folder = PACKS / "broken" / "value_nan"
    result = subprocess.run(
        [sys.executable, "main.py", "validate", str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == expected(folder)
    ok = subprocess.run(
        [sys.executable, "main.py", "validate", str(PACKS / "minimal")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (ok.returncode, ok.stdout) == (0, "ok: 4 figures, 3 charts in 2 sections\n")


def test_bom_crlf_quoted_commas_and_chinese_load_fine() -> None:
    pack = load_pack(PACKS / "variants")
    assert pack.title == "上海港"
    assert pack.figure("吞吐量").label == "货物吞吐量（吨）"
    assert pack.figure("workers").label == "Workers, all terminals"
    assert pack.figure("workers").note == 'A note, with "quotes"'
    assert pack.figure("workers").quote == "The port, busy as ever, employs 8,000 people"


def _copy_minimal(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(PACKS / "minimal", folder)
    return folder


def test_a_file_over_20_mb_is_refused(tmp_path: Path) -> None:
    folder = _copy_minimal(tmp_path)
    with (folder / "article.txt").open("a", encoding="utf-8") as f:
        f.write("x" * (20 * 1024 * 1024 + 1))
    with pytest.raises(PackError) as info:
        load_pack(folder)
    assert str(info.value) == f"{folder}/article.txt:1: file is 20.0 MB; pack files may be at most 20 MB"


def test_more_than_10000_figures_are_refused(tmp_path: Path) -> None:
    folder = _copy_minimal(tmp_path)
    row = "f{i},trade,Cargo {i},{i},tonnes,,The port of Example handled 120 million tonnes in 2023,reported,\n"
    header = (folder / "figures.csv").read_text(encoding="utf-8")
    (folder / "figures.csv").write_text(header + "".join(row.format(i=i) for i in range(MAX_FIGURES)), encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(folder)
    assert info.value.message == "more than 10,000 figures; a pack may hold at most 10,000"
    assert info.value.line == MAX_FIGURES + 2


def test_a_pack_of_six_sections(tmp_path: Path) -> None:
    folder = _copy_minimal(tmp_path)
    manifest = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
    for i in range(4):
        manifest["sections"].append({"id": f"extra{i}", "title": f"Extra {i}"})
        manifest["charts"].append(
            {"id": f"c{i}", "section": f"extra{i}", "kind": "bar", "title": "T", "subtitle": "", "figures": ["workers"]}
        )
    (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert len(load_pack(folder).sections) == 6

"""Hostile and careless packs through `validate` and `export`: a message, never a traceback, a
hang, a crash, an escape reaching the terminal, or a file half-replaced (issue 19).

The stored corpus is tests/packs/broken/ (each folder's expected.txt); what cannot be stored in
git (names too long, NUL bytes, a full disk, a million columns) is made here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from main import main
from viewer.pack import PackError, load_pack

ROOT = Path(__file__).resolve().parents[1]
PACKS = ROOT / "tests" / "packs"
BROKEN = sorted(p for p in (PACKS / "broken").iterdir() if p.is_dir())
TERMINAL_ATTACKS = ("\x1b", "\u202e", "\x07", "\x00")


def run(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=timeout,
    )


def expected(folder: Path) -> list[str]:
    return [f"{folder}/{line}" for line in (folder / "expected.txt").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_export_of_every_broken_pack_is_one_error_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--pack", str(folder)]) == 2
    captured = capsys.readouterr()
    first = expected(folder)[0]
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot load the data pack: {first}"), captured.err
    assert captured.out == "" and not out.exists()


@pytest.mark.parametrize(
    "name", ["value_negative_count", "unknown_section_bidi_override", "chart_id_lone_surrogate", "label_with_nul"]
)
def test_a_terminal_that_is_not_utf8_gets_escapes_not_a_traceback(name: str) -> None:
    folder = PACKS / "broken" / name
    result = run("validate", str(folder), env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected(folder))
    assert all(line.isascii() for line in lines)
    # The same message, with what ASCII cannot show written as Python escapes.
    wanted = [line.encode("ascii", "backslashreplace").decode("ascii") for line in expected(folder)]
    assert lines == wanted


def test_escapes_in_pack_text_never_reach_the_terminal() -> None:
    for name in ("label_with_terminal_escape", "id_clears_the_screen", "unknown_section_bidi_override"):
        result = run("validate", str(PACKS / "broken" / name))
        assert result.returncode == 1
        assert not any(ch in result.stdout + result.stderr for ch in TERMINAL_ATTACKS), result.stdout


def test_a_header_of_a_million_columns_is_echoed_cut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "wide"
    shutil.copytree(PACKS / "minimal", folder)
    (folder / "figures.csv").write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n", encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and len(lines[0]) < 500
    assert lines[0].startswith(f"{folder}/figures.csv:1: missing columns id, section, label")


def test_names_too_long_or_with_nul_bytes_are_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_folder = tmp_path / ("p" * 5000)
    assert main(["validate", str(long_folder)]) == 1
    out = capsys.readouterr().out
    assert out.endswith("…:1: cannot open the pack folder: file name too long\n") and len(out) < 400
    assert main(["validate", "pack\x00folder"]) == 1
    assert capsys.readouterr().out == "pack\\x00folder:1: cannot open the pack folder: its name has a NUL byte\n"


def test_a_folder_that_cannot_be_searched_or_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As root (CI) permissions do not stop reading, so the system's refusal is simulated."""
    folder = tmp_path / "locked"
    shutil.copytree(PACKS / "minimal", folder)
    real_stat = os.stat

    def refuse(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).startswith(str(folder / "figures.csv")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", refuse)
    assert main(["validate", str(folder)]) == 1
    assert capsys.readouterr().out == (
        f"{folder}/pack.json:10: 'figures' is 'figures.csv', which cannot be opened: permission denied\n"
    )
    monkeypatch.setattr(os, "stat", real_stat)
    monkeypatch.setattr(
        Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
    )
    assert main(["validate", str(folder)]) == 1
    assert capsys.readouterr().out == f"{folder}/pack.json:1: cannot read file: permission denied\n"


def test_an_id_in_devanagari_is_an_id(tmp_path: Path) -> None:
    """The format says "letters (any script)": a vowel sign is part of the word it is in."""
    folder = tmp_path / "hindi"
    shutil.copytree(PACKS / "minimal", folder)
    figures = (folder / "figures.csv").read_text(encoding="utf-8").replace("workers,", "हिंदी_लागत,", 1)
    (folder / "figures.csv").write_text(figures, encoding="utf-8")
    assert load_pack(folder).figure("हिंदी_लागत").value == 8000


def test_the_smallest_drawable_value_draws(tmp_path: Path) -> None:
    """5e-324 crashed export (log10 of 0 in the ticks); 1e-9, the smallest allowed, exports."""
    folder = tmp_path / "tiny"
    shutil.copytree(PACKS / "minimal", folder)
    figures = (folder / "figures.csv").read_text(encoding="utf-8").replace(",120000000,", ",1e-9,")
    (folder / "figures.csv").write_text(figures, encoding="utf-8")
    result = run("export", "--out", str(tmp_path / "out"), "--pack", str(folder), "--format", "png,svg")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 6


def test_export_into_a_file_says_it_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "exports"
    target.write_text("not a folder")
    result = run("export", "--out", str(target))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: {target} is a file, not a folder; choose a folder to export into"]


def test_one_file_failing_replaces_none(tmp_path: Path) -> None:
    """A folder in the way of one file of the set: nothing of the export is written or replaced."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "unicorn_share.png").write_bytes(b"older")
    (out / "milestones.png").mkdir()
    result = run("export", "--out", str(out), "--charts", "unicorn_share,milestones")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: cannot write {out / 'milestones.png'}: a folder of that name is in the way; nothing was changed"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["milestones.png", "unicorn_share.png"]
    assert (out / "unicorn_share.png").read_bytes() == b"older"


def test_a_folder_name_that_is_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9"
    result = subprocess.run(
        [sys.executable, "main.py", "export", "--out", raw, "--charts", "milestones", "--format", "png,csv"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(raw)) == [b"milestones.csv", b"milestones.png"]
    assert b"caf\\udce9" in result.stdout  # printed as an escape, not as a broken byte


@pytest.fixture
def full_disk(tmp_path: Path) -> object:
    """A 64 KiB file system, where a 1600 px chart does not fit."""
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]).returncode:
        pytest.skip("mounting a small file system needs root")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_is_one_error_line_and_leaves_nothing(full_disk: Path) -> None:
    (full_disk / "milestones.csv").write_text("older")
    result = run("export", "--out", str(full_disk), "--format", "csv,png,svg")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: could not write ") and lines[0].endswith(
        f": no space left on device; nothing in {full_disk} was changed"
    )
    assert sorted(p.name for p in full_disk.iterdir()) == ["milestones.csv"]
    assert (full_disk / "milestones.csv").read_text() == "older"


@pytest.mark.parametrize("pack", ["shanghai", "every_kind", "variants"])
def test_every_exported_svg_is_well_formed_xml(pack: str, tmp_path: Path) -> None:
    folder = ROOT / "resources" / "packs" / pack if pack == "shanghai" else PACKS / pack
    result = run("export", "--out", str(tmp_path), "--pack", str(folder), "--format", "svg", "--width", "400")
    assert result.returncode == 0, result.stderr
    for path in result.stdout.split():
        ET.parse(path)  # raises on anything not well-formed


def test_a_pack_at_the_limits_validates(tmp_path: Path) -> None:
    """10,000 figures each quoting a sentence near the end of a 19.9 MB article (each quote was
    searched across the whole article: two minutes; `make bench` times it)."""
    from bench.big_packs import write_big_pack

    folder = write_big_pack(tmp_path / "big")
    pack = load_pack(folder)
    assert len(pack.figures) == 10_000
    (folder / "figures.csv").write_text(
        (folder / "figures.csv").read_text(encoding="utf-8").replace("Sentence 9999 ", "Sentence 99999 "),
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="quote not found in the article"):
        load_pack(folder)


def test_an_image_too_big_to_open_is_refused_with_the_widest_that_fits(tmp_path: Path) -> None:
    """A 40-bar chart at 6,000 px would be 6,000 x 24,609 px (590 MB in memory, and Qt itself
    refuses to read an image over 256 MB): refused, saying how wide it can be; SVG still works."""
    from bench.big_packs import write_big_pack

    big = write_big_pack(tmp_path / "big")
    out = tmp_path / "out"
    result = run("export", "--pack", str(big), "--out", str(out), "--charts", "s0_bars0", "--width", "6000")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: chart 's0_bars0' at 6,000 px wide would be 6,000 x ")
    widest = int(lines[0].split("at most ")[1].split(" px")[0].replace(",", ""))
    assert not out.exists() or not any(out.iterdir())
    result = run("export", "--pack", str(big), "--out", str(out), "--charts", "s0_bars0", "--width", str(widest))
    assert result.returncode == 0, result.stderr
    result = run(
        "export", "--pack", str(big), "--out", str(out), "--charts", "s0_bars0", "--width", "6000", "--format", "svg"
    )
    assert result.returncode == 0, result.stderr

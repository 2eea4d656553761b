"""The standalone bundle (`make bundle`), built from the current code and run as someone without
Python would: from another folder, with an empty environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# 250 MB, decimal, until the importer (issue 18): its HTML reader and quantity parser (lxml,
# trafilatura, quantulum3's unit tables, dateparser, regex) add about 30 MB; 280 MB with them.
MAX_BYTES = 280_000_000


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    command = [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp / "dist")]
    command += ["--workpath", str(tmp / "build"), str(ROOT / "tools" / "bundle.spec")]
    built = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    return tmp / "dist" / "shanghai-tech-viewer"


def _run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # No virtual environment, no PYTHONPATH, no display: only what a desktop session would set.
    env = {"HOME": str(cwd), "PATH": "/usr/bin:/bin", "LANG": os.environ.get("LANG", "C.UTF-8")}
    executable = str(bundle / "shanghai-tech-viewer")
    return subprocess.run([executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_bundle_is_lean(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BYTES, f"{size / 1e6:.0f} MB"
    assert not list(bundle.rglob("*QtQuick*")) and not list(bundle.rglob("*QtQml*"))  # left out


def test_the_bundle_validates_and_exports_headless(bundle: Path, tmp_path: Path) -> None:
    version = _run(bundle, "--version", cwd=tmp_path)
    assert version.stdout.strip() == "shanghai-tech-viewer 0.1.0", version.stderr[-2000:]
    checked = _run(bundle, "validate", str(ROOT / "tests" / "packs" / "minimal"), cwd=tmp_path)
    assert checked.returncode == 0 and checked.stdout.startswith("ok: 4 figures"), checked.stderr[-2000:]
    exported = _run(bundle, "export", "--out", "out", "--format", "png,pdf", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr[-2000:]
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "milestones.png" in written and "report.pdf" in written and len(written) == 11


def test_the_bundle_imports_an_article(bundle: Path, tmp_path: Path) -> None:
    """The importer's data (quantulum3's unit tables, trafilatura's settings) are in the bundle."""
    for name in ("shanghai-raw.txt", "nairobi.html"):
        article = ROOT / "tests" / "importer" / "articles" / name
        result = _run(bundle, "import", str(article), "--out", f"pack-{name}", cwd=tmp_path)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "wrote " in result.stdout
    assert (
        "found 17 figures"
        in _run(
            bundle,
            "import",
            str(ROOT / "tests" / "importer" / "articles" / "shanghai-raw.txt"),
            "--out",
            "again",
            cwd=tmp_path,
        ).stdout
    )

"""viewer/ is the domain: it must import with Qt and pyqtgraph unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'}:
            raise ImportError(f'{name} is blocked: viewer/ must not need Qt')
sys.meta_path.insert(0, Block())
import pkgutil, importlib, viewer
names = [m.name for m in pkgutil.iter_modules(viewer.__path__, 'viewer.')]
for name in names:
    importlib.import_module(name)
from viewer.pack import load_pack
load_pack()
print(len(names))
"""


def test_every_viewer_module_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 4


def test_nothing_in_the_project_reads_the_shared_folder() -> None:
    offenders = []
    for path in ROOT.rglob("*"):
        if ".venv" in path.parts or ".git" in path.parts or not path.is_file():
            continue
        if path.suffix not in {".py", ".toml", ".json", ".csv", ".cfg", ".ini"} and path.name not in {
            "Makefile",
            "run",
        }:
            continue
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "../shared" in text or "shared/source" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []

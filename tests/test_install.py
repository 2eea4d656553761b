"""Installed as a person installs it: the wheel, in a fresh virtual environment, run from
elsewhere than the source tree, finds its bundled pack, translations, icon and help."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH"}}
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the project's wheel (and its pinned dependencies) installed; its bin/."""
    tmp = tmp_path_factory.mktemp("wheel")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(ROOT), cwd=tmp)
    assert built.returncode == 0, built.stderr[-2000:]
    wheels = list((tmp / "dist").glob("shanghai_tech_viewer-*.whl"))
    assert len(wheels) == 1
    venv.create(tmp / "venv", with_pip=True)
    bin_dir = tmp / "venv" / "bin"
    pip = _run(str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0]), cwd=tmp)
    assert pip.returncode == 0, pip.stderr[-2000:]
    return bin_dir


def test_the_wheel_holds_no_top_level_resources_package(installed: Path) -> None:
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert not (site / "resources").exists()
    shipped = site / "viewer" / "resources"
    for part in ("packs/shanghai/figures.csv", "i18n/viewer_zh_CN.qm", "icons/shanghai-tech-viewer.svg"):
        assert (shipped / part).is_file(), part
    assert (shipped / "shanghai-tech-viewer.desktop").is_file() and (shipped / "help" / "user-guide.md").is_file()


def test_installed_command_validates_and_exports_the_bundled_pack(installed: Path, tmp_path: Path) -> None:
    command = str(installed / "shanghai-tech-viewer")
    version = _run(command, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == "shanghai-tech-viewer 0.1.0"
    where = _run(
        str(installed / "python"), "-c", "from viewer.pack import DEFAULT_PACK; print(DEFAULT_PACK)", cwd=tmp_path
    )
    bundled = Path(where.stdout.strip())
    assert ROOT not in bundled.parents  # read from the install, not the source tree
    checked = _run(command, "validate", str(bundled), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok: 34 figures, 10 charts in 4 sections")
    exported = _run(command, "export", "--out", "out", "--format", "png,svg", "--charts", "milestones", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["milestones.png", "milestones.svg"]
    assert "Milestones, 2020 to 2026" in (tmp_path / "out" / "milestones.svg").read_text(encoding="utf-8")


def test_installed_window_opens_a_pack_folder_given_as_its_argument_in_chinese(installed: Path, tmp_path: Path) -> None:
    """As the desktop entry starts it (Exec=shanghai-tech-viewer %f), with the interface in Chinese:
    the translation, the icon and the Chinese help come from the install."""
    script = f"""
import sys
from PySide6.QtCore import QSettings
from ui.app import ICON, create_application, install_translations
from ui.main_window import MainWindow
from viewer.pack import load_pack
app = create_application()
install_translations(app, "zh_CN")
window = MainWindow(load_pack(sys.argv[1]), QSettings("{tmp_path}/s.ini", QSettings.Format.IniFormat))
help_text = window.show_help().browser.toPlainText()
print(window.pack.id, window.quit_action.text(), ICON.is_file(), "导出图表" in help_text)
"""
    env_pack = str(ROOT / "tests" / "packs" / "minimal")
    shown = _run(str(installed / "python"), "-c", script, env_pack, cwd=tmp_path)
    assert shown.stdout.split() == ["example", "退出(&Q)", "True", "True"], shown.stderr[-2000:]
    opened = _run(str(installed / "shanghai-tech-viewer"), env_pack, "--quit-after-paint", cwd=tmp_path)
    assert opened.returncode == 0 and opened.stdout.startswith("painted "), opened.stderr[-2000:]

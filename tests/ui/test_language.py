"""Two languages: the interface in Simplified Chinese, with translation files that are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from ui.app import create_application, install_translations, interface_language
from ui.main_window import MainWindow
from viewer.pack import DataPack

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


@pytest.fixture
def chinese() -> Iterator[None]:
    app = create_application()
    install_translations(app, "zh_CN")
    yield
    install_translations(app, "en")


def test_chinese_interface_translates_tabs_and_menus(
    qtbot: QtBot, chinese: None, pack: DataPack, settings: QSettings
) -> None:
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(4)] == ["概览", "产业", "教育", "挑战"]
    menus = [m.title() for m in window.menuBar().findChildren(QMenu) if m.title()]
    assert menus[:4] == ["文件(&F)", "最近打开(&R)", "编辑(&E)", "视图(&V)"]
    assert window.quit_action.text() == "退出(&Q)"
    assert window.current_tab().cards[0].status_text == "已报道"
    # Pack text stays in the pack's language.
    assert window.current_tab().charts[0].figure.title.text == "Shanghai's share of China's unicorn start-ups"


def test_charts_and_standard_buttons_speak_the_interface_language(
    qtbot: QtBot, chinese: None, pack: DataPack, settings: QSettings
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    milestones = next(v for v in window.current_tab().charts if v.chart_id == "milestones").figure
    assert milestones.legend is not None and milestones.legend.entries() == ["已报道", "无法核实", "预测"]
    assert milestones.source.text.startswith("来源：Shanghai emerges")  # the words around the pack's text
    caveats = milestones.caveats.text.splitlines()
    assert caveats[1].startswith("“Shanghai to surpass Beijing in AI investment”是一项预测。 A prediction")
    assert milestones.marks.texts()[-1].endswith("(预测)")
    # Qt's own buttons (OK, Cancel) come from Qt's catalogue for the language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["确定", "取消"])


def test_help_is_shown_in_the_interface_language(
    qtbot: QtBot, chinese: None, pack: DataPack, settings: QSettings
) -> None:
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    text = window.show_help().browser.toPlainText()
    assert text.startswith("用户指南") and "仅显示需核查的数据" in text and "Ctrl+Shift+D" in text


def test_english_is_the_source_language(qtbot: QtBot, pack: DataPack, settings: QSettings) -> None:
    install_translations(create_application(), "en")
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Overview"


def test_language_choice_resolves() -> None:
    assert interface_language("zh_CN") == "zh_CN"
    assert interface_language("en") == "en"
    assert interface_language("system") in ("en", "zh_CN")


def test_no_string_is_left_untranslated(tmp_path: Path) -> None:
    ts = tmp_path / "viewer_zh_CN.ts"
    shutil.copy(I18N / "viewer_zh_CN.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout  # lupdate's own report: nothing new to translate
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text and 'type="obsolete"' not in text


def test_compiled_translation_is_current(tmp_path: Path) -> None:
    built = tmp_path / "viewer_zh_CN.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(I18N / "viewer_zh_CN.ts"), "-qm", str(built)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert built.read_bytes() == (I18N / "viewer_zh_CN.qm").read_bytes(), "run: make translations"

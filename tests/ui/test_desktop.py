"""A desktop app that behaves like one: shortcuts, remembered state, themes, menus."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import visit
from ui.main_window import MainWindow
from ui.section_tab import FigureCard
from ui.settings import open_settings
from ui.theme import DARK, LIGHT, OKABE_ITO, contrast_ratio
from viewer.pack import DataPack

ROOT = Path(__file__).resolve().parents[2]


def _press(qtbot: QtBot, window: MainWindow, sequence: str) -> None:
    key = QKeySequence(sequence)[0]
    qtbot.keyClick(window, key.key(), key.keyboardModifiers())


@pytest.mark.parametrize(("keys", "tab"), [("Ctrl+2", 1), ("Ctrl+3", 2), ("Ctrl+4", 3), ("Ctrl+1", 0)])
def test_ctrl_number_opens_the_tab(qtbot: QtBot, window: MainWindow, keys: str, tab: int) -> None:
    window.tabs.setCurrentIndex(3 if tab == 0 else 0)
    _press(qtbot, window, keys)
    assert window.tabs.currentIndex() == tab


def test_ctrl_tab_cycles_the_tabs(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, "Ctrl+Tab")
    assert window.tabs.currentIndex() == 1
    _press(qtbot, window, "Ctrl+Shift+Tab")
    _press(qtbot, window, "Ctrl+Shift+Tab")
    assert window.tabs.currentIndex() == 3  # wraps around


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen)
    _press(qtbot, window, "F11")
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_f1_opens_help_with_the_usage_section(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, "F1")
    qtbot.waitUntil(lambda: hasattr(window, "help_window") and window.help_window.isVisible())
    text = window.help_window.browser.toPlainText()
    assert "Finding figures" in text and "Exporting charts" in text
    assert "apt-get" not in text  # a guide for the person using the app, not for installing it


def test_ctrl_q_quits(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible())


def _menu_actions(window: MainWindow) -> dict[str, str]:
    """Text -> shortcut of every command in the menu bar, read as the menus show them."""
    found: dict[str, str] = {}
    menus = window.menuBar().findChildren(QMenu)
    # (QAction.menu() is avoided: in PySide6 6.10 its temporary wrapper can delete the submenu.)
    submenus = [m.menuAction() for m in menus]
    for menu in menus:
        for action in menu.actions():
            if not action.isSeparator() and action not in submenus:
                found[action.text().replace("&", "")] = action.shortcut().toString()
    return found


def test_every_action_is_in_the_menu_bar_with_its_shortcut(window: MainWindow) -> None:
    in_menus = _menu_actions(window)
    expected = {
        "Open data pack…": "Ctrl+O",
        "Export all charts…": "Ctrl+Shift+E",
        "Quit": "Ctrl+Q",
        "Copy selected rows": "Ctrl+C",
        "Copy chart image": "Ctrl+Shift+C",
        "Source": "F9",
        "Full screen": "F11",
        "Help": "F1",
        "Next tab": "Ctrl+Tab",
        "Previous tab": "Ctrl+Shift+Tab",
        "Overview": "Ctrl+1",
        "Challenges": "Ctrl+4",
    }
    for text, shortcut in expected.items():
        assert in_menus.get(text) == shortcut, text
    with_shortcuts = {a.text().replace("&", "") for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert with_shortcuts <= set(in_menus)  # no hidden shortcut: every one is discoverable


def test_tab_moves_through_cards_charts_and_table_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    tab = visit(qtbot, window, 0)
    tab.cards[0].setFocus()
    order: list[QWidget] = []
    widget = tab.cards[0]
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
    cards = [order.index(c) for c in tab.cards]
    plots = [order.index(v) for v in tab.charts]
    assert tab.table is not None
    assert cards == sorted(cards) and plots == sorted(plots)
    assert max(cards) < min(plots) < order.index(tab.table)
    assert all(isinstance(order[i], FigureCard) for i in cards)


# --- remembered state --------------------------------------------------------------------------


def _reopen(qtbot: QtBot, pack: DataPack, settings: QSettings) -> MainWindow:
    window = MainWindow(pack, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_geometry_tab_theme_and_language_come_back(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    window.resize(701, 555)  # within the offscreen screen (800 x 800), which Qt clamps to
    window.move(40, 30)
    window.tabs.setCurrentIndex(2)
    window.set_theme_choice("dark")
    window.set_language("zh_CN")
    window.last_message.close()
    window.close()
    again = _reopen(qtbot, pack, window.settings)
    assert (again.width(), again.height()) == (701, 555)
    assert (again.x(), again.y()) == (window.x(), window.y())
    assert again.tabs.currentIndex() == 2
    assert again.theme_choice == "dark" and again.theme is DARK
    assert again.theme_actions["dark"].isChecked()
    assert again.language_actions["zh_CN"].isChecked()


def test_maximised_state_comes_back(qtbot: QtBot, window: MainWindow, pack: DataPack) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    again = _reopen(qtbot, pack, window.settings)
    assert again.windowState() & Qt.WindowState.WindowMaximized


def test_corrupt_settings_mean_defaults_and_a_log_line(
    qtbot: QtBot, pack: DataPack, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "corrupt.ini"
    path.write_bytes(b"\x00\xff\xfe[window\ngeometry=@ByteArray(\\x\nrubbish\n[[[\n")
    with caplog.at_level(logging.WARNING, logger="viewer"):
        settings = open_settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert any("could not be read" in r.getMessage() for r in caplog.records)
    window = MainWindow(pack, settings)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0 and window.theme_choice == "system"


def test_settings_of_the_wrong_type_mean_defaults(qtbot: QtBot, pack: DataPack, tmp_path: Path) -> None:
    path = tmp_path / "odd.ini"
    path.write_text("[window]\ntab=notanumber\ngeometry=hello\nmaximized=maybe\n[appearance]\ntheme=purple\n")
    window = MainWindow(pack, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0 and window.theme_choice == "system" and not window.isMaximized()


def test_reset_settings_starts_clean(tmp_path: Path) -> None:
    config = tmp_path / "config"
    settings_file = config / "ShanghaiTechViewer" / "shanghai-tech-viewer.conf"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[window]\ntab=3\n[appearance]\ntheme=dark\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config), "HOME": str(tmp_path), "PATH": ""}
    subprocess.run(
        [sys.executable, "main.py", "--reset-settings", "--quit-after-paint"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
    )
    text = settings_file.read_text()
    assert "theme=dark" not in text and "tab=3" not in text


# --- light and dark ----------------------------------------------------------------------------


def test_theme_switch_recolours_charts_without_rebuilding(qtbot: QtBot, window: MainWindow) -> None:
    view = window.current_tab().charts[0]
    plot = view
    assert plot.grab().toImage().pixelColor(2, 2) == QColor(LIGHT.background)
    window.theme_actions["dark"].trigger()
    QApplication.processEvents()  # as the screen is painted: after the palette has reached every widget
    assert window.current_tab().charts[0] is view  # same widgets, recoloured
    # What is on screen: a dark ground, the dark theme's bar colour, and text in its text colour.
    image = plot.grab().toImage()
    assert image.pixelColor(2, 2) == QColor(DARK.background)
    centre = plot.mark_point(0)
    assert image.pixelColor(centre) == QColor(DARK.bar)
    assert _has_colour(image, QColor(DARK.text)) and not _has_colour(image, QColor(LIGHT.text))
    window.theme_actions["light"].trigger()
    image = plot.grab().toImage()
    assert image.pixelColor(2, 2) == QColor(LIGHT.background)
    assert image.pixelColor(centre) == QColor(LIGHT.bar)


def _has_colour(image: QImage, colour: QColor) -> bool:
    """Whether any pixel of the image is exactly this colour (the core of a glyph's stroke is)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # 0xffRRGGBB, rows unpadded
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return bool((pixels == colour.rgb()).any())


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast_is_at_least_4_5_to_1(theme: object) -> None:
    for text in (theme.text, theme.muted):  # type: ignore[attr-defined]
        for ground in (theme.background, theme.surface):  # type: ignore[attr-defined]
            assert contrast_ratio(QColor(text), QColor(ground)) >= 4.5, (text, ground)
    # Bars against the background are graphics: WCAG asks 3:1 of them.
    assert contrast_ratio(QColor(theme.bar), QColor(theme.background)) >= 3  # type: ignore[attr-defined]


def test_series_colours_are_okabe_ito(window: MainWindow) -> None:
    assert LIGHT.bar in OKABE_ITO and DARK.bar in OKABE_ITO


def test_system_theme_follows_the_desktop_live(qtbot: QtBot, window: MainWindow) -> None:
    hints = QGuiApplication.styleHints()
    window.set_theme_choice("system")
    # The offscreen platform cannot switch schemes, so the desktop's signal is sent as it would be.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.theme is DARK
    assert window.current_tab().charts[0].grab().toImage().pixelColor(2, 2) == QColor(DARK.background)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.theme is LIGHT
    window.set_theme_choice("dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.theme is DARK  # an explicit choice is not overridden


def test_exports_stay_light_in_the_dark_theme(window: MainWindow) -> None:
    window.set_theme_choice("dark")
    window.copy_image_action.trigger()
    image = QApplication.clipboard().image()
    assert QColor(image.pixel(2, 2)) == QColor(LIGHT.background)


def test_status_bar_names_the_pack_and_counts_figures(window: MainWindow) -> None:
    # Every status that is not plainly reported is counted (3 unverifiable figures, 1 forecast).
    assert window.status_label.text() == "34 figures · 3 unverifiable · 1 disputed · 1 forecast"


def test_window_has_the_app_icon(window: MainWindow) -> None:
    assert not QApplication.windowIcon().isNull()
    assert (ROOT / "resources" / "icons" / "shanghai-tech-viewer.svg").exists()
    desktop = (ROOT / "resources" / "shanghai-tech-viewer.desktop").read_text(encoding="utf-8")
    assert "Icon=shanghai-tech-viewer" in desktop and "Exec=shanghai-tech-viewer" in desktop


def test_the_status_bar_quotes_a_sentence_once_whole_words_and_short(qtbot: QtBot, window: MainWindow) -> None:
    window._on_figure_clicked("zhao_lin_quote")  # a quote that begins with a quote mark of its own
    shown = window.statusBar().currentMessage()
    assert shown.startswith("“Shanghai offers what Silicon Valley once did") and not shown.startswith("““")
    assert shown.endswith("…” (F9 shows it in the article)")  # cut at a word, and says so
    assert len(shown) < 130


def test_a_pack_with_one_problem_says_problem(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ui.dialogs import pack_problems
    from viewer.pack import PackError, Problem

    box = pack_problems(window, tmp_path, PackError([Problem("pack.json", 1, "x")]))
    assert "(1 problem)" in box.text()
    box.close()


def test_changing_language_offers_to_restart_on_the_same_pack(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QProcess

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window.set_language("zh_CN")
    box = window.last_message
    assert box is not None and "Restart now?" in box.text()
    window.restart_button.click()
    assert len(started) == 1 and started[0][1][-2:] == ["--pack", str(window.pack.path)]

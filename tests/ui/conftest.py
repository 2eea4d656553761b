from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.main_window import MainWindow
from viewer.pack import DataPack


@pytest.fixture
def window(qtbot: QtBot, pack: DataPack, settings: QSettings) -> MainWindow:
    create_application()
    win = MainWindow(pack, settings)
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win

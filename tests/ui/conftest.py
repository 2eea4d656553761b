from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.main_window import MainWindow
from viewer.pack import DataPack


@pytest.fixture
def window(qtbot: QtBot, pack: DataPack) -> MainWindow:
    create_application()
    win = MainWindow(pack)
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    return win

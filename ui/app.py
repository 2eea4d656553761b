"""Application set-up: the QApplication, pyqtgraph's configuration and the main window."""

from __future__ import annotations

import os
import sys

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.main_window import APP_NAME, MainWindow
from viewer.pack import load_pack

ORGANIZATION = "ShanghaiTechViewer"
APPLICATION = "shanghai-tech-viewer"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, configured; an existing instance (pytest-qt's) is reused."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    pg.setConfigOptions(antialias=True, background="w", foreground="k", exitCleanup=False)
    return app


def create_window(pack_path: str | None = None) -> MainWindow:
    """The main window on a pack (the bundled one by default), not yet shown.

    Raises ``viewer.pack.PackError`` when the pack cannot be loaded.
    """
    create_application()
    return MainWindow(load_pack(pack_path))


def has_display() -> bool:
    """Whether Qt can open a window here (an X11 or Wayland display, or a chosen platform)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(pack_path: str | None = None) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = create_application()
    window = create_window(pack_path)
    window.show()
    return app.exec()

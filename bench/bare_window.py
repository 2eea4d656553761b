"""The baseline for start-up and memory: PySide6, pyqtgraph and pandas imported, one empty
PlotWidget shown, and the process exits once it has painted (as main.py --quit-after-paint)."""

from __future__ import annotations

import sys
import time

import pandas  # noqa: F401  (imported as the app imports it)
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class QuitOnPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"painted {time.time():.6f}", flush=True)  # as main.py --quit-after-paint does
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    widget = pg.PlotWidget()
    widget.resize(1280, 860)
    watcher = QuitOnPaint()
    widget.viewport().installEventFilter(watcher)
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

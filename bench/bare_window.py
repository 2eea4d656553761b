"""The baseline for start-up and memory: PySide6, pyqtgraph and pandas imported, one empty
PlotWidget shown; it prints when it painted and its peak memory, then exits (as main.py
--quit-after-paint does)."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

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
            QTimer.singleShot(0, quit_with_peak_rss)
        return False


def quit_with_peak_rss() -> None:
    """Print this process's own peak memory (VmHWM, as ui.app.peak_rss_mib reads it) and quit."""
    mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status")
    for line in status.read_text().splitlines() if status.exists() else []:
        if line.startswith("VmHWM:"):
            mib = int(line.split()[1]) / 1024
    print(f"peak-rss-mib {mib:.1f}", flush=True)
    QApplication.quit()


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

"""Faults and long sessions: an error in a slot is shown and logged; thousands of actions survive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.errors import ErrorReporter
from ui.export import write_png
from ui.main_window import MainWindow
from viewer.pack import load_pack

PACKS = Path(__file__).resolve().parents[1] / "packs"


class Emitter(QObject):
    fired = Signal(int)


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.total = 0

    @Slot(int)
    def on_fired(self, value: int) -> None:
        self.count += 1
        self.total += value


def test_a_hundred_thousand_signals_to_a_python_slot() -> None:
    # PySide6 6.12.0 on Python 3.11 aborts after ~1,000 of these (bool_dealloc); 6.10.3 must not.
    emitter, receiver = Emitter(), Receiver()
    emitter.fired.connect(receiver.on_fired)
    for i in range(100_000):
        emitter.fired.emit(i % 3)
    assert receiver.count == 100_000
    assert receiver.total == sum(i % 3 for i in range(100_000))


class Faulty(QObject):
    poked = Signal()

    @Slot()
    def on_poked(self) -> None:
        raise ZeroDivisionError("the figure's denominator was zero")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_logged_and_survived(qtbot: QtBot, window: MainWindow) -> None:
    reporter = ErrorReporter()
    reporter.install()
    try:
        faulty = Faulty()
        faulty.poked.connect(faulty.on_poked)
        faulty.poked.emit()
        qtbot.waitUntil(lambda: reporter.last_dialog is not None and reporter.last_dialog.isVisible())
    finally:
        reporter.uninstall()
    box = reporter.last_dialog
    assert box is not None
    assert box.text() == "Something went wrong: ZeroDivisionError: the figure's denominator was zero"
    assert "Traceback" in box.detailedText() and "on_poked" in box.detailedText()
    assert str(reporter.path) in box.informativeText()
    log = reporter.path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: the figure's denominator was zero" in log and "on_poked" in log
    box.close()
    window.tabs.setCurrentIndex(3)  # the window keeps working
    assert window.current_tab().built and window.current_tab().charts


def test_log_is_size_bounded_and_rotated() -> None:
    reporter = ErrorReporter()
    handler = next(h for h in __import__("logging").getLogger("viewer").handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == 512 * 1024 and handler.backupCount == 3
    assert reporter.path.parent.name == "logs"


def test_a_long_session(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """5,000 tab switches, 100 exports and 50 pack reloads in one process, and still working."""
    tabs = window.tabs
    for i in range(5_000):
        tabs.setCurrentIndex(i % tabs.count())
        if i % 50 == 0:
            qtbot.wait(0)
    for i in range(100):
        chart = window.pack.charts[i % len(window.pack.charts)].id
        write_png(window.pack, chart, tmp_path / f"{i % 10}.png", 400)
    minimal = load_pack(PACKS / "minimal")
    bundled = window.pack
    for i in range(50):
        window.set_pack(minimal if i % 2 == 0 else bundled)
        window.tabs.setCurrentIndex(window.tabs.count() - 1)
        qtbot.wait(0)
    assert window.pack is bundled and tabs.count() == 4
    assert QImage(str(tmp_path / "9.png")).width() == 400
    assert len(list(tmp_path.iterdir())) == 10

"""Unexpected errors: logged with their traceback to a rotating file and shown, never fatal."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("viewer")
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3


def log_path() -> Path:
    """Where the log file lives: the app's data folder (shown in Help › About)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs" / "viewer.log"


def setup_logging() -> Path:
    """Send the app's log to a size-bounded, rotated file; returns its path."""
    path = log_path()
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        print(f"warning: cannot write the log file {path}: {exc.strerror}", file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class ErrorReporter:
    """The exception hook: an error raised in any slot is logged and shown in a dialog with
    a one-line summary and the traceback under "Details"; the window keeps working."""

    def __init__(self) -> None:
        self.path = setup_logging()
        self.last_dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error: %s: %s\n%s", kind.__name__, error, details)
        if QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("ErrorReporter", "Unexpected error"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(QApplication.translate("ErrorReporter", "Something went wrong: %s") % f"{kind.__name__}: {error}")
        box.setInformativeText(
            QApplication.translate("ErrorReporter", "The window keeps working. The details were written to %s")
            % self.path
        )
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_dialog = box

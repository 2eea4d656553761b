"""Application set-up: the QApplication, translations, pyqtgraph, the exception hook, the window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ui import settings as keys
from ui.dialogs import pack_problems
from ui.errors import ErrorReporter
from ui.main_window import APP_NAME, MainWindow
from viewer.bundled import bundled
from viewer.pack import PackError, load_pack

ORGANIZATION = "ShanghaiTechViewer"
APPLICATION = "shanghai-tech-viewer"
ICON = bundled("icons", "shanghai-tech-viewer.svg")
TRANSLATIONS = bundled("i18n")
log = logging.getLogger("viewer")
_translators: list[QTranslator] = []
LANGUAGE_PROPERTY = "interfaceLanguage"


def interface_language(choice: str) -> str:
    """'en' or 'zh_CN' for a setting of 'en', 'zh_CN' or 'system' (the system locale)."""
    if choice in ("en", "zh_CN"):
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translations(app: QApplication, language: str) -> None:
    """Load the interface translation (and Qt's own, for standard dialogs) for a language."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    app.setProperty(LANGUAGE_PROPERTY, language)  # what the help window is shown in
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"viewer_{language}.qm")):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no translation for %s in %s", language, TRANSLATIONS)
    # Qt's own words (OK, Cancel, the file dialog): qtbase's catalogue. The qt_<lang> meta
    # catalogue that names it does not load from PySide6's wheel, and buttons stayed English.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    else:
        log.warning("no Qt translation for %s", language)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, configured; an existing instance (pytest-qt's) is reused."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if app is None:
        # Qt's raster engine hands every fill taller than 96 lines to a thread pool and waits
        # for it; for widget- and chart-sized fills the hand-off costs more than the fill
        # (a tab repaint is a quarter faster without it on two cores). Read once, at first use.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        # Fractional scales (150 %) as they are, so text and lines stay crisp on 2x screens.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setStyle("Fusion")  # honours our palette the same way on every desktop
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APPLICATION)
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    pg.setConfigOptions(antialias=True, background="w", foreground="k", exitCleanup=False)
    return app


def create_window(pack_path: str | None = None) -> MainWindow:
    """The main window on a pack (the bundled one by default), not yet shown.

    Raises ``viewer.pack.PackError`` when the pack cannot be loaded.
    """
    create_application()
    return MainWindow(load_pack(pack_path), keys.open_settings())


def has_display() -> bool:
    """Whether Qt can open a window here (an X11 or Wayland display, or a chosen platform)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB (Linux's VmHWM: this program's own, not the
    parent's it was forked from, which the rusage maximum would count)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _PaintWatcher(QObject):
    """For the benchmark: prints the wall-clock time the first tab's charts in view have painted
    (``painted <epoch seconds>``), then, once the window has built its other tabs while idle,
    the peak memory (``peak-rss-mib <MiB>``), and quits. Which charts are in view is known at
    the window's first paint, when the page is laid out."""

    def __init__(self, window: MainWindow, charts: list[QWidget]) -> None:
        super().__init__()
        self.window = window
        self.charts = charts
        self.pending: set[QObject] | None = None
        window.installEventFilter(self)
        for chart in charts:
            chart.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if self.pending is None and watched is self.window:
            self.pending = {c for c in self.charts if not c.visibleRegion().isEmpty()} or {self.window}
        if self.pending is not None and watched in self.pending:
            self.pending.discard(watched)
            if not self.pending:
                print(f"painted {time.time():.6f}", flush=True)
                self.pending = set()
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, self._quit_when_idle)
        return False

    def _quit_when_idle(self) -> None:
        if not all(tab.built for tab in self.window.section_tabs()):
            QTimer.singleShot(50, self._quit_when_idle)
            return
        print(f"peak-rss-mib {peak_rss_mib():.1f}", flush=True)
        QApplication.quit()


def freeze_startup_objects() -> None:
    """Take what start-up made (modules, the pack, the window) out of the cycle collector's walks.

    Over 100,000 such objects live as long as the app; each full collection walked them all (80 ms
    here), landing on whichever click happened to allocate then. They are still freed when no
    longer referenced; only a reference cycle among them would outlive its use (``gc.freeze``).
    """
    gc.freeze()


def run_gui(pack_path: str | None = None, reset_settings: bool = False, quit_after_paint: bool = False) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = create_application()
    reporter = ErrorReporter()
    reporter.install()
    settings = keys.open_settings()
    if reset_settings:
        settings.clear()
        settings.sync()
    install_translations(app, interface_language(str(settings.value(keys.LANGUAGE, "system"))))
    refused: PackError | None = None
    try:
        pack = load_pack(pack_path)
    except PackError as error:  # start on the bundled pack and say why the other was refused
        refused, pack = error, load_pack()
    window = MainWindow(pack, settings)
    window.show()
    if refused is not None and pack_path is not None:
        print(f"error: cannot open the data pack {pack_path}: {refused.problems[0]}", file=sys.stderr)
        window.last_message = pack_problems(window, Path(pack_path), refused)
    elif pack_path is not None:
        window.remember_recent(str(Path(pack_path).resolve()))
    window.build_tabs_when_idle()
    freeze_startup_objects()
    if quit_after_paint:
        tab = window.current_tab()
        targets: list[QWidget] = [view.viewport() for view in tab.charts] or [window]
        watcher = _PaintWatcher(window, targets)
        window.destroyed.connect(watcher.deleteLater)
    code = app.exec()
    reporter.uninstall()
    return code


__all__ = ["PackError", "create_application", "create_window", "has_display", "run_gui"]

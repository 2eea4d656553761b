"""The main window: one tab per section of the pack, menus for everything it can do.

It owns the tabs, the source dock, the settings and the actions; views below it only emit
signals (a figure clicked, an export asked for) and are told what to show.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QProcess,
    QSettings,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ui import settings as keys
from ui.dialogs import ExportDialog, HelpWindow, about_text, message, pack_problems
from ui.errors import log_path
from ui.export import (
    ExportCancelled,
    copy_image,
    paint_report,
    print_chart,
    run_export,
    write_csv,
    write_pdf,
    write_png,
    write_svg,
)
from ui.find_bar import FindBar
from ui.section_tab import SectionTab, section_title
from ui.selection import FigureSelection
from ui.source_panel import SourcePanel
from ui.table_model import FigureTable
from ui.text import plain_tooltip, short_quote
from ui.theme import LIGHT, THEMES, Theme, palette_for, status_word
from viewer.bundled import app_version, bundled
from viewer.exports import DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, REPORT_NAME, ExportError, make_request, title_file_name
from viewer.model import DOUBTFUL, Figure
from viewer.pack import DataPack, PackError, load_pack
from viewer.search import find_figures

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.review import ImportJob, ReviewWindow

APP_NAME = "Shanghai Tech Hub Viewer"
ZOOM_STEPS = (0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)  # as browsers step
USER_GUIDE = bundled("help", "user-guide.md")
log = logging.getLogger("viewer")


def menu_text(text: str) -> str:
    """Pack text made safe for a tab or menu title, where '&' would mark a shortcut letter."""
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    """Owns the tabs built from one pack, the source dock, the menus and the status bar."""

    def __init__(self, pack: DataPack, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.pack = pack
        self.settings = settings if settings is not None else QSettings()
        self.theme_choice = str(self.settings.value(keys.THEME, "system"))
        if self.theme_choice not in ("system", "light", "dark"):
            self.theme_choice = "system"
        self.theme: Theme = self._resolve_theme()
        self.last_chart_id: str | None = None
        self.selection = FigureSelection(self)
        self.selection.changed.connect(self._on_selection_changed)
        self.last_message: QMessageBox | None = None
        self.import_thread: QThread | None = None
        self.import_job: ImportJob | None = None
        self.import_progress: QProgressDialog | None = None
        self.review_window: ReviewWindow | None = None
        self.setAcceptDrops(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.source = SourcePanel(pack, self.theme, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.source)
        self.source.hide()
        self.source.sentence_clicked.connect(self._on_sentence_clicked)
        self.zoom = self._read_zoom()
        self.highlight: tuple[str, ...] | None = None  # the doubtful filter: statuses shown alone
        self.matches: list[str] = []  # the figures the find field matches, in page order
        self.match_index: int | None = None
        self.find_bar = FindBar()
        self.find_bar.query_changed.connect(self._on_find_query_changed)
        self.find_bar.step_requested.connect(self.step_match)
        self.find_bar.doubtful_toggled.connect(self.set_doubtful_only)
        self.find_toolbar = QToolBar(self.tr("Find"))
        self.find_toolbar.setObjectName("findToolBar")
        self.find_toolbar.setMovable(False)
        self.find_toolbar.addWidget(self.find_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.find_toolbar)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        available = self.screen().availableGeometry()
        self.resize(min(1280, int(available.width() * 0.9)), min(860, int(available.height() * 0.9)))
        # Open on the remembered tab, so start-up builds that tab and no other.
        self.set_pack(pack, keys.read(self.settings, keys.TAB, 0, int))
        # Tabs and dock are built in self.theme; only the palette is left to set.
        self._set_palette(self.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self.restore_state()

    # -- the pack --------------------------------------------------------------------------------

    def set_pack(self, pack: DataPack, current: int = 0) -> None:
        """Show a pack: one tab per section, in the pack's order, opened on tab ``current``."""
        self.pack = pack
        self.last_chart_id = None
        self.selection.set(())
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for section in pack.sections:
            tab = SectionTab(pack, section, self.theme)
            tab.set_zoom(self.zoom)
            tab.set_highlight(self.highlight)
            tab.figure_clicked.connect(self._on_figure_clicked)
            tab.figures_selected.connect(self.selection.set)
            self.selection.changed.connect(tab.select_figures)
            tab.chart_activated.connect(self._on_chart_activated)
            tab.export_requested.connect(self.export_chart)
            title = section_title(section)
            index = self.tabs.addTab(tab, menu_text(title))
            self.tabs.tabBar().setAccessibleTabName(index, title)
            self.tabs.setTabToolTip(index, plain_tooltip(title))
        self.tabs.blockSignals(False)
        current = current if 0 <= current < self.tabs.count() else 0
        self.tabs.setCurrentIndex(current)
        self._on_tab_changed(current)
        if self.source.pack is not pack:  # the dock was made with the first pack already
            self.source.set_pack(pack)
        # The platform adds the application's name ("… — Shanghai Tech Hub Viewer") itself.
        self.setWindowTitle(pack.title)
        self.status_label.setText(self.status_summary(pack))
        self._refresh_tab_actions()
        self._on_find_query_changed(self.find_bar.field.text())

    def status_summary(self, pack: DataPack) -> str:
        """How many figures, and how many of each status that is not plainly reported."""
        total = len(pack.figures)
        parts = [self.tr("1 figure") if total == 1 else self.tr("%1 figures").replace("%1", str(total))]
        for status, count in pack.status_counts().items():
            if status != "reported" and count:
                parts.append(f"{count} {status_word(status).lower()}")
        return " · ".join(parts)

    def open_pack(self, path: str | Path) -> bool:
        """Load a pack folder and show it; on failure list its problems and keep the open pack."""
        folder = Path(path)
        try:
            pack = load_pack(folder)
        except PackError as error:
            log.warning("pack %s refused:\n%s", folder, error)
            self.last_message = pack_problems(self, folder, error)
            return False
        # The pack that was open stays reachable from Open recent, the bundled one included.
        self.remember_recent(str(self.pack.path.resolve()))
        self.set_pack(pack)
        self.remember_recent(str(folder.resolve()))
        self.statusBar().showMessage(self.tr("Opened %s") % folder, 5000)
        QTimer.singleShot(500, self, self._release_old_pack)  # once the new pack is on screen
        return True

    # -- importing an article --------------------------------------------------------------------

    @Slot()
    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an article"),
            str(
                self.settings.value(
                    keys.IMPORT_FOLDER,
                    QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
                )
            ),
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if path:
            self.settings.setValue(keys.IMPORT_FOLDER, str(Path(path).parent))
            self.import_article(path)

    def import_article(self, path: str) -> None:
        """Read and draft an article on a worker thread, with progress and Cancel; the draft
        opens in a review window."""
        from ui.review import start_import  # the importer's parser loads only when asked

        if self.import_thread is not None and self.import_thread.isRunning():
            self.statusBar().showMessage(self.tr("An import is already running"), 4000)
            return
        progress = QProgressDialog(
            self.tr("Reading %1 and finding its figures…").replace("%1", Path(path).name), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Import article"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        thread, job = start_import(path, self)
        # Called here, on the window's thread: the job's own thread is busy until it returns.
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))
        job.progressed.connect(self._on_import_progressed)
        job.finished.connect(self._on_import_finished)
        job.failed.connect(self._on_import_failed)
        self.import_progress, self.import_thread, self.import_job = progress, thread, job
        thread.start()

    @Slot(int, int)
    def _on_import_progressed(self, done: int, total: int) -> None:
        if self.import_progress is not None:
            self.import_progress.setMaximum(total)
            self.import_progress.setValue(done)

    @Slot(object)
    def _on_import_finished(self, drafted: object) -> None:
        from ui.review import ReviewWindow

        self._close_import_progress()
        review = ReviewWindow(drafted, self)  # type: ignore[arg-type]
        review.saved.connect(self._on_review_saved)
        review.show()
        self.review_window = review

    @Slot(str)
    def _on_import_failed(self, reason: str) -> None:
        cancelled = self.import_job is not None and self.import_job.cancelled
        self._close_import_progress()
        if cancelled:
            self.statusBar().showMessage(self.tr("Import cancelled"), 5000)
            return
        self.last_message = message(
            self, QMessageBox.Icon.Warning, self.tr("Import article"), self.tr("Could not import the article."), reason
        )

    def _close_import_progress(self) -> None:
        if self.import_progress is not None:
            self.import_progress.close()
            self.import_progress.deleteLater()
            self.import_progress = None

    @Slot(str)
    def _on_review_saved(self, folder: str) -> None:
        self.open_pack(folder)

    def _stop_import(self) -> None:
        """Stop a running import and wait for its thread (a thread destroyed running aborts)."""
        if self.import_thread is not None and self.import_thread.isRunning():
            if self.import_job is not None:
                self.import_job.cancelled = True
            self.import_thread.quit()
            self.import_thread.wait(10_000)

    @Slot()
    def _release_old_pack(self) -> None:
        """Free what the old pack's tabs held: once start-up's
        objects are frozen (``ui.app.freeze_startup_objects``), the cycles among them are never
        collected, and the first pack's tabs stayed in memory for good (+26 MiB, measured)."""
        if gc.get_freeze_count():
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old tabs
            gc.unfreeze()
            gc.collect()
            gc.freeze()  # what lives now, as at start-up

    def build_tabs_when_idle(self, delay_ms: int = 400) -> None:
        """Build the other tabs one by one while nothing else happens, so a first visit only
        lays out and paints."""

        def build_next() -> None:
            pending = [t for t in self.section_tabs() if not t.built]
            if pending:
                pending[0].ensure_built()
                QTimer.singleShot(0, build_next)

        QTimer.singleShot(delay_ms, build_next)

    def section_tabs(self) -> list[SectionTab]:
        tabs = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [t for t in tabs if isinstance(t, SectionTab)]

    def current_tab(self) -> SectionTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, SectionTab)
        return tab

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, SectionTab) and not tab.built:
            tab.ensure_built()
            # Hiding the previous tab has already marked this whole area for repainting. Each
            # widget of a tab built just now also posts a request to paint itself, which Qt would
            # serve as a second and third paint of the same pixels after the first (a tab built
            # earlier posts none: measured).
            for widget in [tab, *tab.findChildren(QWidget)]:
                QCoreApplication.removePostedEvents(widget, QEvent.Type.UpdateLater)

    @Slot(str)
    def _on_figure_clicked(self, figure_id: str) -> None:
        self.selection.set([figure_id])
        if not self.source.isVisible():
            quote = short_quote(self.pack.figure(figure_id).quote)
            self.statusBar().showMessage(self.tr("“%1” (F9 shows it in the article)").replace("%1", quote), 8000)

    @Slot(frozenset)
    def _on_selection_changed(self, figure_ids: frozenset[str]) -> None:
        if len(figure_ids) == 1:
            self.source.show_figure(next(iter(figure_ids)))

    @Slot(list)
    def _on_sentence_clicked(self, figure_ids: list[str]) -> None:
        """Show the tab of a sentence's figures (the current one if it has any) and select them."""
        if not self.current_tab().figure_ids() & set(figure_ids):
            for i, other in enumerate(self.section_tabs()):
                if other.figure_ids() & set(figure_ids):
                    self.tabs.setCurrentIndex(i)
                    break
        self.selection.set(figure_ids)

    # -- find, filter, zoom ----------------------------------------------------------------------

    def page_figures(self) -> list[Figure]:
        """The pack's figures in the order the tabs show them, as far as the filter lets through."""
        keep = self.highlight
        return [
            f
            for section in self.pack.sections
            for f in self.pack.section_figures(section.id)
            if keep is None or f.status in keep
        ]

    @Slot(str)
    def _on_find_query_changed(self, query: str) -> None:
        """Find as the person types, and show the first match."""
        self.matches = find_figures(self.page_figures(), query)
        self.match_index = None
        if self.matches:
            self.show_match(0)
        else:
            self.find_bar.set_result(None, 0)

    @Slot(int)
    def step_match(self, step: int) -> None:
        """Show the next (1) or previous (−1) match, round the end."""
        if not self.matches:
            if not self.find_bar.field.text().strip():
                self.find_bar.focus_field()
            return
        index = 0 if self.match_index is None else (self.match_index + step) % len(self.matches)
        self.show_match(index)

    def show_match(self, index: int) -> None:
        """Open the tab of match ``index``, select its figure and scroll to it."""
        figure_id = self.matches[index]
        self.match_index = index
        section = self.pack.figure(figure_id).section
        tabs = self.section_tabs()
        for i, tab in enumerate(tabs):
            if tab.section.id == section:
                self.tabs.setCurrentIndex(i)
                self.selection.set([figure_id])
                tab.reveal(figure_id)
                break
        self.find_bar.set_result(index, len(self.matches))

    @Slot(bool)
    def set_doubtful_only(self, on: bool) -> None:
        """Show only the doubtful figures (disputed, unverifiable, forecast) in every tab's cards,
        tables and facts, and bring them forward in the charts."""
        self.highlight = DOUBTFUL if on else None
        for control in (self.doubtful_action, self.find_bar.doubtful):
            control.blockSignals(True)
            control.setChecked(on)
            control.blockSignals(False)
        for tab in self.section_tabs():
            tab.set_highlight(self.highlight)
        if on:
            count = len(self.page_figures())
            self.statusBar().showMessage(self.tr("Showing only doubtful figures: %n of them", "", count), 8000)
        self._on_find_query_changed(self.find_bar.field.text())

    def _read_zoom(self) -> float:
        zoom = keys.read(self.settings, keys.ZOOM, 1.0, float)
        return min(ZOOM_STEPS, key=lambda step: abs(step - zoom))

    def step_zoom(self, step: int) -> None:
        index = ZOOM_STEPS.index(self.zoom) + step
        self.set_zoom(ZOOM_STEPS[min(max(index, 0), len(ZOOM_STEPS) - 1)])

    def set_zoom(self, zoom: float) -> None:
        """Draw every page's text and charts at this zoom, and remember it."""
        self.zoom = zoom
        self.settings.setValue(keys.ZOOM, zoom)
        for tab in self.section_tabs():
            tab.set_zoom(zoom)
        self.zoom_in_action.setEnabled(zoom < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(zoom > ZOOM_STEPS[0])
        self.statusBar().showMessage(self.tr("Zoom %1 %").replace("%1", str(round(zoom * 100))), 3000)

    @Slot(str)
    def _on_chart_activated(self, chart_id: str) -> None:
        self.last_chart_id = chart_id

    # -- menus -----------------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
        usual: str | None = None,
    ) -> QAction:
        """A menu action; a standard key uses the platform's binding, with ``usual`` shown first
        (some platforms, such as offscreen, bind nothing to some standard keys)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(shortcut)
            if usual is not None:
                keys = [QKeySequence(usual), *(k for k in keys if k != QKeySequence(usual))]
            action.setShortcuts(keys)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            file, self.tr("&Open data pack…"), self._on_open_triggered, QKeySequence.StandardKey.Open, usual="Ctrl+O"
        )
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.import_action = self._action(file, self.tr("&Import article…"), self._on_import_triggered, "Ctrl+I")
        file.addSeparator()
        self.export_chart_action = self._action(
            file, self.tr("&Export chart…"), lambda: self.export_chart(None, "png"), "Ctrl+E"
        )
        self.export_all_action = self._action(
            file, self.tr("Export &all charts…"), self._on_export_all_triggered, "Ctrl+Shift+E"
        )
        self.export_report_action = self._action(
            file, self.tr("Export &report (PDF)…"), self._on_export_report_triggered, "Ctrl+Shift+P"
        )
        file.addSeparator()
        self.print_action = self._action(
            file,
            self.tr("&Print chart…"),
            self._on_print_chart_triggered,
            QKeySequence.StandardKey.Print,
            usual="Ctrl+P",
        )
        self.print_report_action = self._action(file, self.tr("Print re&port…"), self._on_print_report_triggered)
        file.addSeparator()
        self.quit_action = self._action(
            file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, usual="Ctrl+Q"
        )

        edit = bar.addMenu(self.tr("&Edit"))
        self.copy_action = self._action(
            edit, self.tr("&Copy selected rows"), self._on_copy_triggered, QKeySequence.StandardKey.Copy, usual="Ctrl+C"
        )
        self.copy_image_action = self._action(
            edit, self.tr("Copy chart &image"), lambda: self.export_chart(None, "clipboard"), "Ctrl+Shift+C"
        )
        edit.addSeparator()
        self.find_action = self._action(
            edit, self.tr("&Find…"), self.find_bar.focus_field, QKeySequence.StandardKey.Find, usual="Ctrl+F"
        )
        self.find_next_action = self._action(
            edit, self.tr("Find &next"), lambda: self.step_match(1), QKeySequence.StandardKey.FindNext, usual="F3"
        )
        self.find_previous_action = self._action(
            edit,
            self.tr("Find pre&vious"),
            lambda: self.step_match(-1),
            QKeySequence.StandardKey.FindPrevious,
            usual="Shift+F3",
        )

        view = bar.addMenu(self.tr("&View"))
        self.goto_menu = view.addMenu(self.tr("&Go to tab"))
        self.next_tab_action = self._action(
            view, self.tr("&Next tab"), lambda: self._step_tab(1), QKeySequence.StandardKey.NextChild, usual="Ctrl+Tab"
        )
        self.previous_tab_action = self._action(
            view,
            self.tr("&Previous tab"),
            lambda: self._step_tab(-1),
            QKeySequence.StandardKey.PreviousChild,
            usual="Ctrl+Shift+Tab",
        )
        view.addSeparator()
        self.doubtful_action = self._action(
            view, self.tr("Only &doubtful figures"), self.set_doubtful_only, "Ctrl+Shift+D", checkable=True
        )
        self.zoom_in_action = self._action(
            view, self.tr("Zoom &in"), lambda: self.step_zoom(1), QKeySequence.StandardKey.ZoomIn, usual="Ctrl+="
        )
        self.zoom_out_action = self._action(
            view, self.tr("Zoom &out"), lambda: self.step_zoom(-1), QKeySequence.StandardKey.ZoomOut, usual="Ctrl+-"
        )
        self.zoom_reset_action = self._action(view, self.tr("&Actual size"), lambda: self.set_zoom(1.0), "Ctrl+0")
        view.addSeparator()
        self.source_action = self.source.toggleViewAction()
        self.source_action.setText(self.tr("&Source"))
        self.source_action.setShortcut(QKeySequence("F9"))
        view.addAction(self.source_action)
        theme_menu = view.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, text in (("light", self.tr("&Light")), ("dark", self.tr("&Dark")), ("system", self.tr("&System"))):
            action = self._action(theme_menu, text, lambda _c=False, k=key: self.set_theme_choice(k), checkable=True)
            action.setChecked(key == self.theme_choice)
            self.theme_group.addAction(action)
            self.theme_actions[key] = action
        language_menu = view.addMenu(self.tr("L&anguage"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = str(self.settings.value(keys.LANGUAGE, "system"))
        for key, text in (("en", "English"), ("zh_CN", "简体中文"), ("system", self.tr("System default"))):
            action = self._action(language_menu, text, lambda _c=False, k=key: self.set_language(k), checkable=True)
            action.setChecked(key == current)
            self.language_group.addAction(action)
            self.language_actions[key] = action
        view.addSeparator()
        self.fullscreen_action = self._action(
            view,
            self.tr("&Full screen"),
            self._on_fullscreen_triggered,
            QKeySequence.StandardKey.FullScreen,
            checkable=True,
            usual="F11",
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(
            help_menu, self.tr("&Help"), self.show_help, QKeySequence.StandardKey.HelpContents, usual="F1"
        )
        self.about_action = self._action(help_menu, self.tr("&About"), self.show_about)
        self._refresh_recent_menu()

    def _refresh_tab_actions(self) -> None:
        self.goto_menu.clear()
        for i in range(self.tabs.count()):
            action = self.goto_menu.addAction(self.tabs.tabText(i))
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, n=i: self.tabs.setCurrentIndex(n))

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    @Slot()
    def _on_fullscreen_triggered(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    @Slot()
    def _on_copy_triggered(self) -> None:
        """Copy the selected rows of the focused table, or else of the current tab's table."""
        focused = QApplication.focusWidget()
        if isinstance(focused, FigureTable):
            focused.copy_selection()
            return
        table = self.current_tab().table
        if table is not None:
            table.copy_selection()

    # -- opening packs ---------------------------------------------------------------------------

    @Slot()
    def _on_open_triggered(self) -> None:
        start = str(self.pack.path.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open data pack"), start)
        if folder:
            self.open_pack(folder)

    def recent_packs(self) -> list[str]:
        return keys.read(self.settings, keys.RECENT_PACKS, [], list)

    def remember_recent(self, folder: str) -> None:
        """Put a pack folder first in File › Open recent (five at most)."""
        recent = [folder, *[p for p in self.recent_packs() if p != folder]][: keys.MAX_RECENT]
        self.settings.setValue(keys.RECENT_PACKS, recent)
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_packs()
        for path in recent:
            action = self.recent_menu.addAction(menu_text(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_pack(p))
        self.recent_menu.setEnabled(bool(recent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).is_dir():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            # Opened after the drop returns, so a problems dialog does not block the drag source.
            folder = urls[0].toLocalFile()
            QTimer.singleShot(0, lambda: self.open_pack(folder))

    # -- exports ---------------------------------------------------------------------------------

    def export_width(self) -> int:
        width = keys.read(self.settings, keys.EXPORT_WIDTH, DEFAULT_WIDTH, int)
        return width if MIN_WIDTH <= width <= MAX_WIDTH else DEFAULT_WIDTH

    def export_folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        return str(keys.read(self.settings, keys.EXPORT_FOLDER, default, str))

    def export_theme(self) -> Theme:
        return THEMES.get(str(self.settings.value(keys.EXPORT_THEME, "light")), LIGHT)

    def ask_save_path(self, title: str, proposed: Path, file_filter: str) -> str:
        """Ask where to save; the dialog itself asks before overwriting. '' when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(proposed), file_filter)
        return path

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _current_chart_id(self) -> str | None:
        if self.last_chart_id and any(c.id == self.last_chart_id for c in self.pack.charts):
            return self.last_chart_id
        charts = self.pack.section_charts(self.current_tab().section.id)
        return charts[0].id if charts else None

    @Slot(str, str)
    def export_chart(self, chart_id: str | None, fmt: str) -> Path | None:
        """Export one chart (the last one used when None) as png, svg, csv, or to the clipboard."""
        chart_id = chart_id or self._current_chart_id()
        if chart_id is None:
            return None
        self.last_chart_id = chart_id
        try:
            if fmt == "clipboard":
                copy_image(self.pack, chart_id, self.export_width(), self.export_theme())
                self.statusBar().showMessage(self.tr("Chart image copied"), 4000)
                return None
            filters = {
                "png": self.tr("PNG image (*.png)"),
                "svg": self.tr("SVG image (*.svg)"),
                "csv": self.tr("CSV data (*.csv)"),
            }
            title = self.pack.chart(chart_id).title
            proposed = Path(self.export_folder()) / title_file_name(title, fmt, chart_id)
            # The dialog's title names the chart it will export (the one last used, or the tab's first).
            chosen = self.ask_save_path(self.tr("Export “%1”").replace("%1", title), proposed, filters[fmt])
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(f".{fmt}")
            if fmt == "png":
                write_png(self.pack, chart_id, path, self.export_width(), self.export_theme())
            elif fmt == "svg":
                write_svg(self.pack, chart_id, path, self.export_width(), self.export_theme())
            else:
                write_csv(self.pack, chart_id, path)
        except ExportError as error:
            self._export_failed(str(error))
            return None
        self.settings.setValue(keys.EXPORT_FOLDER, str(path.parent))
        self.statusBar().showMessage(self.tr("Exported %s") % path, 6000)
        return path

    def _export_failed(self, reason: str) -> None:
        log.warning("export failed: %s", reason)
        self.last_message = message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            reason,
            self.tr("Nothing was half-written; any file that was to be replaced is unchanged."),
        )

    def ask_printer(self, title: str) -> QPrinter | None:
        """Qt's print dialog; the printer chosen, or None when cancelled."""
        # Imported when first asked: print support loads CUPS, 20-odd ms of every start-up.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        # Screen resolution: pyqtgraph's axes replay pictures whose text would scale with the dpi.
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(title)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    @Slot()
    def _on_print_chart_triggered(self) -> None:
        chart_id = self._current_chart_id()
        if chart_id is None:
            return
        title = self.pack.chart(chart_id).title
        printer = self.ask_printer(self.tr("Print “%1”").replace("%1", title))
        if printer is not None:
            print_chart(self.pack, chart_id, printer, self.export_theme())
            self.statusBar().showMessage(self.tr("Printed “%1”").replace("%1", title), 6000)

    @Slot()
    def _on_print_report_triggered(self) -> None:
        printer = self.ask_printer(self.tr("Print report"))
        if printer is not None:
            paint_report(self.pack, printer, tuple(c.id for c in self.pack.charts), self.export_theme())
            self.statusBar().showMessage(self.tr("Printed the report"), 6000)

    @Slot()
    def _on_export_report_triggered(self) -> None:
        proposed = Path(self.export_folder()) / REPORT_NAME
        chosen = self.ask_save_path(self.tr("Export report"), proposed, self.tr("PDF report (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".pdf")
        try:
            write_pdf(self.pack, path, theme=self.export_theme())
        except ExportError as error:
            self._export_failed(str(error))
            return
        self.settings.setValue(keys.EXPORT_FOLDER, str(path.parent))
        self.statusBar().showMessage(self.tr("Exported %s") % path, 6000)

    def ask_export_options(self) -> tuple[str, list[str], int, bool] | None:
        """The export-all dialog; None when cancelled."""
        formats = keys.read(self.settings, keys.EXPORT_FORMATS, ["png"], list)
        dialog = ExportDialog(
            self.export_folder(), formats, self.export_width(), self.export_theme().name == "dark", self
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        return dialog.folder.text().strip(), dialog.formats(), dialog.width_box.value(), dialog.dark.isChecked()

    @Slot()
    def _on_export_all_triggered(self) -> None:
        options = self.ask_export_options()
        if options is not None:
            self.export_all(*options)

    def export_all(self, folder: str, formats: list[str], width: int, dark: bool = False) -> list[Path]:
        """Export every chart of the pack; asks before replacing files, shows cancellable progress."""
        self.settings.setValue(keys.EXPORT_FOLDER, folder)
        self.settings.setValue(keys.EXPORT_FORMATS, formats)
        self.settings.setValue(keys.EXPORT_WIDTH, width)
        self.settings.setValue(keys.EXPORT_THEME, "dark" if dark else "light")
        try:
            request = make_request(self.pack, Path(folder), formats, width)
        except ExportError as error:
            self._export_failed(str(error))
            return []
        existing = [p for _c, _f, p in request.targets() if p.exists()]
        if existing:
            names = ", ".join(p.name for p in existing[:5]) + ("…" if len(existing) > 5 else "")
            question = self.tr("%1 files in %2 will be replaced (%3). Replace them?")
            text = question.replace("%1", str(len(existing))).replace("%2", folder).replace("%3", names)
            if not self.confirm(self.tr("Replace files?"), text):
                return []
        total = len(request.targets())
        progress = QProgressDialog(self.tr("Exporting charts…"), self.tr("Cancel"), 0, total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.export_progress = progress

        def step(done: int, _total: int, path: Path) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr("Exporting %s") % path.name)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            written = run_export(self.pack, request, THEMES["dark" if dark else "light"], step)
        except ExportCancelled:
            progress.close()
            self.statusBar().showMessage(self.tr("Export cancelled; no file was written or replaced"), 6000)
            return []
        except ExportError as error:
            progress.close()
            self._export_failed(str(error))
            return []
        progress.close()
        self.statusBar().showMessage(self.tr("Exported %d files to %s") % (len(written), folder), 6000)
        return written

    # -- theme and language ----------------------------------------------------------------------

    def _resolve_theme(self, scheme: Qt.ColorScheme | None = None) -> Theme:
        if self.theme_choice in THEMES:
            return THEMES[self.theme_choice]
        scheme = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
        return THEMES["dark" if scheme == Qt.ColorScheme.Dark else "light"]

    def set_theme_choice(self, choice: str) -> None:
        """Light, Dark or System (follow the desktop's colour scheme, live)."""
        self.theme_choice = choice
        self.settings.setValue(keys.THEME, choice)
        self.theme_actions[choice].setChecked(True)
        self._apply_theme(self._resolve_theme())

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.theme_choice == "system":
            self._apply_theme(self._resolve_theme(scheme))

    @staticmethod
    def _set_palette(theme: Theme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(palette_for(theme))

    def _apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._set_palette(theme)
        for tab in self.section_tabs():
            tab.apply_theme(theme)
        self.source.apply_theme(theme)

    def set_language(self, language: str) -> None:
        """Remember the interface language and offer to restart now, where it applies."""
        self.settings.setValue(keys.LANGUAGE, language)
        self.language_actions[language].setChecked(True)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Language"),
            self.tr("The new language applies when the viewer starts. Restart now?"),
            parent=self,
        )
        self.restart_button = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(self._on_language_answer)
        box.open()
        self.last_message = box

    def _on_language_answer(self, button: object) -> None:
        if button is self.restart_button:
            self.restart()

    def restart(self) -> None:
        """Start the viewer again on the same pack (settings saved first), then quit this one."""
        self.save_state()
        script = sys.argv[0] if sys.argv else ""
        # From source (python main.py) the same interpreter runs the script again; an installed
        # command or a bundle runs itself.
        program, arguments = (sys.executable, [script]) if script.endswith(".py") else (script or sys.executable, [])
        if QProcess.startDetached(program, [*arguments, "--pack", str(self.pack.path)]):
            QApplication.quit()

    # -- help ------------------------------------------------------------------------------------

    def show_about(self) -> QMessageBox:
        box = message(
            self,
            QMessageBox.Icon.Information,
            self.tr("About %s") % APP_NAME,
            about_text(self.pack, app_version(), log_path()),
        )
        self.last_message = box
        return box

    def show_help(self) -> HelpWindow:
        """The user guide in the interface's language (resources/help/user-guide[.LANG].md),
        without its pictures."""
        app = QCoreApplication.instance()
        language = str(app.property("interfaceLanguage") or "en") if app is not None else "en"
        guide = USER_GUIDE.with_name(f"user-guide.{language}.md")
        guide = guide if guide.is_file() else USER_GUIDE
        try:
            lines = guide.read_text(encoding="utf-8").splitlines()
            markdown = "\n".join(line for line in lines if "![" not in line)
        except OSError:
            markdown = self.tr("# Help\n\nThe user guide could not be read: %s") % guide
        self.help_window = HelpWindow(markdown, self)
        self.help_window.show()
        return self.help_window

    # -- remembered state ------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry, maximised state, tab and dock places from the last session (if any)."""
        geometry = self.settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray | bytes) and not self.restoreGeometry(QByteArray(geometry)):
            log.warning("saved window geometry was unusable; using the default size")
        state = self.settings.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray | bytes) and not self.restoreState(QByteArray(state)):
            log.warning("saved dock layout was unusable; using the default layout")
        if keys.read(self.settings, keys.MAXIMIZED, False, bool):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_state(self) -> None:
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(keys.MAXIMIZED, self.isMaximized())
        self.settings.setValue(keys.TAB, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_import()
        self.save_state()
        super().closeEvent(event)

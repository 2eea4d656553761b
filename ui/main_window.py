"""The main window: one tab per section of the pack, menus for everything it can do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from ui.section_tab import SectionTab
from ui.theme import LIGHT, Theme
from viewer.pack import DataPack

APP_NAME = "Shanghai Tech Hub Viewer"


def menu_text(text: str) -> str:
    """Pack text made safe for a tab or menu title, where '&' would mark a shortcut letter."""
    return text.replace("&", "&&")


class MainWindow(QMainWindow):
    """Owns the tabs built from one pack, the menus and the status bar."""

    pack_loaded = Signal(object)

    def __init__(self, pack: DataPack, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.theme = theme
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_menus()
        self.resize(1280, 860)
        self.set_pack(pack)

    # -- the pack --------------------------------------------------------------------------------

    def set_pack(self, pack: DataPack) -> None:
        """Show a pack: one tab per section, in the pack's order."""
        self.pack = pack
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for section in pack.sections:
            tab = SectionTab(pack, section, self.theme)
            tab.figure_clicked.connect(self._on_figure_clicked)
            self.tabs.addTab(tab, menu_text(section.title))
        self.tabs.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self._on_tab_changed(0)
        self.setWindowTitle(f"{APP_NAME} — {pack.title}")
        counts = pack.status_counts()
        self.status_label.setText(
            self.tr("%s · %d figures · %d disputed") % (pack.title, len(pack.figures), counts["disputed"])
        )
        self.pack_loaded.emit(pack)

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
        if isinstance(tab, SectionTab):
            tab.ensure_built()

    @Slot(str)
    def _on_figure_clicked(self, figure_id: str) -> None:
        self.current_tab().select_figures([figure_id])

    # -- menus -----------------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut if not isinstance(shortcut, str) else QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions = []
        for i in range(9):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, n=i: self.tabs.setCurrentIndex(n))
            self.tab_actions.append(action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._refresh_tab_actions()
        self.pack_loaded.connect(lambda _pack: self._refresh_tab_actions())

    def _refresh_tab_actions(self) -> None:
        if not hasattr(self, "tab_actions"):
            return
        for action in self.tab_actions:
            self.view_menu.removeAction(action)
        for i, action in enumerate(self.tab_actions):
            if i < self.tabs.count():
                action.setText(self.tabs.tabText(i))
                self.view_menu.addAction(action)

"""The window's dialogs: export options, About, help, and the list of a pack's problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.theme import status_meaning, status_word
from viewer.exports import FORMATS, MAX_WIDTH, MIN_WIDTH
from viewer.model import STATUSES
from viewer.pack import DataPack, PackError


class ExportDialog(QDialog):
    """Choose a folder, formats, width and colours for exporting every chart."""

    def __init__(self, folder: str, formats: list[str], width: int, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export all charts"))
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.checks: dict[str, QCheckBox] = {}
        formats_box = QVBoxLayout()
        names = {
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG image"),
            "csv": self.tr("CSV data"),
            "pdf": self.tr("PDF report"),
        }
        for fmt in FORMATS:
            check = QCheckBox(names[fmt])
            check.setChecked(fmt in formats)
            self.checks[fmt] = check
            formats_box.addWidget(check)
        self.width_box = QSpinBox()
        self.width_box.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_box.setSingleStep(100)
        self.width_box.setSuffix(" px")
        self.width_box.setValue(width)
        self.width_box.setAccessibleName(self.tr("Image width"))
        self.dark = QCheckBox(self.tr("Dark background"))
        self.dark.setChecked(dark)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Formats:"), formats_box)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow("", self.dark)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for check in self.checks.values():
            check.toggled.connect(self._on_choice_changed)
        self.folder.textChanged.connect(self._on_choice_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_choice_changed()

    def formats(self) -> list[str]:
        return [fmt for fmt, check in self.checks.items() if check.isChecked()]

    @Slot()
    def _on_choice_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.formats()) and bool(self.folder.text().strip()))

    @Slot()
    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)


def message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    """A non-blocking message box showing plain text only."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


MAX_LISTED = 20  # problems a dialog lists before "and N more"


def pack_problems(parent: QWidget, path: Path, error: PackError) -> QMessageBox:
    """One dialog listing every problem of a pack that could not be opened."""
    count = len(error.problems)
    title = parent.tr("Cannot open data pack")
    if count == 1:
        text = parent.tr("The data pack in %1 cannot be opened (1 problem). The pack that was open stays open.")
    else:
        text = parent.tr("The data pack in %1 cannot be opened (%2 problems). The pack that was open stays open.")
    text = text.replace("%1", str(path)).replace("%2", f"{count:,}")
    lines = [str(p) for p in error.problems]
    shown = lines[:MAX_LISTED]
    if count > MAX_LISTED:  # the rest under "Show Details…", which scrolls: a dialog fits the screen
        more = parent.tr("… and %1 more: see the details, or run: python main.py validate PATH")
        shown.append(more.replace("%1", f"{count - MAX_LISTED:,}"))
    box = message(parent, QMessageBox.Icon.Warning, title, text, "\n".join(shown))
    if count > MAX_LISTED:
        box.setDetailedText("\n".join(lines))
    return box


def about_text(pack: DataPack, version: str, log_file: Path) -> str:
    """The About text: the app and version, the pack and its source, the statuses, the log."""

    statuses = "\n".join(f"• {status_word(s)}: {status_meaning(s)}." for s in STATUSES)
    return "\n".join(
        [
            f"Shanghai Tech Hub Viewer {version}",
            QCoreApplication.translate("About", "Every figure is traced to the sentence of the article it comes from."),
            "",
            QCoreApplication.translate("About", "Data pack:") + f" {pack.title} ({pack.path})",
            QCoreApplication.translate("About", "Source:") + f" {pack.source.title} ({pack.source.kind})",
            "",
            QCoreApplication.translate("About", "What the statuses mean:"),
            statuses,
            "",
            QCoreApplication.translate("About", "Log file:") + f" {log_file}",
        ]
    )


class HelpWindow(QDialog):
    """The user guide, as the help window (F1)."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shanghai Tech Hub Viewer help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(markdown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)

"""Import an article and review the draft: File › Import article….

The import runs on a worker thread (``ImportJob``) with progress and Cancel; the draft opens in a
``ReviewWindow``: the article with the candidates' sentences marked, a table of candidates edited
in place (every edit an undoable ``QUndoCommand``), the flagged passages with their reasons, a
live check of the pack the draft would make, and Save, which writes the pack atomically,
validates it and opens it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.text import plain_label
from viewer.echo import shown
from viewer.importer import (
    Candidate,
    Draft,
    ImportProblem,
    draft,
    keep_flagged,
    pack_files,
    read_article,
    write_draft,
)
from viewer.model import QUALIFIERS, STATUSES
from viewer.pack import VALUE_RE, YEAR_RANGE, YEAR_RE, PackError, load_pack

AnyIndex = QModelIndex | QPersistentModelIndex


class ImportJob(QObject):
    """Reads and drafts an article on a worker thread; ``cancel`` stops it between sentences."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the Draft
    failed = Signal(str)

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            result = draft(read_article(self.path), self.progressed.emit, lambda: self.cancelled)
        except ImportProblem as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit(result)

    def cancel(self) -> None:
        self.cancelled = True


def start_import(path: str, parent: QObject) -> tuple[QThread, ImportJob]:
    """An import of ``path`` on a thread of its own, started; the caller connects the job's signals."""
    thread = QThread(parent)
    job = ImportJob(path)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.finished.connect(thread.quit)
    job.failed.connect(thread.quit)
    thread.finished.connect(job.deleteLater)
    return thread, job


# --- the candidates, editable with undo -----------------------------------------------------------

COLUMNS = (
    ("include", QT_TRANSLATE_NOOP("CandidateModel", "Include")),
    ("label", QT_TRANSLATE_NOOP("CandidateModel", "Label")),
    ("value", QT_TRANSLATE_NOOP("CandidateModel", "Value")),
    ("unit", QT_TRANSLATE_NOOP("CandidateModel", "Unit")),
    ("year", QT_TRANSLATE_NOOP("CandidateModel", "Year")),
    ("qualifier", QT_TRANSLATE_NOOP("CandidateModel", "Qualifier")),
    ("status", QT_TRANSLATE_NOOP("CandidateModel", "Status")),
    ("note", QT_TRANSLATE_NOOP("CandidateModel", "Note")),
    ("section", QT_TRANSLATE_NOOP("CandidateModel", "Section")),
    ("reason", QT_TRANSLATE_NOOP("CandidateModel", "Found as")),
)
EDITABLE = {"label", "value", "unit", "year", "qualifier", "status", "note", "section"}


class EditCommand(QUndoCommand):
    """One change to one cell of the candidates table."""

    def __init__(self, model: CandidateModel, row: int, key: str, old: Any, new: Any) -> None:
        super().__init__(f"{key}: {shown(str(old), 20)} → {shown(str(new), 20)}")
        self.model, self.row, self.key, self.old, self.new = model, row, key, old, new

    def redo(self) -> None:
        self.model.apply(self.row, self.key, self.new)

    def undo(self) -> None:
        self.model.apply(self.row, self.key, self.old)


class FlagCommand(QUndoCommand):
    """Keeping a flagged passage in the article, or leaving it out again."""

    def __init__(self, window: ReviewWindow, index: int, keep: bool) -> None:
        super().__init__(f"{'keep' if keep else 'leave out'} flagged passage {index + 1}")
        self.window, self.index, self.keep = window, index, keep

    def redo(self) -> None:
        self.window.keep_flagged(self.index, self.keep)

    def undo(self) -> None:
        self.window.keep_flagged(self.index, not self.keep)


class CandidateModel(QAbstractTableModel):
    """The draft's candidates, one per row; an edit goes through the undo stack."""

    refused = Signal(str)  # an edit that was not taken, and why

    def __init__(self, drafted: Draft, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = drafted
        self.stack = stack

    @property
    def rows(self) -> list[Candidate]:
        return self.draft.candidates

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CandidateModel", str(COLUMNS[section][1]))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        key = COLUMNS[index.column()][0]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if key == "include":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable if key in EDITABLE else flags

    @staticmethod
    def text(candidate: Candidate, key: str) -> str:
        value = getattr(candidate, key)
        if key == "value":
            return "" if value is None else f"{value:,.15g}"
        if key == "year":
            return "" if value is None else str(value)
        return "" if key == "include" else str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.CheckStateRole and key == "include":
            return Qt.CheckState.Checked if candidate.include else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(candidate, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"“{candidate.quote}”"
        if role == Qt.ItemDataRole.ForegroundRole and not candidate.include:
            return QColor("#8a8a8a")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        candidate = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if key == "include" and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and key in EDITABLE:
            try:
                new = self.parse(key, str(value).strip())
            except ValueError as exc:
                self.refused.emit(str(exc))
                return False
        else:
            return False
        old = getattr(candidate, key)
        if new == old:
            return False
        self.stack.push(EditCommand(self, index.row(), key, old, new))
        return True

    def parse(self, key: str, text: str) -> Any:
        """A typed cell as the candidate keeps it; ValueError says what is wrong."""
        if key == "value":
            if not text:
                return None
            if not VALUE_RE.fullmatch(text):  # what figures.csv accepts, no more
                raise ValueError(self.tr("“%1” is not a number (write 1400, 1,400 or 1.5)").replace("%1", text))
            return float(text.replace(",", ""))
        if key == "year":
            if not text:
                return None
            if not (YEAR_RE.fullmatch(text) and YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]):
                raise ValueError(self.tr("“%1” is not a four-digit year").replace("%1", text))
            return int(text)
        if key == "status" and text not in STATUSES:
            raise ValueError(self.tr("status must be one of: %1").replace("%1", ", ".join(STATUSES)))
        if key == "qualifier" and text and text not in QUALIFIERS:
            raise ValueError(self.tr("qualifier must be empty or one of: %1").replace("%1", ", ".join(QUALIFIERS)))
        if key == "section" and text not in {s for s, _ in self.draft.sections}:
            sections = ", ".join(s for s, _ in self.draft.sections)
            raise ValueError(self.tr("section must be one of: %1").replace("%1", sections))
        return text

    def apply(self, row: int, key: str, value: Any) -> None:
        """Set a cell without the undo stack (the stack's commands call this)."""
        setattr(self.rows[row], key, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


# --- the window -----------------------------------------------------------------------------------


def check_draft(drafted: Draft, title: str) -> tuple[bool, str]:
    """Whether the draft makes a valid pack, and what to say: its size or its first problems."""
    folder = Path(tempfile.mkdtemp(prefix="viewer-review-"))
    try:
        for name, content in pack_files(drafted, title or None).items():
            (folder / name).write_text(content, encoding="utf-8")
        pack = load_pack(folder)
    except PackError as exc:
        lines = [f"{Path(p.file).name}:{p.line}: {p.message}" for p in exc.problems[:3]]
        more = len(exc.problems) - 3
        return False, "\n".join(lines) + (f"\n… and {more} more" if more > 0 else "")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return True, f"{len(pack.figures)} figures, {len(pack.charts)} charts in {len(pack.sections)} sections"


class ReviewWindow(QMainWindow):
    """The draft of an imported article, to review, edit (with undo) and save as a pack."""

    saved = Signal(str)  # the pack folder written

    def __init__(self, drafted: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = drafted
        self.setWindowTitle(self.tr("Review import: %1").replace("%1", drafted.article.file or "article"))
        self.stack = QUndoStack(self)
        self.model = CandidateModel(drafted, self.stack, self)
        self.model.refused.connect(self._on_edit_refused)
        self.title = QLineEdit(drafted.article.title or Path(drafted.article.file).stem)
        self.title.setAccessibleName(self.tr("Pack title"))
        self.title.textEdited.connect(self._schedule_check)
        self.article = QPlainTextEdit()
        self.article.setReadOnly(True)
        self.article.setPlainText(drafted.text)
        self.article.setAccessibleName(self.tr("Article, candidates' sentences marked"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        widths = {"include": 60, "label": 280, "value": 140, "unit": 90, "year": 60, "qualifier": 80, "status": 100}
        for column, (key, _) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, widths.get(key, 120))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("Flagged passages"))
        for flag in drafted.flags:
            where = self.tr("line %1, column %2").replace("%1", str(flag.line)).replace("%2", str(flag.column))
            item = QListWidgetItem(f"{where}: “{shown(flag.text.strip(), 60)}”: {flag.reason}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if flag.removed else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Ticked: left out of the pack's article. Untick to keep it in the article."))
            self.flags.addItem(item)
        if not drafted.flags:
            self.flags.addItem(self.tr("Nothing was flagged: the whole article is kept."))
        self.flags.itemChanged.connect(self._on_flag_changed)
        self.flags.setMaximumHeight(110)
        self.check = plain_label("")
        self.check.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save pack…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.close)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(plain_label(self.tr("Candidates: tick what goes into the pack; double-click a cell to edit")))
        side.addWidget(self.table, 1)
        side.addWidget(plain_label(self.tr("Flagged passages, ticked to leave them out of the article")))
        side.addWidget(self.flags)
        splitter = QSplitter()
        splitter.addWidget(self.article)
        splitter.addWidget(right)
        splitter.setSizes([420, 760])
        body = QWidget()
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pack title:")))
        row.addWidget(self.title, 1)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.check)
        layout.addWidget(buttons)
        self.setCentralWidget(body)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action: QAction = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action: QAction = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        self.stack.indexChanged.connect(self._schedule_check)
        self.stack.indexChanged.connect(self._mark_article)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_check)
        self.resize(1200, 760)
        self._mark_article()
        self.run_check()

    @Slot()
    def _schedule_check(self) -> None:
        self.timer.start()

    @Slot()
    def run_check(self) -> bool:
        """Check the pack the draft would make, now; say so under the table."""
        ok, text = check_draft(self.draft, self.title.text().strip())
        self.check.setText(
            (self.tr("Ready to save: %1") if ok else self.tr("Not yet a valid pack: %1")).replace("%1", text)
        )
        self.check.setStyleSheet("" if ok else "color: #b3261e;")
        self.save_button.setEnabled(ok)
        return ok

    @Slot(QListWidgetItem)
    def _on_flag_changed(self, item: QListWidgetItem) -> None:
        index = self.flags.row(item)
        if 0 <= index < len(self.draft.flags):
            keep = item.checkState() == Qt.CheckState.Unchecked
            if keep == (not self.draft.flags[index].removed):
                return
            self.stack.push(FlagCommand(self, index, keep))

    def keep_flagged(self, index: int, keep: bool) -> None:
        """Keep flagged passage ``index`` in the article or leave it out (the undo stack's
        commands call this): the article, its marks and the tick follow."""
        keep_flagged(self.draft, index, keep)
        self.article.setPlainText(self.draft.text)
        self._mark_article()
        item = self.flags.item(index)
        self.flags.blockSignals(True)
        item.setCheckState(Qt.CheckState.Unchecked if keep else Qt.CheckState.Checked)
        self.flags.blockSignals(False)

    @Slot(str)
    def _on_edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 6000)

    @Slot()
    def _mark_article(self) -> None:
        """Mark the sentences of the included candidates in the article."""
        marked = QTextCharFormat()
        marked.setBackground(QColor(255, 214, 102, 110))
        selections = []
        seen: set[tuple[int, int]] = set()
        for c in self.draft.candidates:
            span = (c.start, c.start + len(c.quote))
            if c.include and span not in seen:
                seen.add(span)
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.article.document())
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = marked  # type: ignore[attr-defined]
                selections.append(selection)
        self.article.setExtraSelections(selections)

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            candidate = self.draft.candidates[current.row()]
            cursor = QTextCursor(self.article.document())
            cursor.setPosition(candidate.start)
            self.article.setTextCursor(cursor)
            self.article.centerCursor()

    def ask_folder(self) -> str:
        proposed = str(Path.home() / re.sub(r"[^\w.-]+", "-", self.title.text().strip().lower())[:60].strip("-"))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pack as a folder"), proposed, "")
        return chosen

    def confirm_replace(self, folder: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace folder?"),
            self.tr("%1 exists and is not empty. Replace it with this pack?").replace("%1", str(folder)),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def save(self) -> str | None:
        """Write the pack (atomically, validated), then hand its folder to the viewer."""
        if not self.run_check():
            return None
        chosen = self.ask_folder()
        if not chosen:
            return None
        folder = Path(chosen)
        force = False
        if folder.is_dir() and any(folder.iterdir()):
            if not self.confirm_replace(folder):
                return None
            force = True
        try:
            write_draft(self.draft, folder, force=force, title=self.title.text().strip() or None)
        except (ImportProblem, PackError) as exc:
            QMessageBox.warning(self, self.tr("Could not save the pack"), str(exc))
            return None
        self.stack.setClean()
        self.saved.emit(str(folder))
        self.close()
        return str(folder)

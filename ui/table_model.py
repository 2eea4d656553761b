"""A read-only, sortable Qt model over a pandas DataFrame, and the table view of a tab's figures.

The model reads cells from per-column numpy arrays through a row permutation, so sorting is
one stable argsort (pandas' own) and never moves data; formatted cells are cached per cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import is_numeric_dtype
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.text import plain_tooltip
from ui.theme import status_icon, status_word
from viewer.model import STATUSES
from viewer.units import format_exact, format_number, format_value, qualified

Formatter = Callable[[Any], str]
AnyIndex = QModelIndex | QPersistentModelIndex

# Roles and flags as plain ints: data() runs for every visible cell and role, and comparing
# against Qt's enum members costs an enum construction each time.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_USER = Qt.ItemDataRole.UserRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _default_format(value: Any) -> str:
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return ""
        return format_number(float(value)) if not float(value).is_integer() else f"{value:,.0f}"
    return str(value)


class DataFrameModel(QAbstractTableModel):
    """Rows of a DataFrame, in a sort order kept as a permutation of row positions."""

    def __init__(
        self,
        frame: pd.DataFrame,
        columns: Sequence[str] | None = None,
        headers: Sequence[str] | None = None,
        formatters: dict[str, Formatter] | None = None,
        parent: QWidget | None = None,
        texts: Mapping[str, Sequence[str]] | None = None,
        tooltips: Mapping[str, Sequence[str]] | None = None,
        icons: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        """``texts`` gives a column's shown text made up front (one per frame row), where it
        depends on other columns (a value with its unit); ``tooltips`` a column's tooltips;
        ``icons`` the icon a column's raw value is shown with."""
        super().__init__(parent)
        self._columns = list(columns if columns is not None else frame.columns)
        self._headers = list(headers) if headers is not None else [str(c) for c in self._columns]
        self._rows = len(frame)
        self._series = [frame[c].reset_index(drop=True) for c in self._columns]
        self._arrays = [s.to_numpy(dtype=object) if not is_numeric_dtype(s) else s.to_numpy() for s in self._series]
        self._numeric = [is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s) for s in self._series]
        formatters = formatters or {}
        self._formatters = [formatters.get(c, _default_format) for c in self._columns]
        self._texts = [(texts or {}).get(c) for c in self._columns]
        self._tooltips = [(tooltips or {}).get(c) for c in self._columns]
        self._icons = [(icons or {}).get(c) for c in self._columns]
        self._ids = frame["id"].to_numpy(dtype=object) if "id" in frame.columns else None
        # Row positions in display order: the file's own until sorted (a range, where an array
        # would cost a million-row table 8 MB and a few ms to fill before it shows).
        self._order: np.ndarray | range = range(len(frame))
        self._cache: dict[tuple[int, int], str] = {}
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._keep: np.ndarray | None = None  # which frame rows a filter lets through; None: all

    # -- the model API ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role == _DISPLAY:
            return self.text(index.row(), index.column()) if index.isValid() else None
        if role == _ALIGN:
            return (_RIGHT if self._numeric[index.column()] else _LEFT) if index.isValid() else None
        if role == _TOOLTIP and index.isValid():
            tips = self._tooltips[index.column()]
            if tips is not None:
                tip = tips[self._order[index.row()]]
                return plain_tooltip(tip) if tip else None
            text = self.text(index.row(), index.column())
            return plain_tooltip(text) if len(text) > 40 else None
        if role == _DECORATION and index.isValid():
            icon = self._icons[index.column()]
            return icon(self.raw(index.row(), index.column())) if icon is not None else None
        if role == _USER and index.isValid():
            return self.raw(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if int(role) != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        # Rows have no titles: the table hides its row header, and Qt still measures the
        # titles of the first and last hundred rows to size it.
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (one stable argsort); column -1 restores the file's order."""
        if column >= len(self._columns) or (column < 0 and self._sorted is None):
            return  # nothing to do: no such column, or already in the file's order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [int(self._order[i.row()]) for i in persistent]
        self._sorted = (column, order) if column >= 0 else None
        self._order = self._ordered()
        position = np.full(self._rows, -1)
        position[np.asarray(self._order)] = np.arange(len(self._order))
        self._cache.clear()
        for old, src in zip(persistent, sources, strict=True):
            self.changePersistentIndex(old, self.index(int(position[src]), old.column()))
        self.layoutChanged.emit()

    def _ordered(self) -> np.ndarray | range:
        """Frame row positions in display order: sorted if asked, through the filter if any."""
        if self._sorted is None:
            if self._keep is None:
                return range(self._rows)
            return np.flatnonzero(self._keep)
        column, order = self._sorted
        ascending = order == Qt.SortOrder.AscendingOrder
        series = self._series[column]
        positions = np.asarray(series.sort_values(ascending=ascending, kind="stable", na_position="last").index)
        return positions if self._keep is None else positions[self._keep[positions]]

    def set_filter(self, keep: np.ndarray | None) -> None:
        """Show only the frame rows where ``keep`` is true (None: every row), in the same order."""
        self.beginResetModel()
        self._keep = None if keep is None else np.asarray(keep, dtype=bool)
        self._order = self._ordered()
        self._cache.clear()
        self.endResetModel()

    def column_values(self, name: str) -> np.ndarray:
        """A column's raw values in the frame's own order (not the display order)."""
        return self._arrays[self.column_of(name)]

    # -- reading ---------------------------------------------------------------------------------

    def raw(self, row: int, column: int) -> Any:
        return self._arrays[column][self._order[row]]

    def text(self, row: int, column: int) -> str:
        key = (row, column)
        cached = self._cache.get(key)
        if cached is None:
            made = self._texts[column]
            cached = made[self._order[row]] if made is not None else self._formatters[column](self.raw(row, column))
            self._cache[key] = cached
        return cached

    def figure_id(self, row: int) -> str | None:
        """The pack id of the figure shown in a (sorted) row, when the frame has ids."""
        if self._ids is None or not 0 <= row < len(self._order):
            return None
        return str(self._ids[self._order[row]])

    def row_of(self, figure_id: str) -> int | None:
        if self._ids is None:
            return None
        ids = self._ids if isinstance(self._order, range) else self._ids[self._order]
        hits = np.flatnonzero(ids == figure_id)
        return int(hits[0]) if len(hits) else None

    def column_of(self, name: str) -> int:
        return self._columns.index(name)

    def as_tsv(self, rows: Sequence[int], columns: Sequence[int], header: bool = True) -> str:
        """Cells as tab-separated text under a line of column titles (a spreadsheet pastes it
        as a grid). Numbers are written plainly (1200000, 2024), as a spreadsheet reads them."""

        def clean(text: str) -> str:
            return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

        def cell(row: int, column: int) -> str:
            if not self._numeric[column]:
                return clean(self.text(row, column))
            value = self.raw(row, column)
            if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
                return ""
            return f"{value:.15g}" if isinstance(value, float | np.floating) else str(value)

        lines = ["\t".join(clean(self._headers[c]) for c in columns)] if header else []
        lines += ["\t".join(cell(r, c) for c in columns) for r in rows]
        return "\n".join(lines)


FIGURE_COLUMNS = ("label", "value", "unit", "year", "status", "quote", "note")


def figure_model(frame: pd.DataFrame, parent: QWidget | None = None) -> DataFrameModel:
    """The model of a tab's figures table: a value written as its card writes it (¥387 bn), with
    the exact value in its tooltip; years as years."""
    headers = [
        QGuiApplication.translate("FigureTable", "Label"),
        QGuiApplication.translate("FigureTable", "Value"),
        QGuiApplication.translate("FigureTable", "Unit"),
        QGuiApplication.translate("FigureTable", "Year"),
        QGuiApplication.translate("FigureTable", "Status"),
        QGuiApplication.translate("FigureTable", "Quote"),
        QGuiApplication.translate("FigureTable", "Note"),
    ]
    formatters: dict[str, Formatter] = {
        "status": lambda s: status_word(str(s)),
        "year": lambda y: _default_format(y).replace(",", ""),  # 2024, never 2,024
    }
    rows = list(zip(frame["value"].tolist(), frame["unit"].tolist(), frame["qualifier"].tolist(), strict=True))
    shown = {"value": ["" if math.isnan(v) else qualified(format_value(v, u), q) for v, u, q in rows]}
    exact = {"value": ["" if math.isnan(v) else qualified(format_exact(v, u), q) for v, u, q in rows]}
    icons = {str(s): QIcon(status_icon(str(s))) for s in STATUSES}
    marks = {"status": lambda s: icons.get(str(s))}  # the status's mark beside its word, as on cards
    return DataFrameModel(frame, FIGURE_COLUMNS, headers, formatters, parent, texts=shown, tooltips=exact, icons=marks)


class ColumnHeader(QHeaderView):
    """A table's column header that measures its titles once, not on every show.

    Qt measures every title again (several calls into Python per title) each time a header is
    shown, which for a tab's table is every visit of the tab; the height only changes with the
    titles, the font, the style or the sort mark, and those drop the measure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)
        self._hint: QSize | None = None
        self.sortIndicatorChanged.connect(self._forget_size)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._forget_size()
        if model is not None:
            for signal in (model.headerDataChanged, model.modelReset, model.columnsInserted, model.columnsRemoved):
                signal.connect(self._forget_size)

    @Slot()
    def _forget_size(self) -> None:
        self._hint = None

    def sizeHint(self) -> QSize:
        if self._hint is None:
            self._hint = super().sizeHint()
        return self._hint

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._hint = None
        super().changeEvent(event)


class FigureTable(QTableView):
    """A sortable table of figures; Ctrl+C copies the selection as tab-separated text."""

    figures_selected = Signal(list)  # the person selected rows: their figures' ids

    def __init__(self, model: DataFrameModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model.setParent(self)  # the view owns its model; without a parent Python may free it
        self._model = model
        # Row heights are fixed, and set before the model arrives so a million rows are sized
        # once (never ResizeToContents: it measures every row).
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.hide()
        self.setHorizontalHeader(ColumnHeader(self))
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click on a header returns to file order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        # Shown explicitly: a header Qt shows along with its tab tells the table its geometry may
        # have changed, and the whole page is laid out again on every visit of the tab.
        horizontal.show()
        widths = (("label", 300), ("value", 110), ("unit", 70), ("year", 60), ("status", 100), ("quote", 420))
        for name, width in widths:
            if name in model._columns:
                self.setColumnWidth(model.column_of(name), width)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the page's zoom: rows as tall as the text
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        super().changeEvent(event)

    def fit_rows(self, most: int) -> None:
        """As tall as its rows, up to ``most`` of them (then it scrolls): no blank band under a
        short table."""
        rows = min(max(self.table_model().rowCount(), 1), most)
        header = self.horizontalHeader().sizeHint().height()
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(header + rows * self.verticalHeader().defaultSectionSize() + bar + 2 * self.frameWidth())

    def table_model(self) -> DataFrameModel:
        model = self.model()
        assert isinstance(model, DataFrameModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_tsv(self) -> str:
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        return self.table_model().as_tsv(rows, columns)

    @Slot()
    def copy_selection(self) -> None:
        text = self.selected_tsv()
        if text:
            QGuiApplication.clipboard().setText(text)

    def select_figures(self, figure_ids: Sequence[str]) -> None:
        """Select the rows of these figures (without emitting ``figures_selected``)."""
        model = self.table_model()
        selection = self.selectionModel()
        self.blockSignals(True)  # figures_selected: the selection comes from elsewhere
        selection.clearSelection()
        first = None
        for fid in figure_ids:
            row = model.row_of(fid)
            if row is None:
                continue
            first = row if first is None else first
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(model.index(row, 0), flags)
        if first is not None:
            selection.setCurrentIndex(model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(model.index(first, 0))
        self.blockSignals(False)

    @Slot()
    def _on_selection_changed(self) -> None:
        model = self.table_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [fid for fid in (model.figure_id(r) for r in rows) if fid]
        if ids:
            self.figures_selected.emit(ids)

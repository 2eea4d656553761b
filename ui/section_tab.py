"""One tab of the window: a section's headline cards, charts, figures table and facts.

A tab is built the first time it is shown (``ensure_built``), so start-up pays for one tab.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.charts.view import ChartView
from ui.table_model import FigureTable, figure_model
from ui.text import plain_label, plain_tooltip
from ui.theme import (
    LIGHT,
    STATUS_COLOURS,
    Theme,
    paint_panel,
    paint_status_mark,
    pixel_font,
    status_icon,
    status_meaning,
    status_word,
)
from viewer.details import figure_details
from viewer.model import STATUSES
from viewer.pack import DataPack, Figure, Section
from viewer.units import format_value, qualified

CARD_WIDTH = 190  # a card narrower than this wraps its label to too many lines (at zoom 1)
VALUE_PX = 26  # a card's value
HEADING_PX = 15
MAX_CARDS = 24  # headline cards a page shows; a section of 2,000 figures lists them in its table
CHART_WIDTHS = (760, 1800)  # below the first width one column of charts, below the second two, else three


def chart_columns(width: int) -> int:
    """How many charts side by side on a page this wide: each keeps room to read."""
    return 1 + sum(width >= w for w in CHART_WIDTHS)


def card_columns(width: int, zoom: float = 1.0) -> int:
    """How many cards side by side: as many as fit, up to six, whatever the count of cards, so
    a card keeps its width (a section's one doubtful card is not a banner across the page)."""
    return max(1, min(int(width // (CARD_WIDTH * zoom)), 6))


# The bundled pack's section titles, listed so translators see them; a title without a
# translation (any other pack's) is shown as the pack wrote it.
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("Section", "Overview"),
    QT_TRANSLATE_NOOP("Section", "Sectors"),
    QT_TRANSLATE_NOOP("Section", "Education"),
    QT_TRANSLATE_NOOP("Section", "Challenges"),
)


def section_title(section: Section) -> str:
    """A section's title in the interface language when the translation knows it."""
    return QCoreApplication.translate("Section", section.title)


class FigureCard(QFrame):
    """A headline figure: its value with unit, what it measures, and its status in words.

    The card paints its three lines itself: as three labels, cards were a third of what a tab
    costs to build and lay out.
    """

    clicked = Signal(str)
    MARGIN_X, MARGIN_Y, SPACING = 12, 10, 4

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert figure.value is not None
        self.figure = figure
        self.theme = LIGHT
        self.setObjectName("figureCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_text = qualified(format_value(figure.value, figure.unit), figure.qualifier)
        unit = "" if figure.unit in ("CNY", "CNY/m²", "%", "nm", "USD", "pp") else figure.unit
        self.label_text = figure.label + (f" ({unit})" if unit else "")
        self.status_text = status_word(figure.status)
        self.value_font = pixel_font(VALUE_PX, bold=True)
        self._heights: dict[int, int] = {}
        self.selected = False
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolTip(plain_tooltip(figure_details(figure)))
        self.setAccessibleName(f"{figure.label}: {self.value_text}")
        self.setAccessibleDescription(f"{self.status_text}. “{figure.quote}”")

    def texts(self) -> list[str]:
        """What the card shows, top to bottom."""
        return [self.value_text, self.label_text, self.status_text]

    def _label_height(self, width: int) -> int:
        inner = max(width - 2 * self.MARGIN_X, 20)
        if inner not in self._heights:
            if len(self._heights) > 256:  # one entry per width the window has had
                self._heights.clear()
            flags = int(Qt.TextFlag.TextWordWrap)
            self._heights[inner] = (
                self.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), flags, self.label_text).height()
            )
        return self._heights[inner]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = self.fontMetrics().height()
        value = QFontMetrics(self.value_font).height()
        return 2 * self.MARGIN_Y + value + self._label_height(width) + line + 2 * self.SPACING

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    def set_zoom(self, zoom: float) -> None:
        """The value's size at this zoom (the label and status follow the card's font)."""
        self.value_font = pixel_font(VALUE_PX * zoom, bold=True)
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self._restyle()

    def apply_theme(self, theme: Theme) -> None:
        if theme is not self.theme:
            self.theme = theme
            self._restyle()

    def _restyle(self) -> None:
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        theme, selected = self.theme, self.selected
        status = self.figure.status
        doubtful = status != "reported"
        border = STATUS_COLOURS[status] if doubtful else theme.grid
        if self.hasFocus():
            paint_panel(p, self.rect(), theme.background, theme.accent, 2)
        elif selected:
            paint_panel(p, self.rect(), theme.background, theme.accent, 2)
        else:
            paint_panel(p, self.rect(), theme.background, border, 2 if doubtful else 1)
        inner = self.width() - 2 * self.MARGIN_X
        line = self.fontMetrics().height()
        value = QFontMetrics(self.value_font).height()
        p.setPen(QColor(theme.text))
        p.setFont(self.value_font)
        x, y = self.MARGIN_X, self.MARGIN_Y
        elided = p.fontMetrics().elidedText(self.value_text, Qt.TextElideMode.ElideRight, inner)
        p.drawText(QRect(x, y, inner, value), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        p.setFont(self.font())
        y += value + self.SPACING
        status_top = self.height() - self.MARGIN_Y - line
        p.drawText(QRect(x, y, inner, status_top - self.SPACING - y), int(Qt.TextFlag.TextWordWrap), self.label_text)
        # The status: its mark (as the charts draw it), its word, bold when doubtful, and its colour.
        side = round(line * 0.7)
        paint_status_mark(
            p, QRectF(x, status_top + (line - side) / 2, side, side), status, QColor(STATUS_COLOURS[status])
        )
        font = self.font()
        font.setBold(doubtful)
        p.setFont(font)
        p.setPen(QColor(theme.text if doubtful else theme.muted))
        p.drawText(
            QRect(x + side + 6, status_top, inner - side - 6, line), int(Qt.AlignmentFlag.AlignLeft), self.status_text
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.figure.id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.figure.id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the label wraps anew
            self._heights.clear()
            self._restyle()
        super().changeEvent(event)


class StatusKey(QWidget):
    """The four statuses as every view marks them (mark, word, colour), each explained on hover:
    the key to the page, in the window rather than only in Help › About."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = [(status, status_word(status)) for status in STATUSES]
        self.setToolTip(plain_tooltip("\n".join(f"{w}: {status_meaning(s)}." for s, w in self.words)))
        self.setAccessibleName(", ".join(w for _, w in self.words))

    def texts(self) -> list[str]:
        return [w for _, w in self.words]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(metrics.horizontalAdvance(w) + metrics.height() + 24 for _, w in self.words)
        return QSize(width, metrics.height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        metrics = self.fontMetrics()
        side = round(metrics.height() * 0.7)
        x = 0
        for status, word in self.words:
            top = (self.height() - side) / 2
            paint_status_mark(p, QRectF(x, top, side, side), status, QColor(STATUS_COLOURS[status]))
            x += side + 6
            p.setPen(self.palette().color(self.foregroundRole()))
            advance = metrics.horizontalAdvance(word)
            p.drawText(QRect(x, 0, advance + 2, self.height()), int(Qt.AlignmentFlag.AlignVCenter), word)
            x += advance + 18


def _regrid(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Place widgets in a grid of this many equal columns, row by row."""
    for widget in widgets:
        grid.removeWidget(widget)
    for col in range(grid.columnCount()):
        grid.setColumnStretch(col, 0)
    for i, widget in enumerate(widgets):
        grid.addWidget(widget, i // columns, i % columns)
    for col in range(columns):
        grid.setColumnStretch(col, 1)


def _heading(text: str, zoom: float) -> QWidget:
    label = plain_label(text)
    label.setFont(pixel_font(HEADING_PX * zoom, bold=True))
    label.setAccessibleName(text)
    return label


def zoomed_font(zoom: float) -> QFont:
    """The application's font at this zoom."""
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * zoom)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * zoom)))
    return font


class SectionTab(QScrollArea):
    """A section of the pack as a scrolling page; it owns the views of that section only."""

    figure_clicked = Signal(str)
    figures_selected = Signal(list)  # rows selected in the table: their figures' ids
    chart_activated = Signal(str)
    export_requested = Signal(str, str)

    def __init__(self, pack: DataPack, section: Section, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.section = section
        self.theme = theme
        self.cards: list[FigureCard] = []
        self.charts: list[ChartView] = []
        self.table: FigureTable | None = None
        self.facts: QListWidget | None = None
        self.built = False
        self.selected: frozenset[str] = frozenset()  # the window's selection, followed once built
        self.highlight: frozenset[str] | None = None  # statuses a filter shows alone; None: all
        self.zoom = 1.0
        self.headings: list[QWidget] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(section_title(section))

    def ensure_built(self) -> None:
        """Create the tab's widgets on first use."""
        if self.built:
            return
        self.built = True
        pack, section = self.pack, self.section
        figures = pack.section_figures(section.id)
        page = QWidget()
        page.setObjectName("sectionPage")
        page.setFont(zoomed_font(self.zoom))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)

        self.key = StatusKey()
        layout.addWidget(self.key)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)
        numeric = [f for f in figures if f.is_numeric]
        for fig in numeric[:MAX_CARDS]:
            card = FigureCard(fig)
            card.set_zoom(self.zoom)
            card.clicked.connect(self.figure_clicked)
            self.cards.append(card)
        layout.addLayout(self.card_grid)
        if len(numeric) > MAX_CARDS:
            more = plain_label(
                self.tr("The first %1 of %2 figures as cards; the table below lists them all.")
                .replace("%1", str(MAX_CARDS))
                .replace("%2", f"{len(numeric):,}")
            )
            layout.addWidget(more)

        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(12)
        for spec in pack.section_charts(section.id):
            view = ChartView(pack.chart_data(spec.id), pack.by_id, self.theme)
            view.set_scale(self.zoom)
            view.figure_clicked.connect(self.figure_clicked)
            view.activated.connect(self.chart_activated)
            view.export_requested.connect(self.export_requested)
            self.charts.append(view)
        layout.addLayout(self.chart_grid)
        self._columns = (0, 0)
        self._reflow(self.viewport().width())

        self.headings.append(_heading(self.tr("Figures in this section"), self.zoom))
        layout.addWidget(self.headings[-1])
        frame = pack.section_frame(section.id)
        frame = frame[frame["value"].notna()].reset_index(drop=True)  # facts have their own list
        self.table = FigureTable(figure_model(frame))
        self.table.setAccessibleName(self.tr("Figures table: %s") % section_title(section))
        self.table.fit_rows(14)
        self.table.figures_selected.connect(self.figures_selected)
        layout.addWidget(self.table)
        self.no_rows = plain_label(self.tr("No doubtful figures in this section."))
        self.no_rows.hide()
        layout.addWidget(self.no_rows)

        qualitative = [f for f in figures if not f.is_numeric]
        if qualitative:
            self.headings.append(_heading(self.tr("Facts without a number"), self.zoom))
            layout.addWidget(self.headings[-1])
            self.facts = QListWidget()
            self.facts.setAccessibleName(self.tr("Facts: %s") % section_title(section))
            self.facts.setWordWrap(True)
            self.facts.setTabKeyNavigation(False)
            for fig in qualitative:
                mark = "" if fig.status == "reported" else f"  [{status_word(fig.status)}]"
                item = QListWidgetItem(QIcon(status_icon(fig.status)), f"{fig.label}{mark}")
                item.setData(Qt.ItemDataRole.UserRole, fig.id)
                item.setToolTip(plain_tooltip(figure_details(fig)))
                self.facts.addItem(item)
            self._fit_facts()
            self.facts.itemClicked.connect(self._on_fact_clicked)
            layout.addWidget(self.facts)
        layout.addStretch(1)
        self.setWidget(page)
        # The window's background (the palette's window colour, the theme's surface) shows
        # through: an opaque page is painted on its own when a tab is shown and then again
        # with the window.
        page.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.apply_theme(self.theme)
        # Settle the layout (and whether the scroll bar shows) before anything paints: left to
        # the event loop, the window paints the page, then again once it has settled.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self.selected:
            self._show_selection()
        if self.highlight is not None:
            self._show_filter()

    def _fit_facts(self) -> None:
        """As tall as the facts shown (up to eight, then it scrolls), not Qt's default 192 px box."""
        facts = self.facts
        if facts is not None:
            shown = sum(not facts.item(row).isHidden() for row in range(facts.count()))
            facts.setFixedHeight(max(min(shown, 8), 1) * (facts.fontMetrics().height() + 10) + 12)

    def _reflow(self, width: int, force: bool = False) -> None:
        """Lay cards and charts out in as many columns as the page's width holds (one, two or
        three columns of charts), so charts grow with the window and nothing scrolls sideways."""
        cards = [card for card in self.cards if self.shows(card.figure)]
        zoom = self.zoom
        columns = (card_columns(width, zoom), chart_columns(int(width / zoom)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        _regrid(self.card_grid, cards, columns[0])
        _regrid(self.chart_grid, self.charts, columns[1])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.built:
            self._reflow(self.viewport().width())

    @Slot(QListWidgetItem)
    def _on_fact_clicked(self, item: QListWidgetItem) -> None:
        self.figure_clicked.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        if not self.built:
            return
        for card in self.cards:
            card.apply_theme(theme)
        for view in self.charts:
            view.apply_theme(theme)

    def select_figures(self, figure_ids: Iterable[str]) -> None:
        """Follow the window's selection: mark these figures in every view of the tab (cards,
        charts, table, facts), now if built, else when it is."""
        self.selected = frozenset(figure_ids)
        if self.built:
            self._show_selection()

    def _show_selection(self) -> None:
        ids = self.selected
        for card in self.cards:
            card.set_selected(card.figure.id in ids)
        for view in self.charts:
            view.set_selected(ids)
        if self.table is not None:
            self.table.select_figures([f.id for f in self.pack.section_figures(self.section.id) if f.id in ids])
        if self.facts is not None:
            self.facts.blockSignals(True)
            for row in range(self.facts.count()):
                item = self.facts.item(row)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) in ids)
            self.facts.blockSignals(False)

    def set_highlight(self, statuses: Iterable[str] | None) -> None:
        """Show only the figures of these statuses in cards, table and facts, and bring them
        forward in the charts (None: show everything)."""
        self.highlight = None if statuses is None else frozenset(statuses)
        if self.built:
            self._show_filter()

    def _show_filter(self) -> None:
        keep = self.highlight
        for card in self.cards:
            card.setHidden(not self.shows(card.figure))
        self._reflow(self.viewport().width(), force=True)
        for view in self.charts:
            view.set_highlight(keep)
        if self.table is not None:
            model = self.table.table_model()
            statuses = model.column_values("status")
            model.set_filter(None if keep is None else np.isin(statuses, list(keep)))
            self.table.fit_rows(14)
            self.table.setHidden(model.rowCount() == 0)
            self.no_rows.setHidden(model.rowCount() > 0)
            self._show_selection()
        if self.facts is not None:
            for row in range(self.facts.count()):
                item = self.facts.item(row)
                figure = self.pack.figure(str(item.data(Qt.ItemDataRole.UserRole)))
                item.setHidden(not self.shows(figure))
            self._fit_facts()
            shown = any(not self.facts.item(row).isHidden() for row in range(self.facts.count()))
            self.facts.setVisible(shown)
            self.headings[-1].setVisible(shown)  # "Facts without a number"

    def shows(self, figure: Figure) -> bool:
        """Whether the page shows this figure now (every figure, or those the filter keeps)."""
        return self.highlight is None or figure.status in self.highlight

    def set_zoom(self, zoom: float) -> None:
        """Draw the page's text and charts this many times their size."""
        if zoom == self.zoom:
            return
        self.zoom = zoom
        if not self.built:
            return
        page = self.widget()
        assert page is not None  # built
        page.setFont(zoomed_font(zoom))
        for card in self.cards:
            card.set_zoom(zoom)
        for heading in self.headings:
            heading.setFont(pixel_font(HEADING_PX * zoom, bold=True))
        for view in self.charts:
            view.set_scale(zoom)
        if self.table is not None:
            self.table.fit_rows(14)
        self._fit_facts()
        self._reflow(self.viewport().width(), force=True)

    def reveal(self, figure_id: str) -> None:
        """Scroll the page to where a figure is shown: its card, else its line in the facts."""
        for card in self.cards:
            if card.figure.id == figure_id and not card.isHidden():
                self.ensureWidgetVisible(card, 24, 24)
                return
        if self.facts is not None:
            for row in range(self.facts.count()):
                item = self.facts.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == figure_id and not item.isHidden():
                    self.facts.scrollToItem(item)
                    rect = self.facts.visualItemRect(item)
                    page = self.widget()
                    assert page is not None  # built
                    point = self.facts.viewport().mapTo(page, rect.center())
                    self.ensureVisible(point.x(), point.y(), 24, rect.height())
                    return

    def figure_ids(self) -> set[str]:
        """Every figure this tab shows, in its own section or drawn by its charts."""
        ids = {f.id for f in self.pack.section_figures(self.section.id)}
        for spec in self.pack.section_charts(self.section.id):
            ids.update(spec.figure_ids)
        return ids

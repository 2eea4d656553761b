"""One tab of the window: a section's headline cards, charts, figures table and facts.

A tab is built the first time it is shown (``ensure_built``), so start-up pays for one tab.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from ui.chart_view import ChartView
from ui.repaint_cache import KeptPicture, PagePicture, Reshown, cache_item_view, keep_reshown
from ui.table_model import FigureTable, figure_model
from ui.text import plain_label, plain_tooltip
from ui.theme import LIGHT, Theme, paint_panel, pixel_font, status_word
from viewer.details import figure_details
from viewer.pack import DataPack, Figure, Section
from viewer.units import format_value

T = TypeVar("T")

CARD_COLUMNS = 5
CHART_COLUMNS = 2

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
        self.value_text = format_value(figure.value, figure.unit)
        unit = "" if figure.unit in ("CNY", "CNY/m²", "%", "nm", "USD", "pp") else figure.unit
        self.label_text = figure.label + (f" ({unit})" if unit else "")
        self.status_text = status_word(figure.status)
        self.value_font = pixel_font(26, bold=True)
        self._heights: dict[int, int] = {}
        self.selected = False
        self._picture = KeptPicture(self, self._draw)
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

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self._restyle()

    def apply_theme(self, theme: Theme) -> None:
        if theme is not self.theme:
            self.theme = theme
            self._restyle()

    def _restyle(self) -> None:
        self._picture.invalidate()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._picture.paint(event.region())

    def _draw(self, p: QPainter, _part: QRect) -> None:
        theme, selected = self.theme, self.selected
        fill = theme.highlight if selected else theme.background
        if self.hasFocus():
            paint_panel(p, self.rect(), fill, theme.accent, 2)
        elif selected:
            paint_panel(p, self.rect(), fill, theme.text, 2)
        else:
            paint_panel(p, self.rect(), fill, theme.grid)
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
        p.setPen(QColor(theme.muted))
        p.drawText(QRect(x, status_top, inner, line), int(Qt.AlignmentFlag.AlignLeft), self.status_text)

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
        self._picture.drop()  # its page's picture knows which widget has focus
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._picture.drop()
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the label wraps anew
            self._heights.clear()
            self._restyle()
        super().changeEvent(event)


class FactsList(Reshown, QListWidget):
    """The facts without a number, as a list; its rows are kept between visits (``cache_item_view``)."""


class PageScrollBar(Reshown, QScrollBar):
    """A page's scroll bar, kept between visits: the style draws it in gradients."""


def _heading(text: str) -> QWidget:
    label = plain_label(text)
    label.setFont(pixel_font(15, bold=True))
    label.setAccessibleName(text)
    return label


class SectionTab(QScrollArea):
    """A section of the pack as a scrolling page; it owns the views of that section only."""

    figure_clicked = Signal(str)
    chart_activated = Signal(str)
    export_requested = Signal(str, str)
    resized = Signal()  # shown and given another size (the window's, or the dock's, changed)

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
        self.page_picture: PagePicture | None = None
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
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(14)

        numeric = [f for f in figures if f.is_numeric]
        if numeric:
            cards = QGridLayout()
            cards.setSpacing(10)
            for i, fig in enumerate(numeric):
                card = FigureCard(fig)
                card.clicked.connect(self.figure_clicked)
                cards.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
                self.cards.append(card)
            for col in range(CARD_COLUMNS):
                cards.setColumnStretch(col, 1)
            layout.addLayout(cards)

        charts = QGridLayout()
        charts.setSpacing(12)
        for i, spec in enumerate(pack.section_charts(section.id)):
            view = ChartView(pack.chart_data(spec.id), pack.by_id, self.theme)
            view.figure_clicked.connect(self.figure_clicked)
            view.activated.connect(self.chart_activated)
            view.export_requested.connect(self.export_requested)
            charts.addWidget(view, i // CHART_COLUMNS, i % CHART_COLUMNS)
            self.charts.append(view)
        for col in range(CHART_COLUMNS):
            charts.setColumnStretch(col, 1)
        layout.addLayout(charts)

        layout.addWidget(_heading(self.tr("Figures in this section")))
        self.table = FigureTable(figure_model(pack.section_frame(section.id)))
        self.table.setAccessibleName(self.tr("Figures table: %s") % section_title(section))
        rows = min(max(len(figures), 3), 14)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * rows + 40)
        self.table.figure_selected.connect(self.figure_clicked)
        cache_item_view(self.table)
        cache_item_view(self.table.horizontalHeader())
        layout.addWidget(self.table)

        qualitative = [f for f in figures if not f.is_numeric]
        if qualitative:
            layout.addWidget(_heading(self.tr("Facts without a number")))
            self.facts = FactsList()
            self.facts.setAccessibleName(self.tr("Facts: %s") % section_title(section))
            self.facts.setWordWrap(True)
            self.facts.setTabKeyNavigation(False)
            for fig in qualitative:
                mark = "" if fig.status == "reported" else f"  [{status_word(fig.status)}]"
                item = QListWidgetItem(f"• {fig.label}{mark}")
                item.setData(Qt.ItemDataRole.UserRole, fig.id)
                item.setToolTip(plain_tooltip(figure_details(fig)))
                self.facts.addItem(item)
            # As tall as its facts (up to eight, then it scrolls), not Qt's default 192 px box.
            self.facts.setFixedHeight(min(len(qualitative), 8) * (self.facts.fontMetrics().height() + 10) + 12)
            self.facts.itemClicked.connect(self._on_fact_clicked)
            cache_item_view(self.facts)
            layout.addWidget(self.facts)
        layout.addStretch(1)
        self.setWidget(page)
        # The window's background (the palette's window colour, the theme's surface) shows
        # through: an opaque page is painted on its own when a tab is shown and then again
        # with the window, which costs a repeat visit half its time.
        page.setAutoFillBackground(False)
        bar = PageScrollBar()
        self.setVerticalScrollBar(bar)
        kept = keep_reshown(bar, lambda: (bar.isSliderDown(),))
        bar.valueChanged.connect(kept.invalidate)
        bar.rangeChanged.connect(kept.invalidate)
        self.viewport().setAutoFillBackground(False)
        self.apply_theme(self.theme)
        # Settle the layout (and whether the scroll bar shows) before anything paints: left to
        # the event loop, the window paints the page, then again once it has settled.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # Shown again unchanged, the page paints in one piece, kept from its first paint on. Each
        # widget on it has a picture told of its changes, or changes only with a change event
        # (the headings); a pyqtgraph plot (a long series) redraws itself unseen, so a page
        # with one paints widget by widget.
        if not page.findChildren(QGraphicsView):
            self.page_picture = PagePicture(self, self._state)
            self.setGraphicsEffect(self.page_picture)
            self.page_picture.shown()

    def _state(self) -> tuple[object, ...]:
        """What the page looks like besides what its widgets' pictures follow: where it is scrolled
        to, how big its view is (with a scroll bar or not) and what it scrolls (laid out anew,
        say), which of its widgets has focus and whether the keyboard put it there (the style
        draws focus frames only then). Focus moves with every switch (off the page left, back
        onto the page shown): as part of the look, it costs the picture nothing when it comes
        back where it was."""
        page, focus = self.widget(), QApplication.focusWidget()
        return (
            self.verticalScrollBar().value(),
            self.horizontalScrollBar().value(),
            self.viewport().size(),
            page.size() if page is not None else None,
            focus if focus is not None and self.isAncestorOf(focus) else None,
            self.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange),
        )

    def draw_unseen(self, size: QSize) -> bool:
        """While hidden, and at the size it will be shown at, draw the picture the tab will be
        painted from when shown, unless it has one of itself as it is; whether it drew."""
        page_picture = self.page_picture
        if page_picture is None or self.isVisible() or not self.window().isVisible():
            return False  # shown, or nothing to draw like: a window not shown has no backing store
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # what was pending
        self.resize(size)  # what its stack will make it when it is shown
        # A hidden widget gets its resize events when shown or drawn, and its scroll area answers
        # them with posted layout requests: lay it out for good (whether the scroll bar shows,
        # the table's columns) before it is drawn, or the picture would show it half done.
        self._while_hidden(lambda: self.grab(QRect(0, 0, 1, 1)))
        if page_picture.current():
            return False
        return self._while_hidden(page_picture.draw_unseen)

    def _while_hidden(self, draw: Callable[[], T]) -> T:
        """Draw the hidden tab, and let it lay itself out as the drawing asked. To draw a hidden
        widget, Qt lays it out as if shown and asks its stack and tab widget to lay themselves
        out again; they have not changed (the tab has their size already), and the tab widget
        would repaint the tab shown, all of it, for nothing: those requests are dropped."""
        result = draw()
        widget = self.parentWidget()
        while widget is not None:
            QCoreApplication.removePostedEvents(widget, QEvent.Type.LayoutRequest)
            widget = widget.parentWidget()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the tab's own
        return result

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self.resized.emit()

    def showEvent(self, event: QShowEvent) -> None:
        if self.page_picture is not None:
            self.page_picture.shown()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if self.page_picture is not None:  # a new palette, font, style or language
            self.page_picture.drop()
        super().changeEvent(event)

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
        """Mark these figures in every view of the tab: cards, charts, table and facts."""
        ids = set(figure_ids)
        self.ensure_built()
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

    def figure_ids(self) -> set[str]:
        """Every figure this tab shows, in its own section or drawn by its charts."""
        ids = {f.id for f in self.pack.section_figures(self.section.id)}
        for spec in self.pack.section_charts(self.section.id):
            ids.update(spec.figure_ids)
        return ids

"""Paint a widget that is shown again unchanged from the picture it had, not from scratch.

A tab shown again repaints every widget on it, and an item view repaints every visible cell:
for each one Qt asks the model up to seven roles, each a call into Python, and lays its text
out anew. A ``ReshowCache`` copies a widget's pixels out of its window's backing store once the
window has painted it, and paints them back at its first paint after being shown again, when
nothing the widget shows has changed in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

_TYPE = QEvent.Type
# Events that come with showing and hiding a widget and change nothing it paints (a page is
# raised above its siblings; the widget is asked to repaint or to make sure it is polished, which
# it was when first shown; a timer fires: what it changes, the widget repaints). Any other event
# to the widget or to what it watches (a palette, font, size or focus change, the pointer
# entering it, a key, a window (de)activated) means it changed.
_QUIET = frozenset(
    t.value
    for t in (
        _TYPE.Show,
        _TYPE.ShowToParent,
        _TYPE.Hide,
        _TYPE.HideToParent,
        _TYPE.ZOrderChange,
        _TYPE.UpdateLater,
        _TYPE.PolishRequest,
        _TYPE.Paint,
        _TYPE.Timer,
    )
)
_SHOW, _PAINT = _TYPE.Show.value, _TYPE.Paint.value
Draw = Callable[[QPainter, QRect], None]


class ReshowCache(QObject):
    """The pixels one widget showed, painted again when it is shown again unchanged.

    After the widget paints afresh, and once the window has finished painting, the pixels of its
    visible part are copied from the window's backing store if nothing changed meanwhile; they
    are painted back when the widget is next shown with no more of it visible than then (the
    first paint after a show covers only what is visible). Any change drops the picture: an
    event other than showing, hiding, painting or a timer, a paint while the widget is visible
    (whatever the cause), or ``invalidate``, which the owner connects to its model's signals.
    """

    # False paints every widget afresh and keeps the pictures as they are: a debugging aid, and
    # how tests draw the reference that the screen must match.
    enabled = True

    def __init__(self, widget: QWidget, watched: Iterable[QObject] = ()) -> None:
        super().__init__(widget)
        self.widget = widget
        self.picture: QImage | None = None
        self.reused = 0  # how many paints the picture has spared (read by tests)
        self._just_shown = False
        self._changes = 0  # counts changes, so a copy is only taken of what was painted last
        self._copy_pending = False
        self._kept, self._kept_size = QRect(), QSize()  # what part of the widget the picture holds
        widget.installEventFilter(self)
        for other in watched:
            other.installEventFilter(self)

    @Slot()
    def invalidate(self) -> None:
        self.picture = None
        self._changes += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type().value
        if kind not in _QUIET:
            self.invalidate()
        elif watched is self.widget and self.enabled:
            if kind == _SHOW:
                self._just_shown = True
            elif kind == _PAINT:
                assert isinstance(event, QPaintEvent)
                return self._paint(event.region())
        return False

    def _paint(self, region: QRegion) -> bool:
        """Paint the picture (True), or let the widget paint itself (False)."""
        just_shown, self._just_shown = self._just_shown, False
        widget, picture, kept = self.widget, self.picture, self._kept
        if (
            just_shown
            and picture is not None
            and self._kept_size == widget.size()
            and picture.devicePixelRatio() == widget.devicePixelRatioF()
            and region.subtracted(QRegion(kept)).isEmpty()
        ):
            painter = QPainter(widget)
            painter.drawImage(kept.topLeft(), picture)
            painter.end()
            self.reused += 1
            return True
        self.picture = None  # painted afresh: it changed, or had no picture
        if not self._copy_pending:
            self._copy_pending = True
            changes = self._changes
            QTimer.singleShot(0, self, lambda: self._copy(changes))
        return False

    def _copy(self, changes: int) -> None:
        """Copy what shows of the widget from its window's backing store, if it is up to date."""
        self._copy_pending = False
        widget = self.widget
        if changes != self._changes or not widget.isVisible():
            return  # changed since it painted (it paints again if visible), or hidden already
        shown = widget.visibleRegion()  # all of it, or the part a scrolled page shows
        kept = shown.boundingRect()
        if kept.isEmpty() or QRegion(kept) != shown:
            return  # covered in a way a rectangle cannot keep
        store = widget.backingStore()
        image = store.paintDevice() if store is not None else None
        if not isinstance(image, QImage) or widget.nativeParentWidget() is not widget.window():
            return
        dpr = image.devicePixelRatio()
        source = QRect(widget.mapTo(widget.window(), kept.topLeft()) * dpr, kept.size() * dpr)
        if image.rect().contains(source):
            self.picture = image.copy(source)
            self.picture.setDevicePixelRatio(dpr)
            self._kept, self._kept_size = kept, widget.size()


def cache_item_view(view: QAbstractItemView) -> ReshowCache:
    """A ``ReshowCache`` on an item view's cells (or a header's sections), dropped when its
    model, selection, or (for a header) its sections' sizes, order or sort mark change. The view
    keeps the model it has now (a new model's signals would not reach the cache)."""
    cache = ReshowCache(view.viewport(), [view])
    model = view.model()
    for signal in (
        model.dataChanged,
        model.headerDataChanged,
        model.layoutChanged,
        model.modelReset,
        model.rowsInserted,
        model.rowsRemoved,
        model.rowsMoved,
        model.columnsInserted,
        model.columnsRemoved,
        model.columnsMoved,
        view.selectionModel().selectionChanged,
        view.selectionModel().currentChanged,
    ):
        signal.connect(cache.invalidate)
    if isinstance(view, QHeaderView):
        for signal in (view.sectionResized, view.sectionMoved, view.sortIndicatorChanged):
            signal.connect(cache.invalidate)
    return cache


class KeptPicture:
    """What a widget that paints itself drew, kept and drawn again until what it shows changes.

    ``paint`` draws the widget, or a part of it, with ``draw(painter, part)`` (which must cover
    every pixel of the part) into a picture when it has none for the widget's size, pixel ratio
    and ``state()`` (the rest of what the drawing depends on: theme, selection, focus, font), and
    copies that picture to the widget: laying text out again on every repaint was most of what a
    card or a chart's frame cost a tab shown again. The picture costs a first paint about 2 ms
    per tab; drawing straight onto the widget and the picture later was no cheaper, as Qt ran
    the later drawing within the same click (a zero or 10 ms timer, measured).
    """

    def __init__(self, widget: QWidget, state: Callable[[], tuple[object, ...]], draw: Draw) -> None:
        self.widget, self.state, self.draw = widget, state, draw
        self.pixmap: QPixmap | None = None
        self._key: tuple[object, ...] = ()

    def paint(self, part: QRect | None = None) -> None:
        """Paint the widget, or ``part`` of it, from the kept pixels (drawn anew when stale)."""
        widget = self.widget
        part = widget.rect() if part is None else part & widget.rect()
        if part.isEmpty():
            return
        dpr = widget.devicePixelRatioF()
        key = (widget.width(), widget.height(), part.getRect(), dpr, *self.state())
        if self.pixmap is None or key != self._key:
            self.pixmap = QPixmap(part.size() * dpr)
            self.pixmap.setDevicePixelRatio(dpr)
            painter = QPainter(self.pixmap)
            painter.translate(-part.topLeft())
            self.draw(painter, part)
            painter.end()
            self._key = key
        painter = QPainter(widget)
        painter.drawPixmap(part.topLeft(), self.pixmap)
        painter.end()

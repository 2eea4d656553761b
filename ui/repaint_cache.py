"""Paint a widget that is shown again unchanged from the picture it had, not from scratch.

A tab shown again repaints every widget on it, and an item view repaints every visible cell:
for each one Qt asks the model up to seven roles, each a call into Python, and lays its text
out anew. A ``ReshowCache`` copies a widget's pixels out of its window's backing store once the
window has painted it, and paints them back at its first paint after being shown again, when
nothing the widget shows has changed in between.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QRegion
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

    enabled = True  # False paints afresh and keeps the picture as it is (see ``drawn_afresh``)

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
        picture = copy_from_store(widget, kept)
        if picture is not None:
            self.picture = picture
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
    """What a widget that paints itself showed, kept and painted again until what it shows changes.

    ``paint`` paints the widget, or a part of it: from the kept picture when it has one for the
    widget's size, pixel ratio and ``state()`` (the rest of what the drawing depends on: theme,
    selection, focus, font); otherwise with ``draw(painter, part)`` (which must cover every pixel
    of the part), straight onto the window. Once the window has painted, on the next pass of the
    event loop, the drawn part is copied from the window's backing store to be the picture:
    laying text out again on every repaint was most of what a card or a chart's frame cost a tab
    shown again, and a picture drawn first and then copied to the window cost each first paint
    the new memory and one more copy (page faults were a tenth of a tab's first visit, measured).
    ``invalidate`` drops the picture for a change ``state()`` does not show.
    """

    enabled = True  # False paints afresh and keeps the picture as it is (see ``drawn_afresh``)

    def __init__(self, widget: QWidget, state: Callable[[], tuple[object, ...]], draw: Draw) -> None:
        self.widget, self.state, self.draw = widget, state, draw
        self.picture: QImage | None = None
        self.copies = 0  # how many pictures were taken (read by tests)
        self._key: tuple[object, ...] = ()
        self._kept = QRect()  # the part of the widget the picture holds (what showed of it)
        # A drawing on the window waiting to be copied: its key, where the widget was in the
        # window and which backing store image it went to (a resized window has a new one).
        self._drawn: tuple[tuple[object, ...], QPoint, int] | None = None

    def _key_for(self, part: QRect) -> tuple[object, ...]:
        widget = self.widget
        return (widget.width(), widget.height(), part.getRect(), widget.devicePixelRatioF(), *self.state())

    def invalidate(self) -> None:
        self.picture = None
        self._drawn = None

    def paint(self, exposed: QRegion, part: QRect | None = None) -> None:
        """Paint the widget, or ``part`` of it, for a paint event that exposed ``exposed``."""
        widget = self.widget
        part = widget.rect() if part is None else part & widget.rect()
        needed = exposed.intersected(part)
        if needed.isEmpty():
            return
        key = self._key_for(part)
        painter = QPainter(widget)
        if (
            self.enabled
            and self.picture is not None
            and key == self._key
            and needed.subtracted(QRegion(self._kept)).isEmpty()
        ):
            painter.drawImage(self._kept.topLeft(), self.picture)
            painter.end()
            return
        painter.setClipRect(part, Qt.ClipOperation.IntersectClip)
        self.draw(painter, part)
        device = painter.paintEngine().paintDevice()
        painter.end()
        store = _store_image(widget)
        if not self.enabled or store is None or device is not store:
            return  # drawn elsewhere (a grab, say): the window does not hold this drawing
        if self._drawn is None:
            QTimer.singleShot(0, widget, self._copy)
        self._drawn = (key, widget.mapTo(widget.window(), QPoint(0, 0)), store.cacheKey() >> 32)

    def _copy(self) -> None:
        """Keep what shows of the last drawing as the picture, if the window holds it as drawn."""
        drawn, self._drawn = self._drawn, None
        if drawn is None:
            return
        key, origin, serial = drawn
        widget = self.widget
        part = QRect(*key[2])  # type: ignore[misc]
        store = _store_image(widget)
        if (
            store is None
            or store.cacheKey() >> 32 != serial
            or not widget.isVisible()
            or widget.mapTo(widget.window(), QPoint(0, 0)) != origin  # moved: not repainted yet
            or self._key_for(part) != key
        ):
            return
        # What shows of the part: the window holds it, all drawn with this key (a change of key
        # repaints the whole widget), unless it is an odd shape a rectangle cannot keep.
        shown = widget.visibleRegion().intersected(part)
        kept = shown.boundingRect()
        if kept.isEmpty() or QRegion(kept) != shown:
            return
        picture = copy_from_store(widget, kept)
        if picture is not None:
            self.picture, self._key, self._kept = picture, key, kept
            self.copies += 1


def _store_image(widget: QWidget) -> QImage | None:
    """The image the widget's window paints into, when there is one to read back."""
    store = widget.backingStore()
    image = store.paintDevice() if store is not None else None
    if not isinstance(image, QImage) or widget.nativeParentWidget() is not widget.window():
        return None
    return image


def copy_from_store(widget: QWidget, rect: QRect) -> QImage | None:
    """What the window last painted of ``rect`` (widget coordinates), from its backing store."""
    image = _store_image(widget)
    if image is None:
        return None
    dpr = image.devicePixelRatio()
    source = QRect(widget.mapTo(widget.window(), rect.topLeft()) * dpr, rect.size() * dpr)
    if not image.rect().contains(source):
        return None
    picture = image.copy(source)
    picture.setDevicePixelRatio(dpr)
    return picture


@contextmanager
def drawn_afresh() -> Iterator[None]:
    """Every widget paints from scratch meanwhile, and the kept pictures stay as they are: a
    debugging aid, and how tests draw the reference that the screen must match."""
    ReshowCache.enabled = KeptPicture.enabled = False
    try:
        yield
    finally:
        ReshowCache.enabled = KeptPicture.enabled = True

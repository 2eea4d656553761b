"""Paint a widget that is shown again unchanged from the picture it had, not from scratch.

A tab shown again repaints every widget on it, and an item view repaints every visible cell:
for each one Qt asks the model up to seven roles, each a call into Python, and lays its text
out anew. Once the window has painted a widget, the pixels of it that show are copied out of
the window's backing store, and painted back while nothing the widget shows has changed:

- ``KeptPicture`` for a widget that draws itself (a card, a chart): its picture serves every
  paint until the widget is resized or its owner says what it shows changed (``invalidate``);
- ``ReshowCache`` for a widget Qt draws (a table's cells, a scroll bar, a button), whose look
  also follows state Qt keeps to itself (the row under the pointer, say): its picture serves
  only its first paint after being shown again. The widget's class hands it its show and paint
  events (``Reshown``): an event filter would see every event of the widget, about 45 calls
  into Python on every tab switch, where these are two per widget.

And a tab shown again unchanged is painted in one piece from its own picture (``PagePicture``),
in place of its twenty-odd widgets each painting from theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QImage, QPainter, QPaintEvent, QRegion, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QGraphicsEffect, QHeaderView, QTableView, QWidget

Draw = Callable[[QPainter, QRect], None]


class Picture:
    """What shows of a widget, copied from its window's backing store once the window has
    painted it (on the next pass of the event loop), and painted back while it looks the same.

    It looks the same while its size, pixel ratio and ``state()`` (cheap extras) are the same and
    its owner has not dropped it: ``invalidate`` for anything else it shows (a theme, a
    selection, a font), ``drop`` for focus (which its page's picture compares). Comparing those
    on every paint cost a tab switch about a tenth of its time (about 25 µs a widget, measured).
    A picture is taken only if the window still holds the drawing as made (same look, same
    place in the window, same backing store image, drawn into the store and not into a grab).
    Copying from the window, rather than drawing first into a new image, spares a first paint
    the new memory and one more copy (page faults were a tenth of a tab's first visit, measured).
    """

    enabled = True  # False paints afresh and keeps the picture as it is (see ``drawn_afresh``)

    def __init__(self, widget: QWidget, state: Callable[[], tuple[object, ...]] = tuple) -> None:
        self.widget, self.state = widget, state
        self.picture: QImage | None = None
        self.copies = 0  # how many pictures were taken (read by tests)
        self._key: tuple[object, ...] = ()
        self._page: PagePicture | None = None  # the page it was painted on, if that keeps a picture
        self._kept = QRect()  # the part of the widget the picture holds (what showed of it)
        # A drawing on the window waiting to be copied: its key, where the widget was in the
        # window and which backing store image it went to (a resized window has a new one).
        self._drawn: tuple[tuple[object, ...], QPoint, int] | None = None

    def _painting(self) -> None:
        """The widget paints: the page it paints on, if that keeps a picture, must hear of its changes."""
        if self._page is None:
            self._page = _page_of(self.widget)

    def _key_for(self, part: QRect) -> tuple[object, ...]:
        widget = self.widget
        return (widget.width(), widget.height(), part.getRect(), widget.devicePixelRatioF(), *self.state())

    def invalidate(self) -> None:
        """What the widget shows changed: its picture, and its page's, will not do."""
        if self._page is not None:
            self._page.changes += 1
        self.drop()

    def drop(self) -> None:
        self.picture = None
        self._drawn = None

    def _picture_for(self, key: tuple[object, ...], exposed: QRegion, part: QRect) -> QImage | None:
        """The picture, if it can paint what ``exposed`` shows of ``part`` for the look ``key``.

        Called on every repaint of a tab: the usual case (a picture of all of the part, for the
        same look) makes no region arithmetic.
        """
        picture = self.picture
        if picture is None or key != self._key or not self.enabled:
            return None
        if self._kept == part or exposed.intersected(part).subtracted(QRegion(self._kept)).isEmpty():
            return picture
        return None

    def _copy_later(self, key: tuple[object, ...], device: object) -> None:
        """Copy the drawing just made into ``device`` with look ``key``, once the window has
        painted, if it went to the window and the widget still looks as drawn by then."""
        widget = self.widget
        store = _store_image(widget)
        if not self.enabled or store is None or device is not store:
            return  # drawn elsewhere (a grab, say): the window does not hold this drawing
        if self._drawn is None:
            QTimer.singleShot(0, widget, self._copy)
        self._drawn = (key, widget.mapTo(widget.window(), QPoint(0, 0)), store.cacheKey() >> 32)

    def _shown(self) -> QRegion:
        """What of the widget shows on the window (its children cover some of it)."""
        return self.widget.visibleRegion()

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
        shown = self._shown().intersected(part)
        kept = shown.boundingRect()
        if kept.isEmpty() or QRegion(kept) != shown:
            return
        picture = copy_from_store(widget, kept)
        if picture is not None:
            self.picture, self._key, self._kept = picture, key, kept
            self.copies += 1


class KeptPicture(Picture):
    """The picture of a widget that draws itself (a card, a chart's frame), painted again until
    it is resized or its owner calls ``invalidate``.

    ``paint`` paints the widget, or a part of it: from the picture, or with ``draw(painter,
    part)`` (which must cover every pixel of the part) straight onto the window, to be kept.
    Laying text out again on every repaint was most of what a card or a chart's frame cost a tab
    shown again.
    """

    def __init__(self, widget: QWidget, draw: Draw) -> None:
        super().__init__(widget)
        self.draw = draw

    def paint(self, exposed: QRegion, part: QRect | None = None) -> None:
        """Paint the widget, or ``part`` of it, for a paint event that exposed ``exposed``."""
        widget = self.widget
        self._painting()
        part = widget.rect() if part is None else part & widget.rect()
        key = self._key_for(part)
        picture = self._picture_for(key, exposed, part)
        if picture is not None:
            painter = QPainter(widget)
            painter.drawImage(self._kept.topLeft(), picture)
            painter.end()
            return
        if not exposed.intersects(part):
            return
        painter = QPainter(widget)
        painter.setClipRect(part, Qt.ClipOperation.IntersectClip)
        self.draw(painter, part)
        device = painter.paintEngine().paintDevice()
        painter.end()
        self._copy_later(key, device)


class ReshowCache(Picture):
    """The picture of a widget Qt paints (a view's cells, a scroll bar, a button), painted again
    at its first paint after it is shown again, when nothing it shows has changed meanwhile.

    Its look also follows state Qt keeps to itself, so any other paint is made afresh and drops
    the picture (something changed on screen, whatever it was); that drawing is kept in its
    turn. Changes made while hidden drop it too: the owner connects the signals of what it shows
    (a model, a selection, a scroll bar's value) to ``invalidate``, and its class (``Reshown``)
    invalidates on a change of palette, font, style, enabled state, active window or focus; the
    size, pixel ratio and ``state()``'s extras are compared. Never while the pointer is over the
    widget: what lies under it (a highlighted row) is Qt's own.
    """

    def __init__(self, widget: QWidget, state: Callable[[], tuple[object, ...]] = tuple) -> None:
        super().__init__(widget, self._look)
        self.extra = state
        self.reused = 0  # how many paints the picture has spared (read by tests)
        self.just_shown = False

    def _look(self) -> tuple[object, ...]:
        if self.widget.underMouse():
            return (object(),)  # equal to no other: neither kept nor painted from a picture
        return self.extra()

    def shown(self) -> None:
        """The widget was shown: its next paint may come from the picture."""
        self.just_shown = True

    def paint_event(self, event: QPaintEvent, paint_afresh: Callable[[QPaintEvent], None]) -> None:
        """Serve the widget's paint ``event`` from the picture, or with ``paint_afresh``."""
        if not self.enabled:
            paint_afresh(event)  # a reference drawing (``drawn_afresh``): the picture stays
            return
        just_shown, self.just_shown = self.just_shown, False
        self._painting()
        widget = self.widget
        whole = widget.rect()
        key = self._key_for(whole)
        picture = self._picture_for(key, event.region(), whole) if just_shown else None
        if picture is not None:
            painter = QPainter(widget)
            painter.drawImage(self._kept.topLeft(), picture)
            painter.end()
            self.reused += 1
            return
        self.invalidate()  # painted afresh: it changed, or had no picture
        painter = QPainter(widget)  # only to learn where this paint goes: the window, or a grab
        device = painter.paintEngine().paintDevice()
        painter.end()
        paint_afresh(event)
        self._copy_later(key, device)


class _WholePage(ReshowCache):
    """A ``ReshowCache`` for a page whose picture holds its children too."""

    def _shown(self) -> QRegion:
        # The page's visible region leaves out its opaque children (a table's cells), which
        # are in its picture. Nothing else covers a page (it fills its tab): what the window
        # clips it to is what shows.
        return QRegion(self.widget.visibleRegion().boundingRect())


class PagePicture(QGraphicsEffect):
    """The picture of a whole page (a tab), painted in one piece at the page's first paint after
    it is shown again, when nothing on it has changed since the picture was taken.

    A graphics effect paints its widget and everything in it, or anything else in their place:
    here one picture in place of some twenty widgets each painting its own, which was a third of
    a repeat visit (Qt's work around each widget more than the pixels). What counts as a change
    is what the widgets' own pictures are told of: any ``Picture.invalidate`` on the page since
    this picture was taken (a theme, a selection, a scroll, a model's change), a change event of
    the page itself (palette, font, style, language: ``drop``), or another size, pixel ratio or
    ``state()`` (the owner's: where focus is, say, which a widget's own picture only ``drop``s
    for); and never while the pointer is over the page. Any other paint of the page is made
    afresh and drops the picture; what the window then shows of the page is kept in its turn,
    as ``ReshowCache`` does for a widget.
    """

    def __init__(self, page: QWidget, state: Callable[[], tuple[object, ...]] = tuple) -> None:
        super().__init__(page)
        self.kept = _WholePage(page, state)  # its picture, look and "just shown" flag
        # The pictures of the page's own Qt-painted widgets: when the page's picture stands in
        # for them, their "just shown" flags are cleared, as if they had painted.
        self.inner = [w.reshow for w in page.findChildren(QWidget) if isinstance(w, Reshown) and w.reshow]
        self.changes = 0  # how many times a picture of a widget on the page was invalidated
        self._kept_at = -1  # ``changes`` when the page was last painted to be kept

    def shown(self) -> None:
        """The page was shown (or built, about to paint): its next paint may come from the picture."""
        self.kept.shown()

    def _usable(self, key: tuple[object, ...]) -> QImage | None:
        """The picture, if it holds all of the page as it looks (``key``) with no change since."""
        whole = self.kept.widget.rect()
        return self.kept._picture_for(key, QRegion(whole), whole) if self._kept_at == self.changes else None

    def current(self) -> bool:
        """Whether the picture shows the page as it is now (its next paint after a show may use it)."""
        return self._usable(self.kept._key_for(self.kept.widget.rect())) is not None

    def draw_unseen(self) -> bool:
        """Draw the hidden page into its picture as the window would paint it on being shown:
        over the window's background, into an image like the window's backing store (none
        before the window has been shown); whether it drew."""
        kept = self.kept
        page = kept.widget
        store = _store_image(page)
        if store is None or page.isVisible():
            return False
        window = page.window()
        image = QImage(page.size() * store.devicePixelRatio(), store.format())
        image.setDevicePixelRatio(store.devicePixelRatio())
        painter = QPainter(image)
        painter.fillRect(page.rect(), window.palette().brush(window.backgroundRole()))
        page.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        painter.end()
        whole = page.rect()
        kept.picture, kept._key, kept._kept = image, kept._key_for(whole), whole
        kept.copies += 1
        self._kept_at = self.changes
        return True

    def drop(self) -> None:
        self.kept.drop()

    def draw(self, painter: QPainter) -> None:
        kept = self.kept
        page = kept.widget
        device = painter.device()
        if not Picture.enabled or device is not _store_image(page):
            self.drawSource(painter)  # a reference drawing or a grab: this is not the window
            return
        just_shown, kept.just_shown = kept.just_shown, False
        whole = page.rect()
        key = kept._key_for(whole)
        picture = self._usable(key) if just_shown else None
        if picture is not None:
            painter.drawImage(kept._kept.topLeft(), picture)
            kept.reused += 1
            for inner in self.inner:
                inner.just_shown = False
            return
        kept.drop()  # painted afresh: something on it changed, or it had no picture
        self.drawSource(painter)
        self._kept_at = self.changes  # what the window shows of the page now, to be kept
        kept._copy_later(key, device)


def _page_of(widget: QWidget | None) -> PagePicture | None:
    """The picture of the page a widget is on, if its page keeps one."""
    while widget is not None:
        effect = widget.graphicsEffect()
        if isinstance(effect, PagePicture):
            return effect
        widget = widget.parentWidget()
    return None


class Reshown:
    """For a widget class Qt paints: hands the widget's show and paint events to its
    ``ReshowCache`` (for a view, the cells its viewport shows), when it has one, and drops the
    picture when the widget's palette, font, style, enabled state, window activation or focus
    changes (none of which comes with showing a tab, so none costs a switch a call into Python)."""

    reshow: ReshowCache | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self.reshow is not None:
            self.reshow.shown()
        super().showEvent(event)  # type: ignore[misc]

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.reshow is None:
            super().paintEvent(event)  # type: ignore[misc]
        else:
            self.reshow.paint_event(event, super().paintEvent)  # type: ignore[misc]

    def changeEvent(self, event: QEvent) -> None:
        if self.reshow is not None:
            self.reshow.invalidate()
        super().changeEvent(event)  # type: ignore[misc]

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.reshow is not None:
            self.reshow.drop()  # its page's picture knows which widget has focus
        super().focusInEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.reshow is not None:
            self.reshow.drop()
        super().focusOutEvent(event)  # type: ignore[misc]


def keep_reshown(widget: QWidget, state: Callable[[], tuple[object, ...]] = tuple) -> ReshowCache:
    """A ``ReshowCache`` on a widget whose class is ``Reshown`` (a scroll bar, a button)."""
    assert isinstance(widget, Reshown)
    widget.reshow = ReshowCache(widget, state=state)
    return widget.reshow


def cache_item_view(view: QAbstractItemView) -> ReshowCache:
    """A ``ReshowCache`` on the cells of an item view whose class is ``Reshown`` (or a header's
    sections), dropped when its model, selection, scroll position or its (or its header's)
    sections' sizes, order or sort mark change. The view keeps the model it has now (a new
    model's signals would not reach the cache)."""
    assert isinstance(view, Reshown)
    offset: Callable[[], tuple[object, ...]] = (lambda: (view.offset(),)) if isinstance(view, QHeaderView) else tuple
    cache = ReshowCache(view.viewport(), offset)  # a header follows its table's scrolling
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
        view.horizontalScrollBar().valueChanged,
        view.verticalScrollBar().valueChanged,
    ):
        signal.connect(cache.invalidate)
    headers: list[QHeaderView] = [view] if isinstance(view, QHeaderView) else []
    if isinstance(view, QTableView):
        headers += [view.horizontalHeader(), view.verticalHeader()]  # the cells follow their sizes
    for header in headers:
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(cache.invalidate)
    view.reshow = cache
    return cache


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
    Picture.enabled = False
    try:
        yield
    finally:
        Picture.enabled = True

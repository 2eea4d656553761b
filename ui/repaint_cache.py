"""Paint a widget that is shown again unchanged from the picture it had, not from scratch.

A tab shown again repaints every widget on it, and an item view repaints every visible cell:
for each one Qt asks the model up to seven roles, each a call into Python, and lays its text
out anew. A ``ReshowCache`` keeps the picture a widget had at its first paint after being
shown, and paints that picture at its next first paint after being shown, when nothing the
widget shows has changed in between.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QAbstractItemView, QWidget

_TYPE = QEvent.Type
# Events that come with showing and hiding a widget and change nothing it paints (a page is
# raised above its siblings; the widget is asked to repaint). Any other event to the widget or
# to what it watches (a palette, font, size or focus change, the pointer entering it, a key, a
# window (de)activated) throws the picture away.
_QUIET = frozenset(
    t.value
    for t in (
        _TYPE.Show,
        _TYPE.ShowToParent,
        _TYPE.Hide,
        _TYPE.HideToParent,
        _TYPE.ZOrderChange,
        _TYPE.UpdateLater,
        _TYPE.Paint,
        _TYPE.Timer,
    )
)
_SHOW, _PAINT = _TYPE.Show.value, _TYPE.Paint.value


class ReshowCache(QObject):
    """The picture of one widget as it was at its first paint after it was last shown.

    Whatever else repaints the widget while it is visible (a hover, a selection, a scroll)
    means it changed, so the picture is dropped and the next show paints it afresh. Changes
    while it is hidden reach it as events (palette, font, size, language) or through
    ``invalidate``, which the owner connects to its model's signals.
    """

    # False paints every widget afresh and keeps the pictures as they are: a debugging aid, and
    # how tests draw the reference that the screen must match.
    enabled = True

    def __init__(self, widget: QWidget, watched: Iterable[QObject] = ()) -> None:
        super().__init__(widget)
        self.widget = widget
        self.pixmap: QPixmap | None = None
        self.reused = 0  # how many paints the picture has spared (read by tests)
        self._just_shown = False
        self._recording = False
        widget.installEventFilter(self)
        for other in watched:
            other.installEventFilter(self)

    @Slot()
    def invalidate(self) -> None:
        self.pixmap = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type().value
        if kind not in _QUIET:
            self.pixmap = None
        elif watched is self.widget and self.enabled and not self._recording:
            if kind == _SHOW:
                self._just_shown = True
            elif kind == _PAINT:
                assert isinstance(event, QPaintEvent)
                return self._paint(event)
        return False

    def _paint(self, event: QPaintEvent) -> bool:
        """Paint from the picture (True), or let the widget paint itself (False)."""
        just_shown, self._just_shown = self._just_shown, False
        if not just_shown:
            self.pixmap = None  # repainted while visible: something it shows changed
            return False
        widget = self.widget
        dpr = widget.devicePixelRatioF()
        pixmap = self.pixmap
        stale = pixmap is None or pixmap.size() != widget.size() * dpr or pixmap.devicePixelRatio() != dpr
        if pixmap is None or stale:
            if not QRegion(widget.rect()).subtracted(event.region()).isEmpty():
                return False  # partly visible: a picture of the whole would cost more than it saves
            painter = QPainter(widget)  # opened before the widget paints into the picture (see _record)
            pixmap = self.pixmap = self._record(dpr)
        else:
            painter = QPainter(widget)
            self.reused += 1
        painter.drawPixmap(QPoint(0, 0), pixmap)
        painter.end()
        return True

    def _record(self, dpr: float) -> QPixmap:
        """The widget painted into a picture, from inside its own paint event.

        Qt refuses to render a widget that is in its paint event ("Recursive repaint"), so the
        flag that says so is lifted while it renders; rendering also ends the widget's own
        painting on screen, hence the on-screen painter is opened before this is called.
        """
        widget = self.widget
        pixmap = QPixmap(widget.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        in_paint = Qt.WidgetAttribute.WA_WState_InPaintEvent
        self._recording = True
        widget.setAttribute(in_paint, False)
        try:
            painter = QPainter(pixmap)
            widget.render(painter, QPoint(0, 0), QRegion(widget.rect()), QWidget.RenderFlag.DrawWindowBackground)
            painter.end()
        finally:
            widget.setAttribute(in_paint, True)
            self._recording = False
        return pixmap


def cache_item_view(view: QAbstractItemView) -> ReshowCache:
    """A ``ReshowCache`` on an item view's cells, dropped when its model or selection changes."""
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
    return cache

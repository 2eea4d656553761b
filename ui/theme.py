"""Colours and type for charts and the window, in a light and a dark theme.

Series colours come from the Okabe–Ito palette, which stays distinguishable with the common
colour-vision deficiencies; status is never carried by colour alone (see ``MARK_STYLES``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from viewer.model import STATUSES

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


@dataclass(frozen=True)
class Theme:
    """The colours one theme gives charts, cards and text."""

    name: str
    background: str
    surface: str
    text: str
    muted: str
    axis: str
    grid: str
    bar: str
    derived: str
    accent: str
    highlight: str

    def qcolor(self, role: str) -> QColor:
        return QColor(getattr(self, role))


LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    surface="#F6F6F4",
    text="#1A1A1A",
    muted="#555555",
    axis="#4D4D4D",
    grid="#E3E3E3",
    bar="#0072B2",
    derived="#8C8C8C",
    accent="#0072B2",
    highlight="#FFE9A8",
)

DARK = Theme(
    name="dark",
    background="#1E1F22",
    surface="#2A2B2F",
    text="#EDEDED",
    muted="#B4B4B4",
    axis="#BDBDBD",
    grid="#3A3B40",
    bar="#56B4E9",
    derived="#8A8A8A",
    accent="#56B4E9",
    highlight="#5C4A12",
)

THEMES = {"light": LIGHT, "dark": DARK}


@dataclass(frozen=True)
class MarkStyle:
    """How a status's mark (``viewer.model.Status.mark``) is drawn: a fill pattern and an outline."""

    brush: Qt.BrushStyle
    outline: Qt.PenStyle


MARK_STYLES: dict[str, MarkStyle] = {
    "solid": MarkStyle(Qt.BrushStyle.SolidPattern, Qt.PenStyle.NoPen),
    "hatched": MarkStyle(Qt.BrushStyle.BDiagPattern, Qt.PenStyle.SolidLine),
    "dotted": MarkStyle(Qt.BrushStyle.Dense5Pattern, Qt.PenStyle.DotLine),
    "outline": MarkStyle(Qt.BrushStyle.NoBrush, Qt.PenStyle.DashLine),
}


def mark_style(status: str) -> MarkStyle:
    return MARK_STYLES[STATUSES[status].mark]


# A colour for each doubtful status (Okabe–Ito), always beside its mark and its word: a card's
# border and swatch, a table row's icon. Reported figures carry the series colour.
STATUS_COLOURS = {"reported": "#0072B2", "disputed": "#D55E00", "unverifiable": "#E69F00", "forecast": "#CC79A7"}


def paint_status_mark(p: QPainter, rect: QRectF, status: str, color: QColor, scale: float = 1.0) -> None:
    """A status's mark as charts draw it (solid, hatched, dotted, outline only) in a small box."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = status_pen(status, color, scale)
    p.setPen(pen if pen.style() != Qt.PenStyle.NoPen else QPen(color, scale))
    p.setBrushOrigin(rect.topLeft())
    p.setBrush(status_brush(status, color, scale))
    p.drawRect(rect)
    p.restore()


def status_icon(status: str, px: int = 12) -> QPixmap:
    """A status's mark in its colour, for a table row or a list item."""
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_status_mark(painter, QRectF(1, 1, px - 2, px - 2), status, QColor(STATUS_COLOURS[status]))
    painter.end()
    return pixmap


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette_for(theme: Theme) -> QPalette:
    """A widget palette matching a chart theme, so cards and tables agree with the charts."""
    bg, surface, text = theme.qcolor("background"), theme.qcolor("surface"), theme.qcolor("text")
    # Built from the button and window colours, so the 3D roles (light, midlight, mid, dark,
    # shadow) are derived from the theme: the light theme's defaults drew a white line under the
    # dark theme's tab bar and check boxes too faint to see.
    pal = QPalette(surface, surface)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, surface)
        pal.setColor(group, QPalette.ColorRole.Base, bg)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, surface)
        pal.setColor(group, QPalette.ColorRole.WindowText, text)
        pal.setColor(group, QPalette.ColorRole.Text, text)
        pal.setColor(group, QPalette.ColorRole.ButtonText, text)
        pal.setColor(group, QPalette.ColorRole.Button, surface)
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, bg)
        pal.setColor(group, QPalette.ColorRole.ToolTipText, text)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, theme.qcolor("muted"))
        pal.setColor(group, QPalette.ColorRole.Highlight, theme.qcolor("accent"))
        pal.setColor(group, QPalette.ColorRole.Link, theme.qcolor("accent"))  # not dark blue on dark grey
        pal.setColor(
            group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF" if theme.name == "light" else "#000000")
        )
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, theme.qcolor("muted"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, theme.qcolor("muted"))
    return pal


def paint_panel(p: QPainter, rect: QRect, fill: str, border: str, width: int = 1) -> None:
    """A framed panel over a rectangle (cards, chart frames): two solid fills.

    Painted rather than styled: a style sheet makes Qt polish and paint every widget under it
    through its slower style. Square corners: an antialiased rounded frame the size of a chart
    costs a tab switch about as much as all the chart's marks.
    """
    p.fillRect(rect, QColor(border))
    p.fillRect(rect.adjusted(width, width, -width, -width), QColor(fill))


def mute(label: QLabel) -> QLabel:
    """Secondary text (subtitles, sources, status words) in the theme's muted colour.

    The palette's placeholder colour is the theme's muted colour (see ``palette_for``), so the
    label follows a theme change with the application's palette.
    """
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def pixel_font(px: float, bold: bool = False) -> QFont:
    """A font of a given pixel size: charts size text in pixels so exports scale exactly. Its
    family is the generic sans-serif (fontconfig's on screen), which an SVG names as CSS does,
    so a browser does not fall back to a serif font."""
    font = QFont("sans-serif")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def status_brush(status: str, color: QColor, scale: float = 1.0, dpr: float = 1.0) -> QBrush:
    """The fill that tells a status apart without colour, drawn to scale so it survives big exports.

    Qt's built-in pattern brushes are device-pixel patterns (a hatch turns into a grey haze at
    4000 px); these textures are painted at the export's scale instead.
    """
    style = mark_style(status).brush
    if style == Qt.BrushStyle.SolidPattern:
        return QBrush(color)
    if style == Qt.BrushStyle.NoBrush:
        return QBrush(Qt.BrushStyle.NoBrush)
    period = max(4, round(8 * scale))
    tile = QPixmap(round(period * dpr), round(period * dpr))  # drawn at the screen's density: crisp on 2x
    tile.setDevicePixelRatio(dpr)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if style == Qt.BrushStyle.BDiagPattern:
        painter.setPen(QPen(color, max(1.0, 1.3 * scale)))
        for offset in (-period, 0, period):
            painter.drawLine(QPointF(offset, period), QPointF(offset + period, 0))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        radius = max(0.8, 1.1 * scale)
        painter.drawEllipse(QPointF(period / 2, period / 2), radius, radius)
    painter.end()
    return QBrush(tile)


def status_pen(status: str, color: QColor, scale: float = 1.0) -> QPen:
    """The outline of a mark of this status (none for a plainly reported figure)."""
    style = mark_style(status).outline
    if style == Qt.PenStyle.NoPen:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(color, 1.5 * scale, style)
    pen.setCosmetic(True)
    return pen


# Listed so that lupdate sees them; the words themselves are defined once, in viewer.model.
_STATUS_TEXTS = (
    QT_TRANSLATE_NOOP("Status", "Reported"),
    QT_TRANSLATE_NOOP("Status", "Disputed"),
    QT_TRANSLATE_NOOP("Status", "Unverifiable"),
    QT_TRANSLATE_NOOP("Status", "Forecast"),
    QT_TRANSLATE_NOOP("Status", "stated by the article; no reason to doubt it"),
    QT_TRANSLATE_NOOP("Status", "contradicted by other public reporting; see its note"),
    QT_TRANSLATE_NOOP("Status", "cannot be checked against any public record"),
    QT_TRANSLATE_NOOP("Status", "a prediction, not an outcome"),
)


def status_word(status: str) -> str:
    """A status as the interface names it, in the interface's language."""
    return QCoreApplication.translate("Status", STATUSES[status].word) if status in STATUSES else status


def status_meaning(status: str) -> str:
    """What a status means, in the interface's language (Help › About)."""
    return QCoreApplication.translate("Status", STATUSES[status].meaning) if status in STATUSES else ""

"""Icons for the players' screen: how residents find a service, and message channels.

Each icon is a coloured badge with a glyph, from the same colour-blind-safe palette as the
graph, so "open", "on paper" and "closed" differ by glyph as well as by colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QPainter, QPen, QPixmap

ACCESS_LOOK = {
    "open": ("#009E73", "✓", "#000000"),
    "disrupted": ("#F0E442", "!", "#000000"),
    "paper": ("#E69F00", "✎", "#000000"),
    "closed": ("#D55E00", "✕", "#000000"),
}

CHANNEL_GLYPH = {
    "phone": "☎",
    "email": "✉",
    "sms": "✆",
    "press": "¶",
    "social-media": "#",
    "walk-in": "⚑",
    # A word, not "☏": that glyph is a white phone, the same shape as the phone's "☎" at
    # table size and in greyscale (and no common font has a fax machine's emoji).
    "fax": "FAX",
    "radio-tv": "♫",
    "in-person": "☺",
    "letter": "✍",
}
CHANNEL_COLOUR = "#0072B2"


@cache
def resident_icon(access: str, size: int = 64) -> QIcon:
    colour, glyph, ink = ACCESS_LOOK[access]
    return QIcon(_badge(colour, glyph, ink, size))


@cache
def channel_icon(channel: str, size: int = 64) -> QIcon:
    return QIcon(_badge(CHANNEL_COLOUR, CHANNEL_GLYPH.get(channel, "•"), "#FFFFFF", size))


def _badge(colour: str, glyph: str, ink: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#222222"), size / 24))
    painter.setBrush(QColor(colour))
    margin = size / 16
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - margin, size / 2 - margin)
    painter.setFont(_glyph_font(glyph, size))
    painter.setPen(QColor(ink))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap


def _glyph_font(glyph: str, size: int) -> QFont:
    """Bold, about half the badge high; a word ("FAX") is made smaller until it fits inside
    the disc."""
    font = QFont()
    font.setBold(True)
    pixels = round(size * 0.55)
    font.setPixelSize(pixels)
    room = size * 0.74  # the disc's inner width at the text's height, with a margin
    while pixels > 6 and QFontMetricsF(font).horizontalAdvance(glyph) > room:
        pixels -= 1
        font.setPixelSize(pixels)
    return font

"""Icons for the players' screen: how residents find a service, and message channels.

Each icon is a coloured badge with a glyph, from the same colour-blind-safe palette as the
graph, so "open", "on paper" and "closed" differ by glyph as well as by colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

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
    "fax": "☏",
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
    font = QFont()
    font.setPixelSize(round(size * 0.55))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(ink))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap

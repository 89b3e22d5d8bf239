"""How each node status looks: colour, shape and glyph, so it reads in greyscale too.

Colours come from the Okabe–Ito palette, which stays distinct for the common forms of colour
blindness; on top of colour every status has its own shape and glyph, so a greyscale
printout or a washed-out projector still tells them apart. One painting routine serves the
graph's nodes, the legend and the board's icons, so they always agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from crisis_sim.core.sim import NodeStatus

translate = QCoreApplication.translate
OUTLINE = QColor("#222222")
LOCK = "lock"  # the encrypted glyph is drawn, not typed: no common font has a padlock


@dataclass(frozen=True)
class StateStyle:
    colour: str
    shape: str
    glyph: str
    glyph_colour: str = "#000000"


STYLES: dict[NodeStatus, StateStyle] = {
    NodeStatus.OPERATIONAL: StateStyle("#009E73", "circle", "✓"),
    NodeStatus.COMPROMISED: StateStyle("#CC79A7", "diamond", "☣"),
    NodeStatus.DEGRADED: StateStyle("#F0E442", "triangle", "!"),
    NodeStatus.PAPER: StateStyle("#E69F00", "document", "✎"),
    NodeStatus.DOWN: StateStyle("#D55E00", "square", "✕"),
    NodeStatus.ENCRYPTED: StateStyle("#000000", "square", LOCK, "#FFFFFF"),
    NodeStatus.ISOLATED: StateStyle("#56B4E9", "octagon", "⊘"),
    NodeStatus.RESTORING: StateStyle("#0072B2", "hexagon", "↻", "#FFFFFF"),
}

# The order of the legend: from working to worst, then the states of recovery.
LEGEND_ORDER = (
    NodeStatus.OPERATIONAL,
    NodeStatus.COMPROMISED,
    NodeStatus.DEGRADED,
    NodeStatus.PAPER,
    NodeStatus.DOWN,
    NodeStatus.ENCRYPTED,
    NodeStatus.ISOLATED,
    NodeStatus.RESTORING,
)


def status_label(status: NodeStatus) -> str:
    """The status in a word or two, in the current language (facilitator's wording)."""
    return {
        NodeStatus.OPERATIONAL: translate("Status", "Working"),
        NodeStatus.COMPROMISED: translate("Status", "Compromised"),
        NodeStatus.DEGRADED: translate("Status", "Degraded"),
        NodeStatus.PAPER: translate("Status", "On paper"),
        NodeStatus.DOWN: translate("Status", "Down"),
        NodeStatus.ENCRYPTED: translate("Status", "Encrypted"),
        NodeStatus.ISOLATED: translate("Status", "Isolated"),
        NodeStatus.RESTORING: translate("Status", "Restoring"),
    }[status]


def shape_path(shape: str, size: float) -> QPainterPath:
    """The outline of a marker ``size`` wide, centred on (0, 0)."""
    half = size / 2
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), half, half)
    elif shape == "square":
        path.addRect(QRectF(-half * 0.85, -half * 0.85, size * 0.85, size * 0.85))
    elif shape == "document":
        _document(path, half)
    else:
        corners, turn = {"triangle": (3, -90), "diamond": (4, -90), "hexagon": (6, 0)}.get(
            shape, (8, 22.5)
        )
        _polygon(path, corners, half * (1.1 if corners == 3 else 1.0), turn)
    return path


def _polygon(path: QPainterPath, corners: int, radius: float, turn: float) -> None:
    # A triangle's centre sits low in its box: shift it down so it looks centred.
    shift = radius * 0.2 if corners == 3 else 0.0
    for i in range(corners):
        angle = math.radians(turn + 360 * i / corners)
        point = QPointF(radius * math.cos(angle), radius * math.sin(angle) + shift)
        path.lineTo(point) if i else path.moveTo(point)
    path.closeSubpath()


def _document(path: QPainterPath, half: float) -> None:
    width, height, fold = half * 1.5, half * 1.9, half * 0.55
    left, top = -width / 2, -height / 2
    path.moveTo(left, top)
    path.lineTo(left + width - fold, top)
    path.lineTo(left + width, top + fold)
    path.lineTo(left + width, top + height)
    path.lineTo(left, top + height)
    path.closeSubpath()


def paint_marker(painter: QPainter, status: NodeStatus, centre: QPointF, size: float) -> None:
    """The status's shape, filled with its colour, outlined, with its glyph inside."""
    style = STYLES[status]
    painter.save()
    painter.translate(centre)
    painter.setPen(QPen(OUTLINE, max(1.0, size / 18)))
    painter.setBrush(QColor(style.colour))
    painter.drawPath(shape_path(style.shape, size))
    if style.glyph == LOCK:
        _paint_lock(painter, size, QColor(style.glyph_colour))
    else:
        _paint_glyph(painter, style, size)
    painter.restore()


def _paint_glyph(painter: QPainter, style: StateStyle, size: float) -> None:
    font = QFont(painter.font())
    font.setPixelSize(max(6, round(size * 0.5)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(style.glyph_colour))
    box = QRectF(-size / 2, -size / 2, size, size)
    if style.shape == "triangle":
        box.translate(0, size * 0.12)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, style.glyph)


def _paint_lock(painter: QPainter, size: float, colour: QColor) -> None:
    unit = size / 10
    painter.setPen(QPen(colour, unit * 0.9))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(-unit * 1.5, -unit * 3, unit * 3, unit * 4), 0, 180 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(QRectF(-unit * 2.3, -unit * 1, unit * 4.6, unit * 3.4))


@cache
def state_icon(status: NodeStatus, size: int = 18) -> QIcon:
    """The marker as an icon, for tables and lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_marker(painter, status, QPointF(size / 2, size / 2), size - 2)
    painter.end()
    return QIcon(pixmap)

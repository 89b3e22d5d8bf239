"""One node of the service graph: its status marker, its name below, a brief flash on change.

The item knows nothing of the graph or the simulation: the scene tells it its status, its
role in the current highlight and its tooltip. It is cached as a pixmap, so only items whose
status or role changed are painted again; far zoomed out it draws the marker alone.

A cascade can change a thousand nodes in one tick, and each changed item is painted again:
the marker is drawn from a pixmap shared by every node in that status at that zoom (one
image copy instead of a dozen painter calls), rendered once per status and zoom.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.state_style import OUTLINE, STYLES, paint_marker

MARKER = 30.0
LABEL_WIDTH = 210.0
LABEL_HEIGHT = 34.0
LABEL_TOP = MARKER / 2 + 3
FLASH_MS = 900
FLASH_REACH = 16.0
DETAIL_LOD = 0.45  # below this zoom, names are too small to read: skip them
MARKER_IMAGES = 64  # marker pixmaps kept (statuses × zooms seen lately)


class Role(Enum):
    """Where the node stands in the current highlight."""

    NONE = "none"
    FOCUS = "focus"
    NEEDS = "needs"  # the focused node needs it
    NEEDED_BY = "needed-by"  # it needs the focused node
    DIMMED = "dimmed"


ROLE_PEN = {
    Role.FOCUS: QPen(QColor("#000000"), 4.0),
    Role.NEEDS: QPen(QColor("#0072B2"), 3.5),
    Role.NEEDED_BY: QPen(QColor("#D55E00"), 3.5, Qt.PenStyle.DashLine),
}


class NodeItem(QGraphicsObject):
    def __init__(self, node_id: str, label: str) -> None:
        super().__init__()
        self.node_id = node_id
        self.label = label
        self.status = NodeStatus.OPERATIONAL
        self.role = Role.NONE
        self.flash = 0.0
        self._animation: QVariantAnimation | None = None
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # --- told by the scene ------------------------------------------------------------------

    def set_status(self, status: NodeStatus, animate: bool = True) -> None:
        if status is self.status:
            return
        self.status = status
        if animate:
            self._start_flash()
        self.update()

    def set_role(self, role: Role) -> None:
        if role is self.role:
            return
        self.role = role
        self.setOpacity(0.25 if role is Role.DIMMED else 1.0)
        self.update()

    def set_label(self, label: str) -> None:
        if label != self.label:
            self.label = label
            self.update()

    @property
    def animating(self) -> bool:
        return (
            self._animation is not None and self._animation.state() == self._animation.State.Running
        )

    def _start_flash(self) -> None:
        if self._animation is None:
            self._animation = QVariantAnimation(self)
            self._animation.setDuration(FLASH_MS)
            self._animation.setStartValue(1.0)
            self._animation.setEndValue(0.0)
            self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
            self._animation.valueChanged.connect(self._on_flash)
        self._animation.stop()
        self._animation.start()

    def _on_flash(self, value: float) -> None:
        self.flash = float(value)
        self.update()

    # --- Qt overrides -------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        reach = MARKER / 2 + FLASH_REACH
        return QRectF(-LABEL_WIDTH / 2, -reach, LABEL_WIDTH, reach + LABEL_TOP + LABEL_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.flash > 0:
            self._paint_flash(painter)
        pen = ROLE_PEN.get(self.role)
        if pen is not None:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), MARKER / 2 + 6, MARKER / 2 + 6)
        _draw_marker(painter, self.status)
        if lod >= DETAIL_LOD:
            self._paint_label(painter)

    def _paint_flash(self, painter: QPainter) -> None:
        colour = QColor(STYLES[self.status].colour)
        colour.setAlphaF(self.flash)
        painter.setPen(QPen(colour, 5.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = MARKER / 2 + FLASH_REACH * (1.0 - self.flash) + 2
        painter.drawEllipse(QPointF(0, 0), radius, radius)

    def _paint_label(self, painter: QPainter) -> None:
        bold = self.role is Role.FOCUS
        text, width, height = fitted_label(self.label, bold)
        box = QRectF(-LABEL_WIDTH / 2, LABEL_TOP, LABEL_WIDTH, LABEL_HEIGHT)
        # A pale backing keeps the name readable where edges pass behind it.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LABEL_BACKING)
        painter.drawRoundedRect(QRectF(-width / 2 - 3, LABEL_TOP, width + 6, height + 1), 3, 3)
        painter.setFont(_label_font(bold))
        painter.setPen(OUTLINE)
        painter.drawText(box, WRAP_FLAGS, text)


def _draw_marker(painter: QPainter, status: NodeStatus) -> None:
    """The status's marker at the origin, from the pixmap made for this zoom (in device
    pixels: a high-density screen gets a sharper image, not a blurred one)."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    scale = max(1 / 64, round(painter.worldTransform().m11() * ratio * 64) / 64)
    smooth = bool(painter.renderHints() & QPainter.RenderHint.Antialiasing)
    image = marker_image(status, scale, smooth)
    half = image.width() / scale / 2
    painter.drawPixmap(QRectF(-half, -half, 2 * half, 2 * half), image, QRectF(image.rect()))


_marker_images: dict[tuple[NodeStatus, float, bool], QPixmap] = {}


def marker_image(status: NodeStatus, scale: float, smooth: bool) -> QPixmap:
    """The marker of ``status`` drawn at ``scale`` device pixels per scene unit."""
    key = (status, scale, smooth)
    image = _marker_images.get(key)
    if image is None:
        if len(_marker_images) >= MARKER_IMAGES:
            _marker_images.clear()  # zooms long left behind
        side = int((MARKER + 4) * scale) + 2  # the outline reaches a little past MARKER
        image = QPixmap(side, side)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, smooth)
        painter.scale(scale, scale)
        paint_marker(painter, status, QPointF(side / scale / 2, side / scale / 2), MARKER)
        painter.end()
        _marker_images[key] = image
    return image


WRAP_FLAGS = int(
    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
)
LABEL_BACKING = QColor(255, 255, 255, 215)


def _label_font(bold: bool) -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    font.setBold(bold)
    return font


@lru_cache(maxsize=8192)
def fitted_label(text: str, bold: bool = False) -> tuple[str, float, float]:
    """The text as shown (cut at a word with an ellipsis if it needs more than two lines),
    and the width and height it takes."""
    metrics = QFontMetricsF(_label_font(bold))
    box = QRectF(0, 0, LABEL_WIDTH, 10_000)

    def measure(candidate: str) -> tuple[str, float, float]:
        rect = metrics.boundingRect(box, WRAP_FLAGS, candidate)
        return candidate, rect.width(), rect.height()

    shown = measure(text)
    words = text.split()
    while shown[2] > LABEL_HEIGHT and len(words) > 1:
        words.pop()
        shown = measure(" ".join(words) + "…")
    if shown[2] > LABEL_HEIGHT:
        shown = measure(metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
    return shown

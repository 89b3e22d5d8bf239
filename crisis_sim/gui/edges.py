"""The graph's edges, drawn as a handful of path items instead of one item per edge.

Hard dependencies are one solid path, soft ones one dashed path, and the edges of the
current highlight one thick path on top: thousands of edges cost three items, and a new
highlight rebuilds one path without touching the nodes.

Each path is cached as an image of what the view shows: stroking thousands of curves again
every time a node on top of them is repainted (a flash runs at 60 frames a second) cost
more than all the nodes together. The image is drawn again only when the zoom changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from crisis_sim.gui.node_item import MARKER

HARD_PEN = QPen(QColor("#7A7A7A"), 1.4)
SOFT_PEN = QPen(QColor("#9A9A9A"), 1.2, Qt.PenStyle.DashLine)
HIGHLIGHT_PEN = QPen(QColor("#222222"), 3.0)
SAME_COLUMN_BULGE = 70.0

Edge = tuple[str, str]  # provider → dependent


def edge_path(start: QPointF, end: QPointF) -> QPainterPath:
    """A smooth curve from a provider's marker to its dependent's."""
    path = QPainterPath()
    _add_curve(path, start, end)
    return path


def _add_curve(path: QPainterPath, start: QPointF, end: QPointF) -> None:
    gap = MARKER / 2 + 2
    if abs(start.x() - end.x()) < 1.0:  # same column: bulge out to the left
        a, b = QPointF(start.x() - gap, start.y()), QPointF(end.x() - gap, end.y())
        bend = a.x() - SAME_COLUMN_BULGE
        path.moveTo(a)
        path.cubicTo(QPointF(bend, a.y()), QPointF(bend, b.y()), b)
        return
    direction = 1.0 if end.x() > start.x() else -1.0
    a = QPointF(start.x() + direction * gap, start.y())
    b = QPointF(end.x() - direction * gap, end.y())
    middle = (a.x() + b.x()) / 2
    path.moveTo(a)
    path.cubicTo(QPointF(middle, a.y()), QPointF(middle, b.y()), b)


class _Paths(QGraphicsPathItem):
    """Edges take no clicks or hovers: an empty shape keeps hit tests off long paths.

    Qt derives a path item's bounding rectangle from its shape, so the item says where it
    paints itself (kept from the last path set: measuring thousands of curves at every
    paint would cost as much as stroking them)."""

    def __init__(self, path: QPainterPath, pen: QPen) -> None:
        super().__init__()
        self.setPen(pen)
        self._bounds = QRectF()
        self.show_path(path)

    def show_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        reach = self.pen().widthF()
        self._bounds = path.controlPointRect().adjusted(-reach, -reach, reach, reach)
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()


class EdgeLayer:
    """The three edge paths of a scene, under the nodes."""

    def __init__(
        self,
        scene: QGraphicsScene,
        positions: Mapping[str, tuple[float, float]],
        hard: Iterable[Edge],
        soft: Iterable[Edge],
    ) -> None:
        self._positions = positions
        self._hard, self._soft, self._highlighted = list(hard), list(soft), []
        self.hard = self._add(scene, self._path(self._hard), HARD_PEN, -2)
        self.soft = self._add(scene, self._path(self._soft), SOFT_PEN, -2)
        self.highlight = self._add(scene, QPainterPath(), HIGHLIGHT_PEN, -1)

    def show_highlight(self, edges: Iterable[Edge]) -> None:
        self._highlighted = list(edges)
        self.highlight.show_path(self._path(self._highlighted))

    def move(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Redraw every edge between the nodes' new positions."""
        self._positions = positions
        self.hard.show_path(self._path(self._hard))
        self.soft.show_path(self._path(self._soft))
        self.highlight.show_path(self._path(self._highlighted))

    def _path(self, edges: Iterable[Edge]) -> QPainterPath:
        path = QPainterPath()
        for provider, dependent in edges:
            _add_curve(
                path, QPointF(*self._positions[provider]), QPointF(*self._positions[dependent])
            )
        return path

    @staticmethod
    def _add(scene: QGraphicsScene, path: QPainterPath, pen: QPen, z: float) -> QGraphicsPathItem:
        item = _Paths(path, pen)
        item.setZValue(z)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        scene.addItem(item)
        return item

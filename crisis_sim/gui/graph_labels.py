"""Names of the right-hand columns (business functions, public services) when the service
graph is zoomed out to the whole picture.

Node items draw their names only from ``DETAIL_LOD`` up: below it the names would be a few
pixels high. An elected official reads the graph from the services they know, so the names
of the last two layers are drawn here at a fixed size on screen, to the right of their
markers, each cut (with an ellipsis) where the next column or the view's edge begins; the
whole name is in the node's tooltip. They are skipped when rows are too close to read.

The names are drawn once into an image for a zoom, scroll position, view size and language,
then copied at each paint: a cascade that repaints hundreds of nodes redraws no text.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND
from crisis_sim.gui.describe import node_name
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.node_item import DETAIL_LOD, MARKER

LAYERS = (3, 4)  # business functions, public services (LAYER_OF_KIND)
ROOM = 240  # pixels kept right of the last column for its names
GAP = 4  # pixels between a marker and its name, and before the next column
BACKING = QColor(255, 255, 255, 215)
TEXT = QColor("#202020")


def _font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


class ColumnLabels:
    """The right-hand columns' names for one graph view."""

    def __init__(self, view) -> None:
        self.view = view
        self._key: tuple | None = None
        self._image: QPixmap | None = None
        self.renders = 0  # images drawn (for tests: not one per paint)

    def shown(self) -> bool:
        return self.view.zoom < DETAIL_LOD

    def paint(self, painter: QPainter) -> None:
        """Copy the names' image; ``painter`` draws in the viewport's pixels."""
        if not self.shown():
            return
        view = self.view
        transform = view.viewportTransform()
        key = (
            tuple(round(v, 6) for v in (transform.m11(), transform.dx(), transform.dy())),
            view.viewport().size().toTuple(),
            current_language(),
        )
        if key != self._key:
            self._key, self._image = key, self._render()
        painter.drawPixmap(0, 0, self._image)

    def labels(self) -> list[tuple[str, QRectF, str]]:
        """(node id, rectangle in the viewport, text shown) of each name to draw."""
        view, scene = self.view, self.view.scene()
        metrics = QFontMetricsF(_font())
        height = metrics.height()
        points = {
            node_id: view.mapFromScene(QPointF(x, y)).toPointF()
            for node_id, (x, y) in scene.positions.items()
        }
        if not _rows_apart(points.values(), height):
            return []
        radius = MARKER / 2 * view.zoom
        columns = sorted({round(p.x()) for p in points.values()})
        found = []
        for node in scene.scenario.nodes:
            if LAYER_OF_KIND[node.kind] not in LAYERS:
                continue
            point = points[node.id]
            right = (
                columns[i] - radius
                if (i := bisect_right(columns, round(point.x()))) < len(columns)
                else view.viewport().width()
            )
            left = point.x() + radius + GAP
            width = right - GAP - left
            if width < 3 * height:
                continue
            text = node_name(scene.scenario, node.id)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            box = QRectF(left, point.y() - height / 2, metrics.horizontalAdvance(shown), height)
            found.append((node.id, box, shown))
        return found

    def _render(self) -> QPixmap:
        self.renders += 1
        viewport = self.view.viewport()
        ratio = viewport.devicePixelRatioF()
        image = QPixmap(viewport.size() * ratio)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setFont(_font())
        for _, box, text in self.labels():
            painter.fillRect(box.adjusted(-2, 0, 2, 0), BACKING)
            painter.setPen(TEXT)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
        return image


def _rows_apart(points, height: float) -> bool:
    """Whether nodes of one column stand at least a line of text apart on screen."""
    by_column: dict[int, list[float]] = {}
    for point in points:
        by_column.setdefault(round(point.x()), []).append(point.y())
    for ys in by_column.values():
        ys.sort()
        if any(b - a < height for a, b in pairwise(ys)):
            return False
    return True

"""The service graph panel: a zoomable, pannable view of the graph scene, with its legend.

Wheel or +/- zoom around the pointer, a drag pans, 0 fits the whole graph. Antialiasing is
switched off when zoomed out, where it costs most and shows least.

A band along the top names each layer above its columns (Infrastructure … Public services)
at a fixed size on screen: zoomed out to the whole graph, node names are too small to
draw, and an elected official still sees what each column of dots stands for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.gui.graph_labels import ROOM, ColumnLabels
from crisis_sim.gui.graph_scene import GraphScene
from crisis_sim.gui.keyboard import tab_order
from crisis_sim.gui.legend import Legend

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 4.0
ANTIALIAS_FROM = 0.6
HEADING_BAND = 36  # pixels at the top of the view for the layers' names (two lines)
HEADING_BACKING = QColor(255, 255, 255, 230)
HEADING_TEXT = QColor("#333333")
HEADING_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


def layer_title(layer: int) -> str:
    """A layer's name (core.scenario.model_graph.LAYER_OF_KIND), in the console's language."""
    translate = QCoreApplication.translate
    return (
        translate("GraphView", "Infrastructure and network"),
        translate("GraphView", "Servers and workstations"),
        translate("GraphView", "Applications"),
        translate("GraphView", "Business functions"),
        translate("GraphView", "Public services"),
    )[layer]


class GraphView(QGraphicsView):
    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.auto_fit = True  # fit the whole graph on resize until the user zooms
        self.column_labels = ColumnLabels(self)
        self._update_antialiasing()

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.auto_fit = False
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom * factor))
        self.scale(target / self.zoom, target / self.zoom)
        self._update_antialiasing()

    def fit(self) -> None:
        margin = 20
        rect = self.sceneRect().adjusted(-margin, -margin, margin, margin)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        # Room above the top nodes for the headings' band, and right of the last column for
        # its names, at the zoom just found.
        zoom = self.zoom
        self.fitInView(
            rect.adjusted(0, -HEADING_BAND / zoom, ROOM / zoom, 0),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if self.zoom > 1.0:
            self.resetTransform()
        self._update_antialiasing()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        """The layers' names in a band along the top, over their columns, whatever the zoom."""
        painter.save()
        painter.resetTransform()  # in the viewport's pixels
        self.column_labels.paint(painter)
        band = QRectF(0, 0, self.viewport().width(), HEADING_BAND)
        painter.fillRect(band, HEADING_BACKING)
        painter.setFont(_heading_font())
        painter.setPen(HEADING_TEXT)
        metrics = QFontMetricsF(_heading_font())
        headings = self.headings()
        xs = [x for x, _ in headings]
        for i, (x, text) in enumerate(headings):
            # Each name has the room up to halfway to its neighbours; elided beyond.
            left = (xs[i - 1] + x) / 2 if i else x - (xs[1] - x) / 2 if len(xs) > 1 else 0
            right = (xs[i + 1] + x) / 2 if i + 1 < len(xs) else x + (x - left)
            width = max(0.0, min(right - left, 2 * (right - x), 2 * (x - left)) - 8)
            box = QRectF(x - width / 2, 0, width, HEADING_BAND)
            if metrics.boundingRect(box, HEADING_FLAGS, text).height() > HEADING_BAND:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(box, HEADING_FLAGS, text)
        painter.restore()

    def headings(self) -> list[tuple[float, str]]:
        """(x in the viewport, name) of each layer heading."""
        return [
            (self.mapFromScene(QPointF(x, 0)).x(), layer_title(layer))
            for x, layer in self.scene().column_headings()
        ]

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        # The band stays put while the picture scrolls under it: paint it again.
        self.viewport().update(0, 0, self.viewport().width(), HEADING_BAND + abs(dy))

    def _update_antialiasing(self) -> None:
        self.setRenderHint(QPainter.RenderHint.Antialiasing, self.zoom >= ANTIALIAS_FROM)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, self.zoom >= ANTIALIAS_FROM)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        size = self.viewport().size()
        if self.auto_fit and size.height() > 0:
            self.scene().refold(size.width() / size.height())
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or event.matches(
            QKeySequence.StandardKey.ZoomIn
        ):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.auto_fit = True
            self.fit()
        elif key == Qt.Key.Key_Escape:
            self.scene().select(None)
        else:
            super().keyPressEvent(event)


def _heading_font() -> QFont:
    font = QFont()
    font.setPointSizeF(10.0)
    font.setBold(True)
    return font


class GraphPanel(QWidget):
    """The view, zoom buttons, the selected node's summary and the legend, for a dock."""

    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        # The buttons join first: Tab starts on them, then reaches the graph (Qt cannot move
        # an earlier child after later ones in the focus chain).
        self.buttons = {name: QToolButton(self) for name in ("in", "out", "fit")}
        self.view = GraphView(scene, self)
        self.legend = Legend(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons["in"].clicked.connect(self._on_zoom_in)
        self.buttons["out"].clicked.connect(self._on_zoom_out)
        self.buttons["fit"].clicked.connect(self._on_fit)
        self._build()
        scene.node_selected.connect(self._on_node_selected)
        self.retranslate()

    def _build(self) -> None:
        bar = QHBoxLayout()
        for button in self.buttons.values():
            bar.addWidget(button)
        bar.addWidget(self.summary, 1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self.legend)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(body, 1)
        # Tab reads the bar, then the graph (where +, - and 0 zoom too); each button is
        # reachable from the keyboard, as a tool button is not by default.
        chain = [*self.buttons.values(), self.view]
        for widget in chain[:-1]:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tab_order(*chain)

    def _on_zoom_in(self) -> None:
        self.view.zoom_by(ZOOM_STEP)

    def _on_zoom_out(self) -> None:
        self.view.zoom_by(1 / ZOOM_STEP)

    def _on_fit(self) -> None:
        self.view.auto_fit = True
        self.view.fit()

    def _on_node_selected(self, node_id: str) -> None:
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        scene = self.scene
        if scene.selected is None:
            return self.tr("Click a node to see what it needs and what needs it.")
        name = scene.items_by_id[scene.selected].label
        needs = self.tr("needs %n node(s)", "", len(scene.needs))
        needed_by = self.tr("needed by %n node(s)", "", len(scene.needed_by))
        return (
            self.tr("“%1”: %2, %3.")
            .replace("%1", name)
            .replace("%2", needs)
            .replace("%3", needed_by)
        )

    def retranslate(self) -> None:
        self.buttons["in"].setText("+")
        self.buttons["in"].setToolTip(self.tr("Zoom in (+)"))
        self.buttons["out"].setText("−")
        self.buttons["out"].setToolTip(self.tr("Zoom out (−)"))
        self.buttons["fit"].setText(self.tr("Whole graph"))
        self.buttons["fit"].setToolTip(self.tr("Show the whole graph (0)"))
        self.summary.setText(self._summary_text())
        self.scene.retranslate()
        self.view.viewport().update()  # the layers' names are the language's

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The service graph panel: a zoomable, pannable view of the graph scene, with its legend.

Wheel or +/- zoom around the pointer, a drag pans, 0 fits the whole graph. Antialiasing is
switched off when zoomed out, where it costs most and shows least.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.gui.graph_scene import GraphScene
from crisis_sim.gui.legend import Legend

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 4.0
ANTIALIAS_FROM = 0.6


class GraphView(QGraphicsView):
    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.auto_fit = True  # fit the whole graph on resize until the user zooms
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
        self.fitInView(
            self.sceneRect().adjusted(-margin, -margin, margin, margin),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if self.zoom > 1.0:
            self.resetTransform()
        self._update_antialiasing()

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


class GraphPanel(QWidget):
    """The view, zoom buttons, the selected node's summary and the legend, for a dock."""

    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.view = GraphView(scene, self)
        self.legend = Legend(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self._buttons = {name: QToolButton(self) for name in ("in", "out", "fit")}
        self._buttons["in"].clicked.connect(self._on_zoom_in)
        self._buttons["out"].clicked.connect(self._on_zoom_out)
        self._buttons["fit"].clicked.connect(self._on_fit)
        self._build()
        scene.node_selected.connect(self._on_node_selected)
        self.retranslate()

    def _build(self) -> None:
        bar = QHBoxLayout()
        for button in self._buttons.values():
            bar.addWidget(button)
        bar.addWidget(self.summary, 1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self.legend)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(body, 1)

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
        self._buttons["in"].setText("+")
        self._buttons["in"].setToolTip(self.tr("Zoom in (+)"))
        self._buttons["out"].setText("−")
        self._buttons["out"].setToolTip(self.tr("Zoom out (−)"))
        self._buttons["fit"].setText(self.tr("Whole graph"))
        self._buttons["fit"].setToolTip(self.tr("Show the whole graph (0)"))
        self.summary.setText(self._summary_text())
        self.scene.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

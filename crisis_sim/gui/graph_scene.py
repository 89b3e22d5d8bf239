"""The service graph as a scene: node items placed by the core's layout, edges as paths.

The scene shows what a state source (the Simulation now, the exercise session later) says:
``show_state`` repaints only the nodes whose record changed. Tooltips are written when
asked for, so they always tell the present. A click on a node highlights what it needs
(upstream) and what needs it (downstream).

A cascade can change a thousand nodes in one tick, and each changed item is painted again
(about 0.1 ms each, on top of 5 to 8 ms for any paint of the view, on a slow machine):
more than ``SLICE`` changes are applied a slice per
turn of the event loop, so no frame carries the whole cascade and the clock stays smooth.
"""

from __future__ import annotations

import networkx as nx
from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from crisis_sim.core.layout import scenario_layout
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND, DependencyType
from crisis_sim.core.sim import NodeStatus, build_graph
from crisis_sim.gui.describe import StateSource, node_name, node_tooltip, source_version
from crisis_sim.gui.edges import EdgeLayer
from crisis_sim.gui.node_item import LABEL_WIDTH, NodeItem, Role

COLUMN_GAP = LABEL_WIDTH + 70
ROW_GAP = 88.0
ASPECT = 1.6  # a landscape screen or projector
MAX_FLASHES = 12  # more changes at once change colour without flashing: the eye follows a few
# (each flashing node is painted again at every step of its 0.9 s fade)
SLICE = 20  # node items whose status changes in one turn of the event loop, at most


class GraphScene(QGraphicsScene):
    node_selected = Signal(str)  # the node id, or "" when the highlight is cleared

    def __init__(self, scenario: Scenario, source: StateSource, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.source = source
        self.graph = build_graph(scenario)
        self.layout = scenario_layout(
            scenario, column_gap=COLUMN_GAP, row_gap=ROW_GAP, aspect=ASPECT
        )
        self.positions = self.layout.positions
        self._headings: list[tuple[float, int]] | None = None  # worked out per positions
        self.items_by_id: dict[str, NodeItem] = {}
        self.selected: str | None = None
        self.needs: set[str] = set()
        self.needed_by: set[str] = set()
        self._shown: dict[str, NodeStatus] = {}
        self._shown_time = 0
        self._shown_version: int | None = None  # the source's version of the present shown
        self._pending: dict[str, NodeStatus] = {}  # statuses still to show, in slices
        self._slicer = QTimer(self)
        self._slicer.setSingleShot(True)
        self._slicer.setInterval(0)  # the next turn of the event loop, after this one's paint
        self._slicer.timeout.connect(self._show_slice)
        self._add_nodes()
        self.edges = EdgeLayer(self, self.positions, *self._edges_by_type())
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.show_state(animate=False)

    def _add_nodes(self) -> None:
        for node_id, (x, y) in self.positions.items():
            item = NodeItem(node_id, node_name(self.scenario, node_id))
            item.setPos(x, y)
            self.addItem(item)
            self.items_by_id[node_id] = item

    def _edges_by_type(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        hard, soft = [], []
        for provider, dependent, kind in self.graph.edges(data="type"):
            (hard if kind is DependencyType.HARD else soft).append((provider, dependent))
        return hard, soft

    def refold(self, aspect: float) -> bool:
        """Fold long columns to suit a view of this shape; False if nothing moved."""
        positions = self.layout.folded(aspect)
        if positions == self.positions:
            return False
        self.positions, self._headings = positions, None
        for node_id, (x, y) in positions.items():
            self.items_by_id[node_id].setPos(x, y)
        self.edges.move(positions)
        self.setSceneRect(self.itemsBoundingRect())
        return True

    # --- state ------------------------------------------------------------------------------

    def show_state(self, t: int | None = None, animate: bool = True) -> list[str]:
        """Show the records at ``t`` (default: now); the ids of the nodes that changed.

        The present is read again only when the source's version has moved since it was
        last shown: a tick that changes nothing costs nothing."""
        now = self.source.now
        present = t is None or t == now
        version = source_version(self.source) if present else None
        if version is not None and version == self._shown_version:
            self._shown_time = now
            return []
        statuses = self._statuses(t)
        changed = [
            node_id
            for node_id, status in statuses.items()
            if self._shown.get(node_id) is not status
        ]
        self._shown.update((node_id, statuses[node_id]) for node_id in changed)
        self._shown_time = now if t is None else t
        self._shown_version = version
        self._pending.update((node_id, statuses[node_id]) for node_id in changed)
        self._show_slice(animate and len(self._pending) <= MAX_FLASHES)
        return changed

    def _statuses(self, t: int | None) -> dict[str, NodeStatus]:
        """The nodes' statuses (items show nothing else: tooltips are read when asked), from
        the source's cheap read when it has one."""
        fast = getattr(self.source, "node_statuses", None)
        if fast is not None:
            return fast(t)
        return {node_id: record.status for node_id, record in self.source.statuses(t).items()}

    @property
    def settled(self) -> bool:
        """Whether every node item shows its status (no slice of a cascade left to show)."""
        return not self._pending

    def _show_slice(self, animate: bool = False) -> None:
        """Give the next SLICE node items their status; the rest at the next turn."""
        for _ in range(min(SLICE, len(self._pending))):
            node_id = next(iter(self._pending))
            self.items_by_id[node_id].set_status(self._pending.pop(node_id), animate)
        if self._pending:
            self._slicer.start()

    def column_headings(self) -> list[tuple[float, int]]:
        """(x, layer) of each layer of the layout, x the middle of its (folded) columns.

        The view paints them at every paint, and a walk over 2,000 nodes cost 4 ms of each:
        they move only when the columns are folded again."""
        if self._headings is None:
            self._headings = self._column_spans()
        return self._headings

    def _column_spans(self) -> list[tuple[float, int]]:
        spans: dict[int, tuple[float, float]] = {}
        for node in self.scenario.nodes:
            x = self.positions[node.id][0]
            layer = LAYER_OF_KIND[node.kind]
            low, high = spans.get(layer, (x, x))
            spans[layer] = (min(low, x), max(high, x))
        return [((low + high) / 2, layer) for layer, (low, high) in sorted(spans.items())]

    def tooltip_for(self, node_id: str) -> str:
        return node_tooltip(self.scenario, self.source, node_id, self._shown_time)

    def retranslate(self) -> None:
        for node_id, item in self.items_by_id.items():
            item.set_label(node_name(self.scenario, node_id))

    # --- highlight --------------------------------------------------------------------------

    def select(self, node_id: str | None) -> None:
        """Highlight what ``node_id`` needs and what needs it; None clears the highlight."""
        self.selected = node_id
        self.needs = set(nx.ancestors(self.graph, node_id)) if node_id else set()
        self.needed_by = set(nx.descendants(self.graph, node_id)) - self.needs if node_id else set()
        for other, item in self.items_by_id.items():
            item.set_role(self._role_of(other))
        self.edges.show_highlight(self._highlighted_edges())
        self.node_selected.emit(node_id or "")

    def _role_of(self, node_id: str) -> Role:
        if self.selected is None:
            return Role.NONE
        if node_id == self.selected:
            return Role.FOCUS
        if node_id in self.needs:
            return Role.NEEDS
        return Role.NEEDED_BY if node_id in self.needed_by else Role.DIMMED

    def _highlighted_edges(self) -> list[tuple[str, str]]:
        if self.selected is None:
            return []
        upstream = self.needs | {self.selected}
        downstream = self.needed_by | {self.selected}
        return [
            (u, v)
            for u, v in self.graph.edges
            if (u in upstream and v in upstream) or (u in downstream and v in downstream)
        ]

    # --- Qt overrides -------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self._node_at(event.scenePos())
        self.select(item.node_id if item else None)
        super().mousePressEvent(event)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802
        item = self._node_at(event.scenePos())
        if item is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.screenPos(), self.tooltip_for(item.node_id), event.widget())
        event.accept()

    def _node_at(self, pos: QPointF) -> NodeItem | None:
        return next((item for item in self.items(pos) if isinstance(item, NodeItem)), None)

"""What the views read, taken from an exercise session: its simulation's states and history.

The views were written against a small protocol (``describe.StateSource``); this adapter
answers it from ``Session.world``, so the graph, the board, the chart and the players'
screen show exactly what the session's journal will replay.
"""

from __future__ import annotations

from crisis_sim.core.exercise.session import Session
from crisis_sim.core.sim import Link, NodeRecord


class SessionSource:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids = tuple(node.id for node in session.scenario.nodes)

    @property
    def now(self) -> int:
        return self.session.now

    @property
    def version(self) -> int:
        """Moves whenever the simulation may have changed a node (see ``World.version``)."""
        return self.session.world.version

    def state_at(self, node_id: str, t: int | None = None) -> NodeRecord:
        return self.session.world.state(node_id, t)

    def statuses(self, t: int | None = None) -> dict[str, NodeRecord]:
        world = self.session.world
        return {node_id: world.state(node_id, t) for node_id in self._ids}

    def timeline(self, node_id: str) -> list[NodeRecord]:
        return self.session.world.changes(node_id, 0, self.session.world.now)

    def explain(self, node_id: str, t: int | None = None) -> list[Link]:
        return self.session.world.explain(node_id, self.now if t is None else t)

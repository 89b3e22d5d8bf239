"""What the views read, taken from an exercise session: its simulation's states and history.

The views were written against a small protocol (``describe.StateSource``); this adapter
answers it from ``Session.world``, so the graph, the board, the chart and the players'
screen show exactly what the session's journal will replay.

The present is read once per ``World.version``: the graph, the board, the chart and the
players' screen all ask for the same nodes when the simulation moves, and a record costs
its cause to work out. Between two versions no node changes (the world bumps the version
for every event it runs), so what was read stays true; the past is read as asked.
"""

from __future__ import annotations

from crisis_sim.core.exercise.session import Session
from crisis_sim.core.sim import Link, NodeRecord, NodeStatus


class SessionSource:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids = tuple(node.id for node in session.scenario.nodes)
        self._version: int | None = None  # the version the caches below belong to
        # Keyed by (node id, with causes): a board that shows no cause reads without them.
        self._states: dict[tuple[str, bool], NodeRecord] = {}
        self._timelines: dict[tuple[str, bool], list[NodeRecord]] = {}
        self._statuses: tuple[int, dict[str, NodeStatus]] | None = None  # (version, statuses)

    @property
    def now(self) -> int:
        return self.session.now

    @property
    def version(self) -> int:
        """Moves whenever the simulation may have changed a node (see ``World.version``)."""
        return self.session.world.version

    def state_at(self, node_id: str, t: int | None = None, *, causes: bool = True) -> NodeRecord:
        if t is not None and t != self.now:
            return self.session.world.state(node_id, t, causes=causes)
        states = self._present()[0]
        record = states.get((node_id, causes))
        if record is None:
            record = self.session.world.state(node_id, causes=causes)
            states[node_id, causes] = record
        return record

    def statuses(self, t: int | None = None) -> dict[str, NodeRecord]:
        return {node_id: self.state_at(node_id, t) for node_id in self._ids}

    def node_statuses(self, t: int | None = None) -> dict[str, NodeStatus]:
        """Every node's status at ``t`` (default: now). At the present, read without the
        records' causes: the graph colours 2,000 nodes from it, where records cost 15 to 45 ms."""
        if t is not None and t != self.now:
            return {node_id: record.status for node_id, record in self.statuses(t).items()}
        if self._statuses is None or self._statuses[0] != self.version:
            self._statuses = (self.version, self.session.world.statuses_now())
        return self._statuses[1]

    def timeline(self, node_id: str, *, causes: bool = True) -> list[NodeRecord]:
        timelines = self._present()[1]
        found = timelines.get((node_id, causes))
        if found is None:
            world = self.session.world
            found = world.changes(node_id, 0, world.now, causes=causes)
            timelines[node_id, causes] = found
        return list(found)  # the caller's to keep or change

    def changed_since(self, t: int) -> list[str]:
        """The nodes with a change at ``t`` or later: any other is in its state at ``t``."""
        return self.session.world.changed_since(t)

    def explain(self, node_id: str, t: int | None = None) -> list[Link]:
        return self.session.world.explain(node_id, self.now if t is None else t)

    def _present(self) -> tuple[dict[str, NodeRecord], dict[str, list[NodeRecord]]]:
        """The records and timelines read at the present of this version."""
        if self._version != self.version:
            self._version, self._states, self._timelines = self.version, {}, {}
        return self._states, self._timelines

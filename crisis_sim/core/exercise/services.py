"""Changes of business functions and public services, read from the simulation's history.

The main courante notes when a service stops, degrades, goes to paper or comes back — not
every change of cause behind an unchanged state, which would drown the log.

Only the services whose history moved since the last look are read (with those that
changed at that very time, which a same-time decision can undo): a tick of a cascade
changes tens of the hundreds of services, and a read works out each record's cause.
Records are read without their dependency causes: a change is its status and capacity, and
the log words its cause from the chain the session explains for it (a mass encryption logs
hundreds of services in one tick, and a dependency's cause is most of what a read costs).
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.exercise.world import NodeRecord, NodeStatus, World
from crisis_sim.core.scenario.model import Scenario


@dataclass(frozen=True)
class ServiceChange:
    t: int
    node: str
    record: NodeRecord


class ServiceWatch:
    def __init__(self, scenario: Scenario, world: World) -> None:
        self._world = world
        self._functions = [node.id for node in scenario.functions]
        self._order = {node_id: i for i, node_id in enumerate(self._functions)}
        self._shown = dict.fromkeys(self._functions, (NodeStatus.OPERATIONAL, 1.0))
        self._cursor = 0
        self._seen_version = -1
        self._at_cursor: set[str] = set()  # services with a change at the cursor time

    def changes_until(self, horizon: int) -> list[ServiceChange]:
        """Changes since the last call up to ``horizon``, in time then scenario order.

        The cursor time itself is read again: a decision taken at that very time may have
        replaced the state recorded for it.
        """
        if self._world.version == self._seen_version:
            self._cursor = horizon
            return []  # the simulation did nothing since the last look
        self._seen_version = self._world.version
        moved = self._at_cursor.union(self._world.changed_since(self._cursor))
        found = [
            change
            for node_id in self._functions
            if node_id in moved
            for change in self._new_changes(node_id, horizon)
        ]
        self._cursor = horizon
        self._at_cursor = set(self._world.changed_since(horizon)) & self._order.keys()
        return sorted(found, key=lambda c: (c.t, self._order[c.node]))

    def _new_changes(self, node_id: str, horizon: int) -> list[ServiceChange]:
        changes = []
        records = self._world.changes(node_id, self._cursor, horizon, causes=False)
        for record in records:
            shown = (record.status, record.capacity)
            if shown != self._shown[node_id]:
                self._shown[node_id] = shown
                changes.append(ServiceChange(record.since, node_id, record))
        if records and horizon >= self._world.now:  # the newest record is the state now
            return changes
        # A change at the cursor time can vanish when a same-time decision undoes it.
        current = self._world.state(node_id, horizon, causes=False)
        if (current.status, current.capacity) != self._shown[node_id]:
            self._shown[node_id] = (current.status, current.capacity)
            changes.append(ServiceChange(horizon, node_id, current))
        return changes

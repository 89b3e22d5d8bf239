"""Changes of business functions and public services, read from the simulation's history.

The main courante notes when a service stops, degrades, goes to paper or comes back — not
every change of cause behind an unchanged state, which would drown the log.
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

    def changes_until(self, horizon: int) -> list[ServiceChange]:
        """Changes since the last call up to ``horizon``, in time then scenario order.

        The cursor time itself is read again: a decision taken at that very time may have
        replaced the state recorded for it.
        """
        if self._world.version == self._seen_version:
            self._cursor = horizon
            return []  # the simulation did nothing since the last look
        self._seen_version = self._world.version
        found = [
            change for node_id in self._functions for change in self._new_changes(node_id, horizon)
        ]
        self._cursor = horizon
        return sorted(found, key=lambda c: (c.t, self._order[c.node]))

    def _new_changes(self, node_id: str, horizon: int) -> list[ServiceChange]:
        changes = []
        for record in self._world.changes(node_id, self._cursor, horizon):
            shown = (record.status, record.capacity)
            if shown != self._shown[node_id]:
                self._shown[node_id] = shown
                changes.append(ServiceChange(record.since, node_id, record))
        # A change at the cursor time can vanish when a same-time decision undoes it.
        current = self._world.state(node_id, horizon)
        if (current.status, current.capacity) != self._shown[node_id]:
            self._shown[node_id] = (current.status, current.capacity)
            changes.append(ServiceChange(horizon, node_id, current))
        return changes

"""Reading the history back as records with their causes.

A state set by a dependency does not store which one (states.py): the cause is worked out
here, from the history, at the time asked. At that time a provider u seen through a delay d
shows the best level it had over [t-d, t]; the dependency that sets the node's level is the
first group (in the node's order of dependencies) whose cap equals it, and the cause names
that group's worst provider (lowest level seen, then smallest id).
"""

from __future__ import annotations

from crisis_sim.core.sim.causes import Cause, dependency_cause
from crisis_sim.core.sim.compiled import CompiledGraph, Group
from crisis_sim.core.sim.history import History
from crisis_sim.core.sim.states import DEGRADED, DOWN, UP, NodeRecord, NodeStatus, State

UNKNOWN = Cause("dependency", "", "dependencies down")


class Reader:
    def __init__(self, graph: CompiledGraph, history: History) -> None:
        self._graph = graph
        self._history = history

    def record(self, node: int, since: int, state: State, at: int) -> NodeRecord:
        """The state as a record, its dependency cause resolved at ``at``."""
        cause, underlying = state.cause, state.underlying
        if state.by_dependency and state.status is NodeStatus.PAPER:
            underlying = self.dependency_cause(node, at, DOWN)
        elif state.by_dependency:
            cause = self.dependency_cause(node, at, state.level)
        return NodeRecord(
            state.status,
            state.level,
            cause,
            since,
            state.capacity,
            underlying,
            state.compromised,
            state.exfiltrated,
        )

    def plain(self, node: int, since: int, state: State, at: int) -> NodeRecord:
        """The state as a record without working out a dependency's cause (left None): what
        a view that shows states but no causes needs, at a fraction of the cost."""
        return NodeRecord(
            state.status,
            state.level,
            state.cause,
            since,
            state.capacity,
            state.underlying,
            state.compromised,
            state.exfiltrated,
        )

    def dependency_cause(self, node: int, at: int, base: int) -> Cause:
        for group in self._graph.groups[node]:
            views = [(self._view(p, group.delay, at), self._graph.ids[p]) for p in group.providers]
            if _cap(group, [view for view, _ in views]) == base:
                view, worst = min(views)
                providers = [self._graph.ids[p] for p in group.providers]
                return dependency_cause(group.hard, worst, view, group.required, providers)
        return UNKNOWN

    def _view(self, provider: int, delay: int, at: int) -> int:
        return self._history.max_level(provider, at - delay, at + 1)


def _cap(group: Group, views: list[int]) -> int:
    if sum(view == UP for view in views) >= group.required:
        level = UP
    elif sum(view >= DEGRADED for view in views) >= group.required:
        level = DEGRADED
    else:
        level = DOWN
    return level if group.hard or level == UP else DEGRADED

"""The naive reference: the same rules as engine.py, evaluated the plain way.

At every event time it starts every node from UP and re-evaluates all of them, reading the
dependency groups straight from the networkx graph's edges, until nothing changes; then it
records every node. Any change at t has it look again at t + d for every delay d of the graph.
It shares the kernel (events, own conditions, history) with the engine but none of the
engine's propagation code, so the property tests compare two independent propagations.
It is slow on purpose; the benchmark reports it as ``naive_ms``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import DependencyType
from crisis_sim.core.sim.compiled import compile_graph
from crisis_sim.core.sim.conditions import intrinsic
from crisis_sim.core.sim.graph import build_graph, memberships
from crisis_sim.core.sim.kernel import Kernel
from crisis_sim.core.sim.states import DEGRADED, DOWN, UP, make_state


@dataclass
class _Group:
    index: int
    hard: bool
    required: int
    delay: int
    providers: list[str]


class ReferenceSimulation(Kernel):
    def __init__(
        self, scenario: Scenario, *, seed: int | None = None, graph: nx.DiGraph | None = None
    ) -> None:
        self.graph = build_graph(scenario) if graph is None else graph
        super().__init__(scenario, compile_graph(self.graph), seed)
        self._delays = sorted(
            {m["delay"] for *_, edge in self.graph.edges(data=True) for m in memberships(edge)}
            - {0}
        )

    def _settle(self, t: int, raised: set[int], lowered: set[int], woken: set[int]) -> None:
        levels = self._greatest_fixed_point(t)
        changed = False
        for node_id in self.graph.nodes:
            node = self.compiled.index[node_id]
            base = self._base(node_id, levels, t)
            paper = self.world.fallbacks.paper(node) if base == DOWN else None
            state = make_state(intrinsic(self.world.conditions[node]), base, paper)
            assert state.level == levels[node_id]
            changed |= self._publish(node, t, state, base) is not None
        if changed:
            for delay in self._delays:
                self._waiting(t + delay)  # the reference looks at every node then

    def _greatest_fixed_point(self, t: int) -> dict[str, int]:
        levels = dict.fromkeys(self.graph.nodes, UP)
        changed = True
        while changed:
            changed = False
            for node_id in self.graph.nodes:
                new = min(levels[node_id], self._output(node_id, levels, t))
                if new != levels[node_id]:
                    levels[node_id] = new
                    changed = True
        return levels

    def _output(self, node_id: str, levels: dict[str, int], t: int) -> int:
        base = self._base(node_id, levels, t)
        node = self.compiled.index[node_id]
        if base == DOWN and self.world.fallbacks.paper(node) is not None:
            return DEGRADED
        return base

    def _base(self, node_id: str, levels: dict[str, int], t: int) -> int:
        """Level before fallbacks: the node's own level, capped by every dependency group."""
        own = intrinsic(self.world.conditions[self.compiled.index[node_id]]).level
        return min([own, *(self._cap(group, levels, t) for group in self._groups(node_id))])

    def _groups(self, node_id: str) -> list[_Group]:
        groups: dict[int, _Group] = {}
        providers: dict[int, list[str]] = defaultdict(list)
        for provider, edge in self.graph.pred[node_id].items():
            for m in memberships(edge):
                hard = DependencyType(m["type"]) is DependencyType.HARD
                groups[m["group"]] = _Group(m["group"], hard, m["required"], m["delay"], [])
                providers[m["group"]].append(provider)
        for index, group in groups.items():
            group.providers = providers[index]
        return [groups[index] for index in sorted(groups)]

    def _view(self, provider: str, delay: int, levels: dict[str, int], t: int) -> int:
        if delay == 0:
            return levels[provider]
        past = self.history.max_level(self.compiled.index[provider], t - delay, t)
        return max(levels[provider], past)

    def _cap(self, group: _Group, levels: dict[str, int], t: int) -> int:
        views = [self._view(p, group.delay, levels, t) for p in group.providers]
        if sum(v == UP for v in views) >= group.required:
            level = UP
        elif sum(v >= DEGRADED for v in views) >= group.required:
            level = DEGRADED
        else:
            level = DOWN
        if group.hard:
            return level
        return UP if level == UP else DEGRADED

"""Where an attack step can reach: zones linked both ways, minus the links decisions cut.

A step with an ``entry`` zone reaches every zone connected to it; a step without one reaches
the zones connected to the zone of any current foothold. Isolating a zone cuts all its links;
the attacker inside it still reaches its own nodes, not the others.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from crisis_sim.core.scenario.model_attack import AttackStep
from crisis_sim.core.scenario.model_graph import Zone
from crisis_sim.core.sim.compiled import CompiledGraph
from crisis_sim.core.sim.conditions import Condition, is_protected


class ZoneMap:
    def __init__(self, zones: Iterable[Zone]) -> None:
        self._neighbours: dict[str, set[str]] = {}
        for zone in zones:
            self._neighbours.setdefault(zone.id, set())
            for other in zone.links:
                self._neighbours[zone.id].add(other)
                self._neighbours.setdefault(other, set()).add(zone.id)
        self._cut: set[frozenset[str]] = set()
        self._isolated: set[str] = set()

    def __contains__(self, zone: str) -> bool:
        return zone in self._neighbours

    def cut_link(self, a: str, b: str) -> None:
        self._cut.add(frozenset((a, b)))

    def isolate(self, zone: str) -> None:
        self._isolated.add(zone)

    def connected(self, starts: Iterable[str]) -> set[str]:
        """The start zones and every zone linked to them by links still in place."""
        seen = set(starts)
        queue = deque(sorted(seen))
        while queue:
            zone = queue.popleft()
            for other in sorted(self._neighbours.get(zone, ())):
                if other not in seen and self._link_holds(zone, other):
                    seen.add(other)
                    queue.append(other)
        return seen

    def _link_holds(self, a: str, b: str) -> bool:
        return (
            frozenset((a, b)) not in self._cut
            and a not in self._isolated
            and b not in self._isolated
        )


@dataclass(frozen=True)
class StepOutcome:
    """What one attack step did: for the debrief ("isolation protected srv-x")."""

    step: str
    at: int
    hit: tuple[str, ...]
    protected: tuple[str, ...]
    out_of_reach: tuple[str, ...]


def resolve_step(
    step: AttackStep,
    at: int,
    graph: CompiledGraph,
    zones: ZoneMap,
    conditions: list[Condition],
    footholds: Iterable[int],
) -> tuple[list[int], StepOutcome]:
    """The nodes the step hits now, and the full account of its targets."""
    footholds = sorted(footholds)
    if step.entry is not None:
        reachable, has_access = zones.connected([step.entry]), True
    else:
        start = {z for v in footholds if (z := graph.zone_name(v)) is not None}
        reachable, has_access = zones.connected(start), bool(footholds)
    hit: list[int] = []
    protected: list[str] = []
    out_of_reach: list[str] = []
    for node in _candidates(step, graph):
        zone = graph.zone_name(node)
        in_reach = zone in reachable if zone is not None else has_access
        if not in_reach:
            out_of_reach.append(graph.ids[node])
        elif is_protected(conditions[node]):
            protected.append(graph.ids[node])
        else:
            hit.append(node)
    outcome = StepOutcome(
        step.id, at, tuple(graph.ids[v] for v in hit), tuple(protected), tuple(out_of_reach)
    )
    return hit, outcome


def _candidates(step: AttackStep, graph: CompiledGraph) -> list[int]:
    """Named targets, then every node of the target zones (of the target kinds, if given)."""
    named = {graph.index[t] for t in step.targets if t in graph.index}
    kinds = set(step.target_kinds)
    by_zone = {
        v
        for zone in step.target_zones
        for v in graph.nodes_in_zone(zone)
        if not kinds or graph.kind[v] in kinds
    }
    return sorted(named | by_zone)

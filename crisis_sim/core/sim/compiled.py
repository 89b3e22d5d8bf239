"""The dependency graph compiled into flat lists indexed by integers, for the engine's hot loop.

networkx's per-edge dicts cost about 3x on hot loops (performance-baseline.md); the engine
reads only these tuples. Compile once per graph and keep the result: ``compiled_for`` caches
the compilation of a scenario's own graph. After a what-if edit of a graph, compile it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import networkx as nx

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Backup, DependencyType, NodeKind
from crisis_sim.core.sim.errors import GraphError
from crisis_sim.core.sim.graph import build_graph, memberships


class Group(NamedTuple):
    """One dependency of a node: k of these providers must work (k = 1 for a single one)."""

    providers: tuple[int, ...]
    required: int
    hard: bool
    delay: int
    index: int  # position among the node's dependencies, for stable cause choice


@dataclass(frozen=True, eq=False)
class CompiledGraph:
    ids: tuple[str, ...]
    index: dict[str, int]
    groups: tuple[tuple[Group, ...], ...]
    dependents: tuple[tuple[int, ...], ...]
    # Dependents through a dependency without delay: a drop reaches them at once.
    immediate_dependents: tuple[tuple[int, ...], ...]
    # (dependent, delay) for edges with a delay: a provider's drop reaches them later.
    delayed_dependents: tuple[tuple[tuple[int, int], ...], ...]
    zone_of: tuple[int, ...]  # index into zones, -1 for nodes without a zone
    zones: tuple[str, ...]
    zone_members: tuple[tuple[int, ...], ...]  # nodes of each zone, by zone index
    kind: tuple[NodeKind, ...]
    is_function: tuple[bool, ...]
    backup: tuple[Backup, ...]
    restore_effort: tuple[int, ...]
    fallbacks: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return len(self.ids)

    def zone_name(self, node: int) -> str | None:
        zone = self.zone_of[node]
        return None if zone < 0 else self.zones[zone]

    def nodes_in_zone(self, zone: str) -> tuple[int, ...]:
        if zone not in self.zones:
            return ()
        return self.zone_members[self.zones.index(zone)]


def compile_graph(graph: nx.DiGraph) -> CompiledGraph:
    ids = tuple(graph.nodes)
    index = {node_id: i for i, node_id in enumerate(ids)}
    vertices = [graph.nodes[node_id] for node_id in ids]
    zones = tuple(sorted({v["zone"] for v in vertices if v.get("zone")}))
    zone_index = {zone: i for i, zone in enumerate(zones)}
    zone_of = tuple(zone_index[v["zone"]] if v.get("zone") else -1 for v in vertices)
    return CompiledGraph(
        ids=ids,
        index=index,
        groups=tuple(_groups_of(graph, node_id, index) for node_id in ids),
        dependents=tuple(tuple(index[w] for w in graph.succ[node_id]) for node_id in ids),
        immediate_dependents=tuple(_immediate_dependents(graph, node_id, index) for node_id in ids),
        delayed_dependents=tuple(_delayed_dependents(graph, node_id, index) for node_id in ids),
        zone_of=zone_of,
        zones=zones,
        zone_members=_zone_members(zone_of, len(zones)),
        kind=tuple(NodeKind(v["kind"]) for v in vertices),
        is_function=tuple(NodeKind(v["kind"]).is_function for v in vertices),
        backup=tuple(Backup(v.get("backup", Backup.NONE)) for v in vertices),
        restore_effort=tuple(v.get("restore_effort", 0) for v in vertices),
        fallbacks=tuple(tuple(v.get("fallbacks", ())) for v in vertices),
    )


_CACHE: dict[int, tuple[Scenario, CompiledGraph]] = {}
_CACHE_SIZE = 4


def compiled_for(scenario: Scenario) -> CompiledGraph:
    """The compiled graph of a scenario, built once; scenarios are immutable, so it stays valid.

    Keyed by identity, holding the scenario so the id cannot be reused while cached.
    """
    hit = _CACHE.get(id(scenario))
    if hit is not None and hit[0] is scenario:
        return hit[1]
    compiled = compile_graph(build_graph(scenario))
    if len(_CACHE) >= _CACHE_SIZE:
        del _CACHE[next(iter(_CACHE))]
    _CACHE[id(scenario)] = (scenario, compiled)
    return compiled


def _zone_members(zone_of: tuple[int, ...], count: int) -> tuple[tuple[int, ...], ...]:
    members: list[list[int]] = [[] for _ in range(count)]
    for node, zone in enumerate(zone_of):
        if zone >= 0:
            members[zone].append(node)
    return tuple(tuple(m) for m in members)


def _groups_of(graph: nx.DiGraph, node_id: str, index: dict[str, int]) -> tuple[Group, ...]:
    members: dict[int, list[int]] = {}
    shapes: dict[int, tuple[int, bool, int]] = {}
    for provider, edge in graph.pred[node_id].items():
        for membership in memberships(edge):
            group = membership["group"]
            shape = _shape(membership)
            if shapes.setdefault(group, shape) != shape:
                raise GraphError(f"dependency {group} of '{node_id}' mixes types, k or delays")
            members.setdefault(group, []).append(index[provider])
    return tuple(
        Group(tuple(members[g]), shapes[g][0], shapes[g][1], shapes[g][2], g)
        for g in sorted(members)
    )


def _shape(membership: dict[str, Any]) -> tuple[int, bool, int]:
    hard = DependencyType(membership["type"]) is DependencyType.HARD
    return (membership["required"], hard, membership["delay"])


def _immediate_dependents(
    graph: nx.DiGraph, node_id: str, index: dict[str, int]
) -> tuple[int, ...]:
    return tuple(
        index[dependent]
        for dependent, edge in graph.succ[node_id].items()
        if any(membership["delay"] == 0 for membership in memberships(edge))
    )


def _delayed_dependents(
    graph: nx.DiGraph, node_id: str, index: dict[str, int]
) -> tuple[tuple[int, int], ...]:
    delays = {
        (index[dependent], membership["delay"])
        for dependent, edge in graph.succ[node_id].items()
        for membership in memberships(edge)
        if membership["delay"] > 0
    }
    return tuple(sorted(delays))

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
from crisis_sim.core.scenario.model_graph import Backup, NodeKind
from crisis_sim.core.sim.errors import GraphError
from crisis_sim.core.sim.graph import build_graph


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
    # Nodes with a group needing more providers than it has (after a what-if edit): they are
    # down from the start, so the engines look at them at time 0.
    unsatisfiable: tuple[int, ...]

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
    kinds = tuple(_KIND[v["kind"]] for v in vertices)
    edges = _EdgeLists(graph, index)
    groups = edges.groups(ids)
    return CompiledGraph(
        ids=ids,
        index=index,
        groups=groups,
        dependents=tuple(edges.dependents),
        immediate_dependents=tuple(edges.immediate),
        delayed_dependents=tuple(edges.delayed),
        zone_of=zone_of,
        zones=zones,
        zone_members=_zone_members(zone_of, len(zones)),
        kind=kinds,
        is_function=tuple(kind.is_function for kind in kinds),
        backup=tuple(_BACKUP[v.get("backup", Backup.NONE)] for v in vertices),
        restore_effort=tuple(v.get("restore_effort", 0) for v in vertices),
        fallbacks=tuple(tuple(v.get("fallbacks", ())) for v in vertices),
        unsatisfiable=tuple(
            v
            for v, node_groups in enumerate(groups)
            if any(g.required > len(g.providers) for g in node_groups)
        ),
    )


_KIND = {kind.value: kind for kind in NodeKind}
_BACKUP = {backup.value: backup for backup in Backup}


class _EdgeLists:
    """Each node's dependency groups (from its in-edges) and dependents (from its out-edges)."""

    def __init__(self, graph: nx.DiGraph, index: dict[str, int]) -> None:
        self._graph, self._index = graph, index
        self.dependents: list[tuple[int, ...]] = []
        self.immediate: list[tuple[int, ...]] = []
        self.delayed: list[tuple[tuple[int, int], ...]] = []
        for node_id in index:
            self._add_dependents(graph.succ[node_id])

    def _add_dependents(self, out_edges: Any) -> None:
        index = self._index
        self.dependents.append(tuple(index[w] for w in out_edges))
        immediate: list[int] = []
        delayed: list[tuple[int, int]] = []
        for dependent, edge in out_edges.items():
            delays = _delays(edge)
            if 0 in delays:
                immediate.append(index[dependent])
            delayed.extend((index[dependent], delay) for delay in delays if delay)
        self.immediate.append(tuple(immediate))
        self.delayed.append(tuple(delayed))

    def groups(self, ids: tuple[str, ...]) -> tuple[tuple[Group, ...], ...]:
        return tuple(self._groups_of(node_id) for node_id in ids)

    def _groups_of(self, node_id: str) -> tuple[Group, ...]:
        in_edges = self._graph.pred[node_id]
        if not in_edges:
            return ()
        members: dict[int, list[int]] = {}
        shapes: dict[int, tuple[int, bool, int]] = {}
        for provider, edge in in_edges.items():
            for membership in (edge, *edge["also"]) if "also" in edge else (edge,):
                group = membership["group"]
                shape = (membership["required"], membership["type"] == "hard", membership["delay"])
                if shapes.setdefault(group, shape) != shape:
                    raise GraphError(f"dependency {group} of '{node_id}' mixes types, k or delays")
                members.setdefault(group, []).append(self._index[provider])
        return tuple(Group(tuple(members[g]), *shapes[g], g) for g in sorted(members))


def _delays(edge: dict[str, Any]) -> tuple[int, ...]:
    """The delays of every dependency group the edge belongs to (usually one)."""
    if "also" not in edge:
        return (edge["delay"],)
    return tuple(sorted({edge["delay"], *(extra["delay"] for extra in edge["also"])}))


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

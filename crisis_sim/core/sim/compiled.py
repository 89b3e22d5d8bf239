"""The dependency graph compiled into flat lists indexed by integers, for the engine's hot loop.

networkx's per-edge dicts cost about 3x on hot loops (performance-baseline.md); the engine
reads only these tuples. Compile once per graph and keep the result: ``compiled_for`` caches
the compilation of a scenario's own graph. After a what-if edit of a graph, compile it again.

``compile_scenario`` gives what ``compile_graph(build_graph(scenario))`` gives without
building the networkx graph, which at 100k nodes is 120 MB held next to the compilation
(the tests check both agree). Both read their input through the same two steps: each
node's dependency groups from its providers' memberships, its dependents from its out-edges.

A dependent's ``(dependent, delay)`` pair is stored once for all its providers behind the
same delay (immutable, so no reader can tell), which saves about 4 MB at 100k nodes. A
group's providers are not shared that way: a provider's ``(p,)`` shared by its dependents
saved 10 MB more, but the hot loop reads every group's providers, and the 100k major
cascade's best run went from 211 to 254 ms (four processes each way): a shared tuple lies
far from the groups that point to it. A table of every tuple built would cost more while
compiling than it saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

import networkx as nx

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Backup, NodeKind
from crisis_sim.core.sim.errors import GraphError
from crisis_sim.core.sim.graph import fallbacks_by_function, vertex_attributes

K = TypeVar("K")
V = TypeVar("V")


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


# One membership of a provider in a dependent's group: (group, required, hard, delay).
Membership = tuple[int, int, bool, int]


def compile_graph(graph: nx.DiGraph) -> CompiledGraph:
    """The engine's lists for a networkx graph (the scenario's own, or one edited by hand)."""
    ids = tuple(graph.nodes)
    index = {node_id: i for i, node_id in enumerate(ids)}
    edges = _EdgeLists(len(ids))
    for node_id in ids:
        edges.add_dependents([(index[w], _delays(edge)) for w, edge in graph.succ[node_id].items()])
    groups = tuple(
        edges.groups_of(
            node_id, [(index[p], _memberships(edge)) for p, edge in graph.pred[node_id].items()]
        )
        for node_id in ids
    )
    return _assemble(ids, index, (graph.nodes[node_id] for node_id in ids), edges, groups)


def compile_scenario(scenario: Scenario) -> CompiledGraph:
    """``compile_graph(build_graph(scenario))``, read straight from the scenario's nodes.

    The edges come out in the order build_graph adds them: a provider's dependents in node
    order (each node adds its edges in turn), a node's providers in the order its
    dependencies first name them, a provider named twice by a node being one edge.
    """
    ids = tuple(node.id for node in scenario.nodes)
    index = {node_id: i for i, node_id in enumerate(ids)}
    edges = _EdgeLists(len(ids))
    out: list[list[int]] = [[] for _ in ids]  # by provider: dependent, delay, dependent, ...
    groups = []
    for node in scenario.nodes:
        v = index[node.id]
        providers: dict[int, list[Membership]] = {}
        for group, dependency in enumerate(node.needs):
            membership = (group, dependency.required, dependency.type == "hard", dependency.delay)
            for provider in dependency.providers:
                u = index.get(provider)
                if u is None:
                    raise GraphError(
                        f"'{node.id}' needs '{provider}', which is not a node of the graph"
                    )
                providers.setdefault(u, []).append(membership)
                out[u].append(v)
                out[u].append(dependency.delay)
        groups.append(edges.groups_of(node.id, list(providers.items())))
    for flat in out:
        edges.add_dependents(list(_out_edges(flat)))
        flat.clear()  # freed as it goes: together the lists are as large as the edges
    fallbacks = fallbacks_by_function(scenario)
    vertices = (vertex_attributes(node, fallbacks.get(node.id, ())) for node in scenario.nodes)
    return _assemble(ids, index, vertices, edges, tuple(groups))


def _out_edges(flat: list[int]) -> Iterator[tuple[int, tuple[int, ...]]]:
    """(dependent, its delays sorted) per edge, from dependent, delay pairs in node order: a
    dependent's pairs are next to each other (it adds all its edges at once)."""
    start = 0
    while start < len(flat):
        dependent, end = flat[start], start + 2
        while end < len(flat) and flat[end] == dependent:
            end += 2
        if end == start + 2:  # one dependency through this edge: the usual case
            yield dependent, (flat[start + 1],)
        else:
            yield dependent, tuple(sorted(set(flat[start + 1 : end : 2])))
        start = end


def _assemble(
    ids: tuple[str, ...],
    index: dict[str, int],
    vertices: Iterable[Mapping[str, Any]],
    edges: _EdgeLists,
    groups: tuple[tuple[Group, ...], ...],
) -> CompiledGraph:
    """The compiled graph from each vertex's attributes (as graph.py gives them) and edges."""
    columns = _Columns(vertices)
    zones = tuple(sorted({zone for zone in columns.zone if zone}))
    zone_index = {zone: i for i, zone in enumerate(zones)}
    zone_of = tuple(zone_index[zone] if zone else -1 for zone in columns.zone)
    kinds = tuple(columns.kind)
    return CompiledGraph(
        ids=ids,
        index=index,
        groups=groups,
        dependents=tuple(edges.dependents),
        immediate_dependents=tuple(edges.immediate),
        delayed_dependents=tuple(edges.delayed),
        zone_of=zone_of,
        zones=zones,
        zone_members=_zone_members(zone_of, len(zones), tuple(index.values())),
        kind=kinds,
        is_function=tuple(kind.is_function for kind in kinds),
        backup=tuple(columns.backup),
        restore_effort=tuple(columns.restore_effort),
        fallbacks=tuple(columns.fallbacks),
        unsatisfiable=tuple(
            v
            for v, node_groups in enumerate(groups)
            if any(g.required > len(g.providers) for g in node_groups)
        ),
    )


_KIND = {kind.value: kind for kind in NodeKind}
_BACKUP = {backup.value: backup for backup in Backup}


class _Columns:
    """The vertex attributes the engine reads, a list each, in one pass over the vertices
    (the scenario's are made one at a time and dropped)."""

    def __init__(self, vertices: Iterable[Mapping[str, Any]]) -> None:
        self.zone: list[str | None] = []
        self.kind: list[NodeKind] = []
        self.backup: list[Backup] = []
        self.restore_effort: list[int] = []
        self.fallbacks: list[tuple[str, ...]] = []
        for v in vertices:
            self.zone.append(v.get("zone"))
            self.kind.append(_KIND[v["kind"]])
            self.backup.append(_BACKUP[v.get("backup", Backup.NONE)])
            self.restore_effort.append(v.get("restore_effort", 0))
            self.fallbacks.append(tuple(v.get("fallbacks", ())))


class _EdgeLists:
    """Each node's dependency groups (from its providers' memberships) and dependents (from
    its out-edges), added node by node in index order."""

    def __init__(self, size: int) -> None:
        # By node: its newest ``(node, delay)``, shared by its providers with that delay.
        self._pair: list[tuple[int, int] | None] = [None] * size
        self.dependents: list[tuple[int, ...]] = []
        self.immediate: list[tuple[int, ...]] = []
        self.delayed: list[tuple[tuple[int, int], ...]] = []

    def add_dependents(self, out_edges: list[tuple[int, tuple[int, ...]]]) -> None:
        """The next node's out-edges: (dependent, the delays of its groups), in edge order."""
        self.dependents.append(tuple(dependent for dependent, _ in out_edges))
        immediate: list[int] = []
        delayed: list[tuple[int, int]] = []
        for dependent, delays in out_edges:
            if 0 in delays:
                immediate.append(dependent)
            delayed.extend(self._delayed_pair(dependent, delay) for delay in delays if delay)
        self.immediate.append(tuple(immediate))
        self.delayed.append(tuple(delayed))

    def _delayed_pair(self, dependent: int, delay: int) -> tuple[int, int]:
        """A dependent's groups mostly share a delay: its providers then share the pair."""
        pair = self._pair[dependent]
        if pair is None or pair[1] != delay:
            pair = self._pair[dependent] = (dependent, delay)
        return pair

    def groups_of(
        self, node_id: str, in_edges: list[tuple[int, Iterable[Membership]]]
    ) -> tuple[Group, ...]:
        """A node's groups from its providers, in edge order, and the groups each is in."""
        if not in_edges:
            return ()
        members: dict[int, list[int]] = {}
        shapes: dict[int, tuple[int, bool, int]] = {}
        for provider, memberships in in_edges:
            for group, required, hard, delay in memberships:
                shape = (required, hard, delay)
                if shapes.setdefault(group, shape) != shape:
                    raise GraphError(f"dependency {group} of '{node_id}' mixes types, k or delays")
                members.setdefault(group, []).append(provider)
        return tuple(Group(tuple(members[g]), *shapes[g], g) for g in sorted(members))


def _memberships(edge: dict[str, Any]) -> Iterator[Membership]:
    """Every dependency group a networkx edge belongs to (usually one)."""
    for m in (edge, *edge["also"]) if "also" in edge else (edge,):
        yield m["group"], m["required"], m["type"] == "hard", m["delay"]


def _delays(edge: dict[str, Any]) -> tuple[int, ...]:
    """The delays of every dependency group the edge belongs to (usually one)."""
    if "also" not in edge:
        return (edge["delay"],)
    return tuple(sorted({edge["delay"], *(extra["delay"] for extra in edge["also"])}))


class IdentityCache(Generic[K, V]):
    """Values built once per immutable object, for the last few objects asked about.

    Keyed by identity (the objects need not be hashable), holding each object so its id
    cannot be reused while cached; the oldest entry goes first.
    """

    def __init__(self, build: Callable[[K], V], size: int = 4) -> None:
        self._build, self._size = build, size
        self._entries: dict[int, tuple[K, V]] = {}

    def __call__(self, key: K) -> V:
        hit = self._entries.get(id(key))
        if hit is not None and hit[0] is key:
            return hit[1]
        value = self._build(key)
        if len(self._entries) >= self._size:
            del self._entries[next(iter(self._entries))]
        self._entries[id(key)] = (key, value)
        return value


# The compiled graph of a scenario, built once; scenarios are immutable, so it stays valid.
compiled_for: Callable[[Scenario], CompiledGraph] = IdentityCache(compile_scenario)


def _zone_members(
    zone_of: tuple[int, ...], count: int, nodes: tuple[int, ...]
) -> tuple[tuple[int, ...], ...]:
    """``nodes``: the index's own ints, so the members do not hold a second copy of each."""
    members: list[list[int]] = [[] for _ in range(count)]
    for node, zone in zip(nodes, zone_of, strict=True):
        if zone >= 0:
            members[zone].append(node)
    return tuple(tuple(m) for m in members)

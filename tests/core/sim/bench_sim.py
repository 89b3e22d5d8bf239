"""Time the outage cascade on synthetic graphs shaped like performance-baseline.md's.

Not a test (pytest does not collect it). Run from the repository root:
    PYTHONPATH=. python tests/core/sim/bench_sim.py 100000 major [--naive]
Layers infrastructure → platform → servers → apps → services → functions, about 2.5 edges per
node, 25 % soft, 1–3 tick delays (a tick is 5 min), about 15 % of groups 2-of-3. "major":
the hypervisor cluster and 4 platform nodes fail (about 60 % impacted); "minor": one platform
node (about a hundred nodes). Times are CPU times, best of a few runs.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from datetime import UTC, datetime

import networkx as nx

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Backup, DependencyType, NodeKind
from crisis_sim.core.sim import Fail, ReferenceSimulation, Simulation, compile_graph

TICK = 300
LAYERS = [
    (NodeKind.INFRASTRUCTURE, 0.02),
    (NodeKind.INFRASTRUCTURE, 0.03),
    (NodeKind.SERVER, 0.25),
    (NodeKind.APPLICATION, 0.35),
    (NodeKind.PUBLIC_SERVICE, 0.20),
    (NodeKind.BUSINESS_FUNCTION, 0.15),
]
ON_CLUSTER = 0.4  # share of servers hosted on the hypervisor cluster "l1-0"


def layered_graph(size: int, seed: int = 1) -> nx.DiGraph:
    rng = random.Random(seed)
    graph = nx.DiGraph()
    layers = [
        _add_layer(graph, depth, kind, max(1, int(size * share)))
        for depth, (kind, share) in enumerate(LAYERS)
    ]
    for depth in range(1, len(layers)):
        for i, node_id in enumerate(layers[depth]):
            centre = i * len(layers[depth - 1]) // len(layers[depth])
            for group in range(rng.choice([1, 2, 2, 3])):
                _add_group(graph, rng, layers, depth, node_id, centre, group)
    return graph


def _add_layer(graph: nx.DiGraph, depth: int, kind: NodeKind, count: int) -> list[str]:
    ids = [f"l{depth}-{i}" for i in range(count)]
    for node_id in ids:
        graph.add_node(node_id, kind=kind, zone=None, backup=Backup.OFFLINE, restore_effort=0)
    return ids


def _add_group(graph, rng, layers, depth, node_id, centre, group) -> None:
    below = layers[depth - 1]
    if depth == 2 and group == 0 and rng.random() < ON_CLUSTER:
        providers = [layers[1][0]]
    else:
        providers = _near(rng, below, centre, 3 if rng.random() < 0.15 and len(below) >= 3 else 1)
    providers = [p for p in providers if not graph.has_edge(p, node_id)]
    kind = DependencyType.SOFT if rng.random() < 0.25 else DependencyType.HARD
    delay, required = rng.randint(1, 3) * TICK, 2 if len(providers) == 3 else 1
    for provider in providers:
        graph.add_edge(provider, node_id, type=kind, delay=delay, group=group, required=required)


def _near(rng: random.Random, nodes: list[str], centre: int, count: int) -> list[str]:
    chosen: set[str] = set()
    while len(chosen) < count:
        chosen.add(nodes[max(0, min(len(nodes) - 1, centre + rng.randint(-20, 20)))])
    return sorted(chosen)


def tiny_scenario() -> Scenario:
    """Zones, attack and decisions are not needed: the graph comes from layered_graph."""
    data = {
        "meta": {
            "id": "bench",
            "format": 1,
            "title": "Bench",
            "t0": "2021-01-15T23:00:00+01:00",
            "duration": "1j",
        },
        "organisation": {"name": "Bench", "kind": "commune", "population": 1, "agents": 1},
        "roles": [{"id": "dsi", "kind": "it", "name": "DSI"}],
        "nodes": [{"id": "x", "kind": "server", "name": "x"}],
    }
    return Scenario.model_validate(data, context={"t0": datetime(2021, 1, 15, 22, tzinfo=UTC)})


def cascade_ms(engine, scenario: Scenario, targets: list[str], **graph) -> tuple[float, int]:
    sim = engine(scenario, **graph)
    start = time.process_time()
    for target in targets:
        sim.apply(Fail(target), at=0)
    sim.run(10**6)
    elapsed = (time.process_time() - start) * 1000
    impacted = sum(1 for record in sim.statuses().values() if record.level < 2)
    return elapsed, impacted


def main(size: int, kind: str, naive: bool) -> None:
    graph = layered_graph(size)
    start = time.process_time()
    compiled = compile_graph(graph)
    seconds = time.process_time() - start
    print(f"{size} nodes, {graph.number_of_edges()} edges; compile {seconds:.2f} s")
    gc.freeze()  # the graph is built: no need to scan it again (performance-baseline.md)
    scenario = tiny_scenario()
    targets = (
        ["l1-0", "l1-3", "l1-7", "l1-11", "l1-13"]
        if kind == "major"
        else [f"l1-{len(compiled) * 3 // 200}"]
    )
    runs = [cascade_ms(Simulation, scenario, targets, compiled=compiled) for _ in range(3)]
    best, impacted = min(runs)
    print(f"{kind}: engine {best:.1f} ms, {impacted} nodes impacted ({impacted * 100 // size} %)")
    if naive:
        naive_ms, _ = cascade_ms(ReferenceSimulation, scenario, targets, graph=graph)
        print(f"{kind}: naive reference {naive_ms:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], "--naive" in sys.argv)

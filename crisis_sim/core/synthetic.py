"""Synthetic scenarios of any size, shaped like a town hall's information system.

The shape follows performance-baseline.md: layers of infrastructure roots → platform
(hypervisor clusters, storage) → servers and workstations → applications → services
(business functions) → public services; about 2.9 dependencies per node, 75 % hard and 25 %
soft, delays of 1 to 3 ticks of 5 minutes, about 15 % of nodes with a k-of-n group, and some
paper fallbacks. Providers are drawn near the dependent's position in the layer below, so a
single platform node's blast radius stays at a few hundred nodes however large the graph:
that is what lets a small incident cost the same on 10k and on 1M nodes.

The same seed always gives the same scenario. ``synthetic_scenario`` builds the Scenario
directly from its records (pydantic's validation costs about 40 µs per object, a minute at
1M nodes); ``synthetic_document`` gives the same scenario as a YAML-ready dict, which the
loader validates like any file, and the tests check both give equal Scenarios.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import (
    Backup,
    Criticality,
    NodeKind,
)
from crisis_sim.core.synthetic_convert import as_document, as_scenario
from crisis_sim.core.synthetic_shapes import (
    BACKUPS,
    CRITICALITIES,
    DAY,
    FALLBACK_SHARE,
    GROUPS_PER_NODE,
    HOUR,
    K_OF_N_SHARE,
    LAYERS,
    MINOR_RADIUS,
    MTDS,
    ON_CLUSTER,
    PLATFORM,
    SERVERS,
    SKIP_LAYER_SHARE,
    SOFT_SHARE,
    T0,
    TICK,
    WINDOW,
    Blueprint,
    DepSpec,
    FallbackSpec,
    Layer,
    NodeSpec,
    SyntheticScenario,
)


def synthetic_scenario(size: int, seed: int = 1, *, validate: bool = False) -> SyntheticScenario:
    """About ``size`` nodes (at least one per layer); validated by pydantic if asked."""
    blueprint = make_blueprint(size, seed)
    if validate:
        scenario = Scenario.model_validate(as_document(blueprint), context={"t0": T0})
    else:
        scenario = as_scenario(blueprint)
    return SyntheticScenario(scenario, blueprint.major, minor_target(blueprint))


def synthetic_document(size: int, seed: int = 1) -> dict[str, Any]:
    """The same scenario as a YAML-ready dict (durations and times written as text)."""
    return as_document(make_blueprint(size, seed))


# --- the blueprint: plain records, drawn once --------------------------------------------------


def make_blueprint(size: int, seed: int) -> Blueprint:
    rng = random.Random(seed)
    layers = [_layer_nodes(rng, depth, layer, size) for depth, layer in enumerate(LAYERS)]
    ids = [[node.id for node in layer] for layer in layers]
    for depth in range(1, len(layers)):
        for position, node in enumerate(layers[depth]):
            node.needs = _needs(rng, ids, depth, position)
    nodes = [node for layer in layers for node in layer]
    functions = [node for node in nodes if node.kind.is_function]
    platform = ids[PLATFORM]
    major = (platform[0], *(platform[len(platform) * j // 5] for j in range(1, 5)))
    return Blueprint(
        size=size,
        seed=seed,
        nodes=nodes,
        fallbacks=_fallbacks(rng, functions),
        major=tuple(dict.fromkeys(major)),  # a tiny graph has fewer than 5 platform nodes
        foothold=_first_in_zone(layers[SERVERS], "dmz") or ids[SERVERS][0],
    )


def _layer_nodes(rng: random.Random, depth: int, layer: Layer, size: int) -> list[NodeSpec]:
    count = max(1, round(size * layer.share))
    return [_node(rng, depth, layer, position) for position in range(count)]


def _node(rng: random.Random, depth: int, layer: Layer, position: int) -> NodeSpec:
    kind = layer.kinds[position % len(layer.kinds)]
    node = NodeSpec(f"{layer.prefix}-{position}", kind, _zone(rng, layer, kind), Criticality.HIGH)
    if kind.is_function:
        node.criticality = _weighted(rng, CRITICALITIES)
        node.mtd = rng.choice(MTDS)
        node.serves = _served(rng, kind)
    elif depth > 0:
        node.criticality = _weighted(rng, CRITICALITIES)
        node.restore_effort = rng.choice((4, 8, 12, 24, 48)) * HOUR
        if kind is NodeKind.WORKSTATIONS:
            node.restore_effort = rng.choice((1, 2, 5)) * DAY
        node.backup = _weighted(rng, BACKUPS, default=Backup.NONE)
    return node


def _zone(rng: random.Random, layer: Layer, kind: NodeKind) -> str | None:
    if kind is NodeKind.EXTERNAL:
        return "internet"
    if kind is NodeKind.WORKSTATIONS:
        return "postes"
    if layer.zone == "lan" and layer.prefix in ("srv", "app") and rng.random() < 0.1:
        return "dmz"
    return layer.zone


def _served(rng: random.Random, kind: NodeKind) -> int:
    if kind is NodeKind.PUBLIC_SERVICE:
        return rng.randrange(5, 500) * 100  # residents
    return rng.randrange(1, 50) * 10  # agents


def _weighted(rng: random.Random, choices: tuple[tuple[Any, float], ...], default: Any = None):
    draw = rng.random()
    for value, share in choices:
        if draw < share:
            return value
        draw -= share
    return default


def _needs(rng: random.Random, ids: list[list[str]], depth: int, position: int) -> list[DepSpec]:
    used: set[str] = set()  # one edge per provider pair: no node names a provider twice
    needs = []
    for group in range(rng.choice(GROUPS_PER_NODE)):
        if depth == PLATFORM + 1 and group == 0 and rng.random() < ON_CLUSTER:
            providers = [ids[PLATFORM][0]]  # hosted on the hypervisor cluster
        else:
            providers = _providers(rng, ids, depth, position, used)
        providers = [p for p in providers if p not in used]
        if not providers:
            continue
        used.update(providers)
        required = len(providers) - 1 if len(providers) > 1 else 1
        soft = rng.random() < SOFT_SHARE
        needs.append(DepSpec(tuple(providers), required, soft, rng.randint(1, 3) * TICK))
    return needs


def _providers(
    rng: random.Random, ids: list[list[str]], depth: int, position: int, used: set[str]
) -> list[str]:
    below = depth - 2 if depth >= 2 and rng.random() < SKIP_LAYER_SHARE else depth - 1
    layer = ids[below]
    centre = position * len(layer) // len(ids[depth])
    count = min(rng.choice((2, 3)) if rng.random() < K_OF_N_SHARE else 1, len(layer))
    chosen: dict[str, None] = {}
    for _ in range(8 * count):  # bounded: a tiny layer may not have enough distinct nodes
        if len(chosen) == count:
            break
        near = max(0, min(len(layer) - 1, centre + rng.randint(-WINDOW, WINDOW)))
        if layer[near] not in used:
            chosen[layer[near]] = None
    return sorted(chosen)


def _fallbacks(rng: random.Random, functions: list[NodeSpec]) -> list[FallbackSpec]:
    fallbacks = []
    for function in functions:
        # A function without a hard dependency is never down: a fallback would never serve.
        if rng.random() >= FALLBACK_SHARE or all(need.soft for need in function.needs):
            continue
        prepared = rng.random() < 0.7
        fallbacks.append(
            FallbackSpec(
                id=f"papier-{function.id}",
                function=function.id,
                prepared=prepared,
                automatic=rng.random() < 0.5,
                activation=rng.choice((1, 2, 4)) * HOUR,
                unprepared_activation=rng.choice((None, DAY)),
                capacity=rng.choice((0.2, 0.4, 0.6)),
            )
        )
    return fallbacks


def _first_in_zone(nodes: list[NodeSpec], zone: str) -> str | None:
    return next((node.id for node in nodes if node.zone == zone), None)


# --- the small incident ------------------------------------------------------------------------


def minor_target(blueprint: Blueprint) -> str:
    """The platform or server node whose blast radius is closest to MINOR_RADIUS."""
    dependents: dict[str, list[str]] = {}
    for node in blueprint.nodes:
        for need in node.needs:
            for provider in need.providers:
                dependents.setdefault(provider, []).append(node.id)
    candidates = [
        node.id
        for node in blueprint.nodes
        if node.id.startswith(("plat-", "srv-")) and node.id not in blueprint.major
    ]
    sample = candidates[:: max(1, len(candidates) // 64)]
    return min(sample, key=lambda node: (abs(_radius(dependents, node) - MINOR_RADIUS), node))


def _radius(dependents: dict[str, list[str]], start: str) -> int:
    seen, queue = {start}, deque([start])
    while queue:
        for dependent in dependents.get(queue.popleft(), ()):
            if dependent not in seen:
                seen.add(dependent)
                queue.append(dependent)
    return len(seen) - 1


# --- as a YAML-ready document ------------------------------------------------------------------

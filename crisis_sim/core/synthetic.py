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
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, get_args

from pydantic import BaseModel

from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.fields import Text
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_attack import StepEffect, StepKind
from crisis_sim.core.scenario.model_graph import (
    Backup,
    Criticality,
    Dependency,
    DependencyType,
    Node,
    NodeKind,
    ZoneKind,
)

TICK = 300  # five minutes: the delays are 1 to 3 ticks
T0 = datetime(2021, 1, 15, 23, 0, tzinfo=timezone(timedelta(hours=1)))
HOUR, DAY = 3600, 86400

# The class behind the ``Dependency`` alias (a plain id is turned into {node: id} before it).
DependencyModel: type[BaseModel] = get_args(Dependency)[0]


@dataclass(frozen=True)
class Layer:
    prefix: str
    share: float  # of all nodes
    kinds: tuple[NodeKind, ...]  # drawn in turn
    zone: str | None


LAYERS = (
    Layer("root", 0.02, (NodeKind.INFRASTRUCTURE, NodeKind.NETWORK, NodeKind.EXTERNAL), "lan"),
    Layer("plat", 0.03, (NodeKind.INFRASTRUCTURE,), "lan"),
    Layer("srv", 0.25, (NodeKind.SERVER, NodeKind.SERVER, NodeKind.WORKSTATIONS), "lan"),
    Layer("app", 0.35, (NodeKind.APPLICATION,), "lan"),
    Layer("svc", 0.20, (NodeKind.BUSINESS_FUNCTION,), None),
    Layer("pub", 0.15, (NodeKind.PUBLIC_SERVICE,), None),
)
PLATFORM, SERVERS = 1, 2
GROUPS_PER_NODE = (1, 2, 3, 3, 3, 4)  # dependencies of a node, drawn uniformly (mean 2.7)
K_OF_N_SHARE = 0.065  # of dependencies: about 15 % of nodes end up with one
SOFT_SHARE = 0.25
SKIP_LAYER_SHARE = 0.10  # a dependency two layers down (an app on a storage bay)
ON_CLUSTER = 0.36  # servers whose first dependency is the hypervisor cluster
WINDOW = 20  # providers are drawn within this distance of the dependent's position below
FALLBACK_SHARE = 0.12  # of functions
MINOR_RADIUS = 300  # the small incident's target blast radius
MTDS = (4 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, 7 * DAY, 30 * DAY)
CRITICALITIES = (
    (Criticality.VITAL, 0.10),
    (Criticality.HIGH, 0.30),
    (Criticality.MEDIUM, 0.40),
    (Criticality.LOW, 0.20),
)
BACKUPS = ((Backup.OFFLINE, 0.80), (Backup.UNTESTED, 0.08), (Backup.ONLINE, 0.06))
ZONES = (
    ("internet", ZoneKind.INTERNET, ("dmz",)),
    ("dmz", ZoneKind.DMZ, ("lan",)),
    ("lan", ZoneKind.INTERNAL, ("postes",)),
    ("postes", ZoneKind.INTERNAL, ()),
)


@dataclass
class DepSpec:
    providers: tuple[str, ...]
    required: int
    soft: bool
    delay: int


@dataclass
class NodeSpec:
    id: str
    kind: NodeKind
    zone: str | None
    criticality: Criticality
    mtd: int | None = None
    restore_effort: int = 0
    backup: Backup = Backup.NONE
    serves: int = 0
    needs: list[DepSpec] = field(default_factory=list)


@dataclass
class FallbackSpec:
    id: str
    function: str
    prepared: bool
    automatic: bool
    activation: int
    unprepared_activation: int | None
    capacity: float


@dataclass
class Blueprint:
    size: int
    seed: int
    nodes: list[NodeSpec]
    fallbacks: list[FallbackSpec]
    major: tuple[str, ...]
    foothold: str


@dataclass(frozen=True)
class SyntheticScenario:
    """A scenario and the incidents the benchmark plays on it.

    ``major``: the hypervisor cluster and 4 platform nodes (about 60 % of the graph impacted);
    ``minor``: one node whose blast radius is as close to a few hundred nodes as the size allows.
    The scenario's own attack encrypts the ``major`` nodes at H+2, from a foothold in the DMZ.
    """

    scenario: Scenario
    major: tuple[str, ...]
    minor: str


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


def as_document(blueprint: Blueprint) -> dict[str, Any]:
    return {**_frame_document(blueprint), "nodes": [_node_document(n) for n in blueprint.nodes]}


def _frame_document(blueprint: Blueprint) -> dict[str, Any]:
    """Everything but the nodes."""
    return {
        "meta": {
            "id": f"synthetic-{blueprint.size}",
            "format": 1,
            "title": f"Synthetic information system, {blueprint.size} nodes",
            "t0": T0.isoformat(),
            "duration": "3j",
            "seed": blueprint.seed,
        },
        "organisation": _ORGANISATION,
        "roles": [_ROLE],
        "zones": [
            {"id": zone, "kind": kind.value, "name": zone, "links": list(links)}
            for zone, kind, links in ZONES
        ],
        "fallbacks": [_fallback_document(f) for f in blueprint.fallbacks],
        "attack": {
            "family": "ransomware",
            "steps": _steps(blueprint),
        },
    }


_ORGANISATION = {"name": "Synthetic", "kind": "commune", "population": 150000, "agents": 3000}
_ROLE = {"id": "dsi", "kind": "it", "name": "DSI"}


def _node_document(node: NodeSpec) -> dict[str, Any]:
    name = node.id.partition("-")[0]  # the layer: names need not be unique, and are shared
    document: dict[str, Any] = {"id": node.id, "kind": node.kind.value, "name": name}
    if node.zone is not None:
        document["zone"] = node.zone
    document["criticality"] = node.criticality.value
    if node.mtd is not None:
        document["mtd"] = format_duration(node.mtd)
    if node.restore_effort:
        document["restore_effort"] = format_duration(node.restore_effort)
    document["backup"] = node.backup.value
    if node.serves:
        document["serves"] = node.serves
    document["needs"] = [_dependency_document(need) for need in node.needs]
    return document


def _dependency_document(need: DepSpec) -> dict[str, Any]:
    document: dict[str, Any] = (
        {"node": need.providers[0]}
        if len(need.providers) == 1
        else {"any_of": list(need.providers), "at_least": need.required}
    )
    document["type"] = "soft" if need.soft else "hard"
    document["delay"] = format_duration(need.delay)
    return document


def _fallback_document(fallback: FallbackSpec) -> dict[str, Any]:
    document = {
        "id": fallback.id,
        "function": fallback.function,
        "name": fallback.id,
        "prepared": fallback.prepared,
        "starts": "automatic" if fallback.automatic else "on-decision",
        "activation": format_duration(fallback.activation),
        "capacity": fallback.capacity,
    }
    if fallback.unprepared_activation is not None:
        document["unprepared_activation"] = format_duration(fallback.unprepared_activation)
    return document


def _steps(blueprint: Blueprint) -> list[dict[str, Any]]:
    """A foothold in the DMZ at H+1, then the major incident encrypted at H+2."""
    access = {"kind": StepKind.INITIAL_ACCESS.value, "effect": StepEffect.COMPROMISE.value}
    encryption = {"kind": StepKind.ENCRYPTION.value, "effect": StepEffect.ENCRYPT.value}
    return [
        {"id": "acces-initial", "at": "H+1", **access, "targets": [blueprint.foothold],
         "entry": "internet"},
        {"id": "chiffrement", "at": "H+2", **encryption, "targets": list(blueprint.major)},
    ]  # fmt: skip


# --- straight to the typed Scenario ------------------------------------------------------------


def as_scenario(blueprint: Blueprint) -> Scenario:
    """pydantic validates the frame (zones, fallbacks, attack: a few percent of the objects);
    the nodes and their dependencies are built directly."""
    frame = Scenario.model_validate(
        {**_frame_document(blueprint), "nodes": [{"id": "x", "kind": "server", "name": "x"}]},
        context={"t0": T0},
    )
    names = {layer.prefix: Text(fr=layer.prefix) for layer in LAYERS}  # shared, like the ids
    nodes = tuple(_node_model(node, names) for node in blueprint.nodes)
    return frame.model_copy(update={"nodes": nodes})


def _node_model(node: NodeSpec, names: dict[str, Text]) -> Node:
    return _construct(
        Node,
        _NODE_DEFAULTS,
        id=node.id,
        kind=node.kind,
        name=names[node.id.partition("-")[0]],
        zone=node.zone,
        criticality=node.criticality,
        mtd=node.mtd,
        restore_effort=node.restore_effort,
        backup=node.backup,
        serves=node.serves,
        needs=tuple(_dependency_model(need) for need in node.needs),
    )


def _dependency_model(need: DepSpec) -> BaseModel:
    single = len(need.providers) == 1
    return _construct(
        DependencyModel,
        _DEPENDENCY_DEFAULTS,
        node=need.providers[0] if single else None,
        any_of=() if single else need.providers,
        at_least=None if single else need.required,
        type=DependencyType.SOFT if need.soft else DependencyType.HARD,
        delay=need.delay,
    )


def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    return {
        name: info.get_default(call_default_factory=True)
        for name, info in model.model_fields.items()
        if not info.is_required()
    }


_NODE_DEFAULTS = _defaults(Node)
_DEPENDENCY_DEFAULTS = _defaults(DependencyModel)
_FIELDS_SET: dict[type[BaseModel], set[str]] = {}


def _construct(model: type[BaseModel], defaults: dict[str, Any], **values: Any) -> Any:
    """What ``model_construct`` does, without its per-call field walk (3x faster, which is
    20 s at 1M nodes). The records are valid by construction: the tests compare the result
    with pydantic's own validation of ``as_document``."""
    instance = object.__new__(model)
    object.__setattr__(instance, "__dict__", {**defaults, **values})
    # One set per model, shared: pydantic copies it before changing it (model_copy).
    fields_set = _FIELDS_SET.setdefault(model, set(values))
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance

"""Turn a synthetic blueprint into a YAML-ready document or directly into a Scenario."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.fields import Text
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_attack import StepEffect, StepKind
from crisis_sim.core.scenario.model_graph import (
    DependencyType,
    Node,
)
from crisis_sim.core.synthetic_shapes import (
    LAYERS,
    T0,
    ZONES,
    Blueprint,
    DependencyModel,
    DepSpec,
    FallbackSpec,
    NodeSpec,
)


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
    build = _NodeBuilder()
    nodes = tuple(build.node(node) for node in blueprint.nodes)
    return frame.model_copy(update={"nodes": nodes})


class _NodeBuilder:
    """Builds the nodes, sharing equal immutable values between them, as the ids already are:
    the layer names, the numbers (a few hundred distinct among 550k at 100k nodes), and equal
    dependencies (a third of them: neighbours often need the same provider the same way).
    Frozen models and ints never change, so nothing can tell a shared one from a copy; it
    saves about 20 MB at 100k nodes."""

    def __init__(self) -> None:
        self._names = {layer.prefix: Text(fr=layer.prefix) for layer in LAYERS}
        self._numbers: dict[int, int] = {}
        self._dependencies: dict[tuple[tuple[str, ...], int, bool, int], BaseModel] = {}

    def node(self, node: NodeSpec) -> Node:
        number = self._number
        return _construct(
            Node,
            _NODE_DEFAULTS,
            id=node.id,
            kind=node.kind,
            name=self._names[node.id.partition("-")[0]],
            zone=node.zone,
            criticality=node.criticality,
            mtd=None if node.mtd is None else number(node.mtd),
            restore_effort=number(node.restore_effort),
            backup=node.backup,
            serves=number(node.serves),
            needs=tuple(self._dependency(need) for need in node.needs),
        )

    def _number(self, value: int) -> int:
        return self._numbers.setdefault(value, value)

    def _dependency(self, need: DepSpec) -> BaseModel:
        key = (need.providers, need.required, need.soft, need.delay)
        dependency = self._dependencies.get(key)
        if dependency is None:
            dependency = self._dependencies[key] = _dependency_model(need, self._number)
        return dependency


def _dependency_model(need: DepSpec, number: Callable[[int], int]) -> BaseModel:
    single = len(need.providers) == 1
    return _construct(
        DependencyModel,
        _DEPENDENCY_DEFAULTS,
        node=need.providers[0] if single else None,
        any_of=() if single else need.providers,
        at_least=None if single else need.required,
        type=DependencyType.SOFT if need.soft else DependencyType.HARD,
        delay=number(need.delay),
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
    with pydantic's own validation of ``as_document``.

    The fields are set one by one rather than as a ready ``__dict__``: CPython then keeps
    them as a values array over keys shared by every instance of the class (about 200 B for
    a Node instead of 540 B for its own dict), which is most of the Scenario at 100k nodes.
    Every instance sets them in the same order (defaults first), or the sharing stops.
    """
    instance = object.__new__(model)
    for name, value in {**defaults, **values}.items():
        object.__setattr__(instance, name, value)
    # One set per model, shared: pydantic copies it before changing it (model_copy).
    fields_set = _FIELDS_SET.setdefault(model, set(values))
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance

"""The scenario's dependency graph as a networkx DiGraph: the model of record.

One vertex per node, with the node's attributes; one edge provider → dependent per provider
of each dependency. Analyses and what-if edits (add or remove a node or an edge) work on this
graph; the engine compiles it into flat lists (compiled.py) for its hot loop.

Edge attributes: ``type`` (DependencyType), ``delay`` (seconds), ``group`` (index of the
dependency on the dependent, so k-of-n groups can be rebuilt) and ``required`` (k). A DiGraph
holds one edge per pair: in the rare case a node names the same provider in two dependencies,
the edge carries the extra memberships in ``also`` (a tuple of dicts with the same four keys).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Dependency, Node
from crisis_sim.core.sim.errors import GraphError

EDGE_KEYS = ("type", "delay", "group", "required")


def build_graph(scenario: Scenario) -> nx.DiGraph:
    graph = nx.DiGraph(scenario=scenario.id)
    fallbacks = fallbacks_by_function(scenario)
    for node in scenario.nodes:
        graph.add_node(node.id, **vertex_attributes(node, fallbacks.get(node.id, ())))
    for node in scenario.nodes:
        for group, dependency in enumerate(node.needs):
            for provider in dependency.providers:
                _add_dependency_edge(graph, provider, node.id, group, dependency)
    return graph


def vertex_attributes(node: Node, fallbacks: tuple[str, ...] = ()) -> dict[str, Any]:
    """What a vertex carries; a what-if node added by hand needs at least ``kind``."""
    return {
        "kind": node.kind,
        "zone": node.zone,
        "criticality": node.criticality,
        "mtd": node.mtd,
        "restore_effort": node.restore_effort,
        "backup": node.backup,
        "serves": node.serves,
        "fallbacks": fallbacks,
    }


def memberships(edge: dict[str, Any]) -> list[dict[str, Any]]:
    """Every dependency group an edge belongs to: its own attributes, then ``also``."""
    return [{key: edge[key] for key in EDGE_KEYS}, *edge.get("also", ())]


def fallbacks_by_function(scenario: Scenario) -> dict[str, tuple[str, ...]]:
    by_function: dict[str, tuple[str, ...]] = {}
    for fallback in scenario.fallbacks:
        by_function[fallback.function] = (*by_function.get(fallback.function, ()), fallback.id)
    return by_function


def _add_dependency_edge(
    graph: nx.DiGraph, provider: str, dependent: str, group: int, dependency: Dependency
) -> None:
    if provider not in graph:
        raise GraphError(f"'{dependent}' needs '{provider}', which is not a node of the graph")
    attributes = {
        "type": dependency.type,
        "delay": dependency.delay,
        "group": group,
        "required": dependency.required,
    }
    if graph.has_edge(provider, dependent):
        edge = graph.edges[provider, dependent]
        edge["also"] = (*edge.get("also", ()), attributes)
    else:
        graph.add_edge(provider, dependent, **attributes)

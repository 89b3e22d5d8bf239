"""The networkx model of record, its compilation, and what-if edits of the graph."""

from __future__ import annotations

import pytest

from crisis_sim.core.scenario.model_graph import Backup, DependencyType, NodeKind
from crisis_sim.core.sim import (
    Fail,
    GraphError,
    build_graph,
    compile_graph,
    compiled_for,
)

H = 3600


@pytest.fixture(scope="module")
def town(kit):
    return kit.scenario(
        [
            kit.node("a"),
            kit.node("b"),
            kit.node("c", zone="lan", backup="offline", restore_effort="2h"),
            kit.node(
                "app",
                "application",
                "a",
                {"any_of": ["a", "b", "c"], "at_least": 2, "type": "soft", "delay": "10min"},
            ),
            kit.node("paie", "business-function", "app"),
        ],
        fallbacks=[
            {"id": "papier", "function": "paie", "prepared": True, "activation": "1h"}
            | {"capacity": "20%"}
        ],
    )


def test_vertices_carry_the_node_attributes(town):
    graph = build_graph(town)
    assert set(graph.nodes) == {"a", "b", "c", "app", "paie"}
    c = graph.nodes["c"]
    assert (c["kind"], c["zone"], c["backup"], c["restore_effort"]) == (
        NodeKind.SERVER,
        "lan",
        Backup.OFFLINE,
        2 * H,
    )
    assert graph.nodes["paie"]["fallbacks"] == ("papier",)


def test_edges_go_from_provider_to_dependent_with_their_group(town):
    graph = build_graph(town)
    assert graph.edges["c", "app"] == {
        "type": DependencyType.SOFT,
        "delay": 600,
        "group": 1,
        "required": 2,
    }
    # "a" is both a plain dependency (group 0) and in the 2-of-3 group (group 1): one edge.
    assert graph.edges["a", "app"]["group"] == 0
    assert graph.edges["a", "app"]["also"] == (
        {"type": DependencyType.SOFT, "delay": 600, "group": 1, "required": 2},
    )


def test_compilation_rebuilds_the_groups(town):
    compiled = compile_graph(build_graph(town))
    ids, groups = compiled.ids, compiled.groups[compiled.index["app"]]
    assert [(sorted(ids[p] for p in g.providers), g.required, g.hard, g.delay) for g in groups] == [
        (["a"], 1, True, 0),
        (["a", "b", "c"], 2, False, 600),
    ]
    a = compiled.index["a"]
    assert compiled.immediate_dependents[a] == (compiled.index["app"],)
    assert compiled.delayed_dependents[a] == ((compiled.index["app"], 600),)
    assert compiled.is_function[compiled.index["paie"]]
    assert compiled.nodes_in_zone("lan") == (compiled.index["c"],)


def test_the_scenarios_compilation_is_cached(town):
    assert compiled_for(town) is compiled_for(town)


def test_a_dependency_on_a_missing_node_is_a_graph_error(kit):
    broken = kit.scenario([kit.node("app", "application", "ghost")])
    with pytest.raises(GraphError, match="'app' needs 'ghost'"):
        build_graph(broken)


def test_what_if_removing_a_node(engine, kit, town):
    graph = build_graph(town)
    graph.remove_node("a")  # app keeps b and c: 2 of 3 still possible with 2 providers
    sim = engine(town, graph=graph)
    sim.apply(Fail("b"), at=0)
    sim.run(H)
    # The soft 2-of-3 group loses b: one provider left for two needed, degraded after 10 min.
    assert kit.changes(sim, "app") == [(600, "degraded")]


def test_what_if_an_unsatisfiable_group_is_down_from_the_start(engine, kit, town):
    graph = build_graph(town)
    graph.remove_node("b")
    graph.remove_edge("c", "app")  # only "a" left in a group that needs 2
    sim = engine(town, graph=graph)
    sim.run(0)
    assert kit.changes(sim, "app") == [(0, "degraded")]  # the group is soft


def test_what_if_adding_an_edge(engine, kit, town):
    graph = build_graph(town)
    graph.add_edge("c", "paie", type="hard", delay=0, group=1, required=1)
    sim = engine(town, graph=graph)
    sim.apply(Fail("c"), at=0)
    sim.run(2 * H)
    assert kit.changes(sim, "paie") == [(0, "down"), (H, "paper")]

"""The networkx model of record, its compilation, and what-if edits of the graph."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisis_sim.core.scenario.bundled import bundled_scenarios
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model_graph import Backup, DependencyType, NodeKind
from crisis_sim.core.sim import (
    CompiledGraph,
    Fail,
    GraphError,
    build_graph,
    compile_graph,
    compiled_for,
)
from crisis_sim.core.sim.compiled import compile_scenario
from crisis_sim.core.synthetic import synthetic_scenario

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


def _fields(compiled: CompiledGraph) -> dict[str, object]:
    return {field.name: getattr(compiled, field.name) for field in dataclasses.fields(compiled)}


def test_compiling_the_scenario_equals_compiling_its_graph(town):
    # town: "a" in two groups of "app" (one edge, two delays), a zone, a backup, a fallback.
    scenarios = [town, synthetic_scenario(2000).scenario]
    scenarios += [load_scenario(path).scenario for path in bundled_scenarios().values()]
    for scenario in scenarios:
        assert _fields(compile_scenario(scenario)) == _fields(compile_graph(build_graph(scenario)))


@st.composite
def _random_scenario(draw, kit):
    """Up to 12 nodes naming each other (cycles too), a provider often in several groups."""
    ids = [f"n{i}" for i in range(draw(st.integers(1, 12)))]
    delays = st.sampled_from(["0", "5min", "1h"])
    nodes = []
    for node_id in ids:
        needs = []
        for _ in range(draw(st.integers(0, 3))):
            providers = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
            needs.append(
                {"any_of": providers, "at_least": draw(st.integers(1, len(providers)))}
                | {"type": draw(st.sampled_from(["hard", "soft"])), "delay": draw(delays)}
            )
        nodes.append(kit.node(node_id, draw(st.sampled_from(["server", "public-service"])), *needs))
    return kit.scenario(nodes)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_compiling_random_scenarios_equals_compiling_their_graphs(kit, data):
    scenario = data.draw(_random_scenario(kit))
    assert _fields(compile_scenario(scenario)) == _fields(compile_graph(build_graph(scenario)))


def test_a_dependency_on_a_missing_node_is_a_graph_error(kit):
    broken = kit.scenario([kit.node("app", "application", "ghost")])
    with pytest.raises(GraphError, match="'app' needs 'ghost'"):
        build_graph(broken)
    with pytest.raises(GraphError, match="'app' needs 'ghost'"):
        compile_scenario(broken)


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

"""The synthetic scenarios of the benchmark: deterministic, layered, valid, the right shape."""

from __future__ import annotations

import yaml

from crisis_sim.core.analysis import impact_of
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.sim import build_graph
from crisis_sim.core.synthetic import LAYERS, synthetic_document, synthetic_scenario

LAYER = {layer.prefix: depth for depth, layer in enumerate(LAYERS)}


def _layer(node_id: str) -> int:
    return LAYER[node_id.partition("-")[0]]


def test_same_seed_same_scenario_other_seed_other_graph():
    assert synthetic_scenario(400).scenario == synthetic_scenario(400).scenario
    assert synthetic_scenario(400, seed=2).scenario != synthetic_scenario(400).scenario
    assert synthetic_scenario(400).minor == synthetic_scenario(400).minor


def test_the_fast_build_equals_pydantic_validation():
    assert synthetic_scenario(300).scenario == synthetic_scenario(300, validate=True).scenario


def test_the_document_is_a_valid_scenario_file(tmp_path):
    path = tmp_path / "synthetic.yaml"
    path.write_text(yaml.safe_dump(synthetic_document(300), allow_unicode=True), "utf-8")
    result = load_scenario(path)
    assert [problem.render() for problem in result.problems] == []
    built = synthetic_scenario(300).scenario
    # The loaded one also knows its file: compare the fields only.
    assert all(getattr(result.scenario, f) == getattr(built, f) for f in type(built).model_fields)


def test_layered_every_dependency_points_down():
    scenario = synthetic_scenario(2000).scenario
    for node in scenario.nodes:
        for dependency in node.needs:
            assert all(_layer(p) < _layer(node.id) for p in dependency.providers), node.id
    roots = [node for node in scenario.nodes if _layer(node.id) == 0]
    assert roots
    assert all(not node.needs for node in roots)


def test_size_and_edge_mix_follow_the_baseline():
    scenario = synthetic_scenario(5000).scenario
    graph = build_graph(scenario)
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    assert abs(nodes - 5000) <= 50
    assert 2.6 <= edges / nodes <= 3.2  # about 2.9
    soft = sum(1 for *_, edge in graph.edges(data=True) if edge["type"] == "soft")
    assert 0.2 <= soft / edges <= 0.3  # about 25 %
    delays = {edge["delay"] for *_, edge in graph.edges(data=True)}
    assert delays == {300, 600, 900}  # 1 to 3 ticks of 5 minutes
    k_of_n = sum(any(len(d.providers) > 1 for d in node.needs) for node in scenario.nodes)
    assert 0.10 <= k_of_n / nodes <= 0.20  # about 15 %
    functions = [node.id for node in scenario.nodes if node.kind.is_function]
    assert scenario.fallbacks
    assert {f.function for f in scenario.fallbacks} <= set(functions)


def test_major_and_minor_incidents():
    synthetic = synthetic_scenario(3000)
    assert synthetic.major[0] == "plat-0"
    assert len(synthetic.major) == 5
    major = impact_of(synthetic.scenario, synthetic.major)
    assert 0.5 <= len(major.nodes) / 3000 <= 0.75  # about 60 %
    minor = impact_of(synthetic.scenario, [synthetic.minor])
    assert 50 <= len(minor.nodes) <= 600  # a few hundred at most
    assert synthetic.minor.startswith(("plat-", "srv-"))


def test_the_attack_encrypts_the_major_incident():
    synthetic = synthetic_scenario(1000)
    encryption = synthetic.scenario.attack.steps[-1]
    assert encryption.targets == synthetic.major

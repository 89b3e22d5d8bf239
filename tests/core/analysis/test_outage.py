"""The out set while nodes are broken: the engine's greatest fixed point, kept up to date."""

from __future__ import annotations

from analysis_kit import make_scenario, node

from crisis_sim.core.analysis.outage import Outage
from crisis_sim.core.sim import compiled_for


def _outage(nodes, broken, soft=False):
    compiled = compiled_for(make_scenario(nodes))
    outage = Outage(compiled, [compiled.index[b] for b in broken], soft=soft)
    return outage, compiled


def _ids(compiled, nodes):
    return sorted(compiled.ids[v] for v in nodes)


def test_a_cycle_goes_down_with_its_provider_and_comes_back_with_it():
    nodes = [node("x"), node("a", "server", "x", "b"), node("b", "server", "a")]
    outage, compiled = _outage(nodes, ["x"])
    assert _ids(compiled, outage.out) == ["a", "b", "x"]
    assert _ids(compiled, outage.restore(compiled.index["x"])) == ["a", "b", "x"]
    assert outage.out == set()


def test_k_of_n_needs_enough_providers():
    nodes = [node("p"), node("q"), node("g", "server", {"any_of": ["p", "q"], "at_least": 1})]
    outage, compiled = _outage(nodes, ["p"])
    assert _ids(compiled, outage.out) == ["p"]
    outage, compiled = _outage(nodes, ["p", "q"])
    assert _ids(compiled, outage.out) == ["g", "p", "q"]
    assert _ids(compiled, outage.needed_by(compiled.index["q"])) == ["g"]
    assert _ids(compiled, outage.restore(compiled.index["q"])) == ["g", "q"]
    # q back: g no longer needs p.
    assert outage.needed_by(compiled.index["p"]) == []


def test_soft_dependencies_count_only_in_the_full_view():
    nodes = [node("p"), node("s", "server", {"node": "p", "type": "soft"})]
    working, compiled = _outage(nodes, ["p"])
    full, _ = _outage(nodes, ["p"], soft=True)
    assert _ids(compiled, working.out) == ["p"]
    assert _ids(compiled, full.out) == ["p", "s"]


def test_a_node_broken_for_two_reasons_stays_out():
    nodes = [node("p"), node("q"), node("v", "server", "p", "q")]
    outage, compiled = _outage(nodes, ["p", "q"])
    assert _ids(compiled, outage.restore(compiled.index["p"])) == ["p"]
    assert outage.is_out(compiled.index["v"])
    assert not outage.providers_ok(compiled.index["v"])

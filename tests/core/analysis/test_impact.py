"""The impacted set of a failure: which nodes degrade or go down, and when (hand-computed)."""

from __future__ import annotations

import pytest
from analysis_kit import MIN, make_scenario, node, service

from crisis_sim.core.analysis import impact_of
from crisis_sim.core.sim import NodeStatus, UnknownIdError


@pytest.fixture
def scenario():
    # a ← b (hard, no delay) ← f1 (hard, 10 min); c soft on a; g needs 2 of (a, e);
    # d needs 1 of (a, e): e still works, so d is not hit.
    return make_scenario(
        [
            node("a"),
            node("e"),
            node("b", "server", "a"),
            service("f1", {"node": "b", "delay": "10min"}),
            node("c", "application", {"node": "a", "type": "soft"}),
            node("d", "application", {"any_of": ["a", "e"], "at_least": 1}),
            node("g", "application", {"any_of": ["a", "e"], "at_least": 2}),
        ]
    )


def test_hard_soft_delayed_and_k_of_n_consequences(scenario):
    impact = impact_of(scenario, ["a"])
    assert sorted(impact.nodes) == ["a", "b", "c", "f1", "g"]
    assert (impact.nodes["a"].hit_at, impact.nodes["a"].down_at) == (0, 0)
    assert (impact.nodes["b"].hit_at, impact.nodes["b"].down_at) == (0, 0)
    # The drop crosses a 10-minute delay before reaching f1.
    assert (impact.nodes["f1"].hit_at, impact.nodes["f1"].down_at) == (10 * MIN, 10 * MIN)
    # A soft dependency degrades, never takes down.
    assert (impact.nodes["c"].hit_at, impact.nodes["c"].down_at) == (0, None)
    assert impact.nodes["c"].status is NodeStatus.DEGRADED
    assert impact.nodes["g"].lost
    assert "d" not in impact
    assert impact.down() == ["a", "b", "f1", "g"]
    assert impact.degraded_only() == ["c"]
    assert impact.settled_at == 10 * MIN


def test_several_failures_at_once(scenario):
    impact = impact_of(scenario, ["a", "e"])
    assert impact.nodes["d"].down_at == 0
    assert impact.failed == ("a", "e")


def test_an_automatic_fallback_puts_the_function_on_paper_after_its_delay():
    scenario = make_scenario(
        [node("a"), service("f", "a")],
        [{"id": "paper", "function": "f", "prepared": True, "activation": "1h", "capacity": "30%"}],
    )
    impact = impact_of(scenario, ["a"])
    assert impact.nodes["f"].down_at == 0
    assert impact.nodes["f"].status is NodeStatus.PAPER
    assert impact.settled_at == 3600


def test_a_horizon_stops_the_cascade_early(scenario):
    assert "f1" not in impact_of(scenario, ["a"], horizon=5 * MIN)


def test_unknown_node_is_a_clear_error(scenario):
    with pytest.raises(UnknownIdError, match="no node 'zz'"):
        impact_of(scenario, ["zz"])


def test_the_scenario_attack_plays_no_part():
    scenario = make_scenario(
        [node("a", zone="lan"), node("b")],
        zones=[{"id": "lan", "name": "lan"}],
        attack={
            "family": "ransomware",
            "steps": [
                {
                    "id": "s",
                    "at": "0",
                    "kind": "encryption",
                    "effect": "encrypt",
                    "targets": ["a"],
                    "entry": "lan",
                }
            ],
        },
    )
    assert sorted(impact_of(scenario, ["b"]).nodes) == ["b"]

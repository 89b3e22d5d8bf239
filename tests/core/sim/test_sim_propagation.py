"""One rule per test, on both engines, with the expected timeline worked out by hand."""

from __future__ import annotations

from crisis_sim.core.sim import Fail, Repair

MIN, H = 60, 3600


def run(engine, scenario, actions, until):
    sim = engine(scenario)
    for at, action in actions:
        sim.apply(action, at=at)
    sim.run(until)
    return sim


def test_hard_dependency_takes_the_chain_down_and_back_up(engine, kit):
    graph = kit.scenario(
        [
            kit.node("san", "infrastructure"),
            kit.node("srv", "server", "san"),
            kit.node("app", "application", "srv"),
        ]
    )
    sim = run(engine, graph, [(10 * MIN, Fail("san")), (H, Repair("san"))], 2 * H)
    # No delay: the whole chain falls at 10 min and comes back at 1 h, at the same instants.
    for node_id in ("san", "srv", "app"):
        assert kit.changes(sim, node_id) == [(600, "down"), (3600, "operational")]
    assert sim.state_at("srv", 600).cause.detail == "hard dependency on san (down)"
    assert sim.state_at("san", 600).cause.detail == "what-if failure"


def test_soft_dependency_only_degrades(engine, kit):
    graph = kit.scenario(
        [
            kit.node("srv"),
            kit.node("mail", "application"),
            kit.node("app", "application", "srv", {"node": "mail", "type": "soft"}),
        ]
    )
    sim = run(engine, graph, [(10 * MIN, Fail("mail")), (20 * MIN, Fail("srv"))], H)
    # mail down at 10 min: app is capped at DEGRADED; srv (hard) down at 20 min: app DOWN.
    assert kit.changes(sim, "app") == [(600, "degraded"), (1200, "down")]
    assert sim.state_at("app", 600).cause.detail == "soft dependency on mail (down)"
    assert sim.state_at("app", 600).capacity == 0.5


def test_two_of_three_group(engine, kit):
    group = {"any_of": ["a", "b", "c"], "at_least": 2}
    graph = kit.scenario(
        [
            kit.node("a"),
            kit.node("x"),
            kit.node("b", "server", {"node": "x", "type": "soft"}),
            kit.node("c"),
            kit.node("app", "application", group),
        ]
    )
    actions = [
        (10 * MIN, Fail("a")),  # a down, b up, c up: 2 UP >= 2 -> app UP
        (20 * MIN, Fail("x")),  # b DEGRADED (soft): 1 UP, 2 usable >= 2 -> app DEGRADED
        (30 * MIN, Fail("c")),  # 0 UP, 1 usable (b) < 2 -> app DOWN
        (40 * MIN, Repair("a")),  # a UP: 1 UP, 2 usable (a, b) -> app DEGRADED
    ]
    sim = run(engine, graph, actions, H)
    assert kit.changes(sim, "app") == [(1200, "degraded"), (1800, "down"), (2400, "degraded")]
    # The cause names the worst provider (lowest level, then id) and the group's rule.
    assert sim.state_at("app", 1800).cause.detail == (
        "hard dependency on a (down); needs 2 of a, b, c"
    )


def test_delay_failure_must_last_the_delay_recovery_is_immediate(engine, kit):
    graph = kit.scenario(
        [kit.node("srv"), kit.node("app", "application", {"node": "srv", "delay": "30min"})]
    )
    actions = [
        (10 * MIN, Fail("srv")),  # reaches app at 10 + 30 = 40 min
        (60 * MIN, Repair("srv")),  # app back at once: 60 min
        (120 * MIN, Fail("srv")),  # a 10-minute blip, shorter than 30 min: app never sees it
        (130 * MIN, Repair("srv")),
        (180 * MIN, Fail("srv")),  # down 180-200, up 200-205, down again from 205:
        (200 * MIN, Repair("srv")),
        (205 * MIN, Fail("srv")),  # only the second stretch counts: 205 + 30 = 235 min
    ]
    sim = run(engine, graph, actions, 5 * H)
    assert kit.changes(sim, "app") == [
        (40 * MIN, "down"),
        (60 * MIN, "operational"),
        (235 * MIN, "down"),
    ]


def test_delays_add_up_along_a_chain(engine, kit):
    graph = kit.scenario(
        [
            kit.node("san", "infrastructure"),
            kit.node("srv", "server", {"node": "san", "delay": "15min"}),
            kit.node("app", "application", {"node": "srv", "delay": "1h"}),
        ]
    )
    sim = run(engine, graph, [(0, Fail("san"))], 3 * H)
    # srv falls at 0 + 15 min; app one hour after srv: 75 min.
    assert kit.changes(sim, "srv") == [(15 * MIN, "down")]
    assert kit.changes(sim, "app") == [(75 * MIN, "down")]


def test_hard_cycle_falls_without_hanging_and_comes_back_when_repaired(engine, kit):
    graph = kit.scenario(
        [
            kit.node("ad", "server", "cluster"),
            kit.node("cluster", "infrastructure", "ad"),
            kit.node("app", "application", "cluster"),
        ]
    )
    sim = run(engine, graph, [(10 * MIN, Fail("ad")), (H, Repair("ad"))], 2 * H)
    # The greatest fixed point: once ad's own failure is gone, "all up" satisfies the cycle.
    for node_id in ("ad", "cluster", "app"):
        assert kit.changes(sim, node_id) == [(600, "down"), (3600, "operational")]
    assert sim.peek() is None


def test_cycle_with_delays_settles_and_never_oscillates(engine, kit):
    graph = kit.scenario(
        [
            kit.node("a", "server", {"node": "b", "delay": "5min"}),
            kit.node("b", "server", {"node": "a", "delay": "5min"}),
        ]
    )
    sim = run(engine, graph, [(0, Fail("a")), (H, Repair("a"))], 10 * H)
    # b sees a's failure after 5 min; a's repair at 1 h: both views include "now", so UP/UP
    # is a fixed point and the greatest one; nothing happens afterwards.
    assert kit.changes(sim, "a") == [(0, "down"), (3600, "operational")]
    assert kit.changes(sim, "b") == [(300, "down"), (3600, "operational")]
    assert sim.peek() is None


def test_cycle_stays_down_while_a_provider_outside_it_is_down(engine, kit):
    graph = kit.scenario(
        [
            kit.node("power", "infrastructure"),
            kit.node("a", "server", "power", "b"),
            kit.node("b", "server", "a"),
        ]
    )
    sim = run(engine, graph, [(0, Fail("power")), (H, Repair("power"))], 2 * H)
    assert kit.changes(sim, "b") == [(0, "down"), (3600, "operational")]
    assert sim.state_at("b", 0).cause.ref == "a"
    assert sim.state_at("a", 0).cause.ref == "power"  # the first dependency that binds


def test_degraded_provider_degrades_a_hard_dependent(engine, kit):
    graph = kit.scenario(
        [
            kit.node("x"),
            kit.node("srv", "server", {"node": "x", "type": "soft"}),
            kit.node("app", "application", "srv"),
        ]
    )
    sim = run(engine, graph, [(0, Fail("x"))], H)
    assert kit.changes(sim, "app") == [(0, "degraded")]
    assert sim.state_at("app").cause.detail == "hard dependency on srv (degraded)"

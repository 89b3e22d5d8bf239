"""The engine's vector path (vector_settle.py), checked by hand on small graphs and against the
per-node path on synthetic ones. test_sim_properties.py also runs every property on it."""

from __future__ import annotations

import pytest

from crisis_sim.core.analysis import quiet
from crisis_sim.core.scenario.model_decisions import Effect, Restore
from crisis_sim.core.sim import Fail, ReferenceSimulation, Repair, Simulation, engine
from crisis_sim.core.sim.history import NONE, History
from crisis_sim.core.sim.states import BY_DEPENDENCY, DEGRADED, DOWN, INITIAL, UP
from crisis_sim.core.synthetic import synthetic_scenario

MIN, H = 60, 3600


@pytest.fixture
def vector(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every settle on the vector path, however small."""
    monkeypatch.setattr(engine, "VECTOR_FROM", 0)
    monkeypatch.setattr(engine, "VECTOR_SHARE", 0)


def run(scenario, actions, until):
    """Play on the vector path; the reference must give every node the same timeline."""
    sims = [Simulation(scenario), ReferenceSimulation(scenario)]
    for sim in sims:
        for at, action in actions:
            sim.apply(action, at=at)
        sim.run(until)
    fast, naive = sims
    assert fast._vector is not None  # the vector path did settle
    for node in scenario.nodes:
        assert fast.timeline(node.id) == naive.timeline(node.id), node.id
    return fast


@pytest.mark.usefixtures("vector")
def test_k_of_n_counts_providers_up_and_usable(kit):
    scenario = kit.scenario(
        [
            kit.node("a"),
            kit.node("b"),
            kit.node("c", "server", {"node": "b", "type": "soft"}),
            kit.node("app", "application", {"any_of": ["a", "b", "c"], "at_least": 2}),
        ]
    )
    sim = run(scenario, [(0, Fail("a")), (10 * MIN, Fail("b")), (20 * MIN, Repair("a"))], H)
    # a down: b and c still make 2 UP. b down too: c is DEGRADED (soft on b), 1 usable of
    # the 2 needed. a back: a UP and c DEGRADED, 2 usable but 1 UP.
    assert kit.levels(sim, "app") == [(10 * MIN, DOWN), (20 * MIN, DEGRADED)]


@pytest.mark.usefixtures("vector")
def test_soft_dependency_caps_at_degraded(kit):
    scenario = kit.scenario(
        [kit.node("srv"), kit.node("app", "application", {"node": "srv", "type": "soft"})]
    )
    sim = run(scenario, [(0, Fail("srv"))], H)
    assert kit.levels(sim, "app") == [(0, DEGRADED)]


@pytest.mark.usefixtures("vector")
def test_a_delayed_failure_arrives_only_if_it_lasts(kit):
    scenario = kit.scenario(
        [
            kit.node("srv"),
            kit.node("app", "application", {"node": "srv", "delay": "10min"}),
            kit.node("web", "application", {"node": "srv", "delay": "30min"}),
        ]
    )
    sim = run(scenario, [(0, Fail("srv")), (20 * MIN, Repair("srv"))], H)
    assert kit.levels(sim, "app") == [(10 * MIN, DOWN), (20 * MIN, UP)]
    assert kit.levels(sim, "web") == []  # back before the failure had lasted 30 min


@pytest.mark.usefixtures("vector")
def test_a_window_over_two_changes_sees_the_better_one(kit):
    # srv degrades at 0 (soft on san) then goes down at 10 min: behind 15 min, app sees
    # DEGRADED from 15 min (the window [0, 15) no longer reaches UP), DOWN from 25 min.
    scenario = kit.scenario(
        [
            kit.node("san"),
            kit.node("srv", "server", {"node": "san", "type": "soft"}),
            kit.node("app", "application", {"node": "srv", "delay": "15min"}),
        ]
    )
    sim = run(scenario, [(0, Fail("san")), (10 * MIN, Fail("srv"))], H)
    assert kit.levels(sim, "app") == [(15 * MIN, DEGRADED), (25 * MIN, DOWN)]


@pytest.mark.usefixtures("vector")
def test_a_cycle_goes_down_and_comes_back(kit):
    scenario = kit.scenario(
        [
            kit.node("power"),
            kit.node("a", "server", "power", "b"),
            kit.node("b", "server", "a"),
        ]
    )
    sim = run(scenario, [(0, Fail("power")), (H, Repair("power"))], 2 * H)
    for node in ("a", "b"):
        assert kit.levels(sim, node) == [(0, DOWN), (H, UP)]


@pytest.mark.usefixtures("vector")
def test_dependents_come_back_after_a_restore(kit):
    scenario = kit.scenario(
        [
            kit.node("srv", "server", backup="offline", restore_effort="1h"),
            kit.node("app", "application", "srv"),
            kit.node("web", "application", {"node": "app", "delay": "5min"}),
        ]
    )
    sim = run(
        scenario,
        [
            (0, Fail("srv")),
            (10 * MIN, Repair("srv")),
            (20 * MIN, Effect(restore=Restore(node="srv"))),
        ],
        3 * H,
    )
    assert kit.changes(sim, "srv") == [
        (0, "down"),
        (10 * MIN, "operational"),
        (20 * MIN, "restoring"),
        (80 * MIN, "operational"),
    ]
    assert kit.levels(sim, "web") == [
        (5 * MIN, DOWN),
        (10 * MIN, UP),
        (25 * MIN, DOWN),
        (80 * MIN, UP),
    ]


@pytest.mark.usefixtures("vector")
def test_a_function_goes_on_paper_and_back(kit):
    scenario = kit.scenario(
        [kit.node("app", "application"), kit.node("etat-civil", "business-function", "app")],
        fallbacks=[
            {
                "id": "registre",
                "function": "etat-civil",
                "prepared": True,
                "starts": "automatic",
                "activation": "30min",
                "capacity": "30%",
            }
        ],
    )
    sim = run(scenario, [(0, Fail("app")), (2 * H, Repair("app")), (3 * H, Fail("app"))], 4 * H)
    assert kit.changes(sim, "etat-civil") == [
        (0, "down"),
        (30 * MIN, "paper"),
        (2 * H, "operational"),
        (3 * H, "paper"),
    ]


def play_major(scenario, targets, restored, engine_class=Simulation):
    sim = engine_class(scenario)
    for node in targets:
        sim.apply(Fail(node), at=0)
    for i, node in enumerate(restored):
        sim.apply(Effect(restore=Restore(node=node, duration="30min")), at=(2 + i) * H)
    sim.run(3 * 24 * H)
    return sim


@pytest.mark.parametrize("vector_from", [0, 50, engine.VECTOR_FROM])
def test_the_paths_agree_on_a_synthetic_major_incident(monkeypatch, vector_from):
    """Same timelines, same fallbacks armed at the same times, same events scheduled."""
    synthetic = synthetic_scenario(3000)
    targets, restored = synthetic.major, synthetic.major[:2]
    monkeypatch.setattr(engine, "VECTOR_FROM", 10**9)
    per_node = play_major(synthetic.scenario, targets, restored)
    monkeypatch.setattr(engine, "VECTOR_FROM", vector_from)
    vector = play_major(synthetic.scenario, targets, restored)
    assert vector._vector is not None
    ids = synthetic.scenario.nodes
    for node in ids:
        assert vector.timeline(node.id) == per_node.timeline(node.id), node.id
    assert vector.world.fallbacks.armed_at == per_node.world.fallbacks.armed_at
    assert next(vector._queue._counter) == next(per_node._queue._counter)


def test_a_small_incident_on_a_large_graph_stays_node_by_node():
    """Cost follows the incident: the vector path's set-up is O(nodes), not paid here."""
    synthetic = synthetic_scenario(20000)
    sim = Simulation(quiet(synthetic.scenario))  # without the scenario's own attack
    sim.apply(Fail(synthetic.minor), at=0)
    sim.run(3 * 24 * H)
    assert sim._vector is None
    assert sum(1 for record in sim.statuses().values() if record.level < UP) > 100


def test_the_vector_path_agrees_with_the_reference(monkeypatch):
    synthetic = synthetic_scenario(300)
    monkeypatch.setattr(engine, "VECTOR_FROM", 0)
    monkeypatch.setattr(engine, "VECTOR_SHARE", 0)
    restored = synthetic.major[:1]
    fast = play_major(synthetic.scenario, synthetic.major, restored)
    naive = play_major(synthetic.scenario, synthetic.major, restored, ReferenceSimulation)
    for node in synthetic.scenario.nodes:
        assert fast.timeline(node.id) == naive.timeline(node.id), node.id


def test_history_keeps_the_entry_before_the_newest():
    history = History(2)
    assert history.entry_before_newest(0) == (NONE, UP)
    down, degraded = BY_DEPENDENCY[DOWN, False, False], BY_DEPENDENCY[DEGRADED, False, False]
    history.record(0, 10, degraded)
    assert history.entry_before_newest(0) == (NONE, UP)
    history.record(0, 20, down)
    assert history.entry_before_newest(0) == (10, DEGRADED)
    history.record(0, 20, degraded)  # back at 20 to the state before 20: the change vanishes
    assert history.changes(0) == [(10, degraded)]
    assert history.entry_before_newest(0) == (NONE, UP)
    assert (history.newest_time[0], history.newest_level[0]) == (10, DEGRADED)
    history.append_changes(30, [1, 0], [down, INITIAL], [DOWN, UP])
    assert history.changes(0) == [(10, degraded), (30, INITIAL)]
    assert history.changes(1) == [(30, down)]
    assert history.entry_before_newest(0) == (10, DEGRADED)
    assert (history.newest_time[1], history.newest_level[1]) == (30, DOWN)

"""Restoration plans computed by hand: list scheduling with 1 and 2 IT staff."""

from __future__ import annotations

import pytest
from analysis_kit import H, make_scenario, node, service

from crisis_sim.core.analysis import (
    AnalysisCancelledError,
    Damage,
    damage_in_run,
    restoration_plan,
)
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.sim import NodeStatus, Simulation


def _encrypted(*nodes):
    return [Damage(n, True, NodeStatus.ENCRYPTED) for n in nodes]


@pytest.fixture
def town():
    """san (4h) → db (2h) → app (1h) → etat-civil (vital, mtd 1j); web (3h) → site (medium)."""
    return make_scenario(
        [
            node("san", "infrastructure", restore_effort="4h", backup="offline"),
            node("db", "server", "san", restore_effort="2h", backup="offline"),
            node("app", "application", "db", restore_effort="1h", backup="offline"),
            node("web", "server", restore_effort="3h", backup="offline"),
            service("etat-civil", "app", criticality="vital", mtd="1j", serves=1000),
            service("site", "web", criticality="medium", mtd="2j", serves=5000),
        ]
    )


def _steps(plan):
    return [(s.node, s.staff, s.start // H, s.end // H, s.waited_for) for s in plan.steps]


def _back(plan):
    return [(r.function, r.working_at // H, r.operational_at // H) for r in plan.services]


def test_one_person(town):
    plan = restoration_plan(town, _encrypted("san", "db", "app", "web"), 1)
    # At 0 only san and web can start (db needs san, app needs db). san brings back the
    # vital etat-civil, web the medium site: san first, 0 → 4h. Then db is ready (san
    # back) and still more urgent than web: 4h → 6h; app 6h → 7h (etat-civil back at 7h);
    # web last, 7h → 10h (site back at 10h).
    assert _steps(plan) == [
        ("san", 1, 0, 4, None),
        ("db", 1, 4, 6, "san"),
        ("app", 1, 6, 7, "db"),
        ("web", 1, 7, 10, None),
    ]
    assert _back(plan) == [("etat-civil", 7, 7), ("site", 10, 10)]
    assert plan.finished_at == 10 * H
    assert plan.steps[3].ready_at == 0  # web waited for a free person, not a provider


def test_two_people(town):
    plan = restoration_plan(town, _encrypted("san", "db", "app", "web"), 2)
    # At 0: #1 takes san (0 → 4h), #2 the next ready node, web (0 → 3h; site back at 3h).
    # At 3h #2 is free but db still waits for san. At 4h db (4h → 6h) goes to #1, the
    # smallest free number; at 6h app (6h → 7h), #1 again: etat-civil back at 7h.
    assert _steps(plan) == [
        ("san", 1, 0, 4, None),
        ("web", 2, 0, 3, None),
        ("db", 1, 4, 6, "san"),
        ("app", 1, 6, 7, "db"),
    ]
    assert _back(plan) == [("site", 3, 3), ("etat-civil", 7, 7)]


def test_the_plan_starts_at_the_time_given(town):
    plan = restoration_plan(town, _encrypted("web"), 1, start=10 * H)
    assert _steps(plan) == [("web", 1, 10, 13, None)]
    assert _back(plan) == [("site", 13, 13)]


def test_a_redundant_pair_is_not_rebuilt_twice_first():
    scenario = make_scenario(
        [
            node("dc1", restore_effort="1j", backup="offline"),
            node("dc2", restore_effort="1j", backup="offline"),
            node("web", restore_effort="1h", backup="offline"),
            node("app", "application", {"any_of": ["dc1", "dc2"], "at_least": 1}),
            service("paie", "app", criticality="vital"),
            service("site", "web", criticality="low"),
        ]
    )
    plan = restoration_plan(scenario, _encrypted("dc1", "dc2", "web"), 2)
    # #1 takes dc1 (vital); with dc1 under way, dc2 brings nothing back: #2 takes web.
    assert [(s.node, s.staff, s.start) for s in plan.steps] == [
        ("dc1", 1, 0),
        ("web", 2, 0),
        ("dc2", 2, H),
    ]
    assert plan.steps[2].reason == "brings back no service"


def test_soft_dependencies_come_after_hard_ones():
    scenario = make_scenario(
        [
            node("print", restore_effort="1h", backup="offline"),
            node("soft-only", restore_effort="1h", backup="offline"),
            service("a", "print", {"node": "soft-only", "type": "soft"}, criticality="low"),
            service("b", {"node": "print", "type": "soft"}, criticality="vital"),
        ]
    )
    plan = restoration_plan(scenario, _encrypted("print", "soft-only"), 1)
    # print makes 'a' serve again (hard) and 'b' fully operational; soft-only only helps 'a'
    # to full operation: print first even though 'b' is the vital one.
    assert [s.node for s in plan.steps] == ["print", "soft-only"]
    assert plan.steps[0].reason.startswith("brings back 1 service(s) and 1 more")
    assert [(r.function, r.working_at, r.operational_at) for r in plan.services] == [
        ("b", 0, H),
        ("a", H, 2 * H),
    ]


def test_what_cannot_be_restored_and_what_waits_on_it():
    scenario = make_scenario(
        [
            node("dead", backup="none"),
            node("child", "server", "dead", restore_effort="1h", backup="offline"),
            node("other", restore_effort="1h", backup="offline"),
            service("s", "child"),
        ]
    )
    damage = [
        Damage("dead", True, NodeStatus.ENCRYPTED, refusal="encrypted, with no backup"),
        *_encrypted("child", "other"),
    ]
    plan = restoration_plan(scenario, damage, 1)
    assert [(b.node, b.reason) for b in plan.blocked] == [
        ("child", "waits for a node that cannot be restored"),
        ("dead", "encrypted, with no backup"),
    ]
    assert [s.node for s in plan.steps] == ["other"]
    assert [(r.function, r.working_at) for r in plan.services] == [("s", None)]


def test_a_cycle_of_broken_nodes_starts_with_the_most_urgent():
    scenario = make_scenario(
        [
            node("a", "server", "b", restore_effort="1h"),
            node("b", "server", "a", restore_effort="2h"),
            service("s", "a", criticality="vital"),
        ]
    )
    plan = restoration_plan(
        scenario, [Damage("a", True, NodeStatus.DOWN), Damage("b", True, NodeStatus.DOWN)], 1
    )
    # Nothing is ready (each waits for the other): a, the most urgent (ids break the tie),
    # starts anyway at 0. Restored, a is still down (b is), so b is not ready either when
    # the person is free again: it starts anyway too. Both come back when b is done.
    assert [(s.node, s.start // H, s.end // H, s.cycle) for s in plan.steps] == [
        ("a", 0, 1, True),
        ("b", 1, 3, True),
    ]
    assert [(r.function, r.working_at // H) for r in plan.services] == [("s", 3)]


def test_bad_requests_are_clear_errors(town):
    with pytest.raises(ValueError, match="at least one person"):
        restoration_plan(town, _encrypted("san"), 0)
    with pytest.raises(ValueError, match="no node 'zz'"):
        restoration_plan(town, _encrypted("zz"), 1)


def test_progress_and_cancel(town):
    calls = []
    restoration_plan(
        town, _encrypted("san", "db", "app", "web"), 1, progress=lambda *c: calls.append(c)
    )
    assert calls[0] == (0, 4)
    assert calls[-1] == (4, 4)
    with pytest.raises(AnalysisCancelledError):
        restoration_plan(town, _encrypted("san"), 1, cancelled=lambda: True)


def test_damage_read_from_the_angers_attack():
    scenario = load_scenario(resolve("angers-2021").path).scenario
    simulation = Simulation(scenario)
    simulation.run(6 * H)  # after the last attack step (J+1 04:00)
    damage = {d.node: d for d in damage_in_run(simulation)}
    assert damage["serveurs-web"].status is NodeStatus.ENCRYPTED
    assert damage["serveurs-web"].restorable
    assert not damage["serveur-supervision"].restorable  # no backup
    assert "logiciel-etat-civil" not in damage  # down only through its servers
    plan = restoration_plan(scenario, damage.values(), 2, start=simulation.now)
    assert plan.steps[0].node == "ad-dc-1"
    assert {b.node for b in plan.blocked} == {"serveur-supervision"}

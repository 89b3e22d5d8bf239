"""Single points of failure and the criticality ranking, computed by hand on ``two_services``."""

from __future__ import annotations

import pytest

from crisis_sim.core.analysis import (
    AnalysisCancelledError,
    criticality_ranking,
    single_points_of_failure,
)
from crisis_sim.core.scenario.model_graph import Criticality

FIVE_MIN = 300


def _by_node(ranking):
    return {entry.node: entry for entry in ranking}


def test_ranking_order_people_and_times(two_services):
    ranking = criticality_ranking(two_services)
    # room: srv1 down at 0, srv2 at 5 min (its delay); app2 needs 1 of them, so it goes
    # down with srv2 at 5 min: svc-a lost at 0, svc-c degraded at 0, svc-b lost at 5 min.
    # srv1 and app1: svc-a lost (1000 people), svc-c degraded; same weight, so by id.
    # app2: svc-b lost (high, 500). srv2 alone hits nothing (srv1 backs app2 up); the
    # functions hit nothing but themselves: neither is ranked.
    assert [entry.node for entry in ranking] == ["room", "app1", "srv1", "app2"]
    room = _by_node(ranking)["room"]
    assert [(h.function, h.hit_at, h.down_at) for h in room.hits] == [
        ("svc-a", 0, 0),
        ("svc-c", 0, None),
        ("svc-b", FIVE_MIN, FIVE_MIN),
    ]
    assert (room.people_lost, room.people_hit) == (1500, 1510)
    assert (room.first_loss, room.first_hit) == (0, 0)
    assert room.worst_lost is Criticality.VITAL
    app2 = _by_node(ranking)["app2"]
    assert (app2.worst_lost, app2.people_lost) == (Criticality.HIGH, 500)


def test_every_ranked_node_here_is_a_single_point_of_failure(two_services):
    ranking = criticality_ranking(two_services)
    assert [entry.node for entry in single_points_of_failure(ranking)] == [
        "room",
        "app1",
        "srv1",
        "app2",
    ]
    assert all(entry.is_spof for entry in ranking)


def test_a_node_that_only_degrades_is_ranked_but_no_spof():
    from analysis_kit import make_scenario, node, service

    scenario = make_scenario([node("a"), service("s", {"node": "a", "type": "soft"})])
    (entry,) = criticality_ranking(scenario)
    assert (entry.node, entry.is_spof, entry.people_lost, entry.first_loss) == (
        "a",
        False,
        0,
        None,
    )
    assert single_points_of_failure([entry]) == []


def test_progress_reports_from_zero_to_the_total(two_services):
    calls = []
    criticality_ranking(two_services, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 8)
    assert calls[-1] == (8, 8)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_stops_between_two_nodes(two_services):
    asked = iter([False, False, True])
    with pytest.raises(AnalysisCancelledError) as stopped:
        criticality_ranking(two_services, cancelled=lambda: next(asked))
    assert (stopped.value.done, stopped.value.total) == (2, 8)
    assert "cancelled after 2 of 8" in str(stopped.value)


def test_same_scenario_same_ranking(two_services):
    assert criticality_ranking(two_services) == criticality_ranking(two_services)

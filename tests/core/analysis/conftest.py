"""Fixtures of the analysis tests; the builders are in analysis_kit.py."""

from __future__ import annotations

import pytest
from analysis_kit import make_scenario, node, service

from crisis_sim.core.scenario.model import Scenario


@pytest.fixture
def two_services() -> Scenario:
    """room → srv1, srv2 (5 min) → app1 (srv1), app2 (1 of srv1, srv2) → three functions.

    svc-a (vital, 1000 people) needs app1; svc-b (high, 500) needs app2; svc-c (business
    function, low, 10) needs app1 softly. srv2 only has app2, which srv1 backs up.
    """
    return make_scenario(
        [
            node("room", "infrastructure"),
            node("srv1", "server", "room"),
            node("srv2", "server", {"node": "room", "delay": "5min"}),
            node("app1", "application", "srv1"),
            node("app2", "application", {"any_of": ["srv1", "srv2"], "at_least": 1}),
            service("svc-a", "app1", criticality="vital", serves=1000),
            service("svc-b", "app2", criticality="high", serves=500),
            node(
                "svc-c",
                "business-function",
                {"node": "app1", "type": "soft"},
                criticality="low",
                serves=10,
            ),
        ]
    )

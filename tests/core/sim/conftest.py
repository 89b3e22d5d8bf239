"""Small scenarios built in code: a graph, an attack, decisions, in a few lines per test."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any

import pytest

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import NodeRecord, ReferenceSimulation, Simulation

T0 = datetime(2021, 1, 15, 23, 0, tzinfo=timezone(timedelta(hours=1)))
MIN = 60
H = 3600


def node(node_id: str, kind: str = "server", *needs: Any, **fields: Any) -> dict[str, Any]:
    """A node; ``needs`` are ids or dependency dicts, e.g. {"any_of": [...], "at_least": 2}."""
    return {"id": node_id, "kind": kind, "name": node_id, "needs": list(needs), **fields}


def scenario(
    nodes: list[dict[str, Any]],
    *,
    zones: list[dict[str, Any]] = (),  # type: ignore[assignment]
    fallbacks: list[dict[str, Any]] = (),  # type: ignore[assignment]
    steps: list[dict[str, Any]] = (),  # type: ignore[assignment]
    decisions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    seed: int = 0,
) -> Scenario:
    data = {
        "meta": {
            "id": "sim-test",
            "format": 1,
            "title": "Test",
            "t0": T0.isoformat(),
            "duration": "3j",
            "seed": seed,
        },
        "organisation": {"name": "Mairie", "kind": "commune", "population": 1000, "agents": 10},
        "roles": [{"id": "dsi", "kind": "it", "name": "DSI"}],
        "zones": [{"name": z["id"], **z} for z in zones],
        "nodes": nodes,
        "fallbacks": [{"name": f["id"], **f} for f in fallbacks],
        "attack": {"family": "ransomware", "steps": [{"kind": "spread", **s} for s in steps]},
        "decisions": [{"label": d["id"], **d} for d in decisions],
    }
    return Scenario.model_validate(data, context={"t0": T0})


def changes(sim: Simulation | ReferenceSimulation, node_id: str) -> list[tuple[int, str]]:
    """The node's timeline as (time, status) pairs, for compact expected timelines."""
    return [(r.since, r.status.value) for r in sim.timeline(node_id)]


def levels(sim: Simulation | ReferenceSimulation, node_id: str) -> list[tuple[int, int]]:
    return [(r.since, r.level) for r in sim.timeline(node_id)]


def state(sim: Simulation, node_id: str, t: int | None = None) -> NodeRecord:
    return sim.state_at(node_id, t)


@pytest.fixture(scope="session")
def kit() -> SimpleNamespace:
    """The builders above, as one fixture (hypothesis tests cannot use function fixtures)."""
    return SimpleNamespace(
        node=node, scenario=scenario, changes=changes, levels=levels, MIN=MIN, H=H, T0=T0
    )


@pytest.fixture(params=[Simulation, ReferenceSimulation], ids=["engine", "reference"])
def engine(request: pytest.FixtureRequest) -> type:
    """Run a rule test on both implementations: they must agree with the hand computation."""
    return request.param

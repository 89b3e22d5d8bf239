"""Small scenarios built in code for the analyses: a graph and its fallbacks in a few lines.

A module of its own (not conftest): ``conftest`` is a name every test folder uses.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from crisis_sim.core.scenario.model import Scenario

T0 = datetime(2021, 1, 15, 23, 0, tzinfo=timezone(timedelta(hours=1)))
MIN, H = 60, 3600


def node(node_id: str, kind: str = "server", *needs: Any, **fields: Any) -> dict[str, Any]:
    """A node; ``needs`` are ids or dependency dicts, e.g. {"any_of": [...], "at_least": 2}."""
    return {"id": node_id, "kind": kind, "name": node_id, "needs": list(needs), **fields}


def service(node_id: str, *needs: Any, **fields: Any) -> dict[str, Any]:
    return node(node_id, "public-service", *needs, **fields)


def make_scenario(
    nodes: list[dict[str, Any]], fallbacks: list[dict[str, Any]] = (), **sections: Any
) -> Scenario:
    data = {
        "meta": {
            "id": "analysis-test",
            "format": 1,
            "title": "Test",
            "t0": T0.isoformat(),
            "duration": "3j",
        },
        "organisation": {"name": "Mairie", "kind": "commune", "population": 1000, "agents": 10},
        "roles": [{"id": "dsi", "kind": "it", "name": "DSI"}],
        "nodes": nodes,
        "fallbacks": [{"name": f["id"], **f} for f in fallbacks],
        **sections,
    }
    return Scenario.model_validate(data, context={"t0": T0})

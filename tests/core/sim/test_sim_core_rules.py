"""House rules of the simulation core: no wall clock, no sleeping, no Qt; work stays local."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

import crisis_sim.core.sim
from crisis_sim.core.scenario.model_graph import DependencyType, NodeKind
from crisis_sim.core.sim import Fail, Simulation

SIM_DIR = Path(crisis_sim.core.sim.__file__).parent
FORBIDDEN_MODULES = {"time", "datetime", "threading", "asyncio", "PySide6", "shiboken6"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_simulation_never_reads_the_clock_nor_sleeps():
    for path in sorted(SIM_DIR.glob("*.py")):
        assert not _imports(path) & FORBIDDEN_MODULES, path.name
        assert "sleep(" not in path.read_text(encoding="utf-8"), path.name


def _fan_graph(width: int, depth: int) -> nx.DiGraph:
    """``width`` independent chains of ``depth`` nodes hanging from their own root."""
    graph = nx.DiGraph()
    for chain in range(width):
        previous = None
        for level in range(depth):
            node_id = f"c{chain}-{level}"
            graph.add_node(node_id, kind=NodeKind.SERVER)
            if previous is not None:
                graph.add_edge(
                    previous, node_id, type=DependencyType.HARD, delay=0, group=0, required=1
                )
            previous = node_id
    return graph


def test_a_small_incident_on_a_large_graph_only_looks_at_its_region(kit, monkeypatch):
    graph = _fan_graph(width=2000, depth=10)  # 20,000 nodes
    sim = Simulation(kit.scenario([kit.node("x")]), graph=graph)
    evaluated = []
    original = Simulation._evaluate

    def counting(self, node, t):
        evaluated.append(node)
        return original(self, node, t)

    monkeypatch.setattr(Simulation, "_evaluate", counting)
    sim.apply(Fail("c7-0"), at=0)
    sim.run(3600)
    assert sim.state_at("c7-9").status.value == "down"
    assert sim.state_at("c8-9").status.value == "operational"
    assert len(evaluated) <= 10  # the chain below c7-0, not the 20,000 nodes


def test_statuses_are_the_states_trainers_name_in_scenarios():
    from crisis_sim.core.scenario.model_injects import NodeState
    from crisis_sim.core.sim import NodeStatus

    assert [s.value for s in NodeStatus] == [s.value for s in NodeState]

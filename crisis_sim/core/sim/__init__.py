"""The outage simulation: Qt-free, deterministic, with explicit integer game time.

``Simulation`` (engine.py) is the fast engine; ``ReferenceSimulation`` (reference.py) the
naive one the tests compare it with. Both take the scenario's graph (graph.py), compiled once
into flat lists (compiled.py).
"""

from crisis_sim.core.sim.actions import Action, Fail, Repair
from crisis_sim.core.sim.causes import Cause
from crisis_sim.core.sim.compiled import CompiledGraph, compile_graph, compiled_for
from crisis_sim.core.sim.engine import Simulation
from crisis_sim.core.sim.errors import (
    GraphError,
    InvalidTimeError,
    RestoreRefusedError,
    SimulationError,
    UnknownIdError,
)
from crisis_sim.core.sim.explain import Link, format_chain
from crisis_sim.core.sim.graph import build_graph
from crisis_sim.core.sim.reach import StepOutcome
from crisis_sim.core.sim.reference import ReferenceSimulation
from crisis_sim.core.sim.states import DEGRADED, DOWN, UP, NodeRecord, NodeStatus
from crisis_sim.core.sim.world import Refusal

__all__ = [
    "DEGRADED",
    "DOWN",
    "UP",
    "Action",
    "Cause",
    "CompiledGraph",
    "Fail",
    "GraphError",
    "InvalidTimeError",
    "Link",
    "NodeRecord",
    "NodeStatus",
    "ReferenceSimulation",
    "Refusal",
    "Repair",
    "RestoreRefusedError",
    "Simulation",
    "SimulationError",
    "StepOutcome",
    "UnknownIdError",
    "build_graph",
    "compile_graph",
    "compiled_for",
    "format_chain",
]

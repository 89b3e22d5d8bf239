"""The impacted set of a failure: which nodes go degraded or down if these nodes fail, and when.

It runs the fast engine itself (so the rules are the simulation's, fallbacks included) on a
"quiet" copy of the scenario, without its attack: only the failures asked about happen, all
at T0, and the engine runs until nothing more is scheduled. A failure can only reach what
depends on it, so the results are read on the failed nodes' downstream region only: the cost
follows the blast radius, not the graph, which is what lets the criticality ranking run one
cascade per node.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import DOWN, UP, CompiledGraph, Fail, NodeStatus, Simulation, compiled_for


@dataclass(frozen=True, slots=True)
class NodeImpact:
    """How one node fares: times are seconds after the failure (T0)."""

    node: str
    hit_at: int  # first time it is below operational: degraded, on paper or down
    down_at: int | None  # first time it is down; None if it only degrades
    status: NodeStatus  # once everything has settled

    @property
    def lost(self) -> bool:
        return self.down_at is not None


@dataclass(frozen=True)
class Impact:
    failed: tuple[str, ...]
    nodes: dict[str, NodeImpact]  # every node hit, the failed ones included, by id
    settled_at: int  # when the last consequence happened (a fallback starting, a late drop)

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def down(self) -> list[str]:
        return sorted(node for node, impact in self.nodes.items() if impact.lost)

    def degraded_only(self) -> list[str]:
        return sorted(node for node, impact in self.nodes.items() if not impact.lost)


def quiet(scenario: Scenario) -> Scenario:
    """The scenario without its attack: what-if failures are then the only events."""
    return scenario.model_copy(update={"attack": None})


def impact_of(
    scenario: Scenario,
    failed: Iterable[str],
    *,
    compiled: CompiledGraph | None = None,
    horizon: int | None = None,
) -> Impact:
    """What the failure of ``failed`` at T0 does, until ``horizon`` (default: until settled).

    Unknown ids raise the engine's UnknownIdError. ``compiled`` reuses a compilation.
    """
    failed = tuple(dict.fromkeys(failed))
    compiled = compiled or compiled_for(scenario)
    simulation = run_failures(quiet(scenario), compiled, failed, horizon)
    starts = [compiled.index[node] for node in failed]
    nodes = {}
    for node in downstream(compiled, starts):
        impact = node_impact(simulation, compiled.ids[node])
        if impact is not None:
            nodes[impact.node] = impact
    return Impact(failed, dict(sorted(nodes.items())), simulation.now)


def run_failures(
    quiet_scenario: Scenario,
    compiled: CompiledGraph,
    failed: Iterable[str],
    horizon: int | None = None,
) -> Simulation:
    """A fresh engine where ``failed`` fail at T0, run until settled (or ``horizon``)."""
    simulation = Simulation(quiet_scenario, compiled=compiled)
    for node in failed:
        simulation.apply(Fail(node), at=0)
    while (t := simulation.peek()) is not None and (horizon is None or t <= horizon):
        simulation.step()
    return simulation


def downstream(compiled: CompiledGraph, starts: Iterable[int]) -> list[int]:
    """The start nodes and everything that depends on them, directly or not."""
    dependents = compiled.dependents
    seen = set(starts)
    stack = list(seen)
    while stack:
        for dependent in dependents[stack.pop()]:
            if dependent not in seen:
                seen.add(dependent)
                stack.append(dependent)
    return sorted(seen)


def node_impact(simulation: Simulation, node_id: str) -> NodeImpact | None:
    """The node's first drops in a run, from its history; None if it never left UP.

    Reads the history's (time, state) pairs rather than ``timeline``: the criticality ranking
    reads thousands of nodes per cascade and needs no causes.
    """
    changes = simulation.history.changes(simulation.compiled.index[node_id])
    hit_at = down_at = None
    for since, state in changes:
        if hit_at is None and state.level < UP:
            hit_at = since
        if state.level == DOWN:
            down_at = since
            break
    if hit_at is None:
        return None
    return NodeImpact(node_id, hit_at, down_at, changes[-1][1].status)

"""Single points of failure and the criticality ranking: one what-if cascade per node.

For each node, the engine plays its failure alone (impact.py) and we keep which business
functions and public services it hits, how many people they serve and how fast. A node is a
single point of failure when its loss alone takes at least one function down (on paper
counts as kept going). The node itself is left out of its own hits: a service failing on its
own says nothing about the infrastructure.

"People" adds up the ``serves`` of the functions hit: a resident who uses two services
counts twice, which is the cost the crisis cell sees (two queues, two sets of calls).
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.analysis.control import CancelCheck, Checkpoint, Progress
from crisis_sim.core.analysis.impact import downstream, node_impact, quiet, run_failures
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Criticality, Fallback, Node, NodeKind
from crisis_sim.core.sim import CompiledGraph, Simulation, compiled_for

# Most critical first; used in sort keys.
CRITICALITY_RANK = {
    Criticality.VITAL: 0,
    Criticality.HIGH: 1,
    Criticality.MEDIUM: 2,
    Criticality.LOW: 3,
}
NO_CRITICALITY = len(CRITICALITY_RANK)


@dataclass(frozen=True, slots=True)
class FunctionHit:
    """A business function or public service a failure reaches; times after the failure."""

    function: str
    criticality: Criticality
    serves: int
    hit_at: int  # first degraded, on paper or down
    down_at: int | None  # first down; None if it only degrades (or goes straight to paper)

    @property
    def lost(self) -> bool:
        return self.down_at is not None


@dataclass(frozen=True)
class NodeCriticality:
    node: str
    kind: NodeKind
    hits: tuple[FunctionHit, ...]  # soonest first

    @property
    def lost(self) -> tuple[FunctionHit, ...]:
        return tuple(hit for hit in self.hits if hit.lost)

    @property
    def is_spof(self) -> bool:
        return any(hit.lost for hit in self.hits)

    @property
    def people_lost(self) -> int:
        return sum(hit.serves for hit in self.hits if hit.lost)

    @property
    def people_hit(self) -> int:
        return sum(hit.serves for hit in self.hits)

    @property
    def first_loss(self) -> int | None:
        return min((hit.down_at for hit in self.hits if hit.down_at is not None), default=None)

    @property
    def first_hit(self) -> int | None:
        return min((hit.hit_at for hit in self.hits), default=None)

    @property
    def worst_lost(self) -> Criticality | None:
        """The most critical function it takes down."""
        lost = [hit.criticality for hit in self.hits if hit.lost]
        return min(lost, key=CRITICALITY_RANK.__getitem__) if lost else None

    def rank_key(self) -> tuple[int, int, int, int, int, str]:
        """Most critical function lost, then people lost, then how soon, then people hit."""
        worst = self.worst_lost
        first_loss = self.first_loss
        return (
            CRITICALITY_RANK[worst] if worst is not None else NO_CRITICALITY,
            -self.people_lost,
            first_loss if first_loss is not None else 1 << 62,
            -self.people_hit,
            -len(self.hits),
            self.node,
        )


def criticality_ranking(
    scenario: Scenario,
    *,
    compiled: CompiledGraph | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[NodeCriticality]:
    """Every node that hits at least one function, most critical first (see ``rank_key``).

    One cascade per node on the fast engine; ``progress(done, total)`` now and then, and
    AnalysisCancelledError as soon as ``cancelled()`` answers True.
    """
    compiled = compiled or compiled_for(scenario)
    cascades = _Cascades(scenario, compiled)
    checkpoint = Checkpoint("criticality ranking", len(compiled), progress, cancelled)
    checkpoint.start()
    ranking = []
    for done, node_id in enumerate(compiled.ids):
        checkpoint.before(done)
        hits = cascades.function_hits(node_id)
        if hits:
            ranking.append(NodeCriticality(node_id, compiled.kind[done], hits))
        checkpoint.after(done + 1)
    return sorted(ranking, key=NodeCriticality.rank_key)


def single_points_of_failure(ranking: list[NodeCriticality]) -> list[NodeCriticality]:
    return [entry for entry in ranking if entry.is_spof]


class _Cascades:
    """One what-if cascade per node, each on a fresh engine."""

    def __init__(self, scenario: Scenario, compiled: CompiledGraph) -> None:
        self.compiled = compiled
        self.calm = quiet(scenario)
        self.nodes: dict[str, Node] = scenario.node_by_id
        self.fallbacks: dict[int, list[Fallback]] = {}
        for fallback in scenario.fallbacks:
            function = compiled.index.get(fallback.function)
            if function is not None:
                self.fallbacks.setdefault(function, []).append(fallback)

    def function_hits(self, node_id: str) -> tuple[FunctionHit, ...]:
        """The functions other than ``node_id`` that its failure alone reaches."""
        compiled = self.compiled
        start = compiled.index[node_id]
        reached = [v for v in downstream(compiled, [start]) if compiled.is_function[v]]
        reached = [v for v in reached if v != start]
        if not reached:
            return ()  # nothing to read: skip the cascade (a third of a layered graph)
        simulation = run_failures(self._scenario_for(reached), compiled, [node_id])
        hits = [self._hit(simulation, function) for function in reached]
        return tuple(sorted((hit for hit in hits if hit), key=_soonest))

    def _scenario_for(self, functions: list[int]) -> Scenario:
        """The quiet scenario with only the fallbacks of ``functions``: the others never arm,
        and the engine's set-up reads every fallback (half its set-up time on 10k nodes)."""
        relevant = [f for v in functions for f in self.fallbacks.get(v, ())]
        if len(relevant) == len(self.calm.fallbacks):
            return self.calm
        return self.calm.model_copy(update={"fallbacks": tuple(relevant)})

    def _hit(self, simulation: Simulation, function: int) -> FunctionHit | None:
        impact = node_impact(simulation, self.compiled.ids[function])
        if impact is None:
            return None
        node = self.nodes[impact.node]
        return FunctionHit(
            impact.node, node.criticality, node.serves, impact.hit_at, impact.down_at
        )


def _soonest(hit: FunctionHit) -> tuple[int, str]:
    return (hit.hit_at, hit.function)

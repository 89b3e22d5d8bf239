"""The analyses of ``crisis-sim analyse`` in one call, for a caller that shows them together
(the console): the criticality ranking, then the restoration plan after the attack.

One ``progress(stage, done, total)`` covers both stages (``RANKING`` then ``PLANNING``) and one
``cancelled()`` stops either: AnalysisCancelledError, and nothing is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from crisis_sim.core.analysis.control import CancelCheck
from crisis_sim.core.analysis.criticality import NodeCriticality, criticality_ranking
from crisis_sim.core.analysis.damage import damage_in_run
from crisis_sim.core.analysis.report_analysis import Incident, incident_from_run
from crisis_sim.core.analysis.restoration import RestorationPlan, restoration_plan
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import Simulation, compiled_for

RANKING, PLANNING = "ranking", "planning"
DEFAULT_STAFF = 2  # as ``crisis-sim analyse``

StageProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ScenarioAnalysis:
    scenario: Scenario
    ranking: tuple[NodeCriticality, ...]  # most critical first
    incident: Incident
    plan: RestorationPlan

    @property
    def single_points_of_failure(self) -> tuple[NodeCriticality, ...]:
        return tuple(entry for entry in self.ranking if entry.is_spof)


def attack_incident(scenario: Scenario, at: int | None = None) -> Incident:
    """The attack played up to its last step (or ``at``): what the restoration starts from."""
    steps = scenario.attack.steps if scenario.attack else ()
    last_step = max((step.at for step in steps), default=0)
    simulation = Simulation(scenario)
    simulation.run(max(last_step, 0) if at is None else at)
    return incident_from_run(simulation, "attack", damage_in_run(simulation))


def analyse_scenario(
    scenario: Scenario,
    staff: int = DEFAULT_STAFF,
    *,
    progress: StageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> ScenarioAnalysis:
    """The ranking of every node, and the plan for ``staff`` people after the attack."""
    compiled = compiled_for(scenario)
    ranking = criticality_ranking(
        scenario, compiled=compiled, progress=_stage(progress, RANKING), cancelled=cancelled
    )
    incident = attack_incident(scenario)
    plan = restoration_plan(
        scenario,
        incident.damage,
        staff,
        start=incident.at,
        compiled=compiled,
        progress=_stage(progress, PLANNING),
        cancelled=cancelled,
    )
    return ScenarioAnalysis(scenario, tuple(ranking), incident, plan)


def _stage(progress: StageProgress | None, stage: str) -> Callable[[int, int], None] | None:
    return None if progress is None else partial(progress, stage)

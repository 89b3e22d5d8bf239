"""Cross-reference and consistency checks that run after each part validated on its own."""

from __future__ import annotations

from crisis_sim.core.problems import ProblemList
from crisis_sim.core.scenario.loader import PartialScenario


def run_checks(partial: PartialScenario, problems: ProblemList) -> None:
    """Placeholder until the checks modules land."""

"""A scenario's key figures, for ``crisis-sim info`` and the GUI's Open dialog."""

from __future__ import annotations

from typing import Any

from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.model import Scenario


def scenario_summary(scenario: Scenario) -> dict[str, Any]:
    attack_steps = len(scenario.attack.steps) if scenario.attack else 0
    return {
        "id": scenario.id,
        "title": {"fr": scenario.meta.title.get("fr"), "en": scenario.meta.title.get("en")},
        "organisation": scenario.organisation.name,
        "t0": scenario.meta.t0.isoformat(),
        "duration": format_duration(scenario.meta.duration),
        "nodes": len(scenario.nodes),
        "business_functions": len(scenario.functions),
        "dependencies": scenario.dependency_count,
        "zones": len(scenario.zones),
        "fallbacks": len(scenario.fallbacks),
        "attack_steps": attack_steps,
        "injects": len(scenario.injects),
        "decisions": len(scenario.decisions),
        "objectives": len(scenario.objectives),
        "roles": len(scenario.roles),
        "personas": len(scenario.personas),
        "channels": scenario.channels,
    }

"""A bundled scenario played through its play script, for tests that compare crisis logs."""

from __future__ import annotations

from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario


def played_log(scenario_id: str) -> list[dict]:
    """The crisis log, as JSON, of the bundled scenario played through its script."""
    scenario = load_scenario(resolve(scenario_id).path).scenario
    script = load_play_script(scenarios_dir() / f"{scenario_id}.play.yaml", scenario)
    session = Session(scenario)
    play(session, script)
    return [entry.to_json() for entry in session.log.entries]

"""``analyse_scenario``: the console's one call gives what ``crisis-sim analyse`` prints."""

from __future__ import annotations

import json

import pytest

from crisis_sim.cli.main import main
from crisis_sim.core.analysis import AnalysisCancelledError
from crisis_sim.core.analysis.overview import PLANNING, RANKING, analyse_scenario
from crisis_sim.core.analysis.report_analysis import analysis_report
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario


@pytest.fixture(scope="module")
def angers():
    return load_scenario(resolve("angers-2021").path).scenario


@pytest.mark.parametrize("staff", [1, 3])
def test_same_report_as_the_command_line(angers, capsys, staff):
    assert main(["analyse", "angers-2021", "--staff", str(staff), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    analysis = analyse_scenario(angers, staff)
    report = analysis_report(angers, list(analysis.ranking), analysis.incident, analysis.plan)
    assert report == printed
    assert len(analysis.single_points_of_failure) == printed["single_points_of_failure"]


def test_progress_covers_both_stages_to_the_end(angers):
    calls = []
    analysis = analyse_scenario(angers, progress=lambda *call: calls.append(call))
    ranking = [call for call in calls if call[0] == RANKING]
    planning = [call for call in calls if call[0] == PLANNING]
    assert ranking[0] == (RANKING, 0, len(angers.nodes))
    assert ranking[-1] == (RANKING, len(angers.nodes), len(angers.nodes))
    assert calls.index(ranking[-1]) < calls.index(planning[0])  # ranking first, then the plan
    assert planning[-1][1] == planning[-1][2] == len(analysis.plan.steps)


def test_cancelling_during_the_plan_stops_it(angers):
    asked = []

    def progress(stage, done, total):
        if stage == PLANNING and done >= 3:
            asked.append(True)

    with pytest.raises(AnalysisCancelledError) as raised:
        analyse_scenario(angers, progress=progress, cancelled=lambda: bool(asked))
    assert "restoration plan" in str(raised.value)
    assert raised.value.done == 3

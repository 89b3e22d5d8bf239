"""The bundled 72-hour Angers play, debriefed: real ids, the findings the script builds in,
and the same debrief every time."""

from __future__ import annotations

import pytest

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.core.debrief import Debrief, build_debrief
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.loader import load_scenario


@pytest.fixture(scope="module")
def angers() -> Debrief:
    path = scenarios_dir() / "angers-2021.yaml"
    scenario = load_scenario(path).scenario
    assert scenario is not None
    session = Session(scenario)
    play(session, load_play_script(path.with_name("angers-2021.play.yaml"), scenario))
    return build_debrief(session)


def test_every_id_is_real(angers):
    catalogue = load_catalogue()
    assert all(r.id in catalogue for r in angers.recommendations)
    assert all(a.recommendation in catalogue for a in angers.draft_plan().actions)


def test_the_scripted_play_gives_the_findings_it_builds_in(angers):
    found = {f.id for f in angers.findings}
    assert "reaction-missed:r-decider-verbalisation" in found  # marked missed by the observer
    assert "reaction-late:r-point-de-situation" in found  # written after a re-send
    assert "good-decision:refuser-rancon" in found
    assert "ransom-paid:payer-rancon" not in found
    assert "fallback-unprepared:fax-retour-en-service" in found


def test_every_text_is_in_both_languages(angers):
    for finding in angers.findings:
        assert finding.title.fr
        assert finding.title.en
        assert finding.summary.fr != finding.summary.en or not finding.summary.fr

"""The crisis log's Who column names the animation team's roles, never shows their ids."""

from __future__ import annotations

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.session import Session
from crisis_sim.gui.i18n import set_language
from crisis_sim.gui.log_model import WHO, CrisisLogModel


def _who_of_notes(gui_scenario) -> dict[str, str]:
    session = Session(gui_scenario)
    session.apply(c.Start(), 0)
    for role in ("observateur", "direx", "animation"):
        session.apply(c.AddNote(f"note by {role}", role), 1000)
    model = CrisisLogModel(session)
    rows = range(model.rowCount())
    return {
        model.entry(row).text.get("en"): model.index(row, WHO).data()
        for row in rows
        if model.entry(row).text.get("en").startswith("note by")
    }


def test_observer_and_exercise_director_are_named_in_english(english, gui_scenario):
    assert _who_of_notes(gui_scenario) == {
        "note by observateur": "Observer",
        "note by direx": "Exercise director",
        "note by animation": "Animation",
    }


def test_observer_and_exercise_director_are_named_in_french(english, gui_scenario):
    assert set_language("fr")
    assert _who_of_notes(gui_scenario) == {
        "note by observateur": "Observateur",
        "note by direx": "DIREX",
        "note by animation": "Animation",
    }

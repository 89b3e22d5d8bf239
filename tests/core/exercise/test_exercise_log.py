"""The main courante: notes with their author, edits keeping the history, and its lines."""

from __future__ import annotations

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.log import Audience, EntryKind
from crisis_sim.core.exercise.replay import players_view


def test_note_is_logged_with_game_time_real_time_and_author(driver):
    d = driver(speed=60).start()
    d.run_to("H+1")
    d.do(c.AddNote("Cellule de crise réunie en salle du conseil.", "maire"), 5000)
    entry = d.session.log.entries[-1]
    assert (entry.id, entry.kind, entry.t, entry.real_ms, entry.role) == (
        "note-1",
        EntryKind.NOTE,
        d.t("H+1"),
        65_000,
        "maire",
    )
    assert entry.text.fr == entry.text.en == "Cellule de crise réunie en salle du conseil."


def test_edit_keeps_the_text_it_replaced(driver):
    d = driver().start()
    d.do(c.AddNote("Réunion à 9h", "maire"))
    d.do(c.JumpTo(d.t("H+1")))
    d.do(c.EditNote("note-1", "Réunion à 9h30", "maire"), 1000)
    d.do(c.EditNote("note-1", "Réunion à 9h45"), 2000)
    note = d.session.log.note("note-1")
    assert note.text.fr == "Réunion à 9h45"
    assert [(e.previous, e.t, e.real_ms, e.role) for e in note.edits] == [
        ("Réunion à 9h", d.t("H+1"), 1000, "maire"),
        ("Réunion à 9h30", d.t("H+1"), 3000, None),
    ]
    assert note.t == 0  # the note stays where it was written
    assert note.render(d.session.scenario.meta.t0).endswith("Réunion à 9h45 (modifiée)")


def test_editing_an_unknown_note_or_blanking_one_is_refused(driver):
    d = driver().start()
    d.do(c.AddNote("Texte", "dsi"))
    with pytest.raises(ExerciseError, match=r"no note 'note-7' .*note-1"):
        d.do(c.EditNote("note-7", "x"))
    with pytest.raises(ExerciseError, match="needs some text"):
        d.do(c.EditNote("note-1", " "))
    with pytest.raises(ExerciseError, match="needs some text"):
        d.do(c.AddNote("", "dsi"))
    with pytest.raises(ExerciseError, match="no role 'stagiaire'"):
        d.do(c.AddNote("x", "stagiaire"))


def test_notes_are_kept_after_finex(driver):
    d = driver().start()
    d.do(c.Finex())
    d.do(c.AddNote("RETEX à chaud : les joueurs parlent d'abord.", "direx"))
    assert d.session.log.entries[-1].role == "direx"


def test_debex_and_finex_frame_the_log(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    d.do(c.Finex())
    entries = d.session.log.entries
    assert entries[0].text.fr == "DEBEX — début de l'exercice."
    assert entries[-1].text.en == "FINEX — the exercise ends."
    assert entries[-1].t == d.t("H+2")


def test_players_do_not_see_observations_or_chronogramme_changes(driver):
    d = driver().start()
    d.do(c.Skip("article"))
    d.do(c.JumpTo(d.t("H+2")))
    d.do(c.MarkReaction("repondre-presse", c.ReactionMark.MISSED, "", "observateur"))
    hidden = {e.kind for e in d.session.log.entries if e.audience is Audience.ANIMATION}
    assert hidden == {EntryKind.SKIP, EntryKind.OBSERVATION}
    assert all(e.audience is Audience.ALL for e in players_view(d.session))


def test_log_entries_come_in_game_time_order(driver):
    d = driver(speed=120).start()
    d.do(c.Advance(6 * 60 * 1000), 6 * 60 * 1000)  # 12 game hours in one advance
    times = [e.t for e in d.session.log.entries]
    assert times == sorted(times)
    assert len(times) > 6

"""Expected reactions: opened by their inject, closed by a matching decision, late past their
deadline (and still markable), marked by an observer with a comment."""

from __future__ import annotations

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.log import Audience, EntryKind
from crisis_sim.core.exercise.reactions import ReactionStatus


def _reaction(d, reaction_id):
    return d.session.reactions.get(reaction_id)


def test_delivery_opens_the_reactions_with_their_deadline(driver):
    d = driver().start()
    assert _reaction(d, "isoler-vite").status_at(0) is ReactionStatus.WAITING
    d.do(c.JumpTo(d.t("H+2")))
    reaction = _reaction(d, "isoler-vite")
    assert reaction.opened_at == d.t("H+2")
    assert reaction.deadline == d.t("H+3")
    assert reaction.status_at(d.session.now) is ReactionStatus.OPEN


def test_matching_decision_closes_the_reaction_on_time(driver):
    d = driver().start()
    d.run_to("H+2 M+20")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    reaction = _reaction(d, "isoler-vite")
    assert reaction.status_at(d.session.now) is ReactionStatus.OBSERVED
    assert (reaction.mark.decision, reaction.mark.late) == ("isoler", False)
    entry = next(e for e in d.session.log.entries if e.kind is EntryKind.OBSERVATION)
    assert entry.audience is Audience.ANIMATION
    assert entry.t == d.t("H+2 M+20")
    assert "observée, décision « Isoler le réseau »" in entry.text.fr


def test_open_reaction_past_its_deadline_is_late_and_still_closes(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+3 M+30")))
    assert _reaction(d, "isoler-vite").status_at(d.session.now) is ReactionStatus.LATE
    assert [r.id for r in d.session.reactions.open_at(d.session.now)] == [
        "isoler-vite",
        "repondre-presse",
    ]
    d.do(c.TakeDecision("dsi", decision="isoler"))
    reaction = _reaction(d, "isoler-vite")
    assert reaction.status_at(d.session.now) is ReactionStatus.OBSERVED
    assert reaction.mark.late
    entry = next(e for e in d.session.log.entries if e.kind is EntryKind.OBSERVATION)
    assert entry.text.fr.endswith("décision « Isoler le réseau » (en retard).")


def test_decision_taken_before_the_inject_closes_its_reaction_as_anticipated(driver):
    d = driver().start()
    d.run_to("H+1")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    d.do(c.JumpTo(d.t("H+2")))
    mark = _reaction(d, "isoler-vite").mark
    assert mark.decision == "isoler"
    assert mark.anticipated


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (c.ReactionMark.OBSERVED, "observée"),
        (c.ReactionMark.PARTIAL, "partiellement observée"),
        (c.ReactionMark.MISSED, "non observée"),
    ],
)
def test_observer_marks_a_reaction_with_a_comment(driver, status, words):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2 M+30")))
    d.do(
        c.MarkReaction(
            "repondre-presse", status, "Le maire rappelle le journaliste.", "observateur"
        )
    )
    reaction = _reaction(d, "repondre-presse")
    assert reaction.status_at(d.session.now).value == status.value
    entry = d.session.log.entries[-1]
    assert entry.role == "observateur"
    assert entry.text.fr == (
        f"Observation — réaction attendue « Répondre » : {words}"
        " — Le maire rappelle le journaliste."
    )


def test_late_reaction_can_still_be_marked_and_the_mark_says_late(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+5")))
    d.do(c.MarkReaction("repondre-presse", c.ReactionMark.PARTIAL, "", "animation"))
    assert _reaction(d, "repondre-presse").mark.late


def test_a_new_mark_replaces_the_verdict_and_keeps_the_earlier_one(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    d.do(c.MarkReaction("repondre-presse", c.ReactionMark.MISSED, "", "animation"))
    d.do(c.MarkReaction("repondre-presse", c.ReactionMark.OBSERVED, "finalement", "animation"))
    marks = _reaction(d, "repondre-presse").marks
    assert [m.status for m in marks] == [c.ReactionMark.MISSED, c.ReactionMark.OBSERVED]


def test_reaction_of_an_undelivered_inject_cannot_be_marked(driver):
    d = driver().start()
    with pytest.raises(ExerciseError, match="not expected yet: its inject “Alert”"):
        d.do(c.MarkReaction("isoler-vite", c.ReactionMark.OBSERVED, "", "animation"))


def test_marks_are_accepted_after_finex_for_the_hot_debrief(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    d.do(c.Finex())
    d.do(c.MarkReaction("repondre-presse", c.ReactionMark.MISSED, "jamais rappelé", "observateur"))
    assert _reaction(d, "repondre-presse").mark.status is c.ReactionMark.MISSED

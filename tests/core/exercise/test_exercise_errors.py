"""Every refusal the issue lists: a clear message, and the session exactly as it was."""

from __future__ import annotations

import pytest
from conftest import fingerprint

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError


def _played(d):
    d.start()
    d.do(c.JumpTo(d.t("H+2 M+30")))
    d.do(c.AddNote("Point de situation.", "maire"))
    return d


REFUSED = [
    ("decision-preconditions", c.TakeDecision("dsi", decision="restaurer"), "needs the decision"),
    ("delivered-twice", c.Deliver("alerte"), "already delivered"),
    ("jump-before-debex", c.JumpTo(-1), "before DEBEX"),
    ("jump-before-now", c.JumpTo(60), "before the current game time"),
    ("retime-before-now", c.Retime("article", 60), "before the current game time"),
    ("unknown-inject", c.Deliver("inconnu"), "no inject 'inconnu'"),
    ("unknown-inject-skip", c.Skip("inconnu"), "no inject 'inconnu'"),
    ("unknown-decision", c.TakeDecision("dsi", decision="inconnue"), "no decision 'inconnue'"),
    ("unknown-reaction", c.MarkReaction("inconnue", c.ReactionMark.MISSED), "no expected"),
    ("unknown-role", c.AddNote("x", "inconnu"), "no role 'inconnu'"),
    ("unknown-note", c.EditNote("note-9", "x"), "no note 'note-9'"),
    ("unknown-channel", c.Resend("alerte", "pigeon"), "no channel 'pigeon'"),
    ("skip-delivered", c.Skip("alerte"), "cannot be skipped: it is delivered"),
    ("retime-delivered", c.Retime("alerte", 99_999), "already delivered"),
    ("resume-running", c.Resume(), "cannot resume"),
    ("negative-advance", c.Advance(-5), "backwards"),
    ("speed-too-high", c.SetSpeed(500), "between x1 and x120"),
]


@pytest.mark.parametrize(
    ("command", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_refused_command_leaves_the_session_unchanged(driver, command, message):
    d = _played(driver())
    before = fingerprint(d.session)
    with pytest.raises(ExerciseError, match=message):
        d.session.apply(command, d.real + 10)
    assert fingerprint(d.session) == before


@pytest.mark.parametrize(
    "command",
    [c.TakeDecision("dsi", decision="isoler"), c.Deliver("relance"), c.JumpTo(10), c.Finex()],
)
def test_nothing_but_preparation_is_accepted_before_debex(driver, command):
    d = driver()
    before = fingerprint(d.session)
    with pytest.raises(ExerciseError, match="has not started"):
        d.do(command)
    assert fingerprint(d.session) == before


def test_the_chronogramme_can_be_adjusted_before_debex(driver):
    d = driver()
    d.do(c.Skip("article"))
    d.do(c.Retime("alerte", d.t("H+1")))
    d.start()
    d.do(c.JumpTo(d.t("H+6")))
    assert "article" not in d.delivered()
    assert d.session.chronogramme.get("alerte").delivered_at == d.t("H+1")


def test_a_refused_command_is_not_journaled(driver):
    appended = []

    class Recorder:
        def append(self, command, real_ms, tag):
            appended.append(command)

        def close(self):
            pass

    d = driver()
    d.session.journal = Recorder()
    d.start()
    with pytest.raises(ExerciseError):
        d.do(c.Deliver("inconnu"))
    assert appended == [c.Start()]

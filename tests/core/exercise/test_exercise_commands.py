"""Commands as journal data: every command survives the round trip, and anything else is a
clear JournalError rather than a crash."""

from __future__ import annotations

import json

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import JournalError

EVERY_COMMAND = [
    c.Start(),
    c.Pause(),
    c.Resume(),
    c.SetSpeed(60),
    c.Advance(1500),
    c.JumpToNextInject(),
    c.JumpTo(7200),
    c.Deliver("relance"),
    c.Deliver("relance", "phone"),
    c.Resend("alerte", "sms"),
    c.Skip("article"),
    c.Retime("alerte", 3600),
    c.TakeDecision("dsi", decision="isoler"),
    c.TakeDecision("maire", text="Prévenir l'assureur"),
    c.MarkReaction("repondre-presse", c.ReactionMark.PARTIAL, "tard", "observateur"),
    c.AddNote("Cellule réunie.", "maire"),
    c.EditNote("note-1", "Cellule réunie à 9 h.", "maire"),
    c.Finex(),
]


def test_every_kind_of_command_is_covered():
    assert {type(command) for command in EVERY_COMMAND} == set(c.COMMAND_TYPES.values())


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda command: command.KIND)
def test_command_round_trips_through_json(command):
    data = json.loads(json.dumps(c.command_to_json(command)))
    assert c.command_from_json(data) == command


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "explode"}, "unknown command 'explode'"),
        ("start", "unknown command 'start'"),
        ({"type": "jump-to", "t": "9h"}, "field 't' has a wrong value '9h'"),
        ({"type": "jump-to", "t": True}, "field 't' has a wrong value True"),
        ({"type": "jump-to"}, "command 'jump-to' is incomplete"),
        ({"type": "skip", "inject": "x", "why": "y"}, "unknown fields: why"),
        ({"type": "mark", "reaction": "r", "status": "maybe"}, "unknown reaction mark"),
    ],
)
def test_anything_else_is_a_journal_error(data, message):
    with pytest.raises(JournalError, match=message):
        c.command_from_json(data)


def test_apply_says_what_changed_for_a_view_to_update(driver):
    d = driver()
    first = d.session.apply(c.Start(), 0)
    assert first.recorded
    assert [entry.kind.value for entry in first.entries] == ["debex"]
    d.session.apply(c.AddNote("x", "maire"), 0)
    edit = d.session.apply(c.EditNote("note-1", "y"), 0)
    assert (edit.entries, edit.rewritten) == ((), ("note-1",))

"""The chronogramme's expected reactions column, for injects that will not be played."""

from __future__ import annotations

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.session import Session
from crisis_sim.gui.injects_model import EXPECTED, STATUS, InjectsModel

pytestmark = pytest.mark.usefixtures("english")


def test_a_skipped_inject_expects_nothing_and_expects_again_once_retimed(gui_scenario):
    session = Session(gui_scenario)
    session.apply(c.Start(), 0)
    model = InjectsModel(session)
    inject = model.inject_id(0)
    assert model.index(0, EXPECTED).data() == "waiting"
    session.apply(c.Skip(inject), 1000)
    model.refresh()
    assert model.index(0, STATUS).data() == "Skipped"
    assert model.index(0, EXPECTED).data() == "—"
    session.apply(c.Retime(inject, 6 * 3600), 2000)
    model.refresh()
    assert model.index(0, EXPECTED).data() == "waiting"

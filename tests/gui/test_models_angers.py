"""Every item model of the console passes Qt's model tester, filled from the Angers session
in the middle of the exercise (injects delivered, decisions taken, notes, reactions)."""

from __future__ import annotations

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


@pytest.fixture(scope="module")
def angers():
    return load_scenario(resolve("angers-2021").path).scenario


@pytest.fixture
def console(qtbot, angers, monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)  # closing mid-exercise asks
    built = build_console(angers)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    driver = built.driver
    driver.play()
    for _ in range(4):
        driver.apply(c.JumpToNextInject())
    driver.apply(c.TakeDecision("dircom", decision="reprendre-compte-twitter"))
    driver.apply(c.TakeDecision("rssi", decision="couper-acces-internet"))
    driver.apply(c.AddNote("Cellule de crise ouverte", "dgs"))
    driver.advance_to(10 * 3600)  # J+1 09:00
    driver.pause()
    yield built
    driver.shutdown()


def _models(console):
    return {
        "services": console.services,
        "services board (sorted)": console.board.table.model(),
        "injects": console.injects.model,
        "decisions": console.decisions.model,
        "log": console.log.model,
        "reactions": console.reactions.model,
        "players' services": console.players.services,
        "players' messages": console.players.injects,
    }


def test_the_session_is_mid_exercise(console):
    models = _models(console)
    assert console.players.injects.rowCount() >= 4
    assert models["log"].rowCount() >= 4
    assert models["reactions"].rowCount() >= 1
    assert models["services"].rowCount() == len(console.window.scenario.functions)


@pytest.mark.parametrize(
    "name",
    [
        "services",
        "services board (sorted)",
        "injects",
        "decisions",
        "log",
        "reactions",
        "players' services",
        "players' messages",
    ],
)
def test_model_passes_qtmodeltester(console, qtmodeltester, name):
    qtmodeltester.check(_models(console)[name])


def test_models_stay_valid_while_the_exercise_goes_on(console, qtmodeltester):
    for model in _models(console).values():
        qtmodeltester.check(model)
    console.driver.advance_to(34 * 3600)
    for model in _models(console).values():
        qtmodeltester.check(model)

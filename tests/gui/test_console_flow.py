"""One exercise through the real console on the bundled Angers scenario, as a facilitator
plays it: open, DEBEX, next inject, a decision from the dock, the graph and the board
follow, pause with Space, close, resume from the journal after a crash, switch language."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from crisis_sim.core.exercise.store import open_session, sessions_dir
from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui import app, dialogs
from crisis_sim.gui.decisions_model import ID_ROLE
from crisis_sim.gui.i18n import set_language
from crisis_sim.gui.injects_model import STATUS, TITLE, WHEN
from crisis_sim.gui.services_model import STATE

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp", "data_in_tmp")

LEFT = Qt.MouseButton.LeftButton
DECISION = "reprendre-compte-twitter"  # taken at J+0 23:50 in the scripted Angers run
NODE = "compte-twitter-maire"
SERVICE = "information-habitants"


def _open(qtbot):
    console = app.open_console()  # no argument: the bundled Angers scenario
    assert console is not None
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.window.resize(1400, 900)
    console.window.show()
    console.window.activateWindow()
    qtbot.waitExposed(console.window)
    return console


def _take_from_dock(console, qtbot, decision_id: str, role_id: str) -> None:
    panel = console.decisions
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ID_ROLE) == decision_id)
    index = model.index(row)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled  # its preconditions hold
    panel.role.setCurrentIndex(panel.role.findData(role_id))
    panel.list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.mouseClick(panel.take, LEFT)


def test_an_angers_exercise_through_the_console(qtbot, monkeypatch, data_in_tmp):
    set_language("fr")
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, q: questions.append(q) or True)
    console = _open(qtbot)
    window, driver = console.window, console.driver
    assert window.scenario.id == "angers-2021"
    assert window.actions_by_name["play"].text() == "Démarrer (DEBEX)"
    assert window.clock.text() == "J+0 23:00"

    # DEBEX, then the clock jumps to the first inject, which is delivered.
    window.actions_by_name["play"].trigger()
    assert driver.running
    assert driver.ticking
    window.actions_by_name["next-inject"].trigger()
    injects = console.injects.model
    assert window.clock.text() == "J+0 23:35"
    assert injects.index(0, WHEN).data() == "J+0 23:35"
    assert injects.index(0, STATUS).data() == "Envoyé"
    first_title = injects.index(0, TITLE).data()
    assert console.players.injects.rowCount() == 1
    assert first_title in console.players.injects.index(0).data()
    assert injects.index(1, STATUS).data() == "Prévu"

    # A decision from the dock: the account is taken back, residents' information degrades.
    qtbot.waitUntil(lambda: console.pacer.settled)  # the views follow, one per turn
    item = console.scene.items_by_id[NODE]
    assert item.status is NodeStatus.COMPROMISED
    board = console.board.table.model()
    row = console.services.row_of(SERVICE)
    assert board.index(row, STATE).data() == "En service"
    log_rows = console.log.model.rowCount()
    _take_from_dock(console, qtbot, DECISION, "dircom")
    assert driver.session.decisions.taken(DECISION)
    qtbot.waitUntil(lambda: console.pacer.settled)  # the views follow, one per turn
    assert item.status is NodeStatus.RESTORING
    assert board.index(row, STATE).data() == "Dégradé"
    assert console.services.service(row).status is NodeStatus.DEGRADED
    assert console.log.model.rowCount() > log_rows
    assert (
        "(prise)"
        in console.decisions.model.index(
            next(
                r
                for r in range(console.decisions.model.rowCount())
                if console.decisions.model.index(r).data(ID_ROLE) == DECISION
            )
        ).data()
    )

    # The clock runs, then Space pauses it: the timer stops and game time stands still.
    qtbot.waitUntil(lambda: driver.source.now > 2100, timeout=5000)
    window.graph.setFocus()
    qtbot.keyClick(window.graph, Qt.Key.Key_Space)
    assert not driver.running
    assert not driver.ticking
    assert window.actions_by_name["play"].text() == "Reprendre"
    stopped_at, clock_text = driver.source.now, window.clock.text()
    qtbot.wait(700)
    assert driver.source.now == stopped_at
    assert window.clock.text() == clock_text
    delivered = [(d.inject_id, d.at) for d in driver.delivered()]
    log_texts = [console.log.model.entry(r).text.fr for r in range(console.log.model.rowCount())]

    # What is on disk at this moment is what a crash would leave: everything.
    [journal] = sessions_dir(data_in_tmp).glob("angers-2021-*.session.jsonl")
    crash_copy = journal.with_name("crash-copy.jsonl.bak")
    shutil.copy(journal, crash_copy)
    assert open_session(crash_copy).session.now == stopped_at

    # Closing mid-exercise asks first.
    window.close()
    assert any("Fermer la console" in q or "en cours" in q for q in questions)
    assert not window.isVisible()

    # Reopened: the interrupted exercise is offered and comes back where it was, paused.
    questions.clear()
    again = _open(qtbot)
    assert any("FINEX" in q for q in questions)
    assert again.driver.session.now == stopped_at
    assert again.window.clock.text() == clock_text
    assert not again.driver.running
    assert not again.driver.ticking
    assert [(d.inject_id, d.at) for d in again.driver.delivered()] == delivered
    again_log = again.log.model
    assert [again_log.entry(r).text.fr for r in range(again_log.rowCount())] == log_texts
    assert again.injects.model.index(0, STATUS).data() == "Envoyé"
    assert again.players.injects.rowCount() == len(delivered)
    assert again.scene.items_by_id[NODE].status is NodeStatus.RESTORING
    assert again.window.actions_by_name["play"].text() == "Reprendre"
    assert again.board.table.model().index(row, STATE).data() == "Dégradé"  # not DEBEX's
    assert again.chart.shown_time == stopped_at
    assert again.players.clock.text() == clock_text

    # French to English through the Language menu: visible labels follow.
    dock = again.window.docks["log"]
    assert dock.windowTitle() == "Main courante"
    assert again.decisions.take.text() == "Prendre la décision choisie"
    again.window.actions_by_name["language-en"].trigger()
    qtbot.waitUntil(lambda: dock.windowTitle() == "Crisis log", timeout=2000)  # a posted event
    assert again.decisions.take.text() == "Take the selected decision"
    assert again.window.actions_by_name["play"].text() == "Resume"
    assert again.injects.model.index(0, STATUS).data() == "Delivered"
    assert again.board.table.model().index(row, STATE).data() == "Degraded"
    again.driver.shutdown()

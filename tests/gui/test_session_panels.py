"""The animation team's panels: chronogramme, decisions and crisis log, through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scenario_gui import ENCRYPTED_AT

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui import dialogs
from crisis_sim.gui.injects_model import EXPECTED, STATUS, TITLE, WHEN

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


@pytest.fixture
def console(shown_console, gui_scenario):
    built = shown_console(gui_scenario, size=(1400, 900))
    yield built
    built.driver.shutdown()


def _select(view, row: int) -> None:
    view.selectionModel().select(
        view.model().index(row, 0),
        view.selectionModel().SelectionFlag.ClearAndSelect
        | view.selectionModel().SelectionFlag.Rows,
    )


def test_models_pass_qtmodeltester(console, qtmodeltester):
    console.driver.advance_to(9 * 3600)
    for model in (
        console.injects.model,
        console.decisions.model,
        console.log.model,
        console.reactions.model,
    ):
        qtmodeltester.check(model)


def test_chronogramme_lists_injects_with_time_status_and_expected_reactions(console):
    model = console.injects.model
    assert model.index(0, TITLE).data() == "Call from the press"
    assert model.index(0, WHEN).data() == "J+1 08:00"
    assert model.index(0, STATUS).data() == "Planned"
    assert model.index(0, EXPECTED).data() == "waiting"
    assert "Answer calmly" in model.index(0, EXPECTED).data(3)  # the tooltip: for animators


def test_deliver_now_from_the_chronogramme(console, qtbot):
    console.driver.play()
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.deliver, LEFT)
    model = console.injects.model
    assert model.index(0, STATUS).data() == "Delivered"
    assert model.index(0, EXPECTED).data() == "open until J+1 00:00"  # delivered J+0 23:00
    assert console.players.injects.rowCount() == 1
    assert (
        "Call from the press" in console.log.model.entry(console.log.model.rowCount() - 1).text.en
    )


def test_skip_an_inject(console, qtbot):
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.skip, LEFT)
    assert console.injects.model.index(0, STATUS).data() == "Skipped"


def test_next_inject_shortcut_jumps_and_delivers(console):
    console.driver.play()
    console.window.actions_by_name["next-inject"].trigger()
    assert console.driver.session.now == 9 * 3600
    assert console.injects.model.index(0, STATUS).data() == "Delivered"
    assert console.window.actions_by_name["next-inject"].shortcut().toString() == "Ctrl+J"


def test_taking_a_decision_changes_the_graph_and_the_log(console, qtbot):
    console.driver.advance_to(3600)
    panel = console.decisions
    _select(panel.list, 1)
    panel.role.setCurrentIndex(panel.role.findData("dsi"))
    qtbot.mouseClick(panel.take, LEFT)
    qtbot.waitUntil(lambda: console.pacer.settled)  # the views follow, one per turn
    assert console.scene.items_by_id["srv"].status is NodeStatus.ISOLATED
    assert console.scene.items_by_id["app-ec"].status is NodeStatus.DOWN
    assert panel.model.index(1).data() == "Isolate the business server (taken)"
    log = console.log.model
    rows = [(log.index(i, 2).data(), log.entry(i).kind.value) for i in range(log.rowCount())]
    assert ("IT lead", "decision") in rows
    assert ("Simulation", "service") in rows  # the server's isolation, logged by the session


def test_a_free_text_decision_is_recorded(console, qtbot):
    console.driver.play()
    console.decisions.free_text.setText("Call the mayor")
    qtbot.keyClick(console.decisions.free_text, "\r")
    assert console.decisions.free_text.text() == ""
    texts = [console.log.model.entry(i).text.en for i in range(console.log.model.rowCount())]
    assert any("Call the mayor" in text for text in texts)


def test_a_decision_before_debex_is_refused_in_the_status_bar(console, qtbot):
    _select(console.decisions.list, 0)
    qtbot.mouseClick(console.decisions.take, LEFT)
    assert "DEBEX" in console.window.statusBar().currentMessage()


def test_notes_go_to_the_log_and_ctrl_n_opens_the_note_field(console, qtbot):
    console.window.actions_by_name["note"].trigger()
    assert console.log.note.hasFocus() or console.window.focusWidget() is console.log.note
    console.log.note.setText("The mayor arrives")
    qtbot.mouseClick(console.log.add, LEFT)
    model = console.log.model
    assert model.index(model.rowCount() - 1, 3).data() == "The mayor arrives"
    assert model.index(model.rowCount() - 1, 2).data() == "Animation"


def test_service_changes_appear_in_the_log(console):
    console.driver.advance_to(ENCRYPTED_AT)
    model = console.log.model
    assert model.rowCount() > 1
    assert any(model.entry(i).kind.value == "service" for i in range(model.rowCount()))


def test_retime_an_inject(console, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "J+1 10:30")
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.retime, LEFT)
    assert console.injects.model.index(0, WHEN).data() == "J+1 10:30"


def test_a_time_that_cannot_be_read_is_reported(console, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "tomorrow")
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.retime, LEFT)
    assert "tomorrow" in console.window.statusBar().currentMessage()
    assert console.injects.model.index(0, WHEN).data() == "J+1 08:00"


def test_resend_through_another_channel_reaches_the_players(console, qtbot):
    console.driver.advance_to(9 * 3600)
    _select(console.injects.table, 0)
    panel = console.injects
    panel.channel.setCurrentIndex(panel.channel.findData("sms"))
    qtbot.mouseClick(panel.resend, LEFT)
    texts = [console.players.injects.index(i).data() for i in range(2)]
    assert any("Text message" in text for text in texts)
    assert console.injects.model.index(0, 2).data() == "Text message"


def test_expected_reactions_appear_when_their_inject_is_delivered_and_can_be_marked(console, qtbot):
    panel = console.reactions
    assert panel.model.rowCount() == 0  # nothing expected before the press calls
    console.driver.advance_to(9 * 3600)
    assert panel.model.index(0, 0).data() == "Answer calmly"
    assert panel.model.index(0, 3).data() == "open"
    _select(panel.table, 0)
    panel.comment.setText("The mayor took the call")
    qtbot.mouseClick(panel.buttons[c.ReactionMark.PARTIAL], LEFT)
    assert panel.model.index(0, 3).data() == "partial"
    assert console.injects.model.index(0, EXPECTED).data() == "partial"
    assert console.players.visible_texts().count("Answer calmly") == 0


def test_an_open_reaction_past_its_deadline_shows_late(console):
    console.driver.advance_to(9 * 3600)
    console.driver.advance_to(11 * 3600)
    assert console.reactions.model.index(0, 3).data() == "late"


def test_a_session_opened_mid_exercise_shows_the_newest_log_entry(
    qtbot, gui_scenario, shown_console
):
    """Resumed at J+1 06:00, the log opens on its last lines, not at DEBEX."""
    from crisis_sim.core.exercise.session import Session

    session = Session(gui_scenario)
    session.apply(c.Start(), 0)
    for hour in range(1, 8):
        session.apply(c.AddNote(f"Point of situation {hour}", "maire"), hour * 1000)
        session.apply(c.JumpTo(hour * 3600), hour * 1000 + 1)
    built = shown_console(gui_scenario, session, size=(1400, 900))
    bar = built.log.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    built.driver.shutdown()

"""The console window: docks, remembered layout, the temporary clock, closing mid-exercise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Closing a window mid-exercise asks; a modal box would hang a test, so answer yes."""
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)


@pytest.fixture
def console(qtbot, gui_scenario):
    built = build_console(gui_scenario)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    built.window.resize(1280, 800)
    built.window.show()
    yield built
    built.driver.pause()


def test_advancing_the_clock_updates_every_view(console, qtbot):
    console.driver.advance_to(PAPER_AT)
    assert console.window.clock.text() == "J+1 04:00"
    # The views follow at the next turns of the event loop, one per turn.
    assert not console.pacer.settled
    qtbot.waitUntil(lambda: console.pacer.settled)
    assert console.scene.items_by_id["san-principal"].status is NodeStatus.ENCRYPTED
    row = console.services.row_of("etat-civil")
    assert console.services.service(row).status is NodeStatus.PAPER
    assert console.chart.shown_time == PAPER_AT
    assert console.players.clock.text() == "J+1 04:00"


def test_paused_means_the_timer_is_stopped(console, qtbot):
    driver = console.driver
    assert not driver.running
    with qtbot.waitSignal(driver.running_changed):
        console.window.actions_by_name["play"].trigger()
    assert driver.running
    qtbot.waitUntil(lambda: driver.source.now > 0, timeout=3000)
    console.window.actions_by_name["play"].trigger()
    assert not driver.running
    stopped_at = driver.source.now
    qtbot.wait(600)
    assert driver.source.now == stopped_at


def test_space_starts_pauses_and_resumes(console, qtbot):
    play = console.window.actions_by_name["play"]
    assert play.shortcut().toString() == "Space"
    assert play.text() == "Start (DEBEX)"
    play.trigger()
    assert play.text() == "Pause"
    play.trigger()
    assert play.text() == "Resume"
    assert console.driver.session.state.value == "paused"


def test_finex_stops_the_clock_for_good(console):
    console.driver.play()
    console.window.actions_by_name["finex"].trigger()  # the question is answered yes
    assert console.driver.finished
    assert not console.driver.running
    assert not console.window.actions_by_name["play"].isEnabled()
    assert console.window.actions_by_name["play"].text() == "Finished"


def test_a_refused_command_is_shown_and_changes_nothing(console):
    from crisis_sim.core.exercise import commands as c

    console.driver.play()
    before = len(console.driver.session.log)
    assert not console.driver.apply(c.Deliver("no-such-inject"))
    assert "no-such-inject" in console.window.statusBar().currentMessage()
    assert len(console.driver.session.log) == before


def test_delivered_injects_reach_the_players_screen(console):
    console.driver.advance_to(9 * 3600)  # the press calls at J+1 08:00
    assert console.players.injects.rowCount() == 1
    assert "Call from the press" in console.players.injects.index(0).data()


def test_speed_choice_reaches_the_driver(console):
    combo = console.window.speed
    combo.setCurrentIndex(combo.findData(120))
    assert console.driver.speed == 120


def test_layout_is_remembered(qtbot, gui_scenario):
    first = build_console(gui_scenario)
    qtbot.addWidget(first.window)
    first.window.show()
    first.window.docks["chart"].hide()
    first.window.close()
    second = build_console(gui_scenario)
    qtbot.addWidget(second.window)
    second.window.show()
    assert second.window.docks["chart"].isHidden()
    assert not second.window.docks["services"].isHidden()


def test_closing_mid_exercise_asks_first(console, monkeypatch):
    questions = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, q: questions.append(q) or False)
    console.driver.advance_to(ENCRYPTED_AT)
    assert not console.window.close()
    assert questions == ["The exercise is under way. Close the console anyway?"]
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, q: True)
    assert console.window.close()


def test_closing_before_the_start_does_not_ask(console, monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *args: pytest.fail("asked"))
    assert console.window.close()


def test_players_screen_opens_from_the_console(console):
    action = console.window.actions_by_name["players"]
    action.trigger()
    assert console.players.isVisible()
    action.trigger()
    assert not console.players.isVisible()


def test_language_menu_switches_the_console(console, qtbot):
    console.window.actions_by_name["language-fr"].trigger()
    qtbot.waitUntil(lambda: console.window.docks["services"].windowTitle() == "Services publics")
    assert console.window.actions_by_name["play"].text() == "Démarrer (DEBEX)"
    assert console.window.actions_by_name["language-fr"].isChecked()
    console.window.actions_by_name["language-en"].trigger()
    qtbot.waitUntil(lambda: console.window.docks["services"].windowTitle() == "Public services")


def test_docks_can_be_moved(console):
    window = console.window
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks["chart"])
    assert window.dockWidgetArea(window.docks["chart"]) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_layout_stays_put_while_the_clock_plays(console, qapp):
    """Relayouts (four a second while playing) must not creep the dock separators."""
    widths = set()
    for _ in range(5):
        console.window.layout().invalidate()
        qapp.processEvents()
        widths.add((console.graph.width(), console.window.docks["log"].width()))
    assert len(widths) == 1

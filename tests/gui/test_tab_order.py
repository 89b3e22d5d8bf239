"""Tab goes through each panel of the console in a sensible order, so everything is within
reach without a mouse (real key presses, through real widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisis_sim.core.exercise.clock import ClockState

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


@pytest.fixture
def console(shown_console, gui_scenario):
    built = shown_console(gui_scenario, size=(1400, 900), focus=True)
    yield built
    built.driver.shutdown()


def _injects(console):
    p = console.injects
    return [p.table, p.deliver, p.skip, p.retime, p.resend, p.channel]


def _decisions(console):
    p = console.decisions
    return [p.role, p.list, p.take, p.free_text, p.record]


def _log(console):
    p = console.log
    return [p.table, p.note, p.role, p.add]


def _reactions(console):
    p = console.reactions
    return [p.table, p.comment, *p.buttons.values()]


PANELS = {"injects": _injects, "decisions": _decisions, "log": _log, "reactions": _reactions}


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


@pytest.mark.parametrize("dock", list(PANELS))
def test_tab_goes_through_the_panel_in_order(console, qtbot, dock):
    console.window.focus_dock(dock)  # shown and raised: a tabbed-away dock takes no focus
    expected = PANELS[dock](console)
    _focus(qtbot, expected[0])
    reached = [expected[0]]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = {id(w): w.metaObject().className() + ":" + str(i) for i, w in enumerate(expected)}
    assert [names.get(id(w), repr(w)) for w in reached] == list(names.values())


@pytest.mark.parametrize("dock", list(PANELS))
def test_shift_tab_goes_back_through_the_panel(console, qtbot, dock):
    console.window.focus_dock(dock)
    expected = PANELS[dock](console)
    _focus(qtbot, expected[-1])
    for previous in reversed(expected[:-1]):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
        )
        assert QApplication.focusWidget() is previous


def test_tab_leaves_the_public_services_board(console, qtbot):
    table = console.window.focus_dock("services")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # not trapped moving from cell to cell
    assert QApplication.focusWidget() is not table
    assert QApplication.focusWidget() is not None


def test_tab_goes_through_the_graph_panel_buttons_then_the_graph(console, qtbot):
    """Zoom in, zoom out, whole graph, then the graph itself (arrows and +/- there)."""
    panel = console.graph
    expected = [panel.buttons["in"], panel.buttons["out"], panel.buttons["fit"], panel.view]
    _focus(qtbot, expected[0])
    for following in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    for previous in reversed(expected[:-1]):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
        )
        assert QApplication.focusWidget() is previous
    # Space presses the focused button (it is also the clock's shortcut)…
    qtbot.keyClick(panel.buttons["in"], Qt.Key.Key_Space)
    assert not panel.view.auto_fit
    assert console.driver.state is ClockState.READY
    # …and starts the clock from anywhere else.
    _focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert console.driver.running


def test_space_presses_a_focused_button_in_a_dock(console, qtbot):
    console.driver.play()
    console.window.focus_dock("decisions")
    panel = console.decisions
    panel.free_text.setText("Appeler le préfet")
    _focus(qtbot, panel.record)
    qtbot.keyClick(panel.record, Qt.Key.Key_Space)
    texts = [console.log.model.entry(i).text.en for i in range(console.log.model.rowCount())]
    assert any("Appeler le préfet" in text for text in texts)
    assert console.driver.running  # the clock was not paused by that Space

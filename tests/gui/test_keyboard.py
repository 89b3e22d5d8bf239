"""Everything within reach of the keyboard: text size, "go to" shortcuts, the shortcuts list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crisis_sim.gui.console import build_console
from crisis_sim.gui.keyboard import CONSOLE_KEY, PLAYERS_KEY, ShortcutsDialog
from crisis_sim.gui.main_window import console_settings

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def console(shown_console, gui_scenario):
    built = shown_console(gui_scenario, focus=True)
    yield built
    built.driver.shutdown()


def _key(qtbot, console, key, modifiers=CTRL) -> None:
    console.window.graph.view.setFocus()
    qtbot.keyClick(console.window.graph.view, key, modifiers)


def test_ctrl_plus_minus_and_zero_change_the_console_text(console, qtbot):
    window = console.window
    base = window.font().pointSize()
    table = console.log.table
    _key(qtbot, console, Qt.Key.Key_Plus)
    _key(qtbot, console, Qt.Key.Key_Plus)
    assert window.font().pointSize() == base + 2
    assert table.font().pointSize() == base + 2  # the docks follow
    assert console.players.clock.font().pointSize() == 54  # the projector is separate
    _key(qtbot, console, Qt.Key.Key_Minus)
    assert window.font().pointSize() == base + 1
    assert int(console_settings().value(CONSOLE_KEY)) == 1
    _key(qtbot, console, Qt.Key.Key_0)
    assert window.font().pointSize() == base


def test_the_players_screen_has_its_own_size(console, qtbot):
    console_points = console.window.font().pointSize()
    console.window.actions_by_name["players-larger"].trigger()
    assert console.players.clock.font().pointSize() == 56
    assert console.players.services_title.font().pointSize() == 26
    assert console.window.font().pointSize() == console_points
    assert int(console_settings().value(PLAYERS_KEY)) == 2
    console.window.actions_by_name["players-reset"].trigger()
    assert console.players.clock.font().pointSize() == 54


def test_text_sizes_are_remembered(console, qtbot, gui_scenario):
    base = console.window.font().pointSize()
    console.window.set_text_offset(3)
    console.window.set_players_text_offset(4)
    again = build_console(gui_scenario)
    qtbot.addWidget(again.window)
    qtbot.addWidget(again.players)
    assert again.window.font().pointSize() == base + 3
    assert again.players.clock.font().pointSize() == 58
    again.driver.shutdown()


@pytest.mark.parametrize(
    ("key", "dock", "widget"),
    [
        (Qt.Key.Key_1, "injects", "table"),
        (Qt.Key.Key_2, "decisions", "list"),
        (Qt.Key.Key_3, "log", "table"),
        (Qt.Key.Key_4, "services", "table"),
        (Qt.Key.Key_5, "reactions", "table"),
    ],
)
def test_go_to_shortcuts_move_the_keyboard(console, qtbot, key, dock, widget):
    _key(qtbot, console, key)
    target = getattr(console.window.docks[dock].widget(), widget)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)
    assert console.window.docks[dock].isVisible()


def test_graph_and_note_shortcuts(console, qtbot):
    console.window.focus_dock("log")
    qtbot.keyClick(console.log.table, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.graph.view, timeout=2000)
    _key(qtbot, console, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.log.note, timeout=2000)


def test_ctrl_j_delivers_the_next_inject(console, qtbot):
    console.driver.play()
    _key(qtbot, console, Qt.Key.Key_J)
    assert console.players.injects.rowCount() == 1


def test_tab_leaves_a_table(console, qtbot):
    table = console.window.focus_dock("injects")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # not trapped moving from cell to cell
    assert QApplication.focusWidget() is not table
    assert QApplication.focusWidget() is not None


def test_the_shortcuts_dialog_lists_every_shortcut(console, qtbot):
    dialog = ShortcutsDialog(console.window.shortcut_actions(), console.window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Next inject"] == "Ctrl+J"
    assert rows["Write a note"] == "Ctrl+N"
    assert rows["Start (DEBEX)"] == "Space"
    assert rows["Decisions"] == "Ctrl+2"
    assert rows["Larger text (console)"].startswith("Ctrl++")
    assert rows["Keyboard shortcuts"] == "F1"
    every = {a.objectName() for a in console.window.actions_by_name.values() if a.shortcuts()}
    listed = {a.objectName() for a in console.window.shortcut_actions() if a.shortcuts()}
    assert every - listed == set()

"""A clock tick that changes nothing in the simulation reads no node state; a new minute
alone repaints only the cells and the strip of chart that move; a tick that changes the
simulation updates the graph's items and the board's rows (issue 5: 2,000 nodes at x60)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QImage
from scenario_gui import ENCRYPTED_AT

from crisis_sim.core.sim import DOWN
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console
from crisis_sim.gui.levels_chart import NOW_REACH
from crisis_sim.gui.services_model import DOWN_TIME, STATE

TICK = 15  # game seconds in a 250 ms tick at x60


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)


@pytest.fixture
def console(qtbot, gui_scenario, english):
    built = build_console(gui_scenario)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    built.window.resize(1280, 800)
    built.window.show()
    yield built
    built.driver.pause()


class Spy:
    """Counts the world's reads of node states and histories."""

    def __init__(self, world, monkeypatch) -> None:
        self.calls = 0
        for name in ("state", "changes"):
            monkeypatch.setattr(world, name, self._counting(getattr(world, name)))

    def _counting(self, read):
        def counted(*args, **kwargs):
            self.calls += 1
            return read(*args, **kwargs)

        return counted


def advance(console, t: int) -> None:
    """Move the clock to ``t`` and let every view follow, as the event loop's next turns do
    (``Pacer``: one view per turn)."""
    console.driver.advance_to(t)
    console.pacer.flush()


def _quiet_tick(console) -> int:
    """Advance to a time where one more tick moves no event; the game time reached."""
    world = console.driver.session.world
    t = console.driver.session.now
    for _ in range(100):
        version = world.version
        t += TICK
        advance(console, t)
        if world.version == version and world._sim.peek() not in range(t, t + TICK + 1):
            return t
    raise AssertionError("no quiet stretch to tick through")


def test_a_tick_without_a_simulation_change_reads_no_node_state(console, monkeypatch):
    advance(console, ENCRYPTED_AT + 600)
    t = _quiet_tick(console)
    world = console.driver.session.world
    version = world.version
    spy = Spy(world, monkeypatch)
    t = t + TICK if (t + TICK) // 60 == t // 60 else t + 1  # within the same minute
    advance(console, t)
    assert world.version == version
    assert spy.calls == 0


def _quiet_moment(console) -> None:
    """Move to a moment of the outage where the next tick changes nothing."""
    advance(console, ENCRYPTED_AT + 600)
    _quiet_tick(console)


def _next_minute_alone(console) -> None:
    """Tick into the next minute (skip the test if an event of the simulation falls on it)."""
    world = console.driver.session.world
    version = world.version
    now = console.driver.session.now
    advance(console, now - now % 60 + 60)
    if world.version != version:
        pytest.skip("an event fell on the next minute")


def _cells(signals) -> set[tuple[int, int]]:
    return {
        (row, column)
        for top, bottom in signals
        for row in range(top.row(), bottom.row() + 1)
        for column in range(top.column(), bottom.column() + 1)
    }


def test_a_new_minute_alone_reads_nothing_and_signals_only_the_time_down_cells(
    console, monkeypatch
):
    model = console.services
    _quiet_moment(console)
    spy = Spy(console.driver.session.world, monkeypatch)
    signals = []
    model.dataChanged.connect(lambda top, bottom, roles=(): signals.append((top, bottom)))
    _next_minute_alone(console)
    down = {row for row in range(model.rowCount()) if model.service(row).level == DOWN}
    assert down  # both services of the scenario are fully down then
    assert spy.calls == 0  # the time down moves on by arithmetic
    assert _cells(signals) == {(row, DOWN_TIME) for row in down}


class PaintedAreas(QObject):
    """The rectangles a widget is asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_new_minute_alone_repaints_only_the_strip_around_the_now_line(console, qapp):
    chart = console.chart
    _quiet_moment(console)
    qapp.processEvents()
    painted = PaintedAreas(chart)
    _next_minute_alone(console)
    qapp.processEvents()
    assert painted.rects
    strip = chart.now_strip(chart.shown_time - 120, chart.shown_time)
    for rect in painted.rects:
        assert rect.width() < 2 * NOW_REACH + strip.width()
        assert strip.intersects(rect)
    # What is on screen, painted strip by strip, is what a full paint gives.
    corner = chart.mapTo(console.window, QPoint(0, 0))
    screen = chart.screen().grabWindow(
        console.window.winId(), corner.x(), corner.y(), chart.width(), chart.height()
    )
    image = QImage.Format.Format_RGB32
    assert screen.toImage().convertToFormat(image) == chart.grab().toImage().convertToFormat(image)


def test_a_tick_with_a_change_updates_the_graph_item_and_the_board_row(console):
    advance(console, ENCRYPTED_AT - 60)
    world = console.driver.session.world
    ids = [node.id for node in console.driver.session.scenario.nodes]
    before = {node_id: world.state(node_id).status for node_id in ids}
    labels = {
        node.id: console.services.index(console.services.row_of(node.id), STATE).data()
        for node in console.driver.session.scenario.functions
    }
    version = world.version
    advance(console, ENCRYPTED_AT + 60)
    assert world.version != version
    changed = [node_id for node_id in ids if world.state(node_id).status != before[node_id]]
    assert changed
    for node_id in changed:
        assert console.scene.items_by_id[node_id].status is world.state(node_id).status
    functions = {node.id for node in console.driver.session.scenario.functions}
    changed_rows = [node_id for node_id in changed if node_id in functions]
    assert changed_rows
    for node_id in changed_rows:
        row = console.services.row_of(node_id)
        assert console.services.service(row).status is world.state(node_id).status
        assert console.services.index(row, STATE).data() != labels[node_id]

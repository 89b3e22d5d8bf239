"""The views follow the clock one per turn of the event loop, each at the time then current."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crisis_sim.gui.pacing import Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 0


def paced(calls: list[tuple[str, int]], clock: Clock, names=("graph", "board", "chart")) -> Pacer:
    pacer = Pacer(lambda: clock.now)
    for name in names:
        pacer.add(lambda t, name=name: calls.append((name, t)))
    return pacer


def one_turn() -> None:
    QCoreApplication.processEvents()


def test_each_view_starts_at_the_time_now(qapp):
    calls, clock = [], Clock()
    clock.now = 120
    paced(calls, clock)
    assert calls == [("graph", 120), ("board", 120), ("chart", 120)]


def test_a_move_runs_one_view_per_turn_after_the_command(qapp):
    calls, clock = [], Clock()
    pacer = paced(calls, clock)
    calls.clear()
    clock.now = 15
    pacer.follow(15)
    assert calls == []  # the session's command has this turn
    assert not pacer.settled
    one_turn()
    assert calls == [("graph", 15)]
    clock.now = 30  # each view reads the time current when its turn comes
    one_turn()
    assert calls == [("graph", 15), ("board", 30)]
    one_turn()
    assert calls == [("graph", 15), ("board", 30), ("chart", 30)]
    assert pacer.settled
    one_turn()
    assert len(calls) == 3  # nothing more until the clock moves


def test_a_move_before_the_round_ends_starts_it_again(qapp):
    """No view is left at a time gone by: every view follows the newest move."""
    calls, clock = [], Clock()
    pacer = paced(calls, clock)
    calls.clear()
    clock.now = 15
    pacer.follow(15)
    one_turn()
    one_turn()
    clock.now = 30
    pacer.follow(30)
    while not pacer.settled:
        one_turn()
    assert calls == [("graph", 15), ("board", 15), ("graph", 30), ("board", 30), ("chart", 30)]


def test_flush_brings_every_view_up_to_now(qapp):
    calls, clock = [], Clock()
    pacer = paced(calls, clock)
    calls.clear()
    clock.now = 45
    pacer.follow(45)
    pacer.flush()
    assert calls == [("graph", 45), ("board", 45), ("chart", 45)]
    assert pacer.settled
    one_turn()
    assert len(calls) == 3

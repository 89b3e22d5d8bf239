"""The views that follow the game clock, refreshed one per turn of the event loop.

When the simulation moves, the graph, the services board, the levels chart and the players'
screen each read the new states and repaint. A mass encryption on a large graph changes
hundreds of nodes at once: done back to back after the session's command, those reads and
paints held the interface for one long stretch (80 to 120 ms on 2,000 nodes). Run one per
turn after the command's, with the event loop in between, each turn stays short and a key
press or a click waits for one view at most. Each runs at the game time current when its
turn comes, so none shows a time gone by; the whole round takes a few tens of milliseconds,
far less than the clock's 250 ms tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

Follower = Callable[[int], Any]


class Pacer(QObject):
    def __init__(self, now: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._followers: list[Follower] = []
        self._due: list[Follower] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the next turn of the event loop, after this one's paint
        self._timer.timeout.connect(self._run_next)

    def add(self, follower: Follower) -> None:
        """``follower(t)`` is called with the game time at each move of the clock, in the
        order added; it is also called once now, so it starts where the session stands."""
        self._followers.append(follower)
        follower(self._now())

    def follow(self, t: int | None = None) -> None:
        """The clock moved: each view at one of the next turns (the session's own command
        has had this one)."""
        self._due = list(self._followers)  # a view still waiting keeps its place
        self._timer.start()

    @property
    def settled(self) -> bool:
        """Whether every view has followed the clock's last move."""
        return not self._due

    def flush(self) -> None:
        """Bring every waiting view up to now (before a picture of the window is taken)."""
        while self._due:
            self._run_next()

    def _run_next(self) -> None:
        if not self._due:
            return
        self._due.pop(0)(self._now())
        if self._due:
            self._timer.start()
        else:
            self._timer.stop()

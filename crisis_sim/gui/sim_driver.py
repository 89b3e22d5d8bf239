"""A temporary clock for the console: advances the Simulation with a QTimer.

The exercise session will replace this class: it owns the real clock (DEBEX, pause, FINEX,
speed) and the journal. Everything the views need from it is ``source`` (what they read),
``advanced`` (game time shown) and ``running_changed``; a session adapter with the same three
swaps in without touching the views. While paused the timer is stopped: no CPU is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crisis_sim.core.sim import Simulation

TICK_MS = 250
SPEEDS = (1, 10, 60, 300, 1800)
DEFAULT_SPEED = 60


class SimDriver(QObject):
    advanced = Signal(int)  # the game time now shown, in seconds since T0
    running_changed = Signal(bool)

    def __init__(self, simulation: Simulation, end: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = simulation
        self.end = end
        self.speed = DEFAULT_SPEED
        self._carry = 0.0  # fractions of a game second, so slow speeds still move
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def finished(self) -> bool:
        return self.source.now >= self.end

    def play(self) -> None:
        if not self.running and not self.finished:
            self._timer.start()
            self.running_changed.emit(True)

    def pause(self) -> None:
        if self.running:
            self._timer.stop()
            self.running_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.running else self.play()

    def set_speed(self, speed: int) -> None:
        self.speed = speed

    def advance_to(self, t: int) -> None:
        """Move game time to ``t`` (not before now, not past the end) and tell the views."""
        t = max(self.source.now, min(t, self.end))
        self.source.run(t)
        self.advanced.emit(t)
        if self.finished:
            self.pause()

    def _on_tick(self) -> None:
        self._carry += self.speed * TICK_MS / 1000
        step, self._carry = int(self._carry), self._carry - int(self._carry)
        self.advance_to(self.source.now + step)

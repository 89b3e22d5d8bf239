"""The console's clock: turns real time and the facilitator's buttons into session commands.

Every change goes through ``Session.apply`` with a real-time stamp in milliseconds since
the session was opened, so the journal can replay it. A QTimer sends the real time that
went by while the clock runs; paused, ready or finished, the timer is stopped and the
program uses no CPU. A command the session refuses leaves it unchanged and is reported
through ``refused`` in the session's own words, in the console's language; the last reason
is kept in both languages so a message still on screen can follow a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import ClockState
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.words import Words
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.players_models import DeliveredInject
from crisis_sim.gui.session_source import SessionSource

TICK_MS = 250
SPEEDS = (1, 10, 30, 60, 120)
DEFAULT_SPEED = 60


class SessionDriver(QObject):
    advanced = Signal(int)  # the game time now, in seconds since DEBEX
    running_changed = Signal(bool)
    changed = Signal()  # a command was applied: lists of session facts may have changed
    refused = Signal(str)  # why a command was refused, in the console's language

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = SessionSource(session)
        self.end = session.scenario.meta.duration
        self.last_refusal: Words | None = None  # the latest reason, in French and English
        self._opened_at = session.real_ms  # a resumed session goes on from its last stamp
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self.pause()  # a resumed session comes back paused: nobody is watching its clock yet
        self._sync_timer()

    # --- reading ------------------------------------------------------------------------------

    @property
    def state(self) -> ClockState:
        return self.session.state

    @property
    def running(self) -> bool:
        return self.session.state is ClockState.RUNNING

    @property
    def finished(self) -> bool:
        return self.session.state is ClockState.FINISHED

    @property
    def ticking(self) -> bool:
        """Whether the timer runs (only while the clock does: paused uses no CPU)."""
        return self._timer.isActive()

    @property
    def speed(self) -> int:
        return self.session.clock.speed

    def real_ms(self) -> int:
        """Milliseconds since the session opened, never less than the last stamp used."""
        return max(self.session.real_ms, self._opened_at + self._elapsed.elapsed())

    def delivered(self) -> list[DeliveredInject]:
        """Every delivery so far (re-sendings included, each with its channel)."""
        return [
            DeliveredInject(delivery.inject, delivery.t, delivery.channel)
            for state in self.session.chronogramme.states
            for delivery in state.deliveries
        ]

    # --- commands -----------------------------------------------------------------------------

    def apply(self, command: c.Command) -> bool:
        """Apply one command now; False (and ``refused`` emitted) if the session refuses it."""
        try:
            self.session.apply(command, self.real_ms())
        except ExerciseError as error:
            self.refuse(error.reason)
            return False
        self._sync_timer()
        self.advanced.emit(self.session.now)
        self.changed.emit()
        return True

    def refuse(self, reason: Words) -> None:
        """Report ``reason`` (a refused command, a time that cannot be read) to the window."""
        self.last_refusal = reason
        self.refused.emit(reason.get(current_language()))

    def refusal_text(self) -> str | None:
        """The latest refusal in the language shown now (after a switch, in the new one)."""
        return self.last_refusal.get(current_language()) if self.last_refusal else None

    def play(self) -> None:
        """DEBEX the first time, then resume after a pause."""
        if self.state is ClockState.READY:
            self.apply(c.Start())
        elif self.state is ClockState.PAUSED:
            self.apply(c.Resume())

    def pause(self) -> None:
        if self.running:
            self.apply(c.Pause())

    def toggle(self) -> None:
        self.pause() if self.running else self.play()

    def set_speed(self, speed: int) -> None:
        if speed != self.speed:
            self.apply(c.SetSpeed(speed))

    def advance_to(self, t: int) -> None:
        """Jump the game clock to ``t`` (starting the exercise if needed)."""
        if self.state is ClockState.READY:
            self.apply(c.Start())
        if t > self.session.now:
            self.apply(c.JumpTo(t))

    def finex(self) -> None:
        self.apply(c.Finex())

    def shutdown(self) -> None:
        """Pause (journaled) and close the journal: the session file is complete on disk."""
        self.pause()
        self._timer.stop()
        self.session.close()

    # --- the timer ----------------------------------------------------------------------------

    def _sync_timer(self) -> None:
        if self.running == self._timer.isActive():
            return
        if self.running:
            self._timer.start()
        else:
            self._timer.stop()
        self.running_changed.emit(self.running)

    def _on_tick(self) -> None:
        self.apply(c.Advance(self.real_ms() - self.session.real_ms))

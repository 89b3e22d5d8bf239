"""The game clock: ready → running ⇄ paused → finished, a speed factor, exact integer time.

Game time is whole seconds since DEBEX. Real time arrives in milliseconds; one real
millisecond at speed s is s game milliseconds. The game milliseconds that do not yet make a
whole second are carried over to the next advance, so a hundred advances of 7 ms give exactly
the game time of one advance of 700 ms, and a replay lands on the same second.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.errors import ExerciseError

MIN_SPEED, MAX_SPEED = 1, 120
MS_PER_SECOND = 1000


class ClockState(StrEnum):
    READY = "ready"  # before DEBEX
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # after FINEX


@dataclass
class Clock:
    state: ClockState = ClockState.READY
    now: int = 0
    speed: int = 1
    carry_ms: int = 0  # game milliseconds short of a whole second

    @property
    def started(self) -> bool:
        return self.state in (ClockState.RUNNING, ClockState.PAUSED)

    def target_after(self, real_ms: int) -> tuple[int, int]:
        """Game time and carry after ``real_ms`` of real time; no change unless running."""
        if self.state is not ClockState.RUNNING:
            return self.now, self.carry_ms
        game_ms = real_ms * self.speed + self.carry_ms
        return self.now + game_ms // MS_PER_SECOND, game_ms % MS_PER_SECOND

    def real_ms_until(self, t: int) -> int:
        """Real milliseconds of running at the current speed until game time ``t`` is reached.

        The inverse of ``target_after``: advancing by this many milliseconds lands exactly on
        ``t`` (the rounding up stays below one game second since speed <= 120).
        """
        game_ms = max(0, (t - self.now) * MS_PER_SECOND - self.carry_ms)
        return -(-game_ms // self.speed)


def check_speed(speed: int) -> None:
    if isinstance(speed, bool) or not isinstance(speed, int):
        raise ExerciseError(refusals.speed_not_whole(speed))
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise ExerciseError(refusals.speed_out_of_range(speed, MIN_SPEED, MAX_SPEED))


def real_time_of(
    t: int, start_now: int, start_carry: int, start_real: int, end_real: int, speed: int
) -> int:
    """The real-time stamp at which game time ``t`` was reached during one advance.

    The advance ran from ``start_real`` to ``end_real`` at ``speed``; an event inside it is
    stamped when its game time went by, not at the end of the advance.
    """
    game_ms = max(0, (t - start_now) * MS_PER_SECOND - start_carry)
    return min(end_real, start_real + -(-game_ms // speed))


def format_real_time(real_ms: int) -> str:
    """``1:05:09``: hours, minutes and seconds of real time since the session opened."""
    seconds = real_ms // MS_PER_SECOND
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

"""What makes a command acceptable in the session's current state.

Every check raises ExerciseError with a sentence a facilitator can act on (in French and
English, from ``refusals``), before anything changes. ``check`` returns False for a command
that is valid but changes nothing (time passing while the clock is paused), which the session
then does not record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise import refusals as why
from crisis_sim.core.exercise.chronogramme import PENDING, InjectStatus
from crisis_sim.core.exercise.clock import ClockState, check_speed
from crisis_sim.core.exercise.decisions import unmet_preconditions
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.words import Words
from crisis_sim.core.scenario.model_injects import Channel

if TYPE_CHECKING:
    from crisis_sim.core.exercise.session import Session

# Seats of the animation team, accepted as authors of notes and observations.
FACILITATOR_ROLES = ("animation", "direx", "observateur")


class Rules:
    def __init__(self, session: Session) -> None:
        self._s = session

    def check(self, command: c.Command) -> bool:
        checker = getattr(self, "_" + type(command).KIND.replace("-", "_"), None)
        if checker is None:
            raise ExerciseError(f"unknown command {command!r}")
        return checker(command) is not False

    # --- clock ------------------------------------------------------------------------------

    def _start(self, _: c.Start) -> None:
        if self._s.state is not ClockState.READY:
            raise ExerciseError(why.already_started())

    def _pause(self, _: c.Pause) -> None:
        if self._s.state is not ClockState.RUNNING:
            raise ExerciseError(why.cannot_pause(self._s.state.value))

    def _resume(self, _: c.Resume) -> None:
        if self._s.state is not ClockState.PAUSED:
            raise ExerciseError(why.cannot_resume(self._s.state.value))

    def _set_speed(self, command: c.SetSpeed) -> None:
        self._not_over()
        check_speed(command.speed)

    def _advance(self, command: c.Advance) -> bool:
        if isinstance(command.real_ms, bool) or not isinstance(command.real_ms, int):
            raise ExerciseError(why.real_time_not_whole(command.real_ms))
        if command.real_ms < 0:
            raise ExerciseError(why.real_time_backwards())
        # Real time passes whatever the clock does; game time moves only while it runs.
        return self._s.state is ClockState.RUNNING and command.real_ms > 0

    def _jump_next_inject(self, _: c.JumpToNextInject) -> None:
        self._in_play()
        self.next_inject_time()

    def _jump_to(self, command: c.JumpTo) -> None:
        self._in_play()
        self._not_past(command.t)

    def _finex(self, _: c.Finex) -> None:
        self._in_play()

    # --- chronogramme -----------------------------------------------------------------------

    def _deliver(self, command: c.Deliver) -> None:
        self._in_play()
        state = self._s.chronogramme.get(command.inject)
        if state.status is InjectStatus.DELIVERED:
            when = self._s.when(state.deliveries[0].t)
            raise ExerciseError(why.already_delivered(state.inject.title, when))
        if command.channel is not None:
            _channel(command.channel)

    def _resend(self, command: c.Resend) -> None:
        self._in_play()
        state = self._s.chronogramme.get(command.inject)
        if state.status is not InjectStatus.DELIVERED:
            raise ExerciseError(why.not_delivered_yet(state.inject.title, state.status.value))
        _channel(command.channel)

    def _skip(self, command: c.Skip) -> None:
        self._not_over()
        state = self._s.chronogramme.get(command.inject)
        if state.status not in PENDING:
            raise ExerciseError(why.cannot_skip(state.inject.title, state.status.value))

    def _retime(self, command: c.Retime) -> None:
        self._not_over()
        state = self._s.chronogramme.get(command.inject)
        if state.status is InjectStatus.DELIVERED:
            raise ExerciseError(why.delivered_cannot_retime(state.inject.title))
        self._not_past(command.t)

    def next_inject_time(self) -> int:
        t = self._s.chronogramme.next_delivery_time(self._s.now, self._s.facts())
        if t is None:
            raise ExerciseError(why.no_inject_after(self._s.when(self._s.now)))
        return t

    # --- decisions, observations, notes -----------------------------------------------------

    def _decide(self, command: c.TakeDecision) -> None:
        self._in_play(why.A_DECISION)
        self._player_role(command.role)
        if (command.decision is None) == (command.text is None):
            raise ExerciseError(why.id_or_text())
        if command.text is not None:
            _not_blank(command.text, why.FREE_TEXT_DECISION)
            return
        scenario = self._s.scenario
        decision = scenario.decision_by_id.get(command.decision or "")
        if decision is None:
            known = ", ".join(scenario.decision_by_id) or "none"
            raise ExerciseError(why.no_decision(str(command.decision), known))
        unmet = unmet_preconditions(
            decision, self._s.decisions, self._s.world, self._s.now, scenario
        )
        if unmet:
            raise ExerciseError(why.decision_not_now(decision.label, unmet))
        if any(effect.action != "trigger_inject" for effect in decision.effects):
            self._s.world.check_decision(decision.id)

    def _mark(self, command: c.MarkReaction) -> None:
        self._any_role(command.role)
        if not isinstance(command.status, c.ReactionMark):
            raise ExerciseError(why.not_a_mark(command.status))
        self._s.reactions.check_markable(command.reaction)

    def _note(self, command: c.AddNote) -> None:
        self._any_role(command.role)
        _not_blank(command.text, why.A_NOTE)

    def _edit_note(self, command: c.EditNote) -> None:
        if command.role is not None:
            self._any_role(command.role)
        _not_blank(command.text, why.A_NOTE)
        self._s.log.note(command.note_id)

    # --- shared -----------------------------------------------------------------------------

    def _in_play(self, what: Words = why.THIS) -> None:
        if self._s.state is ClockState.READY:
            raise ExerciseError(why.not_started(what))
        self._not_over()

    def _not_over(self) -> None:
        if self._s.state is ClockState.FINISHED:
            raise ExerciseError(why.over(self._s.when(self._s.now)))

    def _not_past(self, t: int) -> None:
        if isinstance(t, bool) or not isinstance(t, int):
            raise ExerciseError(why.not_a_game_time(t))
        if t < 0:
            raise ExerciseError(why.before_debex(self._s.when(t), self._s.when(0)))
        if t < self._s.now:
            raise ExerciseError(why.before_now(self._s.when(t), self._s.when(self._s.now)))

    def _player_role(self, role: str) -> None:
        roles = [r.id for r in self._s.scenario.roles]
        if role not in roles:
            raise ExerciseError(why.no_player_role(role, ", ".join(roles)))

    def _any_role(self, role: str) -> None:
        roles = [r.id for r in self._s.scenario.roles] + list(FACILITATOR_ROLES)
        if role not in roles:
            raise ExerciseError(why.no_role(role, ", ".join(roles)))


def _channel(channel: str) -> Channel:
    try:
        return Channel(channel)
    except ValueError:
        known = ", ".join(ch.value for ch in Channel)
        raise ExerciseError(why.no_channel(channel, known)) from None


def _not_blank(text: str, what: Words) -> None:
    if not isinstance(text, str) or not text.strip():
        raise ExerciseError(why.needs_text(what))

"""A session: one exercise being played. Scenario + simulation + clock + chronogramme +
expected reactions + decisions + crisis log, changed only by commands.

``apply(command, real_ms)`` is the single entry point. It validates the command against the
current state (an ExerciseError leaves everything unchanged), appends it to the journal, then
executes it. Execution cannot fail once validation passed, so a journal holds only commands
that replay. ``real_ms`` is the caller's real-time stamp: milliseconds since the session was
opened, never decreasing. The session never reads the clock of the machine.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.chronogramme import Chronogramme, Delivery, Due, InjectState
from crisis_sim.core.exercise.clock import Clock, ClockState, check_speed, real_time_of
from crisis_sim.core.exercise.decisions import DecisionBook, DecisionRecord
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.log import (
    ANIMATION,
    SIMULATION,
    Audience,
    CrisisLog,
    EntryKind,
    LogEntry,
)
from crisis_sim.core.exercise.reactions import Mark, ReactionBook, ReactionState
from crisis_sim.core.exercise.rules import Rules
from crisis_sim.core.exercise.services import ServiceChange, ServiceWatch
from crisis_sim.core.exercise.wording import Wording, same
from crisis_sim.core.exercise.words import DeferredWords, Words
from crisis_sim.core.exercise.world import World
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Channel

Stamp = Callable[[int], int]  # game time -> real-time stamp of an event inside one command


class Journal(Protocol):
    def append(self, command: c.Command, real_ms: int, tag: Any) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Applied:
    """What one command did, for a view to update only what changed: whether it was
    recorded, the log entries it added, and the ids of entries it rewrote (an edited note)."""

    recorded: bool
    entries: tuple[LogEntry, ...] = ()
    rewritten: tuple[str, ...] = ()


class Session:
    def __init__(
        self,
        scenario: Scenario,
        *,
        seed: int | None = None,
        speed: int = 1,
        journal: Journal | None = None,
    ) -> None:
        check_speed(speed)
        self.scenario = scenario
        self.seed = scenario.meta.seed if seed is None else seed
        self.clock = Clock(speed=speed)
        self.world = World(scenario, self.seed)
        self.chronogramme = Chronogramme(scenario)
        self.reactions = ReactionBook(scenario)
        self.decisions = DecisionBook()
        self.log = CrisisLog()
        self.wording = Wording(scenario)
        self.rules = Rules(self)
        self.journal = journal
        self.real_ms = 0  # stamp of the last command applied
        self.last_tag: Any = None  # what the caller attached to the last command (a script step)
        self._services = ServiceWatch(scenario, self.world)
        # Service entries not yet worded, with their times (worded when first read).
        self._unworded: list[tuple[int, DeferredWords]] = []

    @property
    def now(self) -> int:
        return self.clock.now

    @property
    def state(self) -> ClockState:
        return self.clock.state

    def when(self, t: int) -> str:
        return format_game_time(t, self.scenario.meta.t0)

    def close(self) -> None:
        """Close the journal; the session can still be read, no longer changed on disk."""
        if self.journal is not None:
            self.journal.close()
            self.journal = None

    def facts(self) -> _Facts:
        return _Facts(self)

    # --- the single entry point -------------------------------------------------------------

    def apply(self, command: c.Command, real_ms: int, *, tag: Any = None) -> Applied:
        """Validate, journal, execute. Raises ExerciseError (nothing changed) if refused."""
        self._check_stamp(real_ms)
        if not self.rules.check(command):
            return Applied(recorded=False)  # e.g. time passing while paused: nothing to keep
        if self.journal is not None:
            self.journal.append(command, real_ms, tag)
        first_new = len(self.log)
        self._execute(command, real_ms)
        self.real_ms, self.last_tag = real_ms, tag
        rewritten = (command.note_id,) if isinstance(command, c.EditNote) else ()
        return Applied(True, self.log.entries[first_new:], rewritten)

    def _check_stamp(self, real_ms: int) -> None:
        if isinstance(real_ms, bool) or not isinstance(real_ms, int) or real_ms < 0:
            raise ExerciseError(
                f"the real-time stamp must be a whole number of ms, not {real_ms!r}"
            )
        if real_ms < self.real_ms:
            raise ExerciseError(
                f"real time cannot go backwards ({real_ms} ms after {self.real_ms} ms)"
            )

    def _execute(self, command: c.Command, real_ms: int) -> None:
        if not isinstance(command, c.Advance):
            self._word_services()
        handler = getattr(self, "_do_" + type(command).KIND.replace("-", "_"))
        handler(command, real_ms)

    # --- clock ------------------------------------------------------------------------------

    def _do_start(self, _: c.Start, real_ms: int) -> None:
        self.clock.state = ClockState.RUNNING
        self._add(EntryKind.DEBEX, 0, real_ms, ANIMATION, self.wording.debex())
        self._progress(0, lambda t: real_ms)

    def _do_pause(self, _: c.Pause, real_ms: int) -> None:
        self.clock.state = ClockState.PAUSED

    def _do_resume(self, _: c.Resume, real_ms: int) -> None:
        self.clock.state = ClockState.RUNNING

    def _do_set_speed(self, command: c.SetSpeed, real_ms: int) -> None:
        self.clock.speed = command.speed

    def _do_advance(self, command: c.Advance, real_ms: int) -> None:
        start_now, start_carry, speed = self.clock.now, self.clock.carry_ms, self.clock.speed
        start_real = max(self.real_ms, real_ms - command.real_ms)
        target, carry = self.clock.target_after(command.real_ms)

        def stamp(t: int) -> int:
            return real_time_of(t, start_now, start_carry, start_real, real_ms, speed)

        self._progress(target, stamp)
        self.clock.carry_ms = carry

    def _do_jump_next_inject(self, _: c.JumpToNextInject, real_ms: int) -> None:
        self._jump(self.rules.next_inject_time(), real_ms)

    def _do_jump_to(self, command: c.JumpTo, real_ms: int) -> None:
        self._jump(command.t, real_ms)

    def _jump(self, target: int, real_ms: int) -> None:
        self._progress(target, lambda t: real_ms)
        self.clock.carry_ms = 0

    def _do_finex(self, _: c.Finex, real_ms: int) -> None:
        self._add(EntryKind.FINEX, self.now, real_ms, ANIMATION, self.wording.finex())
        self.clock.state = ClockState.FINISHED

    # --- chronogramme -----------------------------------------------------------------------

    def _do_deliver(self, command: c.Deliver, real_ms: int) -> None:
        state = self.chronogramme.get(command.inject)
        channel = Channel(command.channel) if command.channel else state.inject.channel
        self._deliver(state, self.now, real_ms, channel, by_hand=True)
        self._settle(real_ms)

    def _do_resend(self, command: c.Resend, real_ms: int) -> None:
        state = self.chronogramme.get(command.inject)
        delivery = Delivery(state.id, self.now, real_ms, Channel(command.channel), resend=True)
        self.chronogramme.deliver(state, delivery)
        text = self.wording.delivery(state.inject, delivery.channel, resend=True)
        self._add(EntryKind.RESEND, self.now, real_ms, ANIMATION, text, state.id)

    def _do_skip(self, command: c.Skip, real_ms: int) -> None:
        state = self.chronogramme.get(command.inject)
        self.chronogramme.skip(state, self.now)
        text = self.wording.skipped(state.inject)
        self._add(EntryKind.SKIP, self.now, real_ms, ANIMATION, text, state.id, Audience.ANIMATION)
        if self.clock.started:
            self._settle(real_ms)  # injects waiting on this one may now expire

    def _do_retime(self, command: c.Retime, real_ms: int) -> None:
        state = self.chronogramme.get(command.inject)
        self.chronogramme.retime(state, command.t)
        text = self.wording.retimed(state.inject, self.when(command.t))
        self._add(
            EntryKind.RETIME, self.now, real_ms, ANIMATION, text, state.id, Audience.ANIMATION
        )
        if self.clock.started:
            self._settle(real_ms)

    def _deliver(
        self, state: InjectState, t: int, real_ms: int, channel: Channel, by_hand: bool = False
    ) -> None:
        delivery = Delivery(state.id, t, real_ms, channel, by_hand=by_hand)
        self.chronogramme.deliver(state, delivery)
        text = self.wording.delivery(state.inject, channel, resend=False)
        self._add(EntryKind.DELIVERY, t, real_ms, ANIMATION, text, state.id)
        for reaction in self.reactions.open_for(state.id, t):
            self._close_if_anticipated(reaction, t, real_ms)

    def _expire(self, state: InjectState, t: int, real_ms: int) -> None:
        self.chronogramme.expire(state, t)
        text = self.wording.expired(state.inject)
        self._add(EntryKind.EXPIRY, t, real_ms, ANIMATION, text, state.id, Audience.ANIMATION)

    # --- decisions and observations ---------------------------------------------------------

    def _do_decide(self, command: c.TakeDecision, real_ms: int) -> None:
        t = self.now
        record = DecisionRecord(t, real_ms, command.role, command.decision, command.text)
        self.decisions.add(record)
        text = self.wording.decision(command.role, command.decision, command.text)
        self._add(EntryKind.DECISION, t, real_ms, command.role, text, command.decision)
        if command.decision is None:
            return
        decision = self.scenario.decision_by_id[command.decision]
        self._close_by_decision(decision.id, t, real_ms)
        if any(effect.action != "trigger_inject" for effect in decision.effects):
            self.world.apply_decision(decision.id)
        for effect in decision.effects:
            if effect.trigger_inject is not None:
                self.chronogramme.trigger(
                    effect.trigger_inject.inject, t + effect.trigger_inject.after
                )
        self._settle(real_ms)

    def _do_mark(self, command: c.MarkReaction, real_ms: int) -> None:
        reaction = self.reactions.get(command.reaction)
        late = reaction.deadline is not None and self.now > reaction.deadline
        mark = Mark(command.status, self.now, real_ms, command.role, command.comment, late=late)
        self._close(reaction, mark)

    def _close(self, reaction: ReactionState, mark: Mark) -> None:
        self.reactions.record(reaction, mark)
        text = self.wording.observation(
            reaction.reaction.text,
            mark.status.value,
            mark.late,
            mark.comment,
            mark.decision,
            anticipated=mark.anticipated,
        )
        self._add(
            EntryKind.OBSERVATION,
            mark.t,
            mark.real_ms,
            mark.role,
            text,
            reaction.id,
            Audience.ANIMATION,
        )

    def _close_by_decision(self, decision_id: str, t: int, real_ms: int) -> None:
        for reaction in self.reactions.closable_by(decision_id):
            late = reaction.deadline is not None and t > reaction.deadline
            mark = c.ReactionMark.OBSERVED
            self._close(
                reaction, Mark(mark, t, real_ms, ANIMATION, decision=decision_id, late=late)
            )

    def _close_if_anticipated(self, reaction: ReactionState, t: int, real_ms: int) -> None:
        taken = [d for d in reaction.reaction.closed_by if self.decisions.taken(d)]
        if taken:
            mark = Mark(
                c.ReactionMark.OBSERVED, t, real_ms, ANIMATION, decision=taken[0], anticipated=True
            )
            self._close(reaction, mark)

    def _do_note(self, command: c.AddNote, real_ms: int) -> None:
        self._add(EntryKind.NOTE, self.now, real_ms, command.role, same(command.text))

    def _do_edit_note(self, command: c.EditNote, real_ms: int) -> None:
        self.log.edit_note(command.note_id, command.text, self.now, real_ms, command.role)

    # --- time going by ----------------------------------------------------------------------

    def _settle(self, real_ms: int) -> None:
        """Deliver what became due at this very time (a trigger, a condition now true)."""
        self._progress(self.now, lambda t: real_ms)

    def _progress(self, target: int, stamp: Stamp) -> None:
        """Run the simulation and the chronogramme to ``target``, logging in time order."""
        self.world.run_to(target)
        changes = deque(self._services.changes_until(target))
        facts = self.facts()
        while True:
            dues = self.chronogramme.next_due(self.clock.now, target, facts)
            times = [changes[0].t] if changes else []
            times += [dues[0].t] if dues else []
            if not times:
                break
            t = min(times)
            self.clock.now = t
            while changes and changes[0].t == t:
                self._log_service(changes.popleft(), stamp(t))
            if dues and dues[0].t == t:
                self._handle_dues(dues, stamp(t))
        self.clock.now = target

    def _handle_dues(self, dues: list[Due], real_ms: int) -> None:
        for due in dues:
            if due.deliver:
                self._deliver(due.state, due.t, real_ms, due.state.inject.channel)
            else:
                self._expire(due.state, due.t, real_ms)

    def _log_service(self, change: ServiceChange, real_ms: int) -> None:
        """Log a service's change; why it changed is worded when the entry is first read.

        A mass encryption logs hundreds of services in one tick, each with a chain of causes
        to read from the simulation, and a console shows a dozen of them. The chains read
        states at the change's time, which only a command at that very time can still alter
        (time passing runs events after it): every command but time passing words first the
        entries of the present still unworded, so each reads as if worded at once. An entry
        of an earlier time reads states that no command can change any more."""
        text = DeferredWords(partial(self._service_words, change))
        self._unworded.append((change.t, text))
        self._add(EntryKind.SERVICE, change.t, real_ms, SIMULATION, text, change.node)

    def _service_words(self, change: ServiceChange) -> Words:
        chain = self.world.explain(change.node, change.t)
        return self.wording.service_change(change.node, change.record, chain)

    def _word_services(self) -> None:
        for t, text in self._unworded:
            if t >= self.now:
                text.resolve()
        self._unworded.clear()

    def _add(
        self,
        kind: EntryKind,
        t: int,
        real_ms: int,
        role: str,
        text: Any,
        ref: str | None = None,
        audience: Audience = Audience.ALL,
    ) -> LogEntry:
        return self.log.add(kind, t, real_ms, role, text, ref, audience)


class _Facts:
    """What inject conditions read: when decisions were taken, how nodes stood."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def decision_time(self, decision_id: str) -> int | None:
        return self._session.decisions.first_taken(decision_id)

    def node_reached(self, node_id: str, state: str, hold: int, horizon: int) -> int | None:
        world = self._session.world
        return world.first_time_in_state(node_id, state, hold, min(horizon, world.now))

"""The chronogramme during play: which injects are waiting, due, delivered, skipped or expired.

An inject is delivered when game time passes its time (planned, re-timed, or set by a
decision that triggers it), or at the exact game time its condition becomes true; a
conditional inject not fired by its ``until`` expires. Reserve injects wait for the
facilitator. Same-time deliveries come out in scenario order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Channel, Condition, Inject


class InjectStatus(StrEnum):
    SCHEDULED = "scheduled"  # has a time: planned, re-timed or triggered by a decision
    CONDITIONAL = "conditional"  # waits for its condition
    RESERVE = "reserve"  # waits for the facilitator
    DELIVERED = "delivered"
    SKIPPED = "skipped"
    EXPIRED = "expired"


PENDING = (InjectStatus.SCHEDULED, InjectStatus.CONDITIONAL, InjectStatus.RESERVE)


@dataclass(frozen=True)
class Delivery:
    inject: str
    t: int
    real_ms: int
    channel: Channel
    resend: bool = False
    by_hand: bool = False  # fired by the facilitator rather than by the chronogramme


@dataclass
class InjectState:
    inject: Inject
    order: int  # position in the scenario: same-time deliveries keep it
    status: InjectStatus
    due: int | None = None
    deliveries: list[Delivery] = field(default_factory=list)
    ended_at: int | None = None  # when it was skipped or expired

    @property
    def id(self) -> str:
        return self.inject.id

    @property
    def delivered_at(self) -> int | None:
        return self.deliveries[0].t if self.deliveries else None


class Facts(Protocol):
    """What conditions read from the rest of the session."""

    def decision_time(self, decision_id: str) -> int | None: ...

    def node_reached(self, node_id: str, state: str, hold: int, horizon: int) -> int | None: ...


@dataclass(frozen=True)
class Due:
    t: int
    state: InjectState
    deliver: bool  # False: the inject expires


class Chronogramme:
    def __init__(self, scenario: Scenario) -> None:
        self._states = {
            inject.id: InjectState(inject, order, *_initial(inject))
            for order, inject in enumerate(scenario.injects)
        }

    @property
    def states(self) -> tuple[InjectState, ...]:
        return tuple(self._states.values())

    def get(self, inject_id: str) -> InjectState:
        state = self._states.get(inject_id)
        if state is None:
            raise ExerciseError(refusals.no_inject(inject_id))
        return state

    # --- what is due ------------------------------------------------------------------------

    def next_due(self, floor: int, horizon: int, facts: Facts) -> list[Due]:
        """Deliveries, then expiries, at the earliest time in [floor, horizon] that has any."""
        candidates = [
            due
            for state in self._states.values()
            if state.status in PENDING
            and (due := self._due(state, floor, horizon, facts)) is not None
            and due.t <= horizon
        ]
        if not candidates:
            return []
        first = min(due.t for due in candidates)
        at_first = [due for due in candidates if due.t == first]
        return sorted(at_first, key=lambda due: (not due.deliver, due.state.order))

    def next_delivery_time(self, now: int, facts: Facts) -> int | None:
        """When the next inject whose time is known will be delivered (after ``now``)."""
        times = [
            due.t
            for state in self._states.values()
            if state.status in PENDING
            and (due := self._due(state, now, _NEVER, facts)) is not None
            and due.deliver
        ]
        return min(times, default=None)

    def _due(self, state: InjectState, floor: int, horizon: int, facts: Facts) -> Due | None:
        if state.status is InjectStatus.SCHEDULED:
            assert state.due is not None
            return Due(max(state.due, floor), state, deliver=True)
        if state.status is InjectStatus.RESERVE or state.inject.when is None:
            return None
        fire, impossible = self._fire_time(state.inject.when, horizon, facts)
        until = state.inject.until
        if fire is not None and (until is None or fire <= until):
            return Due(max(fire, floor), state, deliver=True)
        ends = [t for t in (impossible, until) if t is not None]
        return Due(max(min(ends), floor), state, deliver=False) if ends else None

    def _fire_time(
        self, condition: Condition, horizon: int, facts: Facts
    ) -> tuple[int | None, int | None]:
        """When the condition became true (or None), and when it became impossible (or None)."""
        if condition.node is not None and condition.state is not None:
            hold = condition.for_
            return facts.node_reached(condition.node, condition.state.value, hold, horizon), None
        if condition.decision is not None:
            return _decision_fire_time(condition, facts.decision_time(condition.decision))
        if condition.inject is not None:
            other = self.get(condition.inject)
            if other.delivered_at is not None:
                return other.delivered_at + condition.after, None
            return None, other.ended_at
        return None, None

    # --- changes ----------------------------------------------------------------------------

    def deliver(self, state: InjectState, delivery: Delivery) -> None:
        state.status = InjectStatus.DELIVERED
        state.deliveries.append(delivery)

    def expire(self, state: InjectState, t: int) -> None:
        state.status, state.ended_at = InjectStatus.EXPIRED, t

    def skip(self, state: InjectState, t: int) -> None:
        state.status, state.ended_at = InjectStatus.SKIPPED, t

    def retime(self, state: InjectState, t: int) -> None:
        state.status, state.due, state.ended_at = InjectStatus.SCHEDULED, t, None

    def trigger(self, inject_id: str, t: int) -> None:
        """A decision triggers the inject at ``t``, unless it was delivered or skipped."""
        state = self.get(inject_id)
        if state.status in (InjectStatus.DELIVERED, InjectStatus.SKIPPED):
            return
        if state.status is InjectStatus.SCHEDULED and state.due is not None:
            t = min(t, state.due)
        self.retime(state, t)


_NEVER = 2**62


def _initial(inject: Inject) -> tuple[InjectStatus, int | None]:
    if inject.at is not None:
        return InjectStatus.SCHEDULED, inject.at
    if inject.when is not None:
        return InjectStatus.CONDITIONAL, None
    return InjectStatus.RESERVE, None


def _decision_fire_time(
    condition: Condition, taken_at: int | None
) -> tuple[int | None, int | None]:
    by = condition.by
    if condition.taken:
        if taken_at is not None and (by is None or taken_at <= by):
            return taken_at, None
        return None, by
    # 'taken: false': fires at 'by' if the decision was not taken before; impossible once taken.
    if taken_at is not None:
        return None, taken_at
    return by, None

"""Expected reactions: opened when their inject is delivered, due within a deadline, closed by
a matching decision or marked by an observer (observed, partly observed, missed)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import ExpectedReaction


class ReactionStatus(StrEnum):
    WAITING = "waiting"  # its inject has not been delivered
    OPEN = "open"
    LATE = "late"  # open past its deadline; still markable
    OBSERVED = "observed"
    PARTIAL = "partial"
    MISSED = "missed"


@dataclass(frozen=True)
class Mark:
    """One verdict on a reaction; the last one counts, the earlier ones stay for the debrief."""

    status: ReactionMark
    t: int
    real_ms: int
    role: str
    comment: str = ""
    decision: str | None = None  # set when a decision closed it automatically
    late: bool = False
    anticipated: bool = False  # the decision came before the inject that expects it


@dataclass
class ReactionState:
    reaction: ExpectedReaction
    inject: str
    opened_at: int | None = None
    deadline: int | None = None
    marks: list[Mark] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.reaction.id

    @property
    def mark(self) -> Mark | None:
        return self.marks[-1] if self.marks else None

    def status_at(self, now: int) -> ReactionStatus:
        if self.mark is not None:
            return ReactionStatus(self.mark.status.value)
        if self.opened_at is None:
            return ReactionStatus.WAITING
        if self.deadline is not None and now > self.deadline:
            return ReactionStatus.LATE
        return ReactionStatus.OPEN


class ReactionBook:
    def __init__(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self._states = {
            reaction.id: ReactionState(reaction, inject.id)
            for inject in scenario.injects
            for reaction in inject.expected
        }
        self._of_inject: dict[str, list[ReactionState]] = {}
        for state in self._states.values():
            self._of_inject.setdefault(state.inject, []).append(state)

    def __iter__(self) -> Iterator[ReactionState]:
        return iter(self._states.values())

    def get(self, reaction_id: str) -> ReactionState:
        state = self._states.get(reaction_id)
        if state is None:
            raise ExerciseError(refusals.no_reaction(reaction_id))
        return state

    def check_markable(self, reaction_id: str) -> ReactionState:
        state = self.get(reaction_id)
        if state.opened_at is None:
            title = self._scenario.inject_by_id[state.inject].title
            raise ExerciseError(refusals.reaction_not_expected_yet(state.reaction.text, title))
        return state

    def open_for(self, inject_id: str, t: int) -> list[ReactionState]:
        """Open the reactions of an inject delivered at ``t``, each due ``within`` later.

        A re-send does not move the deadline: a reaction that came only after a reminder is
        late, which is what the debrief must show.
        """
        opened = []
        for state in self._of_inject.get(inject_id, ()):
            if state.opened_at is None:
                state.opened_at, state.deadline = t, t + state.reaction.within
                opened.append(state)
        return opened

    def closable_by(self, decision_id: str) -> list[ReactionState]:
        """Open or late reactions this decision shows to have happened."""
        return [
            state
            for state in self._states.values()
            if state.opened_at is not None
            and state.mark is None
            and decision_id in state.reaction.closed_by
        ]

    def record(self, state: ReactionState, mark: Mark) -> None:
        state.marks.append(mark)

    def open_at(self, now: int) -> list[ReactionState]:
        wanted = (ReactionStatus.OPEN, ReactionStatus.LATE)
        return [s for s in self._states.values() if s.status_at(now) in wanted]

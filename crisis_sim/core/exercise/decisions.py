"""Decisions the crisis cell takes: the record of them, and the scenario's preconditions."""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.exercise.world import World
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Decision, Precondition


@dataclass(frozen=True)
class DecisionRecord:
    t: int
    real_ms: int
    role: str
    decision: str | None  # a catalogue id, or None for a free-text decision
    text: str | None


class DecisionBook:
    def __init__(self) -> None:
        self.records: list[DecisionRecord] = []
        self._first: dict[str, int] = {}

    def add(self, record: DecisionRecord) -> None:
        self.records.append(record)
        if record.decision is not None:
            self._first.setdefault(record.decision, record.t)

    def first_taken(self, decision_id: str) -> int | None:
        return self._first.get(decision_id)

    def taken(self, decision_id: str) -> bool:
        return decision_id in self._first


def unmet_preconditions(
    decision: Decision, book: DecisionBook, world: World, now: int, scenario: Scenario
) -> list[str]:
    """Why the decision cannot be taken now, one plain sentence per unmet precondition."""
    return [
        reason
        for precondition in decision.requires
        if (reason := _unmet(precondition, book, world, now, scenario)) is not None
    ]


def _unmet(
    precondition: Precondition, book: DecisionBook, world: World, now: int, scenario: Scenario
) -> str | None:
    if precondition.decision is not None and not book.taken(precondition.decision):
        return f"it needs the decision '{precondition.decision}' first"
    if precondition.not_decision is not None and book.taken(precondition.not_decision):
        return f"it cannot follow the decision '{precondition.not_decision}'"
    if precondition.node is not None and precondition.state is not None:
        current = world.state(precondition.node, now).status
        if current.value != precondition.state.value:
            return (
                f"it needs '{precondition.node}' to be {precondition.state.value} "
                f"(it is {current.value})"
            )
    if precondition.after is not None and now < precondition.after:
        when = format_game_time(precondition.after, scenario.meta.t0)
        return f"it cannot be taken before {when}"
    return None

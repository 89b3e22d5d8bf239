"""Decisions the crisis cell takes: the record of them, and the scenario's preconditions."""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.words import Words
from crisis_sim.core.exercise.world import World
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.fields import Text
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
) -> list[Words]:
    """Why the decision cannot be taken now, one short sentence per unmet precondition, in
    French and English (the console shows them in its language)."""
    return [
        reason
        for precondition in decision.requires
        if (reason := _unmet(precondition, book, world, now, scenario)) is not None
    ]


def _unmet(
    precondition: Precondition, book: DecisionBook, world: World, now: int, scenario: Scenario
) -> Words | None:
    if precondition.decision is not None and not book.taken(precondition.decision):
        return refusals.needs_decision_first(_label(scenario, precondition.decision))
    if precondition.not_decision is not None and book.taken(precondition.not_decision):
        return refusals.cannot_follow(_label(scenario, precondition.not_decision))
    if precondition.node is not None and precondition.state is not None:
        current = world.state(precondition.node, now).status
        if current.value != precondition.state.value:
            node = scenario.node_by_id.get(precondition.node)
            name = node.name if node else Text(fr=precondition.node, en=precondition.node)
            return refusals.needs_state(name, precondition.state.value, current.value)
    if precondition.after is not None and now < precondition.after:
        return refusals.not_before(format_game_time(precondition.after, scenario.meta.t0))
    return None


def _label(scenario: Scenario, decision_id: str) -> Text:
    decision = scenario.decision_by_id.get(decision_id)
    return decision.label if decision else Text(fr=decision_id, en=decision_id)

"""The chronogramme as played against as planned, and the decisions with their times.

Stimuli are numbered as on the paper kit's chronogramme (S01, S02…): timed ones by time, then
conditional ones, then the reserve. For each: planned time (or condition / reserve), what
became of it (delivered, skipped, expired, not played), when, through which channel, whether
it was re-timed, re-sent or played by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.exercise.chronogramme import InjectState, InjectStatus
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Practice
from crisis_sim.core.scenario.model_injects import Inject


class Planned(StrEnum):
    TIMED = "timed"
    CONDITIONAL = "conditional"
    RESERVE = "reserve"


class Outcome(StrEnum):
    DELIVERED = "delivered"
    SKIPPED = "skipped"
    EXPIRED = "expired"
    NOT_PLAYED = "not-played"  # still waiting when play ended


@dataclass(frozen=True)
class Resend:
    t: int
    channel: str


@dataclass(frozen=True)
class StimulusRow:
    number: str
    inject: str
    title: Words
    planned: Planned
    planned_at: int | None
    planned_channel: str
    outcome: Outcome
    delivered_at: int | None
    channel: str | None  # of the first delivery
    by_hand: bool
    retimed_to: int | None
    resends: tuple[Resend, ...]
    entries: tuple[str, ...]

    @property
    def shift(self) -> int | None:
        """How much later (or earlier, negative) than planned it was delivered."""
        if self.delivered_at is None or self.planned_at is None:
            return None
        return self.delivered_at - self.planned_at

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "inject": self.inject,
            "title": self.title.to_json(),
            "planned": self.planned.value,
            "planned_at": self.planned_at,
            "planned_channel": self.planned_channel,
            "outcome": self.outcome.value,
            "delivered_at": self.delivered_at,
            "channel": self.channel,
            "by_hand": self.by_hand,
            "retimed_to": self.retimed_to,
            "resends": [{"t": r.t, "channel": r.channel} for r in self.resends],
            "log_entries": list(self.entries),
        }


@dataclass(frozen=True)
class DecisionRow:
    t: int
    role: str
    role_name: Words
    decision: str | None  # None for a decision in the players' own words
    label: Words
    practice: Practice | None
    entry: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "t": self.t,
            "role": self.role,
            "role_name": self.role_name.to_json(),
            "decision": self.decision,
            "label": self.label.to_json(),
            "practice": self.practice.value if self.practice else None,
            "log_entry": self.entry,
        }


def stimulus_numbers(scenario: Scenario) -> list[tuple[str, Inject]]:
    timed = sorted((i for i in scenario.injects if i.at is not None), key=lambda i: i.at or 0)
    conditional = [i for i in scenario.injects if i.at is None and i.when is not None]
    reserve = [i for i in scenario.injects if i.at is None and i.when is None]
    ordered = timed + conditional + reserve
    width = max(2, len(str(len(ordered))))
    return [(f"S{n:0{width}d}", inject) for n, inject in enumerate(ordered, start=1)]


def stimulus_rows(record: SessionRecord) -> list[StimulusRow]:
    states = {state.id: state for state in record.session.chronogramme.states}
    return [
        _row(record, number, states[inject.id])
        for number, inject in stimulus_numbers(record.scenario)
    ]


_OUTCOME = {
    InjectStatus.DELIVERED: Outcome.DELIVERED,
    InjectStatus.SKIPPED: Outcome.SKIPPED,
    InjectStatus.EXPIRED: Outcome.EXPIRED,
}


def _row(record: SessionRecord, number: str, state: InjectState) -> StimulusRow:
    inject = state.inject
    planned = (
        Planned.TIMED
        if inject.at is not None
        else (Planned.CONDITIONAL if inject.when is not None else Planned.RESERVE)
    )
    first = state.deliveries[0] if state.deliveries else None
    retimes = record.entries(EntryKind.RETIME, inject.id)
    entry_ids = tuple(
        e.id
        for kind in (
            EntryKind.DELIVERY,
            EntryKind.RESEND,
            EntryKind.SKIP,
            EntryKind.RETIME,
            EntryKind.EXPIRY,
        )
        for e in record.entries(kind, inject.id)
    )
    return StimulusRow(
        number,
        inject.id,
        Words(inject.title.get("fr"), inject.title.get("en")),
        planned,
        inject.at,
        inject.channel.value,
        _OUTCOME.get(state.status, Outcome.NOT_PLAYED),
        first.t if first else None,
        first.channel.value if first else None,
        bool(first and first.by_hand),
        state.due if retimes else None,
        tuple(Resend(d.t, d.channel.value) for d in state.deliveries if d.resend),
        entry_ids,
    )


def decision_rows(record: SessionRecord) -> list[DecisionRow]:
    wording = record.session.wording
    decision_entries = [e for e in record.session.log.entries if e.kind is EntryKind.DECISION]
    rows = []
    for index, item in enumerate(record.session.decisions.records):
        decision = record.scenario.decision_by_id.get(item.decision or "")
        label = (
            Words(decision.label.get("fr"), decision.label.get("en"))
            if decision
            else Words(item.text or "", item.text or "")
        )
        entry = decision_entries[index].id if index < len(decision_entries) else None
        rows.append(
            DecisionRow(
                item.t,
                item.role,
                Words(wording.who(item.role, "fr"), wording.who(item.role, "en")),
                item.decision,
                label,
                decision.practice if decision else None,
                entry,
            )
        )
    return rows

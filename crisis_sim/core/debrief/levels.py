"""Service levels over time, for the chart, and the key figures of the one-page summary.

One lane per public service and business function, the most critical first: back-to-back
spans of working, degraded, on paper or down, from DEBEX to the end of play.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.services import longest_outage
from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model_graph import Criticality, Node, NodeKind
from crisis_sim.core.sim.states import DOWN, NodeStatus

_RANK = {Criticality.VITAL: 0, Criticality.HIGH: 1, Criticality.MEDIUM: 2, Criticality.LOW: 3}


class Level(StrEnum):
    """What the chart draws: four levels, told apart by shade and pattern, not colour alone."""

    WORKING = "working"
    DEGRADED = "degraded"
    PAPER = "paper"
    DOWN = "down"


@dataclass(frozen=True)
class Band:
    start: int
    end: int
    level: Level
    capacity: float


@dataclass(frozen=True)
class Lane:
    node: str
    name: Words
    public: bool  # a public service (else a business function)
    criticality: Criticality
    mtd: int | None
    serves: int
    bands: tuple[Band, ...]
    longest_outage: int  # seconds, 0 if never down
    still_down: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "name": self.name.to_json(),
            "public_service": self.public,
            "criticality": self.criticality.value,
            "mtd": self.mtd,
            "serves": self.serves,
            "longest_outage": self.longest_outage,
            "still_down_at_end": self.still_down,
            "levels": [
                {"start": b.start, "end": b.end, "level": b.level.value, "capacity": b.capacity}
                for b in self.bands
            ],
        }


@dataclass(frozen=True)
class Figures:
    services: int
    services_stopped: int
    services_past_mtd: int
    still_down: int
    people_affected: int  # the most people one stopped public service serves (no double count)
    longest_outage: int
    longest_outage_service: Words | None
    reactions_expected: int  # whose stimulus was played
    reactions_observed: int
    reactions_partial: int
    stimuli_planned: int
    stimuli_delivered: int
    decisions: int

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "longest_outage_service"}
        service = self.longest_outage_service
        data["longest_outage_service"] = service.to_json() if service else None
        return data


def _level(status: NodeStatus, level: int) -> Level:
    if status is NodeStatus.PAPER:
        return Level.PAPER
    if level == DOWN:
        return Level.DOWN
    return Level.DEGRADED if level == 1 else Level.WORKING


def lanes(record: SessionRecord) -> list[Lane]:
    functions = sorted(
        record.scenario.functions,
        key=lambda n: (_RANK[n.criticality], n.kind is not NodeKind.PUBLIC_SERVICE),
    )
    return [_lane(record, node) for node in functions]


def _lane(record: SessionRecord, node: Node) -> Lane:
    bands: list[Band] = []
    for span in record.spans(node.id):
        level = _level(span.status, span.level)
        if bands and bands[-1].level is level and bands[-1].capacity == span.capacity:
            bands[-1] = Band(bands[-1].start, span.end, level, span.capacity)
        else:
            bands.append(Band(span.start, span.end, level, span.capacity))
    outage = longest_outage(record, node.id)
    return Lane(
        node.id,
        Words(node.name.get("fr"), node.name.get("en")),
        node.kind is NodeKind.PUBLIC_SERVICE,
        node.criticality,
        node.mtd,
        node.serves,
        tuple(bands),
        outage.length if outage else 0,
        bool(record.outages(node.id) and record.outages(node.id)[-1].ongoing),
    )


def figures(record: SessionRecord, all_lanes: list[Lane]) -> Figures:
    stopped = [lane for lane in all_lanes if lane.longest_outage > 0]
    longest = max(stopped, key=lambda lane: lane.longest_outage, default=None)
    reactions = [r for r in record.session.reactions if r.opened_at is not None]
    marks = [r.mark.status for r in reactions if r.mark is not None]
    states = record.session.chronogramme.states
    return Figures(
        services=len(all_lanes),
        services_stopped=len(stopped),
        services_past_mtd=sum(1 for lane in stopped if lane.mtd and lane.longest_outage > lane.mtd),
        still_down=sum(1 for lane in all_lanes if lane.still_down),
        people_affected=max((lane.serves for lane in stopped if lane.public), default=0),
        longest_outage=longest.longest_outage if longest else 0,
        longest_outage_service=longest.name if longest else None,
        reactions_expected=len(reactions),
        reactions_observed=marks.count(ReactionMark.OBSERVED),
        reactions_partial=marks.count(ReactionMark.PARTIAL),
        stimuli_planned=len(states),
        stimuli_delivered=sum(1 for s in states if s.deliveries),
        decisions=len(record.session.decisions.records),
    )

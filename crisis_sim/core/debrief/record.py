"""A read-only view of a finished (or stopped) session, shaped for the findings.

Everything is read from the session and its scenario: the end of play, each node's states as
back-to-back spans, the outages of each business function, the crisis-log entries about an
inject, a decision, a reaction or a node. Nothing reads the machine's clock.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from crisis_sim.core.exercise.log import EntryKind, LogEntry
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim.causes import Cause
from crisis_sim.core.sim.states import DOWN, NodeStatus


@dataclass(frozen=True)
class Span:
    """A node in one state from ``start`` to ``end`` (the end of play at the latest)."""

    start: int
    end: int
    status: NodeStatus
    level: int
    capacity: float
    cause: Cause | None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Outage:
    """A function without service (level down, no working paper fallback) for a while."""

    node: str
    start: int
    end: int
    ongoing: bool  # still down at the end of play

    @property
    def length(self) -> int:
        return self.end - self.start


class SessionRecord:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.scenario: Scenario = session.scenario
        self.end: int = session.now
        self._by_ref: dict[tuple[EntryKind, str], list[LogEntry]] = defaultdict(list)
        for entry in session.log.entries:
            if entry.ref is not None:
                self._by_ref[entry.kind, entry.ref].append(entry)

    # --- the crisis log ---------------------------------------------------------------------

    def entries(self, kind: EntryKind, ref: str) -> list[LogEntry]:
        return self._by_ref.get((kind, ref), [])

    def entry_ids(self, kind: EntryKind, ref: str) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries(kind, ref))

    def decision_entry(self, decision_id: str) -> LogEntry | None:
        found = self.entries(EntryKind.DECISION, decision_id)
        return found[0] if found else None

    def first_taken(self, decision_id: str) -> int | None:
        return self.session.decisions.first_taken(decision_id)

    # --- the simulation ---------------------------------------------------------------------

    def spans(self, node_id: str) -> list[Span]:
        return self._spans[node_id]

    @cached_property
    def _spans(self) -> dict[str, list[Span]]:
        return {node.id: self._read_spans(node.id) for node in self.scenario.nodes}

    def _read_spans(self, node_id: str) -> list[Span]:
        records = self.session.world.changes(node_id, 0, self.end)
        spans: list[Span] = []
        start, status, level, capacity, cause = 0, NodeStatus.OPERATIONAL, 2, 1.0, None
        for record in records:
            if record.since > start:
                spans.append(Span(start, record.since, status, level, capacity, cause))
            start, status, level = record.since, record.status, record.level
            capacity, cause = record.capacity, record.cause
        if self.end > start or not spans:
            spans.append(Span(start, max(self.end, start), status, level, capacity, cause))
        return spans

    def outages(self, node_id: str) -> list[Outage]:
        """Back-to-back down spans merged into outages, oldest first."""
        found: list[Outage] = []
        for span in self.spans(node_id):
            if span.level != DOWN:
                continue
            if found and found[-1].end == span.start:
                found[-1] = Outage(node_id, found[-1].start, span.end, False)
            else:
                found.append(Outage(node_id, span.start, span.end, False))
        if found and found[-1].end >= self.end and self.spans(node_id)[-1].level == DOWN:
            last = found[-1]
            found[-1] = Outage(node_id, last.start, last.end, True)
        return found

    def ever_down(self, node_id: str) -> bool:
        return any(span.level == DOWN for span in self.spans(node_id))

    def first_paper(self, node_id: str, fallback_id: str) -> int | None:
        """When the function first ran on this fallback, if it ever did."""
        for span in self.spans(node_id):
            if span.status is NodeStatus.PAPER and span.cause and span.cause.ref == fallback_id:
                return span.start
        return None

    def attacked_nodes(self) -> dict[str, int]:
        """Nodes the attack itself hit (not through a dependency), with when first hit."""
        hit: dict[str, int] = {}
        for node in self.scenario.nodes:
            for span in self.spans(node.id):
                if span.cause is not None and span.cause.kind == "attack":
                    hit.setdefault(node.id, span.start)
        return hit

    def chain(self, node_id: str, t: int) -> list[str]:
        """The nodes from ``node_id`` down to the root of why it is not working at ``t``."""
        return [link.node for link in self.session.world.explain(node_id, t)]

"""Availability levels, the statuses a node is shown in, and the record kept at each change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisis_sim.core.sim.causes import Cause, fallback_cause

UP, DEGRADED, DOWN = 2, 1, 0

# A degraded node still serves, badly; half is a convention for the displays, not a measure.
DEGRADED_CAPACITY = 0.5


class NodeStatus(StrEnum):
    """What the GUI shows; the values are those of the scenario's NodeState."""

    OPERATIONAL = "operational"
    DEGRADED = "degraded"
    DOWN = "down"
    COMPROMISED = "compromised"
    ENCRYPTED = "encrypted"
    ISOLATED = "isolated"
    RESTORING = "restoring"
    PAPER = "paper"


LEVEL_OF_STATUS = {
    NodeStatus.OPERATIONAL: UP,
    NodeStatus.COMPROMISED: UP,
    NodeStatus.DEGRADED: DEGRADED,
    NodeStatus.PAPER: DEGRADED,
    NodeStatus.DOWN: DOWN,
    NodeStatus.ENCRYPTED: DOWN,
    NodeStatus.ISOLATED: DOWN,
    NodeStatus.RESTORING: DOWN,
}

_STATUS_OF_LEVEL = {
    UP: NodeStatus.OPERATIONAL,
    DEGRADED: NodeStatus.DEGRADED,
    DOWN: NodeStatus.DOWN,
}
_CAPACITY_OF_LEVEL = {UP: 1.0, DEGRADED: DEGRADED_CAPACITY, DOWN: 0.0}


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """A node's state from ``since`` until its next record.

    ``underlying`` is, for a function on paper, why its IT is down; explain() follows it.
    """

    status: NodeStatus
    level: int
    cause: Cause | None
    since: int
    capacity: float
    underlying: Cause | None = None
    compromised: bool = False
    exfiltrated: bool = False

    def same_state(self, other: NodeRecord) -> bool:
        """Equal in everything but the time it started."""
        return (
            self.status == other.status
            and self.level == other.level
            and self.cause == other.cause
            and self.capacity == other.capacity
            and self.underlying == other.underlying
            and self.compromised == other.compromised
            and self.exfiltrated == other.exfiltrated
        )


INITIAL = NodeRecord(NodeStatus.OPERATIONAL, UP, None, 0, 1.0)


@dataclass(frozen=True, slots=True)
class Intrinsic:
    """A node's own condition, before its dependencies: status, level and why."""

    status: NodeStatus
    cause: Cause | None
    compromised: bool = False
    exfiltrated: bool = False

    @property
    def level(self) -> int:
        return LEVEL_OF_STATUS[self.status]


@dataclass(frozen=True, slots=True)
class Paper:
    """The best working fallback of a function: its id and capacity."""

    fallback: str
    capacity: float


def make_record(
    t: int,
    own: Intrinsic,
    base: int,
    dependency: Cause | None,
    paper: Paper | None,
) -> NodeRecord:
    """The displayed record of a node whose level before any fallback is ``base``.

    ``base`` is min(own level, dependency constraints); ``dependency`` is the binding
    constraint's cause when a dependency, not the node itself, set the level.
    """
    flags = {"compromised": own.compromised, "exfiltrated": own.exfiltrated}
    if base == DOWN and paper is not None:
        underlying = own.cause if base == own.level else dependency
        cause = fallback_cause(paper.fallback, paper.capacity)
        return NodeRecord(NodeStatus.PAPER, DEGRADED, cause, t, paper.capacity, underlying, **flags)
    if base == own.level:
        return NodeRecord(own.status, base, own.cause, t, _CAPACITY_OF_LEVEL[base], **flags)
    status = _STATUS_OF_LEVEL[base]
    return NodeRecord(status, base, dependency, t, _CAPACITY_OF_LEVEL[base], **flags)

"""Availability levels, the statuses a node is shown in, and the states its history keeps.

The history stores ``State`` objects, which carry no time and are shared between nodes (every
node down because of a dependency holds the same object), so a change costs two list appends.
A state set by a dependency does not store which one: the cause is worked out from the
history when someone asks (explain.py), which keeps the cascade cheap.
"""

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
CAPACITY_OF_LEVEL = {UP: 1.0, DEGRADED: DEGRADED_CAPACITY, DOWN: 0.0}
_STATUS_OF_LEVEL = {
    UP: NodeStatus.OPERATIONAL,
    DEGRADED: NodeStatus.DEGRADED,
    DOWN: NodeStatus.DOWN,
}


@dataclass(frozen=True, slots=True)
class State:
    """A node's state, without its start time.

    ``by_dependency``: the level (or, on paper, the IT loss) comes from a dependency; the
    cause (or ``underlying``) is then left None here and resolved when read.
    """

    status: NodeStatus
    level: int
    capacity: float
    cause: Cause | None = None
    underlying: Cause | None = None
    by_dependency: bool = False
    compromised: bool = False
    exfiltrated: bool = False


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """A node's state from ``since`` on, with its cause: what the API returns.

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


@dataclass(frozen=True, slots=True)
class Paper:
    """The best working fallback of a function: its id and capacity."""

    fallback: str
    capacity: float


INITIAL = State(NodeStatus.OPERATIONAL, UP, 1.0)


def own_state(
    status: NodeStatus, cause: Cause | None, compromised: bool, exfiltrated: bool
) -> State:
    """The state a node's own condition gives it, dependencies aside."""
    level = LEVEL_OF_STATUS[status]
    return State(
        status, level, CAPACITY_OF_LEVEL[level], cause, None, False, compromised, exfiltrated
    )


# The state of a node lowered by a dependency: (level, compromised, exfiltrated) -> State.
BY_DEPENDENCY = {
    (level, compromised, exfiltrated): State(
        _STATUS_OF_LEVEL[level],
        level,
        CAPACITY_OF_LEVEL[level],
        None,
        None,
        True,
        compromised,
        exfiltrated,
    )
    for level in (DEGRADED, DOWN)
    for compromised in (False, True)
    for exfiltrated in (False, True)
}


def make_state(own: State, base: int, paper: Paper | None) -> State:
    """The state of a node whose own state is ``own`` and whose level before fallbacks is
    ``base`` (min of its own level and its dependencies' caps)."""
    if base == DOWN and paper is not None:
        from_itself = base == own.level
        return State(
            NodeStatus.PAPER,
            DEGRADED,
            paper.capacity,
            fallback_cause(paper.fallback, paper.capacity),
            own.cause if from_itself else None,
            not from_itself,
            own.compromised,
            own.exfiltrated,
        )
    if base == own.level:
        return own
    return BY_DEPENDENCY[base, own.compromised, own.exfiltrated]

"""What the public services board shows of each business function or public service (Qt-free).

Time down counts the time the service was fully down during its current disruption: the
paper fallback is what keeps a service under its maximum tolerable downtime (MTD), so time
on paper does not count; the disruption itself starts when the service stops fully working.

While nothing changes in the simulation, a row moves on by arithmetic alone (``row_later``):
only a service fully down counts more time down, so a new minute reads no history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from crisis_sim.core.scenario.model_graph import Node, NodeKind
from crisis_sim.core.sim import DOWN, UP, NodeRecord, NodeStatus
from crisis_sim.gui.describe import StateSource


class ServiceRow(NamedTuple):
    # A tuple: hundreds of rows are compared and moved on every minute of play.
    node_id: str
    public: bool  # a public service (residents) rather than an internal business function
    status: NodeStatus
    level: int  # UP, DEGRADED or DOWN: only DOWN counts as time down
    capacity: float
    disrupted_since: int | None  # start of the current disruption, None when working
    down_for: int  # seconds fully down during the current disruption
    mtd: int | None
    serves: int
    fallback: str | None  # the paper fallback at work, if any

    @property
    def affected(self) -> int:
        """People served who do not get the service: all of them when down, the share the
        fallback cannot take when on paper, half when degraded."""
        return round(self.serves * (1.0 - self.capacity))

    @property
    def over_mtd(self) -> bool:
        return self.mtd is not None and self.down_for > self.mtd


def service_row(
    node: Node, source: StateSource, t: int, record: NodeRecord | None = None
) -> ServiceRow:
    """The row of ``node`` at ``t``; ``record`` is its state then, if already read. A row
    shows no cause: both are read without them (a paper fallback is the state's own)."""
    record = source.state_at(node.id, t, causes=False) if record is None else record
    since, down_for = None, 0
    if record.level < UP:  # a working service has no disruption: no need for its history
        history = [r for r in source.timeline(node.id, causes=False) if r.since <= t]
        since, down_for = current_disruption(history, t)
    return ServiceRow(
        node_id=node.id,
        public=node.kind is NodeKind.PUBLIC_SERVICE,
        status=record.status,
        level=record.level,
        capacity=record.capacity,
        disrupted_since=since,
        down_for=down_for,
        mtd=node.mtd,
        serves=node.serves,
        fallback=record.cause.ref if record.status is NodeStatus.PAPER and record.cause else None,
    )


def row_later(row: ServiceRow, elapsed: int) -> ServiceRow:
    """The row ``elapsed`` seconds later, when the service's state has not changed since:
    the same as ``service_row`` then, without reading the history again."""
    if row.disrupted_since is None or row.level != DOWN or elapsed == 0:
        return row
    return row._replace(down_for=row.down_for + elapsed)


def current_disruption(history: Sequence[NodeRecord], t: int) -> tuple[int | None, int]:
    """When the disruption going on at ``t`` began, and how long it was fully down since.

    ``history`` is the node's records up to ``t``, oldest first (its timeline).
    """
    start = len(history)
    while start > 0 and history[start - 1].level < UP:
        start -= 1
    if start == len(history):
        return None, 0
    down = 0
    for i in range(start, len(history)):
        end = history[i + 1].since if i + 1 < len(history) else t
        if history[i].level == DOWN:
            down += end - history[i].since
    return history[start].since, down

"""Each node's history, kept as the times it changed: any past moment is a bisect away.

Only nodes that ever changed hold lists; the others read as INITIAL (operational since 0),
so a million untouched nodes cost two pointers each. Several changes at the same time keep
only the last, so a record describes the state once everything at that time has settled.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from crisis_sim.core.sim.states import INITIAL, UP, NodeRecord


class History:
    def __init__(self, size: int) -> None:
        self._times: list[list[int] | None] = [None] * size
        self._records: list[list[NodeRecord] | None] = [None] * size

    def last(self, node: int) -> NodeRecord:
        records = self._records[node]
        return records[-1] if records else INITIAL

    def at(self, node: int, t: int) -> NodeRecord:
        times = self._times[node]
        if not times:
            return INITIAL
        i = bisect_right(times, t) - 1
        return self._records[node][i] if i >= 0 else INITIAL  # type: ignore[index]

    def timeline(self, node: int) -> list[NodeRecord]:
        return list(self._records[node] or ())

    def record(self, node: int, t: int, record: NodeRecord) -> bool:
        """Keep ``record`` from ``t`` on; False when it changes nothing."""
        times, records = self._times[node], self._records[node]
        if times is None or records is None:
            if record.same_state(INITIAL):
                return False
            self._times[node], self._records[node] = [t], [record]
            return True
        if records[-1].same_state(record):
            return False
        if times[-1] == t:
            times.pop()
            records.pop()
            previous = records[-1] if records else INITIAL
            if previous.same_state(record):
                return True  # back to what it was before t: the change at t vanishes
        times.append(t)
        records.append(record)
        return True

    def max_level(self, node: int, start: int, end: int) -> int:
        """The best level the node had over [start, end): what a delayed dependent still sees."""
        times = self._times[node]
        if not times:
            return UP
        records = self._records[node]
        assert records is not None
        first = bisect_right(times, start) - 1
        best = records[first].level if first >= 0 else UP
        for i in range(first + 1, bisect_left(times, end)):
            if best == UP:
                break
            best = max(best, records[i].level)
        return best

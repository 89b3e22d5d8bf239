"""Each node's history, kept as the times it changed: any past moment is a short walk away.

All changes go to one append-only log (three flat lists); each entry points to the previous
entry of the same node, and each node to its newest entry. A node changes a handful of times
in an exercise, so walking back is short, and a cascade over a large graph allocates no
per-node containers (millions of small lists made the garbage collector a third of the cost).
Nodes that never changed read as INITIAL (operational since 0).

Several changes at the same time keep only the last, so a state describes the node once
everything at that time has settled.
"""

from __future__ import annotations

from itertools import repeat

from crisis_sim.core.sim.states import INITIAL, UP, State

NONE = -1  # "no entry"


class History:
    def __init__(self, size: int) -> None:
        self._newest: list[int] = [NONE] * size
        self._time: list[int] = []
        self._state: list[State] = []
        self._previous: list[int] = []
        # Time and level of each node's newest entry (-1 and UP if none), kept apart so the
        # engine's hot loop answers most delayed views without walking the log (see window).
        self.newest_time: list[int] = [NONE] * size
        self.newest_level: list[int] = [UP] * size

    def last(self, node: int) -> State:
        entry = self._newest[node]
        return self._state[entry] if entry != NONE else INITIAL

    def at(self, node: int, t: int) -> tuple[int, State]:
        """(since, state) of the node at ``t``; ``since`` is 0 for a node never changed."""
        entry = self._newest[node]
        while entry != NONE and self._time[entry] > t:
            entry = self._previous[entry]
        return (self._time[entry], self._state[entry]) if entry != NONE else (0, INITIAL)

    def changes(self, node: int) -> list[tuple[int, State]]:
        """Every (since, state) of the node, oldest first."""
        found = []
        entry = self._newest[node]
        while entry != NONE:
            found.append((self._time[entry], self._state[entry]))
            entry = self._previous[entry]
        return found[::-1]

    def record(self, node: int, t: int, state: State) -> State | None:
        """Keep ``state`` from ``t`` on; returns the state it replaces, None if no change."""
        entry = self._newest[node]
        current = self._state[entry] if entry != NONE else INITIAL
        if current is state or (current.level == state.level and current == state):
            return None
        if entry != NONE and self._time[entry] == t:
            return self._replace_same_time(node, entry, state)
        self._time.append(t)
        self._state.append(state)
        self._previous.append(entry)
        self._newest[node] = len(self._time) - 1
        self.newest_time[node], self.newest_level[node] = t, state.level
        return current

    def append_changes(
        self, t: int, nodes: list[int], states: list[State], levels: list[int]
    ) -> None:
        """Keep each node's state (of level ``levels[i]``) from ``t`` on: the vector path's
        bulk ``record``, for nodes whose newest entry is older than ``t`` and whose state
        changes (it checked both)."""
        newest, first, count = self._newest, len(self._time), len(nodes)
        self._previous.extend([newest[node] for node in nodes])
        self._time.extend(repeat(t, count))
        self._state.extend(states)
        newest_time, newest_level = self.newest_time, self.newest_level
        for node, entry, level in zip(nodes, range(first, first + count), levels, strict=True):
            newest[node], newest_time[node], newest_level[node] = entry, t, level

    def entry_before_newest(self, node: int) -> tuple[int, int]:
        """(time, level) of the entry before the node's newest; (NONE, UP) if none."""
        entry = self._newest[node]
        entry = self._previous[entry] if entry != NONE else NONE
        return (self._time[entry], self._state[entry].level) if entry != NONE else (NONE, UP)

    def _replace_same_time(self, node: int, entry: int, state: State) -> State:
        replaced = self._state[entry]
        before = self._previous[entry]
        if (self._state[before] if before != NONE else INITIAL) == state:
            self._newest[node] = before  # back to what it was before t: the change vanishes
            self.newest_time[node] = self._time[before] if before != NONE else NONE
        else:
            self._state[entry] = state
        self.newest_level[node] = state.level
        return replaced

    def level_before(self, node: int, t: int) -> int:
        """The level the node had just before ``t``."""
        entry = self._newest[node]
        while entry != NONE and self._time[entry] >= t:
            entry = self._previous[entry]
        return self._state[entry].level if entry != NONE else UP

    def max_level(self, node: int, start: int, end: int) -> int:
        """The best level the node had over [start, end): what a delayed dependent still sees."""
        entry = self._newest[node]
        time, previous, state = self._time, self._previous, self._state
        while entry != NONE and time[entry] >= end:
            entry = previous[entry]
        best = -1
        while entry != NONE:
            level = state[entry].level
            if level > best:
                best = level
            if time[entry] <= start or best == UP:
                return best
            entry = previous[entry]
        return UP  # the window reaches back before the first change: the node was UP

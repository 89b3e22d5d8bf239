"""The engine's vector path: a large settle lowered and recorded with numpy, set by set.

Same rules and results as the per-node path of engine.py (the property tests run both).

Lowering in waves (Jacobi): every node of the frontier is evaluated from the levels before
the wave, those that dropped take their new level, and their dependents make the next
frontier (immediate ones; all of them for a node reset at this instant). Levels only go
down and a node's level is a monotone function of its providers', so from above the greatest
fixed point any order of lowering reaches it: the levels are the worklist's. The set looked
at is the same too (the start, and the dependents of every node that dropped), hence the
same nodes to record. When the frontier gets small, the per-node worklist finishes: numpy's
fixed cost per wave would then exceed the work.

Recording: the common case (no fallback working, newest entry older than now, a drop below
the node's own level, so the state is the shared ``BY_DEPENDENCY`` one) is appended to the
history in bulk; the rest goes through the per-node code. Automatic fallbacks still arm in
node order (their events' counters follow it); delayed dependents wait as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from crisis_sim.core.sim.history import NONE
from crisis_sim.core.sim.states import BY_DEPENDENCY, DEGRADED, DOWN, UP
from crisis_sim.core.sim.vector import INDEX, TIME, arrays_for, ranges

if TYPE_CHECKING:
    from crisis_sim.core.sim.engine import Simulation

# State set by a dependency, by code level * 4 + compromised * 2 + exfiltrated (level < UP).
_BY_CODE = np.empty(8, dtype=object)
for (_level, _compromised, _exfiltrated), _state in BY_DEPENDENCY.items():
    _BY_CODE[_level * 4 + _compromised * 2 + _exfiltrated] = _state


class VectorSettle:
    def __init__(self, sim: Simulation) -> None:
        self._sim = sim
        self._graph = arrays_for(sim.compiled)  # built once per compiled graph
        history, world = sim.history, sim.world
        # Copies of the per-node path's lists (numpy cannot view a list, and typed arrays
        # numpy could view cost that path a quarter more): catch_up and pull keep them equal.
        self._level_list, self._own_list = sim._level, world.own_level
        self._flags_list, self._floor_list = world.own_flags, world.fallbacks.floor
        self._history = history
        size = len(sim._level)
        self._level = np.full(size, UP, np.int8)
        self._own = np.full(size, UP, np.int8)
        self._flags = np.zeros(size, np.int8)
        self._floor = np.full(size, DOWN, np.int8)
        self._since = np.full(size, NONE, TIME)  # time and level of the newest entry
        self._last = np.full(size, UP, np.int8)
        # The entry before each node's newest, for windows that start before the newest change.
        self._before_since = np.full(size, NONE, TIME)
        self._before = np.full(size, UP, np.int8)
        self._arms = np.zeros(size, np.bool_)  # functions that arm automatic fallbacks
        self._arms[sim._arming] = True

    def catch_up(self, changed: list[set[int]] | None) -> None:
        """Copy what the per-node path changed (None: maybe every node) since the last look."""
        self.pull(range(len(self._level)) if changed is None else set().union(*changed))

    def pull(self, nodes: Iterable[int]) -> None:
        """Copy the nodes' values from the lists: level, own level and flags, floor, newest
        entries."""
        order = list(nodes)
        index = np.fromiter(order, INDEX, len(order))
        history = self._history
        for copy, values in (
            (self._level, self._level_list),
            (self._own, self._own_list),
            (self._flags, self._flags_list),
            (self._floor, self._floor_list),
            (self._since, history.newest_time),
            (self._last, history.newest_level),
        ):
            copy[index] = [values[node] for node in order]
        self._pull_before(order, index)

    def _pull_before(self, order: list[int], index: np.ndarray) -> None:
        before = [self._history.entry_before_newest(node) for node in order]
        if before:
            times, levels = zip(*before, strict=True)
            self._before_since[index] = times
            self._before[index] = levels

    def _push_levels(self, nodes: np.ndarray) -> None:
        """Write the vector path's new levels back to the per-node path's list."""
        levels = self._level_list
        for node, level in zip(nodes.tolist(), self._level[nodes].tolist(), strict=True):
            levels[node] = level

    # --- lowering ---------------------------------------------------------------------------

    def descend(self, t: int, frontier: np.ndarray, small: int) -> np.ndarray:
        """Lower to the greatest fixed point from ``frontier`` (sorted, unique); the nodes to
        record, sorted."""
        reset = self._reset_mask(t)
        found = []
        while len(frontier) and len(frontier) >= small:
            dropped, on_paper = self._wave(t, frontier)
            found += (dropped, on_paper)
            self._push_levels(dropped)
            frontier = self._reached(dropped, reset)
        if len(frontier):
            rest = self._sim._descend(t, set(frontier.tolist()))
            self.pull(rest)
            found.append(np.fromiter(rest, INDEX, len(rest)))
        return self._unique(np.concatenate(found)) if found else np.empty(0, INDEX)

    def _reset_mask(self, t: int) -> np.ndarray | None:
        sim = self._sim
        if sim._reset_time != t or not sim._reset:
            return None
        mask = np.zeros(len(self._level), np.bool_)
        mask[np.fromiter(sim._reset, INDEX, len(sim._reset))] = True
        return mask

    def _wave(self, t: int, frontier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Evaluate the frontier once: (nodes that dropped, nodes at a DEGRADED floor)."""
        level, floor = self._level[frontier], self._floor[frontier]
        at_floor = level <= floor  # as low as it can go: nothing to evaluate
        on_paper = frontier[at_floor & (floor == DEGRADED)]
        nodes = frontier[~at_floor]
        new = np.maximum(floor[~at_floor], self._capped(t, nodes))
        dropped = new < level[~at_floor]
        self._level[nodes[dropped]] = new[dropped]
        return nodes[dropped], on_paper

    def _capped(self, t: int, nodes: np.ndarray) -> np.ndarray:
        """Each node's own level capped by its groups (before the floor of a fallback)."""
        g = self._graph
        best = self._own[nodes].copy()
        groups, owner = ranges(g.group_offsets, nodes)
        if len(groups) == 0:
            return best
        cap = self._group_levels(t, groups)
        cap = np.where(g.hard[groups], cap, np.maximum(cap, DEGRADED))  # soft: at worst DEGRADED
        np.minimum.at(best, owner, cap.astype(np.int8))
        return best

    def _group_levels(self, t: int, groups: np.ndarray) -> np.ndarray:
        """UP if k providers are UP in view, DEGRADED if k are at least DEGRADED, else DOWN."""
        g = self._graph
        members, group = ranges(g.provider_offsets, groups)
        seen = self._views(t, g.providers[members], g.delay[groups][group])
        count = len(groups)
        up = np.bincount(group[seen == UP], minlength=count)
        usable = np.bincount(group[seen >= DEGRADED], minlength=count)
        required = g.required[groups]
        return np.where(up >= required, UP, np.where(usable >= required, DEGRADED, DOWN))

    def _views(self, t: int, providers: np.ndarray, delays: np.ndarray) -> np.ndarray:
        """How dependents behind ``delays`` see the providers: engine._view, element-wise."""
        seen = self._level[providers].astype(INDEX)
        behind = np.flatnonzero((delays > 0) & (seen < UP))
        if len(behind) == 0:
            return seen
        who, start = providers[behind], t - delays[behind]
        since, past = self._since[who], self._last[who].astype(TIME)
        # Window [start, t) within the newest state; or over it and the one before, when
        # that one began before the window or was UP (nothing older can then do better).
        within = since <= start  # start < t: the newest entry is before now
        before = self._before[who]
        two = (since < t) & ~within & ((before == UP) | (self._before_since[who] <= start))
        past[two] = np.maximum(past[two], before[two])
        walk = np.flatnonzero(~(within | two))
        if len(walk):
            max_level = self._sim.history.max_level
            past[walk] = [
                max_level(node, begin, t)
                for node, begin in zip(who[walk].tolist(), start[walk].tolist(), strict=True)
            ]
        seen[behind] = np.maximum(seen[behind], past)
        return seen

    def _reached(self, dropped: np.ndarray, reset: np.ndarray | None) -> np.ndarray:
        """The next frontier: what the drops reach now (all dependents of a reset node)."""
        g = self._graph
        if reset is None:
            reset_nodes, others = dropped[:0], dropped
        else:
            is_reset = reset[dropped]
            reset_nodes, others = dropped[is_reset], dropped[~is_reset]
        every, _ = ranges(g.dependent_offsets, reset_nodes)
        immediate, _ = ranges(g.immediate_offsets, others)
        return self._unique(np.concatenate((g.dependents[every], g.immediate[immediate])))

    def union(self, nodes: set[int], *more: np.ndarray) -> np.ndarray:
        """The nodes of the set and the arrays, sorted, each once."""
        return self._unique(np.concatenate((np.fromiter(nodes, INDEX, len(nodes)), *more)))

    def _unique(self, nodes: np.ndarray) -> np.ndarray:
        """Sorted, each once: marks over the nodes (np.unique's hashing cost ten times more)."""
        marks = np.zeros(len(self._level), np.bool_)
        marks[nodes] = True
        return np.flatnonzero(marks)

    # --- recording --------------------------------------------------------------------------

    def record(self, t: int, nodes: np.ndarray) -> None:
        """Keep the states of ``nodes`` (sorted, unique) at ``t``, as engine._record does."""
        level = self._level[nodes]
        bulk = (
            (self._floor[nodes] == DOWN)
            & (self._since[nodes] < t)
            & (level < self._last[nodes])
            & (level < self._own[nodes])
        )
        to_arm: list[int] = []
        rest = nodes[~bulk].tolist()
        self._sim._record(t, rest, to_arm)
        self.pull(rest)
        dropped, level = nodes[bulk], level[bulk]
        if len(dropped):
            self._append(t, dropped, level)
            self._wake_delayed(t, dropped)
            to_arm += dropped[(level == DOWN) & self._arms[dropped]].tolist()
        arm = self._sim.world.arm_automatic
        for node in sorted(to_arm):
            arm(node, t)

    def _append(self, t: int, nodes: np.ndarray, level: np.ndarray) -> None:
        codes = level.astype(INDEX) * 4 + self._flags[nodes]
        states = _BY_CODE[codes].tolist()
        self._history.append_changes(t, nodes.tolist(), states, level.tolist())
        self._before_since[nodes] = self._since[nodes]
        self._before[nodes] = self._last[nodes]
        self._since[nodes] = t
        self._last[nodes] = level

    def _wake_delayed(self, t: int, dropped: np.ndarray) -> None:
        """A drop at t reaches a dependent behind a delay d at t + d."""
        g = self._graph
        pairs, _ = ranges(g.delayed_offsets, dropped)
        if len(pairs) == 0:
            return
        order = np.argsort(g.delayed_delay[pairs], kind="stable")
        delays, dependents = g.delayed_delay[pairs][order], g.delayed[pairs][order]
        starts = np.flatnonzero(np.diff(delays, prepend=-1))  # where each delay's run starts
        ends = np.append(starts[1:], len(delays))
        sim = self._sim
        for delay, start, end in zip(delays[starts].tolist(), starts, ends, strict=True):
            sim._waiting(t + delay)  # the event that will settle them then (made once)
            sim._arrived.setdefault(t + delay, []).append(dependents[start:end])

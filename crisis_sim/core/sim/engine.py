"""The outage simulation: how failures spread over the dependency graph, event by event.

Semantics (the reference in reference.py implements the same rules the naive way)
----------------------------------------------------------------------------------
Levels: UP=2, DEGRADED=1, DOWN=0. Statuses map to levels: operational and compromised are
UP; degraded and paper are DEGRADED; down, encrypted, isolated and restoring are DOWN.

A node's own condition comes from attack steps and decisions (conditions.py): encrypted
(until restored), disabled (denial of service), degraded (defacement), compromised (a foothold;
the node still works), isolated, shut down, restoring (until the restore ends), failed (a
what-if, until repaired). Its own level is that of the status the first set flag gives,
in that order of precedence.

A dependent v sees a provider u across an edge of delay d as ``view(u, t)`` = the best level
u had over [t-d, t]: a failure must last d to reach v; a recovery reaches it at once, which is
why cycles never oscillate. A dependency group (k of n providers, k = 1 for a single one) is
UP if at least k providers are UP in view, DEGRADED if at least k are at least DEGRADED,
else DOWN. A hard dependency caps v at the group's level; a soft one caps v at DEGRADED
when the group is below UP. v's level is the minimum of its own level and every cap; at each
instant the levels are the GREATEST fixed point of these equations, so a cycle of hard
dependencies neither hangs nor stays down once the failure that brought it down is repaired.

A business function or public service whose level (before fallbacks) is DOWN is ``paper``
(level DEGRADED, capacity of its best working fallback) once a fallback works. An automatic
fallback arms the first time its function goes down, an on-decision one when a decision
activates it; it works after its activation delay (unprepared delay if not prepared, never if
that is missing) and stays available. When the IT comes back the function is operational.

Attack steps (reach.py) reach zones through the links still in place: from their ``entry``
zone, or else from the zones of current footholds (compromised nodes neither isolated, shut
down nor being restored). Isolating a zone cuts all its links; zones only matter for the
attack, not for dependencies. Targets isolated, shut down or being restored are protected;
containment after a step never undoes what it did. A step dated before T0 happens at T0.

A restore (restore.py) makes the node ``restoring`` for its duration (default: its restore
effort), clearing everything but the exfiltration; when it ends the node's own condition is
clean, and it still obeys its dependencies. An encrypted node needs an offline backup (online
and none are refused; untested is drawn from the seed and node id, and a failed one ends
encrypted again and is refused afterwards). Fail/Repair are what-if failures of a node.

Same-time events come out by (time, priority, insertion counter) (events.py): restores
ending, then decisions and what-ifs, then attack steps, then fallbacks starting to work and
delayed failures arriving. After the events of one time the levels settle; the history keeps
only the state once that time has settled. A state set by a dependency stores no cause: the
cause is read back from the history at the time asked (reading.py), so both engines share it.

How this engine settles (the reference instead recomputes every node from the top)
---------------------------------------------------------------------------------
Nodes whose own level rose (restore, repair, a fallback starting to work) and everything
downstream are reset to their ceiling (own level, or DEGRADED for a function on paper),
then every node whose inputs may have dropped is lowered step by step to the greatest fixed
point. Nodes that only dropped need no reset: the old fixed point is above the new one, so
lowering from it reaches the greatest. A drop at t wakes the dependents behind a delay d at
t + d. Only the region a change can reach is ever looked at.

A large settle (from VECTOR_FROM nodes to look at; for a simulation's first, also a share of
the graph) is lowered and recorded with numpy, whole sets at a time (vector_settle.py), with
the same results; a small one node by node, so the cost still follows the incident.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

import networkx as nx
import numpy as np

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim.compiled import CompiledGraph, compile_graph, compiled_for
from crisis_sim.core.sim.kernel import Kernel
from crisis_sim.core.sim.states import BY_DEPENDENCY, DEGRADED, DOWN, UP, make_state
from crisis_sim.core.sim.vector_settle import VectorSettle

# From this many nodes to look at, a settle runs on numpy arrays: below, numpy's fixed cost
# per operation (microseconds) outweighs the per-node loop's (measured in performance.md).
VECTOR_FROM = 200
# But the vector path's first settle in a simulation must also look at this share of the
# graph: setting it up costs O(nodes) (and building the graph's arrays, once per compiled
# graph, about as much as settling every node one by one), which a small incident on a large
# graph must not pay.
VECTOR_SHARE = 1 / 50


class Simulation(Kernel):
    """The fast engine. ``graph`` (an edited networkx graph) or ``compiled`` replace the
    scenario's own graph, for what-if analyses; the scenario still gives zones, attack,
    decisions and fallbacks."""

    def __init__(
        self,
        scenario: Scenario,
        *,
        seed: int | None = None,
        graph: nx.DiGraph | None = None,
        compiled: CompiledGraph | None = None,
    ) -> None:
        if compiled is None:
            compiled = compile_graph(graph) if graph is not None else compiled_for(scenario)
        super().__init__(scenario, compiled, seed)
        self._level = [UP] * len(compiled)
        # The hot loop reads these lists directly (they are the world's and graph's own).
        self._own_level = self.world.own_level
        self._floor = self.world.fallbacks.floor
        self._groups = compiled.groups
        self._past = self.history.max_level
        self._since, self._last = self.history.newest_time, self.history.newest_level
        self._reset_time, self._reset = -1, set[int]()  # nodes reset at _reset_time
        self._vector: VectorSettle | None = None  # made on the first large settle
        # What per-node settles changed since the vector path last looked (it copies those
        # nodes' values); None once that is more than every node.
        self._unseen: list[set[int]] | None = []
        self._unseen_count = 0
        # Nodes the vector path wakes at a time (as numpy arrays): Kernel._arrivals, in bulk.
        self._arrived: dict[int, list[np.ndarray]] = {}

    def _settle(self, t: int, raised: set[int], lowered: set[int], woken: set[int]) -> None:
        region = self._reset_region(t, raised)
        start = region | lowered | woken
        arrived = self._arrived.pop(t, ())  # woken too, by the vector path
        if not self._large(len(start) + sum(map(len, arrived))):
            for nodes in arrived:
                start.update(nodes.tolist())
            to_record = self._descend(t, start)
            nodes = region | lowered | to_record
            self._record(t, nodes)
            self._note_unseen(nodes)
            return
        if self._vector is None:
            self._vector = VectorSettle(self)
        self._note_unseen(region | lowered)
        self._vector.catch_up(self._unseen)
        self._unseen, self._unseen_count = [], 0
        found = self._vector.descend(t, self._vector.union(start, *arrived), VECTOR_FROM)
        self._vector.record(t, self._vector.union(region | lowered, found))

    def _large(self, size: int) -> bool:
        """Whether a settle looking at ``size`` nodes takes the vector path."""
        if size < VECTOR_FROM:
            return False
        return self._vector is not None or size >= VECTOR_SHARE * len(self._level)

    def _note_unseen(self, nodes: set[int]) -> None:
        """Every node whose level, own level, floor or history the per-node path or the world
        may have changed is in the settle's nodes to record: the vector path copies those."""
        if self._unseen is not None:
            self._unseen.append(nodes)
            self._unseen_count += len(nodes)
            if self._unseen_count > len(self._level):
                self._unseen = None

    def _reset_region(self, t: int, raised: set[int]) -> set[int]:
        """Put the raised nodes and everything downstream back to their ceiling."""
        if t != self._reset_time:
            self._reset_time, self._reset = t, set()
        region = self._downstream(raised)
        self._reset |= region
        own, floor, level = self._own_level, self._floor, self._level
        for node in region:
            level[node] = max(own[node], floor[node])
        return region

    def _downstream(self, starts: set[int]) -> set[int]:
        dependents = self.compiled.dependents
        seen, stack = set(starts), list(starts)
        while stack:
            for dependent in dependents[stack.pop()]:
                if dependent not in seen:
                    seen.add(dependent)
                    stack.append(dependent)
        return seen

    def _descend(self, t: int, start: set[int]) -> set[int]:
        """Lower levels to the greatest fixed point; returns the nodes whose state may change:
        those lowered, and functions on paper looked at (their IT may have gone down below)."""
        level, floor, reset = self._level, self._floor, self._reset
        dependents, immediate = self.compiled.dependents, self.compiled.immediate_dependents
        queue = deque(sorted(start))
        queued, to_record = set(start), set()
        while queue:
            node = queue.popleft()
            queued.discard(node)
            if level[node] <= floor[node]:
                if floor[node] == DEGRADED:
                    to_record.add(node)
                continue  # already as low as it can go
            new = self._evaluate(node, t)
            if new < level[node]:
                level[node] = new
                to_record.add(node)
                # Behind a delay a dependent still sees the level the node had just before
                # now: the drop reaches it after the delay (_record wakes it then). But a
                # node reset at this instant drops from a ceiling no dependent saw before.
                reached = dependents[node] if node in reset else immediate[node]
                for dependent in reached:
                    if dependent not in queued:
                        queued.add(dependent)
                        queue.append(dependent)
        return to_record

    def _evaluate(self, node: int, t: int) -> int:
        """The node's level given its providers' current views (the hot loop)."""
        floor = self._floor[node]
        best = self._own_level[node]
        if best <= floor:
            return floor
        level = self._level
        for providers, required, hard, delay, _ in self._groups[node]:
            if required == 1 and len(providers) == 1:
                provider = providers[0]
                got = level[provider]
                if delay and got < UP:
                    # _view inlined: the hot loop's most frequent call.
                    since = self._since[provider]
                    if since <= t - delay:  # (delay > 0: its newest entry is before now)
                        past = self._last[provider]
                    else:
                        past = self._past(provider, t - delay, t)
                    got = past if past > got else got
            else:
                got = self._group_level(providers, required, delay, t)
            if not hard and got < UP:
                got = DEGRADED
            if got < best:
                best = got
                if best <= floor:
                    return floor
        return best

    def _group_level(self, providers: tuple[int, ...], required: int, delay: int, t: int) -> int:
        up = usable = 0
        level, view = self._level, self._view
        for provider in providers:
            got = level[provider]
            if delay and got < UP:
                got = view(provider, delay, t)
            if got == UP:
                up += 1
                usable += 1
            elif got == DEGRADED:
                usable += 1
        return UP if up >= required else DEGRADED if usable >= required else DOWN

    def _view(self, provider: int, delay: int, t: int) -> int:
        """How a dependent behind ``delay`` sees the provider: its best level over [t-delay, t]."""
        got = self._level[provider]
        if delay and got < UP:
            since = self._since[provider]
            if since <= t - delay:  # (delay > 0: its newest entry is before now)
                past = self._last[provider]  # the window lies within its newest state
            else:
                past = self._past(provider, t - delay, t)
            got = past if past > got else got
        return got

    def _record(self, t: int, nodes: Iterable[int], to_arm: list[int] | None = None) -> None:
        """Keep the nodes' states at ``t``; with ``to_arm``, functions whose automatic
        fallbacks must arm are added to it instead (the vector path arms them in order)."""
        level, own, floor = self._level, self.world.own, self._floor
        paper = self.world.fallbacks.paper
        # Kernel._publish inlined (the hot path): keep the state, arm automatic fallbacks.
        record, arms, arm = self.history.record, self._arms_automatic, self.world.arm_automatic
        delayed, arrivals = self.compiled.delayed_dependents, self._arrivals
        by_dependency = BY_DEPENDENCY
        for node in sorted(nodes):
            mine = own[node]
            if floor[node] == DOWN:
                # No working fallback (the floor says so): the level is the base, and
                # make_state's answer is one of these two, without the call.
                base = level[node]
                if base == mine.level:
                    state = mine
                else:
                    state = by_dependency[base, mine.compromised, mine.exfiltrated]
            else:  # on paper or back: look below the paper
                base = self._base(node, t)
                state = make_state(mine, base, paper(node))
            previous = record(node, t, state)
            if base == DOWN and arms[node]:
                if to_arm is None:
                    arm(node, t)
                else:
                    to_arm.append(node)
            if previous is not None and state.level < previous.level:
                # A drop at t reaches a dependent behind a delay d at t + d.
                for dependent, delay in delayed[node]:
                    waiting = arrivals.get(t + delay)
                    if waiting is None:
                        waiting = self._waiting(t + delay)
                    waiting.add(dependent)

    def _base(self, node: int, t: int) -> int:
        """The node's level before fallbacks: min of its own level and its groups' caps."""
        base = self._own_level[node]
        for providers, required, hard, delay, _ in self._groups[node]:
            if required == 1 and len(providers) == 1:
                got = self._view(providers[0], delay, t)
            else:
                got = self._group_level(providers, required, delay, t)
            base = min(base, DEGRADED if not hard and got < UP else got)
        return base

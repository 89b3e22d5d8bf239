"""The discrete-event kernel both engines share: queue, clock, history and the public API.

Subclasses only say how levels settle at one instant (``_settle``): the fast engine over the
compiled lists, the reference over the networkx graph. Everything else (what events do to
the nodes' own conditions, the order of events, how changes are recorded) is this code, once.
"""

from __future__ import annotations

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim.actions import Action, Item, items_of
from crisis_sim.core.sim.compiled import CompiledGraph
from crisis_sim.core.sim.errors import InvalidTimeError
from crisis_sim.core.sim.events import (
    ACTION,
    ARRIVAL,
    ATTACK,
    ApplyItems,
    Arrival,
    EventQueue,
    FallbackWorks,
    RestoreDone,
    Step,
)
from crisis_sim.core.sim.explain import Link, explain_chain
from crisis_sim.core.sim.history import History
from crisis_sim.core.sim.reach import StepOutcome
from crisis_sim.core.sim.reading import Reader
from crisis_sim.core.sim.states import DOWN, NodeRecord, State
from crisis_sim.core.sim.world import Refusal, World


class Kernel:
    def __init__(self, scenario: Scenario, compiled: CompiledGraph, seed: int | None) -> None:
        self.scenario = scenario
        self.compiled = compiled
        self.seed = scenario.meta.seed if seed is None else seed
        self.now = 0
        self.history = History(len(compiled))
        self._reader = Reader(compiled, self.history)
        self._queue = EventQueue()
        self.world = World(scenario, compiled, self.seed, self._queue.push)
        # Only functions with an automatic fallback arm anything when they go down. Found
        # from the fallbacks: a what-if analysis starts thousands of engines on one graph.
        self._arming = [f for f in self.world.fallbacks.with_automatic() if compiled.is_function[f]]
        self._arms_automatic = [False] * len(compiled)
        for function in self._arming:
            self._arms_automatic[function] = True
        self._arrivals: dict[int, set[int]] = {}
        self._schedule_attack()
        if compiled.unsatisfiable:
            self._waiting(0).update(compiled.unsatisfiable)

    def _schedule_attack(self) -> None:
        # A step dated before T0 (e.g. 'J-1') has happened when the exercise starts.
        for step in self.scenario.attack.steps if self.scenario.attack else ():
            self._queue.push(max(step.at, 0), ATTACK, Step(step))

    # --- time -------------------------------------------------------------------------------

    def peek(self) -> int | None:
        """Time of the next event, or None if nothing more is scheduled."""
        return self._queue.next_time()

    def step(self) -> None:
        """Process every event at the next event time, and settle the levels."""
        t = self.peek()
        if t is None:
            return
        self.now = t
        while self._queue.next_time() == t:
            woken: set[int] = set()
            while self._queue.next_time() == t:
                self._process(self._queue.pop(), t, woken)
            raised, lowered = self.world.drain()
            self._settle(t, raised, lowered, woken - raised - lowered)

    def run(self, until: int) -> None:
        """Process every event up to and including ``until``; ``now`` becomes ``until``."""
        self._check_not_past(until)
        while (t := self.peek()) is not None and t <= until:
            self.step()
        self.now = until

    def apply(self, action: Action, at: int | None = None) -> None:
        """Apply a decision (by id), an Effect, Fail or Repair at ``at`` (default: now).

        At ``now`` it takes effect at once, or raises and changes nothing. Later, it is
        scheduled; a restore then refused is noted in ``refusals`` instead.
        Preconditions of decisions are not checked here: that is the exercise's job.
        """
        at = self.now if at is None else at
        source, items = self.check(action, at)
        self._queue.push(at, ACTION, ApplyItems(items, source))
        if at == self.now:
            self.step()

    def check(self, action: Action, at: int | None = None) -> tuple[str | None, tuple[Item, ...]]:
        """Raise what ``apply`` would raise, changing nothing; (decision id, effects) if fine."""
        at = self.now if at is None else at
        self._check_not_past(at)
        source, items = items_of(action, self.scenario)
        self.world.check(items, now=at == self.now)
        return source, items

    def _process(self, event: object, t: int, woken: set[int]) -> None:
        if isinstance(event, RestoreDone):
            self.world.finish_restore(event.node, event.token)
        elif isinstance(event, ApplyItems):
            self.world.apply(event.items, t, event.source)
        elif isinstance(event, Step):
            self.world.run_step(event.step, t)
        elif isinstance(event, FallbackWorks):
            self.world.start_fallback(event.fallback)
        elif isinstance(event, Arrival):
            woken |= self._arrivals.pop(t, set())

    def _check_not_past(self, t: int) -> None:
        if t < 0:
            raise InvalidTimeError(f"time {t} is before T0 (0)")
        if t < self.now:
            raise InvalidTimeError(f"time {t} is before now ({self.now}); time only moves on")

    # --- reading ----------------------------------------------------------------------------

    def state_at(self, node_id: str, t: int | None = None, *, causes: bool = True) -> NodeRecord:
        """The node's state at ``t`` (default: now), any time from 0 to now.

        Its cause is the one at ``t``: a node down since 10:00 because of srv, and still down
        at 11:00 because of san once srv is back, answers san at 11:00. Without ``causes``,
        a state set by a dependency comes with no cause (None), which is much cheaper.
        """
        return self._record_at(self.world.node(node_id), self._readable(t), causes)

    def timeline(self, node_id: str, *, causes: bool = True) -> list[NodeRecord]:
        """Every change of the node so far, oldest first, each with its cause at its start
        (without ``causes``, none for a state set by a dependency)."""
        node = self.world.node(node_id)
        read = self._reader.record if causes else self._reader.plain
        return [read(node, since, state, since) for since, state in self.history.changes(node)]

    def statuses(self, t: int | None = None) -> dict[str, NodeRecord]:
        t = self._readable(t)
        return {node_id: self._record_at(i, t) for i, node_id in enumerate(self.compiled.ids)}

    def _record_at(self, node: int, t: int, causes: bool = True) -> NodeRecord:
        since, state = self.history.at(node, t)
        read = self._reader.record if causes else self._reader.plain
        return read(node, since, state, t)

    def explain(self, node_id: str, t: int | None = None) -> list[Link]:
        """The chain of causes: payroll ← app-paie ← srv-paie ← encrypted by step '...'."""
        self.world.node(node_id)
        t = self._readable(t)
        return explain_chain(node_id, lambda other: self.state_at(other, t))

    @property
    def attack_log(self) -> list[StepOutcome]:
        return list(self.world.attack_log)

    @property
    def refusals(self) -> list[Refusal]:
        return list(self.world.refusals)

    def _readable(self, t: int | None) -> int:
        t = self.now if t is None else t
        if t < 0 or t > self.now:
            raise InvalidTimeError(f"time {t} is outside the simulated span 0..{self.now}")
        return t

    # --- for the engines --------------------------------------------------------------------

    def _settle(self, t: int, raised: set[int], lowered: set[int], woken: set[int]) -> None:
        """Bring levels and records to the greatest fixed point at ``t``.

        ``raised``: nodes whose own level rose (or whose fallback started working);
        ``lowered``: nodes whose own condition changed otherwise; ``woken``: nodes a delayed
        failure reaches now.
        """
        raise NotImplementedError

    def _publish(self, node: int, t: int, state: State, base: int) -> int | None:
        """Keep the node's state at ``t``; its previous level if it changed, else None.

        ``base`` is its level before any fallback: a function whose IT is down arms its
        automatic fallbacks (only the first time counts).
        """
        previous = self.history.record(node, t, state)
        if base == DOWN and self._arms_automatic[node]:
            self.world.arm_automatic(node, t)
        return None if previous is None else previous.level

    def _waiting(self, t: int) -> set[int]:
        """The nodes to look at again at ``t``, when delayed failures reach them; add to it."""
        waiting = self._arrivals.get(t)
        if waiting is None:
            waiting = self._arrivals[t] = set()
            self._queue.push(t, ARRIVAL, Arrival())
        return waiting

"""A restoration plan: in which order IT staff restore the broken nodes, and when each
business function and public service comes back.

List scheduling, the way a DSI works through a crisis: whenever someone is free, they take
the most urgent node that *can* be restored now, i.e. whose hard providers are back (a server
restored while its storage is down stays down). A restoration takes the node's
``restore_effort`` of one person's time; staff work in parallel, one node each.

Urgency comes from what a node still brings back: the business functions and public services
downstream of it that are out and that it is needed for (the second controller of a 1-of-2
pair is not needed once the first is back). Those it helps *serve again* (through hard
dependencies) count first, those it only helps back to full operation (soft ones) next; each
set weighs as the most critical of its functions (vital, high, medium, low), then the
shortest mtd among them, then the most people they serve (summed); the node's id breaks
ties. Nodes that bring back no function come last, by their own criticality.

Urgencies are worked out again before each start, counting the restorations under way as
done: two people do not rebuild both controllers of a pair. That is a search per pending node
per start: fine for the hundreds of broken nodes of a real incident, slow for many thousands.

When nothing can start and nothing is under way, the pending nodes wait on each other (a
dependency cycle among broken nodes): the most urgent one starts anyway, which is what staff
would do. Nodes that can never be restored (encrypted without a usable backup) are listed
apart, with the nodes that wait on them forever.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from crisis_sim.core.analysis.control import CancelCheck, Checkpoint, Progress
from crisis_sim.core.analysis.criticality import CRITICALITY_RANK, NO_CRITICALITY
from crisis_sim.core.analysis.damage import Damage
from crisis_sim.core.analysis.outage import Outage
from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Node
from crisis_sim.core.sim import CompiledGraph, compiled_for

NEVER = 1 << 62  # an mtd that is not given sorts after every real one


@dataclass(frozen=True, slots=True)
class Restoration:
    """One node restored by one person. ``ready_at``: when its hard providers were all back
    (the plan's start if they were); ``waited_for``: the provider whose return made it ready."""

    node: str
    start: int
    end: int
    staff: int  # 1 to the number of staff
    ready_at: int
    reason: str
    waited_for: str | None = None
    risk: str | None = None
    cycle: bool = False  # started before its providers were back (dependency cycle)


@dataclass(frozen=True, slots=True)
class ServiceReturn:
    """A function that is not fully operational when the plan starts."""

    function: str
    criticality: str
    mtd: int | None
    serves: int
    working_at: int | None  # serves again (maybe degraded); None: never within the plan
    operational_at: int | None  # fully operational again; None: never within the plan


@dataclass(frozen=True, slots=True)
class Blocked:
    node: str
    reason: str


@dataclass(frozen=True)
class RestorationPlan:
    staff: int
    start: int
    steps: tuple[Restoration, ...]  # in the order they start
    services: tuple[ServiceReturn, ...]  # soonest fully back first
    blocked: tuple[Blocked, ...]  # cannot be restored, or waits forever on such a node

    @property
    def finished_at(self) -> int:
        return max((step.end for step in self.steps), default=self.start)


@dataclass(frozen=True, order=True)
class Urgency:
    """What a node brings back; compares most urgent first: first the functions it helps
    serve again (hard dependencies), then those it helps back to full operation (soft ones);
    each as (criticality rank, shortest mtd, minus the people served)."""

    working: tuple[int, int, int]
    operational: tuple[int, int, int]
    node: str
    text: str


def restoration_plan(
    scenario: Scenario,
    damage: Iterable[Damage],
    staff: int,
    *,
    start: int = 0,
    compiled: CompiledGraph | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> RestorationPlan:
    """Plan the restoration of ``damage`` by ``staff`` people from time ``start``."""
    if staff < 1:
        raise ValueError(f"the plan needs at least one person to restore, not {staff}")
    compiled = compiled or compiled_for(scenario)
    by_node = {d.node: d for d in damage}
    unknown = sorted(node for node in by_node if node not in compiled.index)
    if unknown:
        raise ValueError(f"no node '{unknown[0]}' in the graph")
    return _Planner(scenario, compiled, by_node, start).plan(staff, progress, cancelled)


class _Planner:
    def __init__(
        self, scenario: Scenario, compiled: CompiledGraph, damage: dict[str, Damage], start: int
    ) -> None:
        self.compiled, self.damage, self.start = compiled, damage, start
        self.nodes = scenario.node_by_id
        index = compiled.index
        self.working = Outage(compiled, [index[d.node] for d in damage.values() if d.down])
        self.full = Outage(compiled, [index[node] for node in damage], soft=True)
        # The same two, counting restorations under way as done: what is still worth starting.
        self.planned_working = Outage(compiled, [index[d.node] for d in damage.values() if d.down])
        self.planned = Outage(compiled, [index[node] for node in damage], soft=True)
        self.blocked = self._blocked()
        self.functions = [v for v in sorted(self.full.out) if compiled.is_function[v]]
        self.initially_down = set(self.working.out)
        self.working_at: dict[int, int] = {}
        self.operational_at: dict[int, int] = {}
        self.ready_at: dict[str, int] = {}
        self.made_ready: dict[str, str] = {}

    def _blocked(self) -> dict[str, str]:
        index, damage = self.compiled.index, self.damage.values()
        blocked = {d.node: str(d.refusal) for d in damage if not d.restorable}
        never = Outage(self.compiled, [index[node] for node in blocked])
        for node in sorted(self.damage):
            if node not in blocked and not never.providers_ok(index[node]):
                blocked[node] = "waits for a node that cannot be restored"
        return blocked

    # --- urgency -----------------------------------------------------------------------------

    def urgency(self, node: str) -> Urgency:
        start = self.compiled.index[node]
        working = self._functions_helped(self.planned_working, start)
        operational = self._functions_helped(self.planned, start)
        if not operational:
            own = NO_CRITICALITY + CRITICALITY_RANK[self.nodes[node].criticality]
            nothing = (own, NEVER, 0)
            return Urgency(nothing, nothing, node, "brings back no service")
        most = min(working or operational, key=_function_key)
        people = sum(function.serves for function in operational)
        more = len(operational) - len(working)
        if working:
            text = f"brings back {len(working)} service(s)"
            text += f" and {more} more to full operation" if more else ""
        else:
            text = f"brings {more} service(s) back to full operation"
        text += f", {people} people; most urgent: {most.id} ({_facts(most)})"
        return Urgency(_weight(working), _weight(operational), node, text)

    def _functions_helped(self, outage: Outage, start: int) -> list[Node]:
        """Functions downstream that wait for this node, through groups it is needed in."""
        seen, stack = {start}, [start]
        while stack:
            for dependent in outage.needed_by(stack.pop()):
                if dependent not in seen:
                    seen.add(dependent)
                    stack.append(dependent)
        ids, is_function = self.compiled.ids, self.compiled.is_function
        return [self.nodes[ids[v]] for v in sorted(seen) if is_function[v] and v != start]

    # --- the schedule ------------------------------------------------------------------------

    def plan(
        self, staff: int, progress: Progress | None, cancelled: CancelCheck | None
    ) -> RestorationPlan:
        pending = {node for node in self.damage if node not in self.blocked}
        checkpoint = Checkpoint("restoration plan", len(pending), progress, cancelled)
        checkpoint.start()
        for node in pending:
            if self._ready(node):
                self.ready_at[node] = self.start
        steps = self._schedule(pending, staff, checkpoint)
        return RestorationPlan(
            staff=staff,
            start=self.start,
            steps=tuple(steps),
            services=self._services(),
            blocked=tuple(Blocked(node, reason) for node, reason in sorted(self.blocked.items())),
        )

    def _schedule(self, pending: set[str], staff: int, checkpoint: Checkpoint) -> list:
        free = list(range(1, staff + 1))  # a heap: the smallest free staff number first
        running: list[tuple[int, int, str]] = []  # a heap of (end, staff, node)
        steps: list[Restoration] = []
        t = self.start
        while pending or running:
            while free and (pick := self._pick(pending, bool(running))) is not None:
                checkpoint.before(len(steps))
                urgency, cycle = pick
                pending.discard(urgency.node)
                self._under_way(urgency.node)
                steps.append(self._begin(urgency, t, heapq.heappop(free), cycle))
                heapq.heappush(running, (steps[-1].end, steps[-1].staff, urgency.node))
                checkpoint.after(len(steps))
            if not running:
                break
            t = running[0][0]
            while running and running[0][0] == t:
                _, person, node = heapq.heappop(running)
                heapq.heappush(free, person)
                self._finish(node, t, pending)
        return steps

    def _under_way(self, node: str) -> None:
        self.planned_working.restore(self.compiled.index[node])
        self.planned.restore(self.compiled.index[node])

    def _pick(self, pending: set[str], busy: bool) -> tuple[Urgency, bool] | None:
        """The most urgent node ready now, urgencies worked out again since the last start;
        with none ready and nobody busy, the most urgent anyway (its providers wait on it:
        a cycle)."""
        ordered = sorted(self.urgency(node) for node in pending)
        for urgency in ordered:
            if self._ready(urgency.node):
                return urgency, False
        return (ordered[0], True) if ordered and not busy else None

    def _begin(self, urgency: Urgency, t: int, person: int, cycle: bool) -> Restoration:
        node = urgency.node
        return Restoration(
            node=node,
            start=t,
            end=t + self.compiled.restore_effort[self.compiled.index[node]],
            staff=person,
            ready_at=self.ready_at.get(node, t),
            reason=urgency.text,
            waited_for=self.made_ready.get(node),
            risk=self.damage[node].risk,
            cycle=cycle,
        )

    def _finish(self, node: str, t: int, pending: set[str]) -> None:
        v = self.compiled.index[node]
        for back in self.working.restore(v):
            self.working_at.setdefault(back, t)
        for back in self.full.restore(v):
            self.operational_at.setdefault(back, t)
        for other in sorted(pending):
            if other not in self.ready_at and self._ready(other):
                self.ready_at[other] = t
                self.made_ready[other] = node

    def _ready(self, node: str) -> bool:
        return self.working.providers_ok(self.compiled.index[node])

    # --- when the services come back ---------------------------------------------------------

    def _services(self) -> tuple[ServiceReturn, ...]:
        returns = []
        for v in self.functions:
            function = self.nodes[self.compiled.ids[v]]
            working = self.working_at.get(v) if v in self.initially_down else self.start
            returns.append(
                ServiceReturn(
                    function.id,
                    function.criticality.value,
                    function.mtd,
                    function.serves,
                    working,
                    self.operational_at.get(v),
                )
            )
        return tuple(sorted(returns, key=_return_key))


def _weight(functions: list[Node]) -> tuple[int, int, int]:
    if not functions:
        return (NO_CRITICALITY, NEVER, 0)
    most = min(CRITICALITY_RANK[f.criticality] for f in functions)
    mtd = min((f.mtd for f in functions if f.mtd is not None), default=NEVER)
    return (most, mtd, -sum(f.serves for f in functions))


def _facts(function: Node) -> str:
    if function.mtd is None:
        return function.criticality.value
    return f"{function.criticality.value}, mtd {format_duration(function.mtd)}"


def _function_key(function: Node) -> tuple[int, int, int, str]:
    mtd = function.mtd if function.mtd is not None else NEVER
    return (CRITICALITY_RANK[function.criticality], mtd, -function.serves, function.id)


def _return_key(back: ServiceReturn) -> tuple[int, int, str]:
    operational = NEVER if back.operational_at is None else back.operational_at
    working = NEVER if back.working_at is None else back.working_at
    return (operational, working, back.function)

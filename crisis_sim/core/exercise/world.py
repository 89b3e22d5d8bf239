"""The exercise's view of the outage simulation (crisis_sim.core.sim).

Everything the exercise asks the simulation goes through this adapter, so the rest of the
exercise code depends on a few plain questions (what state was this node in, when did that
state start, can this decision be applied now) rather than on the engine's internals. Engine
errors come back as ExerciseError with the engine's message.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.scenario.fields import Text
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim.engine import Simulation
from crisis_sim.core.sim.errors import RestoreRefusedError, SimulationError
from crisis_sim.core.sim.explain import Link, explain_chain
from crisis_sim.core.sim.states import NodeRecord, NodeStatus

__all__ = ["Link", "NodeRecord", "NodeStatus", "World"]


@dataclass(frozen=True)
class Interval:
    """A node stayed in ``status`` from ``start`` until ``end`` (None: still in it)."""

    start: int
    end: int | None
    status: NodeStatus


class World:
    def __init__(self, scenario: Scenario, seed: int) -> None:
        self.scenario = scenario
        self._sim = Simulation(scenario, seed=seed)
        # Bumped whenever the simulation may have changed a node: readers that cache what
        # they computed from the history (a console tick often changes nothing) check it.
        self.version = 0
        self._intervals: dict[str, tuple[int, list[Interval]]] = {}
        # Records read to explain states at one time of one version (see explain).
        self._explained_at: tuple[int, int] | None = None
        self._records: dict[str, NodeRecord] = {}

    @property
    def now(self) -> int:
        return self._sim.now

    def run_to(self, t: int) -> None:
        upcoming = self._sim.peek()
        if upcoming is not None and upcoming <= t:
            self.version += 1
        if t >= self._sim.now:
            self._sim.run(t)

    # --- decisions --------------------------------------------------------------------------

    def check_decision(self, decision_id: str) -> None:
        """Raise ExerciseError if the decision's effects cannot be applied now."""
        try:
            self._sim.check(decision_id)
        except SimulationError as error:
            raise self._refusal(decision_id, error) from None

    def apply_decision(self, decision_id: str) -> None:
        self.version += 1
        try:
            self._sim.apply(decision_id)
        except SimulationError as error:  # checked before; kept so no engine error leaks
            raise self._refusal(decision_id, error) from None

    def _refusal(self, decision_id: str, error: SimulationError) -> ExerciseError:
        decision = self.scenario.decision_by_id.get(decision_id)
        label = decision.label if decision else Text(fr=decision_id, en=decision_id)
        if isinstance(error, RestoreRefusedError):
            node = self.scenario.node_by_id.get(error.node_id)
            name = node.name if node else Text(fr=error.node_id, en=error.node_id)
            return ExerciseError(refusals.restore_refused(label, name, error.reason))
        return ExerciseError(refusals.simulation_refuses(label, str(error)))

    # --- reading ----------------------------------------------------------------------------

    def state(self, node_id: str, t: int | None = None, *, causes: bool = True) -> NodeRecord:
        return self._sim.state_at(node_id, t, causes=causes)

    def changes(
        self, node_id: str, start: int, end: int, *, causes: bool = True
    ) -> list[NodeRecord]:
        """The node's records that begin in [start, end], oldest first."""
        timeline = self._sim.timeline(node_id, causes=causes)
        return [r for r in timeline if start <= r.since <= end]

    def intervals(self, node_id: str) -> list[Interval]:
        """The node's states as back-to-back intervals from DEBEX (every node starts working)."""
        cached = self._intervals.get(node_id)
        if cached is None or cached[0] != self.version:
            cached = self._intervals[node_id] = (self.version, self._read_intervals(node_id))
        return cached[1]

    def _read_intervals(self, node_id: str) -> list[Interval]:
        changes = [(r.since, r.status) for r in self._sim.timeline(node_id)]
        starts = [(0, NodeStatus.OPERATIONAL), *changes]
        ends = [since for since, _ in changes] + [None]
        return [
            Interval(start, end, status)
            for (start, status), end in zip(starts, ends, strict=True)
            if end is None or end > start
        ]

    def first_time_in_state(self, node_id: str, state: str, hold: int, horizon: int) -> int | None:
        """The first time, up to ``horizon``, at which the node has been in ``state`` for
        ``hold`` seconds without a break and still is; None if that has not happened."""
        for interval in self.intervals(node_id):
            reached = interval.start + hold
            if interval.status.value != state or reached > horizon:
                continue
            if interval.end is None or reached < interval.end:
                return reached
        return None

    def statuses_now(self) -> dict[str, NodeStatus]:
        """Every node's status now, without the records' causes (which cost most of a read):
        what a view that only colours nodes needs."""
        history = self._sim.history
        return {node_id: history.last(i).status for i, node_id in enumerate(self._sim.compiled.ids)}

    def changed_since(self, t: int) -> list[str]:
        """The nodes whose newest change is at ``t`` or later, in the scenario's order: the
        only ones whose state at ``t`` or later can differ from the one before ``t``."""
        ids = self._sim.compiled.ids
        return [ids[i] for i, since in enumerate(self._sim.history.newest_time) if since >= t]

    def explain(self, node_id: str, t: int) -> list[Link]:
        """The chain of causes of the node's state at ``t`` (see ``explain_chain``).

        A mass encryption stops hundreds of services that share most of their chains: the
        records read at one time of one version are kept for the next chain. A record
        before now never changes; one at now only with a new version."""
        if self._explained_at != (self.version, t):
            self._explained_at, self._records = (self.version, t), {}
        records = self._records

        def state(other: str) -> NodeRecord:
            record = records.get(other)
            if record is None:
                record = records[other] = self._sim.state_at(other, t)
            return record

        return explain_chain(node_id, state)

"""The nodes' own conditions and the network's zones, as attack steps and decisions change them.

This is the part both engines share: it knows nothing of dependencies. Each change of a
node's own condition is noted as ``raised`` (its own level went up: the node and everything
downstream must be recomputed from the top) or ``lowered`` (same or lower: only the node and
what its drop reaches need a look).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_attack import AttackStep, StepEffect
from crisis_sim.core.scenario.model_decisions import Effect
from crisis_sim.core.sim.actions import Fail, Item, Repair
from crisis_sim.core.sim.causes import (
    attack_cause,
    decision_cause,
    failure_cause,
    restore_cause,
)
from crisis_sim.core.sim.compiled import CompiledGraph
from crisis_sim.core.sim.conditions import (
    CLEAN,
    Condition,
    cleaned,
    intrinsic,
    is_foothold,
    with_flag,
    without_flag,
)
from crisis_sim.core.sim.errors import RestoreRefusedError, UnknownIdError
from crisis_sim.core.sim.events import FALLBACK, RESTORE_DONE, FallbackWorks, RestoreDone
from crisis_sim.core.sim.fallbacks import FallbackBook
from crisis_sim.core.sim.reach import StepOutcome, ZoneMap, resolve_step
from crisis_sim.core.sim.restore import restore_will_fail
from crisis_sim.core.sim.states import UP, State

Schedule = Callable[[int, int, Any], None]

FLAGS_OF_EFFECT = {
    StepEffect.COMPROMISE: ("compromised",),
    StepEffect.ENCRYPT: ("encrypted", "compromised"),
    StepEffect.DISABLE: ("disabled",),
    StepEffect.DEGRADE: ("degraded",),
    StepEffect.EXFILTRATE: ("exfiltrated",),
    StepEffect.NONE: (),
}


@dataclass(frozen=True)
class Refusal:
    """A scheduled action that could not be carried out when its time came."""

    at: int
    source: str | None
    reason: str


class World:
    def __init__(
        self, scenario: Scenario, graph: CompiledGraph, seed: int, schedule: Schedule
    ) -> None:
        self.graph = graph
        self.conditions: list[Condition] = [CLEAN] * len(graph)
        self.own: list[State] = [intrinsic(CLEAN)] * len(graph)
        self.own_level: list[int] = [UP] * len(graph)
        # compromised * 2 + exfiltrated of each own state: what a state set by a dependency
        # keeps (the engine's vector path picks that state by number).
        self.own_flags: list[int] = [0] * len(graph)
        self.footholds: set[int] = set()
        self.zones = ZoneMap(scenario.zones)
        self.fallbacks = FallbackBook(scenario.fallbacks, graph.index)
        self.raised: set[int] = set()
        self.lowered: set[int] = set()
        self.attack_log: list[StepOutcome] = []
        self.refusals: list[Refusal] = []
        self._seed = seed
        self._schedule = schedule
        self._restore_token: dict[int, int] = {}
        self._restore_fails: dict[int, bool] = {}
        self._bad_backups: set[int] = set()
        self._tokens = 0

    # --- checks: raise on a bad request, change nothing -------------------------------------

    def node(self, node_id: str) -> int:
        index = self.graph.index.get(node_id)
        if index is None:
            raise UnknownIdError(f"no node '{node_id}' in the graph")
        return index

    def check(self, items: tuple[Item, ...], now: bool) -> None:
        """Raise on unknown ids; with ``now``, also on a restore that would be refused."""
        for item in items:
            if isinstance(item, Fail | Repair):
                self.node(item.node)
            else:
                self._check_effect(item, now)

    def _check_effect(self, effect: Effect, now: bool) -> None:
        for target in effect.isolate or ():
            if target not in self.graph.index and not self._is_zone(target):
                raise UnknownIdError(f"no node or zone '{target}' to isolate")
        for node_id in effect.shut_down or ():
            self.node(node_id)
        for zone in effect.cut_link or ():
            if not self._is_zone(zone):
                raise UnknownIdError(f"no zone '{zone}' to cut a link of")
        if effect.activate_fallback is not None and effect.activate_fallback not in self.fallbacks:
            raise UnknownIdError(f"no fallback '{effect.activate_fallback}' to activate")
        if effect.restore is not None:
            node = self.node(effect.restore.node)
            if now:
                self._restore_fails_if_started(node)

    def _is_zone(self, zone: str) -> bool:
        return zone in self.zones or zone in self.graph.zones

    def _restore_fails_if_started(self, node: int) -> bool:
        return restore_will_fail(
            self.graph.ids[node],
            self.graph.backup[node],
            self.conditions[node],
            self._seed,
            node in self._bad_backups,
        )

    # --- changes ----------------------------------------------------------------------------

    def apply(self, items: tuple[Item, ...], t: int, source: str | None) -> None:
        for item in items:
            if isinstance(item, Fail):
                node = self.node(item.node)
                self._flag(node, "failed", failure_cause(item.node, item.detail))
            elif isinstance(item, Repair):
                node = self.node(item.node)
                note = failure_cause(item.node, "repaired")
                self._set(node, without_flag(self.conditions[node], "failed", note))
            else:
                self._apply_effect(item, t, source)

    def _apply_effect(self, effect: Effect, t: int, source: str | None) -> None:
        for target in effect.isolate or ():
            if target in self.graph.index:
                self._flag(self.graph.index[target], "isolated", decision_cause(source, "isolated"))
            else:
                self.zones.isolate(target)
        for node_id in effect.shut_down or ():
            self._flag(self.node(node_id), "shut_down", decision_cause(source, "shut down"))
        if effect.cut_link is not None:
            self.zones.cut_link(*effect.cut_link)
        if effect.activate_fallback is not None:
            self.arm_fallback(effect.activate_fallback, t)
        if effect.restore is not None:
            self._start_restore(effect.restore.node, effect.restore.duration, t, source)

    def arm_fallback(self, fallback_id: str, t: int) -> None:
        works = self.fallbacks.arm(fallback_id, t)
        if works is not None:
            self._schedule(works, FALLBACK, FallbackWorks(fallback_id))

    def arm_automatic(self, function: int, t: int) -> None:
        for fallback_id, works in self.fallbacks.arm_automatic(function, t):
            self._schedule(works, FALLBACK, FallbackWorks(fallback_id))

    def start_fallback(self, fallback_id: str) -> None:
        self.raised.add(self.fallbacks.start_working(fallback_id))

    def _start_restore(
        self, node_id: str, duration: int | None, t: int, source: str | None
    ) -> None:
        node = self.node(node_id)
        try:
            fails = self._restore_fails_if_started(node)
        except RestoreRefusedError as refused:
            self.refusals.append(Refusal(t, source, str(refused)))
            return
        self._tokens += 1
        self._restore_token[node] = self._tokens
        self._restore_fails[node] = fails
        cause = decision_cause(source, "restoring")
        self._set(node, with_flag(cleaned(self.conditions[node], None), "restoring", cause))
        end = t + (self.graph.restore_effort[node] if duration is None else duration)
        self._schedule(end, RESTORE_DONE, RestoreDone(node, self._tokens))

    def finish_restore(self, node: int, token: int) -> None:
        if self._restore_token.get(node) != token:
            return  # superseded by a later restore of the same node
        del self._restore_token[node]
        node_id = self.graph.ids[node]
        condition = without_flag(
            self.conditions[node], "restoring", restore_cause(node_id, "restored")
        )
        if self._restore_fails.pop(node):
            self._bad_backups.add(node)
            failed = restore_cause(node_id, "untested backup failed")
            condition = with_flag(condition, "encrypted", failed)
        self._set(node, condition)

    def run_step(self, step: AttackStep, t: int) -> None:
        hit, outcome = resolve_step(
            step, t, self.graph, self.zones, self.conditions, self.footholds
        )
        self.attack_log.append(outcome)
        marks = [
            (
                flag,
                attack_cause(step.id, "compromise" if flag == "compromised" else step.effect.value),
            )
            for flag in FLAGS_OF_EFFECT[step.effect]
        ]
        # A mass encryption takes hundreds of nodes from the same condition to the same one:
        # each new condition (and the state it gives) is worked out once, not once a node.
        after: dict[Condition, tuple[Condition, State]] = {}
        for node in hit:
            before = self.conditions[node]
            found = after.get(before)
            if found is None:
                condition = before
                for flag, cause in marks:
                    condition = with_flag(condition, flag, cause)
                found = after[before] = (condition, intrinsic(condition))
            self._set(node, *found)

    def _flag(self, node: int, flag: str, cause: Any) -> None:
        self._set(node, with_flag(self.conditions[node], flag, cause))

    def _set(self, node: int, condition: Condition, own: State | None = None) -> None:
        """Give the node its new condition; ``own``, if given, is ``intrinsic(condition)``."""
        if condition == self.conditions[node]:
            return
        self.conditions[node] = condition
        own = self.own[node] = intrinsic(condition) if own is None else own
        self.own_flags[node] = own.compromised * 2 + own.exfiltrated
        level = own.level
        (self.raised if level > self.own_level[node] else self.lowered).add(node)
        self.own_level[node] = level
        if is_foothold(condition):
            self.footholds.add(node)
        else:
            self.footholds.discard(node)

    def drain(self) -> tuple[set[int], set[int]]:
        """The nodes changed since the last drain: (raised, lowered)."""
        raised, lowered = self.raised, self.lowered - self.raised
        self.raised, self.lowered = set(), set()
        return raised, lowered

"""The event queue: (time, priority, counter, event), so equal times come out in a fixed order.

At one time: restores finishing first (work already under way ends), then decisions and
what-ifs (a decision at t protects against a step at t), then attack steps, then fallbacks
starting to work and delayed failures arriving.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import count
from typing import Any

from crisis_sim.core.scenario.model_attack import AttackStep
from crisis_sim.core.sim.actions import Item

RESTORE_DONE, ACTION, ATTACK, FALLBACK, ARRIVAL = range(5)


@dataclass(frozen=True)
class RestoreDone:
    node: int
    token: int  # a later restore of the same node supersedes this one


@dataclass(frozen=True)
class ApplyItems:
    items: tuple[Item, ...]
    source: str | None  # the decision id, for causes


@dataclass(frozen=True)
class Step:
    step: AttackStep


@dataclass(frozen=True)
class FallbackWorks:
    fallback: str


@dataclass(frozen=True)
class Arrival:
    """Delayed failures reach some dependents now; the nodes wait in the kernel."""


class EventQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, int, Any]] = []
        self._counter = count()

    def push(self, time: int, priority: int, event: Any) -> None:
        heapq.heappush(self._heap, (time, priority, next(self._counter), event))

    def next_time(self) -> int | None:
        return self._heap[0][0] if self._heap else None

    def pop(self) -> Any:
        return heapq.heappop(self._heap)[3]

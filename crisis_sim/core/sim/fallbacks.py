"""Paper fallbacks: when each one arms, when it starts working, which one a function uses.

An ``automatic`` fallback arms when its function first goes down; an ``on-decision`` one when
a decision activates it. Either works from the arming time plus its activation delay (the
unprepared delay if it was not prepared; never if that is not given). A working fallback
stays available: the function shows ``paper`` whenever its IT is down from then on.
"""

from __future__ import annotations

from collections.abc import Iterable

from crisis_sim.core.scenario.model_graph import Fallback, FallbackStart
from crisis_sim.core.sim.states import DEGRADED, DOWN, Paper


class FallbackBook:
    def __init__(self, fallbacks: Iterable[Fallback], index: dict[str, int]) -> None:
        self._by_id = {f.id: f for f in fallbacks if f.function in index}
        self._function = {f.id: index[f.function] for f in self._by_id.values()}
        self._of_function: dict[int, list[Fallback]] = {}
        for fallback in self._by_id.values():
            self._of_function.setdefault(self._function[fallback.id], []).append(fallback)
        self.armed_at: dict[str, int] = {}
        self.works_from: dict[str, int] = {}
        self._working: dict[int, Paper] = {}
        # Per node: DEGRADED once a fallback keeps it going, the lowest level it can then fall.
        self.floor: list[int] = [DOWN] * len(index)

    def __contains__(self, fallback_id: str) -> bool:
        return fallback_id in self._by_id

    def function_of(self, fallback_id: str) -> int:
        return self._function[fallback_id]

    def with_automatic(self) -> list[int]:
        """The nodes that have an automatic fallback (a look at each fallback, not each node)."""
        return [
            function
            for function, fallbacks in self._of_function.items()
            if any(f.starts is FallbackStart.AUTOMATIC for f in fallbacks)
        ]

    def arm(self, fallback_id: str, t: int) -> int | None:
        """Arm it at ``t``; the time it will work, or None if armed before or never working."""
        if fallback_id in self.armed_at:
            return None
        fallback = self._by_id[fallback_id]
        self.armed_at[fallback_id] = t
        delay = fallback.activation if fallback.prepared else fallback.unprepared_activation
        if delay is None:
            return None
        self.works_from[fallback_id] = t + delay
        return t + delay

    def arm_automatic(self, function: int, t: int) -> list[tuple[str, int]]:
        """Arm the function's automatic fallbacks: (fallback id, time it works) for each."""
        armed = []
        for fallback in self._of_function.get(function, ()):
            if fallback.starts is FallbackStart.AUTOMATIC:
                works = self.arm(fallback.id, t)
                if works is not None:
                    armed.append((fallback.id, works))
        return armed

    def start_working(self, fallback_id: str) -> int:
        """The fallback works from now on; returns its function."""
        fallback = self._by_id[fallback_id]
        function = self._function[fallback_id]
        best = self._working.get(function)
        if best is None or _better(fallback, best):
            self._working[function] = Paper(fallback.id, fallback.capacity)
        self.floor[function] = DEGRADED
        return function

    def paper(self, function: int) -> Paper | None:
        """The best working fallback of the function (highest capacity, then smallest id)."""
        return self._working.get(function)


def _better(fallback: Fallback, best: Paper) -> bool:
    return (-fallback.capacity, fallback.id) < (-best.capacity, best.fallback)

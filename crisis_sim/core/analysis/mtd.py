"""When each business function or public service passes its maximum tolerable downtime (mtd).

The mtd is the longest the function can stay *down* without unacceptable harm. Down means
level DOWN: a function on paper or degraded still serves, so it does not count, and an
outage ends as soon as the function serves again. The first outage that lasts the mtd passes
it at its start + mtd; if the function is down at the end of the run and its mtd is not
reached yet, ``passes_at`` says when it will be if nothing changes (``passed`` is then False).
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import DOWN, NodeRecord, Simulation


@dataclass(frozen=True, slots=True)
class MtdCheck:
    function: str
    mtd: int
    serves: int
    down_since: int | None  # start of the outage that passes (or will pass) the mtd
    passes_at: int | None  # None: no outage long enough, and none under way
    passed: bool  # passes_at is reached within the run
    longest_outage: int  # longest time down in a row so far (to the end of the run)


def mtd_checks(simulation: Simulation, scenario: Scenario | None = None) -> list[MtdCheck]:
    """Every function with an mtd, in the scenario's order, as of ``simulation.now``."""
    scenario = scenario or simulation.scenario
    return [
        check_mtd(simulation.timeline(node.id), node.id, node.mtd, node.serves, simulation.now)
        for node in scenario.functions
        if node.mtd is not None
    ]


def mtd_breaches(simulation: Simulation) -> list[MtdCheck]:
    """Only the functions past their mtd by ``now``, soonest first."""
    passed = [check for check in mtd_checks(simulation) if check.passed]
    return sorted(passed, key=lambda check: (check.passes_at, check.function))


def check_mtd(
    timeline: list[NodeRecord], function: str, mtd: int, serves: int, now: int
) -> MtdCheck:
    stretches = outages(timeline, now)
    longest = max((end - start for start, end, _ in stretches), default=0)
    for start, end, ongoing in stretches:
        if end - start >= mtd or ongoing:
            passes_at = start + mtd
            return MtdCheck(function, mtd, serves, start, passes_at, passes_at <= now, longest)
    return MtdCheck(function, mtd, serves, None, None, False, longest)


def outages(timeline: list[NodeRecord], now: int) -> list[tuple[int, int, bool]]:
    """(start, end, still under way) of each stretch down; one under way ends at ``now``."""
    stretches = []
    start = None
    for record in timeline:
        if record.level == DOWN and start is None:
            start = record.since
        elif record.level != DOWN and start is not None:
            stretches.append((start, record.since, False))
            start = None
    if start is not None:
        stretches.append((start, now, True))
    return stretches

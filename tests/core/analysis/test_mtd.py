"""When a function passes its maximum tolerable downtime: only time *down* in a row counts."""

from __future__ import annotations

from analysis_kit import MIN, H, make_scenario, node, service

from crisis_sim.core.analysis import mtd_breaches, mtd_checks
from crisis_sim.core.sim import Fail, Repair, Simulation


def _scenario():
    return make_scenario(
        [
            node("srv"),
            node("srv2"),
            service("short", "srv", mtd="2h", serves=100),
            service("papered", "srv2", mtd="1h", serves=50),
            service("none", "srv"),  # no mtd: not checked
        ],
        [
            {
                "id": "paper",
                "function": "papered",
                "prepared": True,
                "activation": "30min",
                "capacity": "40%",
            }
        ],
    )


def _run(until):
    simulation = Simulation(_scenario())
    # srv: down 0 → 1h (1h, under the 2h mtd), then down again from 3h.
    simulation.apply(Fail("srv"), at=0)
    simulation.apply(Repair("srv"), at=H)
    simulation.apply(Fail("srv"), at=3 * H)
    # srv2 down for good, but 'papered' goes on paper after 30 min: its outage lasts 30 min.
    simulation.apply(Fail("srv2"), at=0)
    simulation.run(until)
    return simulation


def test_the_first_outage_long_enough_passes_the_mtd():
    checks = {check.function: check for check in mtd_checks(_run(6 * H))}
    assert sorted(checks) == ["papered", "short"]
    short = checks["short"]
    assert (short.down_since, short.passes_at, short.passed) == (3 * H, 5 * H, True)
    assert short.longest_outage == 3 * H  # 3h → 6h, the end of the run


def test_paper_mode_ends_the_outage():
    papered = {c.function: c for c in mtd_checks(_run(6 * H))}["papered"]
    assert (papered.passes_at, papered.passed, papered.longest_outage) == (None, False, 30 * MIN)


def test_an_outage_under_way_tells_when_it_will_pass():
    short = {c.function: c for c in mtd_checks(_run(4 * H))}["short"]
    assert (short.down_since, short.passes_at, short.passed) == (3 * H, 5 * H, False)


def test_breaches_lists_only_the_passed_ones():
    assert [check.function for check in mtd_breaches(_run(6 * H))] == ["short"]
    assert mtd_breaches(_run(4 * H)) == []

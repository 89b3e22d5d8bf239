"""The measurements of one graph size, in the benchmark's child process (bench.py runs it).

In order: generate the synthetic scenario, build its networkx graph, compile the scenario
for the engine, then the major cascade, the small incident, the naive reference and the
criticality rankings; resident memory after each stage, and the peak at the end.

The compilation is ``compile_scenario``, what ``compiled_for`` (hence every ``Simulation``
of a scenario) does: it reads the scenario, not the graph. Only the naive reference reads
the networkx graph, on the sizes where it runs; on the others the graph is dropped once
built and timed, so it is never in memory with the compiled lists and the engine (at 100k
nodes about 120 MB for the graph, 65 MB for the compiled lists). Building the graph last
instead, once the engine's figures are taken, lays the compiled lists out in fresh memory
(the 100k major cascade over them ran 10 to 15 % faster), but anything that keeps the
compiled graph alive after the cascades (a cache of arrays built from it) then holds it
next to the graph: 378 MB peak at 100k instead of 280 MB.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import networkx as nx

from crisis_sim.core.analysis import criticality_ranking, quiet
from crisis_sim.core.analysis.impact import downstream, node_impact
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import (
    CompiledGraph,
    Fail,
    ReferenceSimulation,
    Simulation,
    build_graph,
    compiled_for,
)
from crisis_sim.core.sim.compiled import compile_scenario
from crisis_sim.core.sim.kernel import Kernel
from crisis_sim.core.synthetic import synthetic_scenario

Notify = Callable[[str], None]


def measure(task: dict[str, Any], note: Notify) -> dict[str, Any]:
    size, runs = task["size"], task["runs"]
    figures: dict[str, Any] = {"rss_base_mb": _rss_now_mb()}
    note("generating the scenario")
    synthetic, figures["generate_s"] = _timed(lambda: synthetic_scenario(size), seconds=True)
    figures["rss_scenario_mb"] = _rss_now_mb()
    note("building the graph")
    graph, figures["graph_ms"] = _timed(lambda: build_graph(synthetic.scenario))
    figures["edges"] = graph.number_of_edges()
    figures["rss_graph_mb"] = _rss_now_mb()
    # The model of record, but only the naive reference reads it again.
    reference_graph = graph if task["naive"] else None
    del graph
    gc.collect()  # networkx's cached views refer back to the graph: only the collector frees it
    note("compiling")
    compiled, figures["compile_ms"] = _timed(lambda: compile_scenario(synthetic.scenario))
    figures["rss_compiled_mb"] = _rss_now_mb()
    gc.collect()
    gc.freeze()  # the model is loaded: keep full collections off its objects
    calm = quiet(synthetic.scenario)
    note("major cascade")
    figures.update(_major(calm, compiled, synthetic.major, runs))
    note("small incident")
    figures.update(_minor(calm, compiled, synthetic.minor, runs))
    if reference_graph is not None:
        note("naive reference (slow on purpose)")
        figures.update(_naive(calm, reference_graph, synthetic.major, figures))
    if task["spof"]:
        note("criticality rankings")
        figures["spof_s"] = _spof(synthetic.scenario, compiled, 1)
        figures["spof_angers_s"] = _spof_angers(runs)
    figures["peak_rss_mb"] = _rss_peak_mb()
    return figures


def _major(
    calm: Scenario, compiled: CompiledGraph, major: tuple[str, ...], runs: int
) -> dict[str, Any]:
    results = []
    for _ in range(runs):
        simulation = Simulation(calm, compiled=compiled)
        results.append(_cascade(simulation, major))
    impacted = sum(record.level < 2 for record in simulation.statuses().values())
    return {
        "cascade_ms": min(total for total, _, _ in results),
        "cascade_steps": results[0][2],
        "worst_step_ms": min(worst for _, worst, _ in results),
        "impacted_nodes": impacted,
        "impacted_pct": round(100 * impacted / len(compiled), 1),
    }


def _cascade(simulation: Kernel, failed: tuple[str, ...]) -> tuple[float, float, int]:
    """Total and worst step (ms), and steps: the failures applied at T0 (applying at ``now``
    settles at once: the first step), then every step until nothing is scheduled."""
    gc.collect()
    started = time.perf_counter()
    for node in failed:
        simulation.apply(Fail(node), at=0)
    worst, steps = time.perf_counter() - started, 1
    while simulation.peek() is not None:
        before = time.perf_counter()
        simulation.step()
        worst, steps = max(worst, time.perf_counter() - before), steps + 1
    total = time.perf_counter() - started
    return round(total * 1000, 3), round(worst * 1000, 3), steps


def _minor(calm: Scenario, compiled: CompiledGraph, minor: str, runs: int) -> dict[str, Any]:
    totals, setups = [], []
    for _ in range(runs):
        simulation, setup = _timed(lambda: Simulation(calm, compiled=compiled))
        totals.append(_cascade(simulation, (minor,))[0])
        setups.append(setup)
    hit = sum(1 for _ in _hit_downstream(simulation, compiled, minor))
    return {"small_incident_ms": min(totals), "small_incident_nodes": hit, "setup_ms": min(setups)}


def _hit_downstream(simulation: Simulation, compiled: CompiledGraph, node: str) -> Iterator[int]:
    for v in downstream(compiled, [compiled.index[node]]):
        if node_impact(simulation, compiled.ids[v]) is not None:
            yield v


def _naive(
    calm: Scenario, graph: nx.DiGraph, major: tuple[str, ...], figures: dict[str, Any]
) -> dict[str, Any]:
    reference = ReferenceSimulation(calm, graph=graph)
    total, _, _ = _cascade(reference, major)
    impacted = sum(record.level < 2 for record in reference.statuses().values())
    return {
        "naive_ms": total,
        "ratio_vs_naive": round(total / figures["cascade_ms"], 1),
        "naive_agrees": impacted == figures["impacted_nodes"],
    }


def _spof(scenario: Scenario, compiled: CompiledGraph, runs: int) -> float:
    return min(
        _timed(lambda: criticality_ranking(scenario, compiled=compiled), seconds=True)[1]
        for _ in range(runs)
    )


def _spof_angers(runs: int) -> float:
    scenario = load_scenario(scenarios_dir() / "angers-2021.yaml").scenario
    assert scenario is not None, "the bundled Angers scenario no longer loads"
    return _spof(scenario, compiled_for(scenario), runs)


def _timed(action: Callable[[], Any], seconds: bool = False) -> tuple[Any, float]:
    """The result and the time it took, in ms (or in s with ``seconds``)."""
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    return result, round(elapsed, 4) if seconds else round(elapsed * 1000, 3)


def _rss_peak_mb() -> float:
    """This process's own peak resident memory. On Linux, ``ru_maxrss`` keeps the peak of
    the image before ``exec``: a child started from a large process (a test run that grew
    past 300 MB) would report its parent's size. ``VmHWM`` is the peak of this image alone."""
    hwm = _status_kb("VmHWM")
    if hwm is not None:
        return round(hwm / 1024, 1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1 << 20) if sys.platform == "darwin" else peak / 1024, 1)


def _status_kb(field: str) -> int | None:
    """A ``kB`` field of /proc/self/status (Linux), None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _rss_now_mb() -> float | None:
    """The resident memory now (Linux); the differences between stages show what each costs."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / (1 << 20), 1)

"""The outage simulation benchmark: ``crisis-sim bench`` and ``benchmarks/bench_sim.py``.

It reads the wall clock, so it lives outside the core. This module is the harness: which
sizes and figures, one child process per size, the report and the targets; bench_measure.py
is what the child measures. Each graph size is measured in a child process of its own
(``python -m crisis_sim.cli.bench TASK``), on one generated graph (synthetic.py) for every
figure of that size: the peak memory (``ru_maxrss``) is then that size's alone, and the 1M
graph is not in memory while the others are timed. In the child, after loading,
``gc.freeze()`` keeps the collector off the model's millions of objects, as
performance-baseline.md advises.

Figures (wall time, best of ``runs``): the full major cascade (the hypervisor cluster and 4
platform nodes fail at T0; applying them and every step until nothing is scheduled) and its
worst single step (each run's worst, best run); the same cascade on the naive reference
(once; not above NAIVE_LIMIT nodes); a small incident (one node, a blast radius of a few
hundred; the engine's set-up, O(nodes) list allocations, is timed apart as ``setup_ms``);
the criticality ranking; building the graph and compiling the scenario; memory at each stage
and peak.
``ratio_vs_naive`` compares the reference and the engine on the same graph and incident.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from crisis_sim.cli.bench_measure import Notify, measure

MIN_NODES = 100
DEFAULT_NODES = (10_000, 100_000, 1_000_000)
CASCADE_LIMIT = 100_000  # the major cascade's headline size: the largest up to this
# The naive reference (reference.py) re-evaluates every node at every event time, rebuilding
# each node's groups from the networkx edges: about 1 minute at 10k nodes and 10 at 100k on
# 2 cores. By default it runs up to 10k; --naive-up-to 100000 measures it at 100k too.
NAIVE_LIMIT = 10_000
RUNS = 3
LARGE_RUNS = 1  # above NAIVE_LIMIT: a 1M major cascade takes seconds

# (figure, unit, role): the size a headline figure comes from, see ``roles``.
HEADLINE = (
    ("cascade_ms", "ms", "cascade"),
    ("naive_ms", "ms", "naive"),
    ("ratio_vs_naive", "x", "naive"),
    ("impacted_pct", "%", "cascade"),
    ("worst_step_ms", "ms", "step"),
    ("small_incident_ms", "ms", "incident"),
    ("small_incident_nodes", "nodes", "incident"),
    ("spof_s", "s", "step"),
    ("spof_angers_s", "s", "step"),
    ("peak_rss_mb", "MB", "cascade"),
)
# (figure, bound, unit): issue 3's targets; a negative bound means "at least".
TARGETS = (
    ("cascade_ms", 200.0, "ms"),
    ("ratio_vs_naive", -30.0, "x"),
    ("worst_step_ms", 16.0, "ms"),
    ("small_incident_ms", 5.0, "ms"),
    ("spof_s", 10.0, "s"),
    ("spof_angers_s", 0.5, "s"),
    ("peak_rss_mb", 300.0, "MB"),
)
UNITS = {
    **{name: unit for name, unit, _ in HEADLINE},
    "edges": "edges",
    "generate_s": "s",
    "graph_ms": "ms",
    "compile_ms": "ms",
    "setup_ms": "ms",
    "cascade_steps": "steps",
    "impacted_nodes": "nodes",
    "naive_agrees": "",
    "rss_base_mb": "MB",
    "rss_scenario_mb": "MB",
    "rss_graph_mb": "MB",
    "rss_compiled_mb": "MB",
}


def roles(sizes: list[int], naive_limit: int = NAIVE_LIMIT) -> dict[str, int | None]:
    """Which size each headline figure comes from: steps and rankings the smallest, the major
    cascade the largest up to CASCADE_LIMIT, the naive reference (and the ratio) the largest
    up to ``naive_limit``, the small incident the largest."""
    sizes = sorted(set(sizes))
    cascade = [size for size in sizes if size <= CASCADE_LIMIT]
    naive = [size for size in sizes if size <= naive_limit]
    return {
        "step": sizes[0],
        "cascade": cascade[-1] if cascade else sizes[0],
        "naive": naive[-1] if naive else None,
        "incident": sizes[-1],
    }


def run(
    sizes: list[int],
    *,
    naive_limit: int = NAIVE_LIMIT,
    progress: Notify | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Measure every size, each in a child process; the results as plain data."""
    chosen = roles(sizes, naive_limit)
    started = datetime.now().astimezone().isoformat(timespec="minutes")
    machine = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "system": platform.platform(terse=True),
        # Other work on the machine skews every timing: say how busy it was.
        "load_average": _load_average(),
    }
    measured: dict[str, dict[str, Any]] = {}
    for size in sorted(set(sizes)):
        task = {
            "size": size,
            "naive": size <= naive_limit,
            "spof": size == chosen["step"],
            "runs": RUNS if size <= CASCADE_LIMIT else LARGE_RUNS,
        }
        measured[str(size)] = _in_child(task, progress, cancelled)
    figures = {
        name: measured[str(chosen[role])].get(name) if chosen[role] else None
        for name, _, role in HEADLINE
    }
    return {
        "date": started,
        "machine": machine,
        "roles": chosen,
        "figures": figures,
        "sizes": measured,
        "targets": [
            _verdict(name, bound, unit, figures.get(name)) for name, bound, unit in TARGETS
        ],
    }


def _load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def _verdict(name: str, bound: float, unit: str, value: float | None) -> dict[str, Any]:
    met = None if value is None else (value >= -bound if bound < 0 else value <= bound)
    return {
        "figure": name,
        "target": abs(bound),
        "unit": unit,
        "at_least": bound < 0,
        "value": value,
        "met": met,
    }


def render(results: dict[str, Any]) -> str:
    """One ``name: value unit`` line per figure; comment lines start with '#'."""
    machine, chosen = results["machine"], results["roles"]
    lines = [
        f"# crisis-sim bench, {results['date']}, Python {machine['python']}, "
        f"{machine['cpus']} CPUs, load average {machine['load_average']} at the start",
        f"# sizes: steps and rankings {chosen['step']} nodes, major cascade {chosen['cascade']}, "
        f"naive reference {chosen['naive'] or 'skipped'}, small incident {chosen['incident']}",
    ]
    lines += [_line(name, results["figures"][name], unit) for name, unit, _ in HEADLINE]
    for size, figures in results["sizes"].items():
        suffix = _suffix(int(size))
        lines += [_line(f"{name}_{suffix}", value, UNITS[name]) for name, value in figures.items()]
    lines.append("# targets (issue 3)")
    for verdict in results["targets"]:
        bound = "≥" if verdict["at_least"] else "≤"
        state = {True: "met", False: "NOT met", None: "not measured"}[verdict["met"]]
        lines.append(
            f"# {verdict['figure']} {bound} {verdict['target']:g} {verdict['unit']}: {state}"
        )
    return "\n".join(lines)


def _line(name: str, value: Any, unit: str) -> str:
    if value is None:
        return f"{name}: skipped"
    if isinstance(value, bool):
        shown = str(value).lower()
    else:
        shown = str(value) if isinstance(value, int) else f"{value:.6g}"
    return f"{name}: {shown} {unit}".rstrip()


def _suffix(size: int) -> str:
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


# --- the child process -------------------------------------------------------------------------


def _in_child(
    task: dict[str, Any], progress: Notify | None, cancelled: Callable[[], bool] | None
) -> dict[str, Any]:
    """Run ``measure`` in a fresh interpreter; its steps come back as lines on stderr.

    Ctrl-C on a terminal reaches the child too (same process group): it exits 130.
    """
    with subprocess.Popen(
        [sys.executable, "-m", "crisis_sim.cli.bench", json.dumps(task)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_environment(),
    ) as child:
        try:
            errors = _follow(child, task["size"], progress, cancelled)
            output = child.stdout.read() if child.stdout else ""
        finally:
            if child.poll() is None:
                child.kill()
    if child.returncode in (130, -2):
        raise KeyboardInterrupt
    if child.returncode != 0:
        raise RuntimeError(f"benchmark of {task['size']} nodes failed: {errors.strip()}")
    return json.loads(output)


def _child_environment() -> dict[str, str]:
    """This process's environment, with crisis_sim importable even from a source checkout
    run as a script (benchmarks/bench_sim.py)."""
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _follow(
    child: subprocess.Popen[str],
    size: int,
    progress: Notify | None,
    cancelled: Callable[[], bool] | None,
) -> str:
    errors = []
    assert child.stderr is not None
    for line in child.stderr:  # a line per stage: a cancel is seen at the next stage
        if line.startswith("step: "):
            if progress is not None:
                progress(f"{size} nodes: {line[6:].strip()}")
        else:
            errors.append(line)
        if cancelled is not None and cancelled():
            raise KeyboardInterrupt
    return "".join(errors)


def _note(message: str) -> None:
    print(f"step: {message}", file=sys.stderr, flush=True)


def _child_main(task: dict[str, Any]) -> int:
    try:
        print(json.dumps(measure(task, _note)))
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(json.loads(sys.argv[1])))

"""``simulate``, ``analyse`` and ``bench``: the outage simulation from the command line.

Errors in what the user typed (an unknown node or decision, a time that cannot be read or
is before T0, a bad number) are one clear line and exit 2; a scenario that does not load
prints its problems and exits 1. Work that takes more than a second shows its progress on
stderr when that is a terminal; Ctrl-C stops it cleanly: a message, exit 130.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from crisis_sim.cli import bench
from crisis_sim.cli.scenario_commands import load
from crisis_sim.core.analysis import (
    AnalysisCancelledError,
    criticality_ranking,
    damage_in_run,
    quiet,
    restoration_plan,
)
from crisis_sim.core.analysis.overview import attack_incident
from crisis_sim.core.analysis.report_analysis import (
    Incident,
    analysis_report,
    incident_from_run,
    render_analysis,
)
from crisis_sim.core.analysis.report_simulation import (
    Played,
    render_simulation,
    simulation_report,
)
from crisis_sim.core.gametime import TimeFormatError, parse_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import Fail, Simulation, SimulationError
from crisis_sim.core.synthetic import synthetic_scenario

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SYNTHETIC = re.compile(r"^synthetic:(\d+)$")
SCENARIO_HELP = "file, bundled id (e.g. angers-2021), or synthetic:N for a generated N-node graph"

SIMULATE_JSON = """\
--json prints one object: scenario, seed, t0 (ISO), until and until_label, attack (bool),
failures [{node, at, at_label}], decisions [{decision, at, at_label}], summary {status: count
at the end}, refusals [{at, at_label, decision, reason}], and functions: one per business
function or public service, in the scenario's order, with id, kind, name, criticality, serves,
mtd (seconds or null), final (status at the end), mtd_check (null without mtd, else {passed,
passes_at, passes_label, longest_outage}) and timeline: each change as {at, at_label, status,
level (2 up, 1 degraded, 0 down), capacity, cause {kind, ref, detail} or null, it_cause (on
paper: why the IT is down), chain (the nodes from the cause down to the root), root (the root
cause's text)}. Times are seconds since T0."""

ANALYSE_JSON = """\
--json prints one object: scenario, nodes, functions, single_points_of_failure (count),
ranking [{node, kind, spof, worst_lost, people_lost, people_hit, first_loss, first_hit, hits
[{function, criticality, serves, hit_at, down_at}]}] (most critical first; times in seconds
after the failure), incident {kind: attack|failures, at, at_label, damage [{node, status, down,
restorable, refusal, risk}]} and plan {staff, start, start_label, finished_at, finished_label,
steps [{node, staff, start, end, ready_at (+ _label each), waited_for, reason, risk, cycle}],
services [{function, criticality, serves, mtd, down_since, working_at, operational_at,
mtd_passed_at (+ _label each)}], blocked [{node, reason}]}. Times are seconds since T0."""


class UsageError(Exception):
    """Something the user typed: one line, exit 2."""


class InvalidScenarioError(Exception):
    """The scenario did not load; its problems are printed: exit 1."""


def register(commands: argparse._SubParsersAction) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    simulate = commands.add_parser(
        "simulate",
        help="play the outage: each service's state over time, with causes",
        epilog=SIMULATE_JSON,
        formatter_class=raw,
    )
    simulate.add_argument("scenario", metavar="SCENARIO", help=SCENARIO_HELP)
    simulate.add_argument(
        "--until",
        metavar="T",
        help="game time or duration, e.g. 72h or 'J+3 09:00' (default: the scenario's duration)",
    )
    simulate.add_argument(
        "--fail",
        nargs="+",
        action="extend",
        default=[],
        metavar="NODE[@T]",
        help="what-if failures (at T0, or at game time T)",
    )
    simulate.add_argument(
        "--decide",
        action="append",
        default=[],
        metavar="DECISION[@T]",
        help="apply a decision of the scenario (at T0, or at T); repeatable",
    )
    simulate.add_argument("--no-attack", action="store_true", help="leave the attack out")
    simulate.add_argument("--seed", type=int, help="simulation seed (default: the scenario's)")
    simulate.add_argument("--json", action="store_true", help="machine-readable (see below)")
    simulate.set_defaults(run=run_simulate)
    analyse = commands.add_parser(
        "analyse",
        help="single points of failure and a restoration plan",
        description="Rank the nodes whose loss alone takes services down (one what-if "
        "cascade per node), then plan the restoration after the attack (or --fail).",
        epilog=ANALYSE_JSON,
        formatter_class=raw,
    )
    analyse.add_argument("scenario", metavar="SCENARIO", help=SCENARIO_HELP)
    analyse.add_argument(
        "--staff",
        type=int,
        default=2,
        metavar="N",
        help="IT staff restoring in parallel (default 2)",
    )
    analyse.add_argument(
        "--fail",
        nargs="+",
        action="extend",
        default=[],
        metavar="NODE",
        help="plan after these failures instead of the attack",
    )
    analyse.add_argument(
        "--at",
        metavar="T",
        help="plan from this game time (default: the attack's last step, or T0 with --fail)",
    )
    analyse.add_argument(
        "--top",
        type=int,
        default=15,
        metavar="N",
        help="single points of failure listed (default 15; JSON has all)",
    )
    analyse.add_argument("--json", action="store_true", help="machine-readable (see below)")
    analyse.set_defaults(run=run_analyse)
    timing = commands.add_parser(
        "bench",
        help="time the simulation on synthetic graphs (one line per figure)",
        description="Generate layered synthetic graphs of each size and time the engine on "
        "them: major cascade, worst step, naive reference, small incident, criticality "
        "ranking, compile times and memory; each size in a child process. The defaults take "
        "a few minutes on 2 cores.",
    )
    timing.add_argument(
        "--nodes",
        type=int,
        nargs="+",
        default=list(bench.DEFAULT_NODES),
        metavar="N",
        help="graph sizes (default: 10000 100000 1000000)",
    )
    timing.add_argument(
        "--naive-up-to",
        type=int,
        default=bench.NAIVE_LIMIT,
        metavar="N",
        help=f"run the naive reference on sizes up to N (default {bench.NAIVE_LIMIT}; "
        "it takes about 10 minutes at 100000)",
    )
    timing.add_argument("--json", action="store_true", help="machine-readable results")
    timing.set_defaults(run=run_bench)


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """Expected errors become one message on stderr and an exit code, never a traceback."""

    @functools.wraps(command)
    def guarded(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except UsageError as error:
            return _fail(str(error), EXIT_USAGE)
        except InvalidScenarioError:
            return EXIT_INVALID
        except AnalysisCancelledError as error:
            return _fail(f"interrupted: {error}", EXIT_INTERRUPTED)
        except KeyboardInterrupt:
            return _fail("interrupted", EXIT_INTERRUPTED)

    return guarded


@_guarded
def run_simulate(args: argparse.Namespace) -> int:
    scenario = _load(args.scenario)
    until = _time(args.until, scenario) if args.until else scenario.meta.duration
    failures = tuple(_at(spec, scenario) for spec in args.fail)
    decisions = tuple(_at(spec, scenario) for spec in args.decide)
    played = Played(failures, decisions, attack=not args.no_attack)
    simulation = _simulation(scenario, played, args.seed)
    simulation.run(until)  # fast (milliseconds): Ctrl-C simply interrupts it
    report = simulation_report(simulation, played)
    _print(report, args.json, render_simulation)
    return EXIT_OK


@_guarded
def run_analyse(args: argparse.Namespace) -> int:
    if args.staff < 1 or args.top < 0:
        raise UsageError("--staff must be at least 1, and --top at least 0")
    scenario = _load(args.scenario)
    unknown = [node for node in args.fail if node not in scenario.node_by_id]
    if unknown:
        raise UsageError(f"--fail: no node '{unknown[0]}' in scenario '{scenario.id}'")
    with _interruptible() as cancelled:
        ranking = criticality_ranking(
            scenario, progress=_Progress("ranking nodes"), cancelled=cancelled
        )
        incident = _incident(scenario, args)
        plan = restoration_plan(
            scenario,
            incident.damage,
            args.staff,
            start=incident.at,
            progress=_Progress("planning"),
            cancelled=cancelled,
        )
    report = analysis_report(scenario, ranking, incident, plan)
    _print(report, args.json, lambda data: render_analysis(data, args.top))
    return EXIT_OK


@_guarded
def run_bench(args: argparse.Namespace) -> int:
    if any(size < bench.MIN_NODES for size in args.nodes):
        raise UsageError(f"--nodes: each size must be at least {bench.MIN_NODES}")
    with _interruptible() as cancelled:
        results = bench.run(
            args.nodes, naive_limit=args.naive_up_to, progress=_show_step, cancelled=cancelled
        )
    _print(results, args.json, bench.render)
    return EXIT_OK


def _print(report: dict[str, Any], as_json: bool, render: Callable[[Any], str]) -> None:
    print(json.dumps(report, indent=2, ensure_ascii=False) if as_json else render(report))


# --- reading the arguments ---------------------------------------------------------------------


def _load(name: str) -> Scenario:
    synthetic = SYNTHETIC.match(name)
    if synthetic:
        size = int(synthetic[1])
        if size < bench.MIN_NODES:
            raise UsageError(f"a synthetic scenario needs at least {bench.MIN_NODES} nodes")
        return synthetic_scenario(size).scenario
    result = load(name)
    if result.scenario is None:
        for problem in result.problems:  # on stderr: stdout may be JSON
            print(problem.render(), file=sys.stderr)
        raise InvalidScenarioError
    return result.scenario


def _time(text: str, scenario: Scenario) -> int:
    try:
        t = parse_game_time(text, scenario.meta.t0)
    except TimeFormatError as error:
        raise UsageError(str(error)) from None
    if t < 0:
        raise UsageError(f"'{text}' is before T0 (DEBEX); times start at T0")
    return t


def _at(spec: str, scenario: Scenario) -> tuple[str, int]:
    """``NODE`` or ``NODE@T``."""
    ref, _, when = spec.partition("@")
    return ref, _time(when, scenario) if when else 0


def _simulation(scenario: Scenario, played: Played, seed: int | None) -> Simulation:
    simulation = Simulation(scenario if played.attack else quiet(scenario), seed=seed)
    for option, actions in (("--fail", played.failures), ("--decide", played.decisions)):
        for ref, t in actions:
            try:
                simulation.apply(Fail(ref) if option == "--fail" else ref, at=t)
            except SimulationError as error:
                raise UsageError(f"{option}: {error}") from None
    return simulation


def _incident(scenario: Scenario, args: argparse.Namespace) -> Incident:
    """The attack played up to its last step (or --at), or --fail's failures at T0."""
    at = _time(args.at, scenario) if args.at else None
    if not args.fail:
        return attack_incident(scenario, at)  # as the console's analyses
    played = Played(tuple((node, 0) for node in args.fail), attack=False)
    simulation = _simulation(scenario, played, None)
    simulation.run(at or 0)
    return incident_from_run(simulation, "failures", damage_in_run(simulation))


# --- errors, progress and Ctrl-C ---------------------------------------------------------------


def _fail(message: str, code: int) -> int:
    _clear_progress()
    print(f"crisis-sim: {message}", file=sys.stderr)
    return code


@contextmanager
def _interruptible() -> Iterator[Any]:
    """Ctrl-C sets a flag the analyses read between two units of work, so they stop cleanly
    (AnalysisCancelledError); a second Ctrl-C interrupts at once, and one that nothing read by
    the end of the block interrupts then."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def on_interrupt(signum: int, frame: Any) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)
    if asked.is_set():
        raise KeyboardInterrupt


class _Progress:
    """``label: done/total (pct %)`` on one line of stderr, once the work has lasted a second,
    only if stderr is a terminal."""

    shown = False

    def __init__(self, label: str) -> None:
        self.label, self.started = label, time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() or time.monotonic() - self.started < 1.0:
            return
        percent = 100 * done // max(total, 1)
        sys.stderr.write(f"\r{self.label}: {done}/{total} ({percent} %)\033[K")
        sys.stderr.flush()
        _Progress.shown = True
        if done >= total:
            _clear_progress()


def _clear_progress() -> None:
    if _Progress.shown:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
        _Progress.shown = False


def _show_step(message: str) -> None:
    """The benchmark's stages, a line each, on a terminal."""
    if sys.stderr.isatty():
        print(f"bench: {message}", file=sys.stderr, flush=True)

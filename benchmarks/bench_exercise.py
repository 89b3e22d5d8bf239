"""Exercise engine benchmarks: ``python benchmarks/bench_exercise.py`` prints ``name: value unit``.

The headline figure is the headless, full-speed run of the scripted 72-hour Angers exercise
(target: under 5 s), journal fsynced line by line as in real use. Each timing is the median of
a few runs on a fresh session; the machine's clock is read here, never in the core.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import PlayScript, load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.store import create_session, open_session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: float, unit: str) -> None:
    shown = f"{value:.3f}" if isinstance(value, float) else str(value)
    print(f"{name}: {shown} {unit}")


def load(scenario_id: str) -> tuple[Scenario, PlayScript, Path]:
    scenario_path = scenarios_dir() / f"{scenario_id}.yaml"
    script_path = scenarios_dir() / f"{scenario_id}.play.yaml"
    scenario = load_scenario(scenario_path).scenario
    assert scenario is not None
    return scenario, load_play_script(script_path, scenario), script_path


def headless_run(scenario_id: str, folder: Path) -> Path:
    """Everything `crisis-sim run` does after start-up: load, check the script, play, journal."""
    scenario, script, script_path = load(scenario_id)
    out = folder / f"{scenario_id}-{time.perf_counter_ns()}.jsonl"
    session = create_session(scenario, out, script=EmbeddedText.of_bytes(script_path.read_bytes()))
    play(session, script)
    session.close()
    return out


def bench_scripted_runs(folder: Path) -> None:
    for scenario_id in ("angers-2021", "commune-3500"):
        seconds = median_seconds(lambda sid=scenario_id: headless_run(sid, folder))
        report(f"{scenario_id}_headless_full_speed_run", seconds, "s")
    scenario, script, _ = load("angers-2021")

    def play_in_memory() -> Session:
        session = Session(scenario)
        play(session, script)
        return session

    session = play_in_memory()
    report("angers-2021_play_without_journal", median_seconds(play_in_memory), "s")
    record = headless_run("angers-2021", folder)
    report("angers-2021_commands", len(record.read_bytes().splitlines()) - 1, "commands")
    report("angers-2021_log_entries", len(session.log), "entries")
    report("angers-2021_game_hours_played", session.now / 3600, "h")


def bench_replay(folder: Path) -> None:
    path = headless_run("angers-2021", folder)
    scenario = load_scenario(scenarios_dir() / "angers-2021.yaml").scenario
    report("angers-2021_session_file_size", path.stat().st_size / 1024, "KiB")
    report("angers-2021_resume_replay", median_seconds(lambda: open_session(path, scenario)), "s")
    report(
        "angers-2021_replay_until_J+1_12:00",
        median_seconds(lambda: open_session(path, scenario, until=13 * 3600)),
        "s",
    )
    report(
        "angers-2021_open_self_contained_session",
        median_seconds(lambda: open_session(path), runs=3),
        "s",
    )


def bench_console_ticks() -> None:
    """What the facilitator's console pays per timer tick: 100 ms of real time at x60."""
    scenario, _, _ = load("angers-2021")
    session = Session(scenario, speed=60)
    session.apply(c.Start(), 0)
    ticks = 12 * 3600 // 6  # twelve game hours, 6 game seconds per tick
    real = 0
    start = time.perf_counter()
    for _ in range(ticks):
        real += 100
        session.apply(c.Advance(100), real)
    elapsed = time.perf_counter() - start
    report("console_tick_advance_100ms_x60", elapsed / ticks * 1e6, "us/tick")


def bench_journal_append(folder: Path) -> None:
    scenario, _, _ = load("commune-3500")
    session = create_session(scenario, folder / "notes.jsonl")
    session.apply(c.Start(), 0)
    count = 200
    start = time.perf_counter()
    for i in range(count):
        session.apply(c.AddNote(f"note {i}", "maire"), i)
    elapsed = time.perf_counter() - start
    session.close()
    report("journal_command_with_fsync", elapsed / count * 1e3, "ms/command")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="crisis-sim-bench-") as name:
        folder = Path(name)
        bench_scripted_runs(folder)
        bench_replay(folder)
        bench_journal_append(folder)
    bench_console_ticks()


if __name__ == "__main__":
    main()

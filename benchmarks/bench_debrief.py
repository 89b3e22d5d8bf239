"""Debrief benchmarks: ``python benchmarks/bench_debrief.py`` prints ``name: value unit``.

The headline figure is ``debrief_pdf_s``: the debrief of the scripted 72-hour Angers session
exported to PDF, from the session file (replay, findings, report, PDF written), target 3 s.
The other lines split it up and time the other formats. Each timing is the median of a few
runs; the machine's clock is read here, never in the core.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crisis_sim.core.debrief import build_debrief, open_debrief
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session, open_session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.export.i18n import use_language
from crisis_sim.export.report import export_debrief

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}")


def angers_session(folder: Path) -> Path:
    scenario_path = scenarios_dir() / "angers-2021.yaml"
    script_path = scenarios_dir() / "angers-2021.play.yaml"
    scenario = load_scenario(scenario_path).scenario
    assert scenario is not None
    path = folder / "angers.session.jsonl"
    session = create_session(scenario, path, script=EmbeddedText.of_bytes(script_path.read_bytes()))
    try:
        play(session, load_play_script(script_path, scenario))
    finally:
        session.close()
    return path


def main() -> None:
    use_language("fr")  # load the translations once, as a running program has
    with tempfile.TemporaryDirectory(prefix="bench-debrief-") as folder:
        session_path = angers_session(Path(folder))
        output = Path(folder) / "report"

        def pdf() -> None:
            export_debrief(open_debrief(session_path), "pdf", output.with_suffix(".pdf"), lang="fr")

        report("debrief_pdf_s", median_seconds(pdf), "s")
        session = open_session(session_path).session
        report("debrief_replay_s", median_seconds(lambda: open_session(session_path)), "s")
        report("debrief_findings_s", median_seconds(lambda: build_debrief(session)), "s")
        opened = open_debrief(session_path)
        for fmt in ("html", "md", "json", "odt", "csv"):
            target = output.with_suffix(f".{fmt}")
            seconds = median_seconds(
                lambda f=fmt, t=target: export_debrief(opened, f, t, lang="fr")
            )
            report(f"debrief_{fmt}_s", seconds, "s")


if __name__ == "__main__":
    main()

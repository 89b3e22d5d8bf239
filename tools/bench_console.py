#!/usr/bin/env python3
"""How responsive the console stays on a large graph: the worst frame while playing at x60.

    python tools/bench_console.py            # 2,000 nodes, 2 minutes of play at x60
    python tools/bench_console.py --nodes 500 --ticks 200

Writes a synthetic layered scenario (infrastructure → servers → applications → functions →
public services, two or three providers per node, an attack that encrypts the server zone
after an hour), opens the console offscreen on it and plays clock ticks as the timer would.
A frame is one tick: the session command, every view's refresh and the repaint. Prints the
median and worst frame in milliseconds; the target is a worst frame under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.gui.app import application
from crisis_sim.gui.console import build_console

KINDS = (
    ("infrastructure", 0.05, "dc"),
    ("server", 0.25, "dc"),
    ("application", 0.35, "dc"),
    ("business-function", 0.2, None),
    ("public-service", 0.15, None),
)


def synthetic_scenario(nodes: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = [
        "meta: {id: bench, format: 1, title: Bench, t0: '2021-01-15T23:00:00+01:00',",
        "       duration: 2j, seed: 1}",
        "organisation: {name: Bench, kind: commune, population: 100000, agents: 2000}",
        "roles: [{id: dgs, kind: dgs, name: DGS}]",
        "zones: [{id: dc, name: Datacentre}]",
        "nodes:",
    ]
    previous: list[str] = []
    for kind, share, zone in KINDS:
        layer = [f"{kind[:3]}-{i}" for i in range(max(1, int(nodes * share)))]
        for node_id in layer:
            needs = rng.sample(previous, min(len(previous), rng.randint(2, 3)))
            where = f", zone: {zone}" if zone else ""
            lines.append(
                f"  - {{id: {node_id}, kind: {kind}, name: 'Node {node_id}'{where},"
                f" needs: [{', '.join(needs)}], mtd: 4h, serves: 100}}"
            )
        previous = layer
    lines += [
        "attack:",
        "  family: ransomware",
        "  steps:",
        "    - {id: encrypt, at: H+1, kind: encryption, effect: encrypt, targets: [ser-0],",
        "       target_zones: [dc], target_kinds: [server]}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--ticks", type=int, default=480, help="250 ms ticks (480 = 2 min)")
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(synthetic_scenario(args.nodes), encoding="utf-8")
        result = load_scenario(path)
        if result.scenario is None:
            print("\n".join(p.render() for p in result.problems), file=sys.stderr)
            return 1
        started = time.perf_counter()
        console = build_console(result.scenario)
        console.window.resize(1920, 1080)
        console.window.show()
        app.processEvents()
        print(f"console built and shown: {(time.perf_counter() - started) * 1000:.0f} ms")
        frames = play(console, app, args.ticks)
        console.driver.shutdown()
    print(
        f"{len(frames)} frames at x{console.driver.speed}: "
        f"median {statistics.median(frames):.1f} ms, worst {max(frames):.1f} ms "
        "(target: worst under 50 ms)"
    )
    return 0


def play(console, app, ticks: int) -> list[float]:
    """Play the clock tick by tick, as the timer does, and time each tick's work and repaint."""
    driver = console.driver
    driver.play()
    driver._timer.stop()  # the benchmark sends the ticks itself, back to back
    frames = []
    for _ in range(ticks):
        driver._opened_at += 250  # as if a quarter of a second had gone by
        start = time.perf_counter()
        driver._on_tick()
        app.processEvents()
        console.window.repaint()
        frames.append((time.perf_counter() - start) * 1000)
    return frames


if __name__ == "__main__":
    sys.exit(main())

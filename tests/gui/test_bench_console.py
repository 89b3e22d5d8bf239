"""The console benchmark plays every tick through the clock's own timer (one per pass of the
event loop), so its frames are the application's: checked on a small graph."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "tools" / "bench_console.py"


def test_the_benchmark_plays_each_tick_once_and_reports_its_frames():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(BENCH), "--runs", "1", "--nodes", "200", "--ticks", "40"]
    output = subprocess.run(
        command, check=True, capture_output=True, text=True, env=env, timeout=300
    ).stdout
    # 40 ticks of 250 ms at x60: 10 minutes of game time, no tick lost or doubled.
    assert "10 min of game time played" in output, output
    run = re.search(r"run 1: median ([\d.]+), p99 ([\d.]+), worst ([\d.]+) ms", output)
    assert run is not None, output
    median, p99, worst = (float(value) for value in run.groups())
    assert 0 < median <= p99 <= worst
    assert "worst frame over the runs" in output

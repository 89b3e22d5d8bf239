"""Outage simulation benchmark: ``python benchmarks/bench_sim.py [--nodes N ...] [--json]``.

The same harness as ``crisis-sim bench`` (crisis_sim/cli/bench.py): one line per figure as
``name: value unit``, targets at the end. See docs/performance.md for the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crisis_sim.cli.main import main

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))

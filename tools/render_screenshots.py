#!/usr/bin/env python3
"""Render the facilitator's console and the players' screen offscreen to PNG.

    python tools/render_screenshots.py                       # Angers, J+0 23:30 and J+1 09:00
    python tools/render_screenshots.py --scenario docs/examples/petite-mairie.yaml \\
        --at "J+1 03:00" --at "J+1 12:00" --language en --out /tmp/shots

Each game time gives ``console-<lang>-<J+n-HHMM>.png`` and ``players-<lang>-<...>.png``.
The console runs a session without a journal: the clock jumps to each time, injects are
delivered when due, and no decision is taken (the scripted Angers run comes later).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crisis_sim.core.gametime import parse_game_time  # noqa: E402
from crisis_sim.core.scenario.bundled import resolve  # noqa: E402
from crisis_sim.core.scenario.loader import load_scenario  # noqa: E402
from crisis_sim.gui.app import application  # noqa: E402
from crisis_sim.gui.console import build_console  # noqa: E402
from crisis_sim.gui.i18n import set_language  # noqa: E402

CONSOLE_SIZE = (1920, 1080)  # a facilitator's laptop or second screen
PLAYERS_SIZE = (1600, 900)  # a common projector resolution


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="angers-2021")
    parser.add_argument("--at", action="append", help="game time, e.g. 'J+1 09:00' (repeatable)")
    parser.add_argument("--language", default="fr", choices=("fr", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--select", help="a node id to highlight in the graph")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    app = application()
    # A private settings file: the screenshots never depend on (or change) a user's layout.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(args.out / ".settings")
    )
    set_language(args.language)
    result = load_scenario(resolve(args.scenario).path)
    if result.scenario is None:
        print("\n".join(problem.render() for problem in result.problems), file=sys.stderr)
        return 1
    console = build_console(result.scenario)  # no journal: nothing written but the images
    console.window.resize(*CONSOLE_SIZE)
    console.players.resize(*PLAYERS_SIZE)
    console.window.show()
    console.players.show()
    console.graph.view.fit()
    if args.select:
        console.scene.select(args.select)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = console.window.scenario.meta.t0
    for text in args.at or ["J+0 23:30", "J+1 09:00"]:
        console.driver.advance_to(parse_game_time(text, t0))
        console.driver.pause()  # the picture shows that very minute
        settle(app)
        stem = f"{args.language}-{text.replace(' ', '-').replace(':', '')}"
        for name, widget in (("console", console.window), ("players", console.players)):
            path = args.out / f"{name}-{stem}.png"
            widget.grab().save(str(path))
            print(path)
    console.driver.shutdown()
    return 0


def settle(app) -> None:
    """Let pending layout and paint events run, and the change flashes fade out."""
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 1200:
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())

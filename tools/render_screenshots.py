#!/usr/bin/env python3
"""Render the facilitator's console and the players' screen offscreen to PNG.

    python tools/render_screenshots.py                       # scripted Angers run, in French
    python tools/render_screenshots.py --language en
    python tools/render_screenshots.py --scenario commune-3500 --at "J+0 10:00" --out /tmp/shots

By default the tool plays the play script shipped beside the scenario
(``scenarios/angers-2021.play.yaml`` for Angers, docs/play-script.md) into a session file in a
temporary folder, as ``crisis-sim run`` does, then opens that session at each requested game
time: every decision, note, observation and inject the script and the chronogramme gave up to
that minute is there. The console and the
players' screen are opened on that state and grabbed. ``--no-script`` opens a session without
the script instead: the clock jumps to each time and no decision is taken.

Each game time gives ``console-<lang>-<J+n-HHMM>.png`` and ``players-<lang>-<...>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crisis_sim.core.exercise.errors import ExerciseError  # noqa: E402
from crisis_sim.core.exercise.journal import EmbeddedText  # noqa: E402
from crisis_sim.core.exercise.playscript import PlayScriptError, load_play_script  # noqa: E402
from crisis_sim.core.exercise.runner import play  # noqa: E402
from crisis_sim.core.exercise.session import Session  # noqa: E402
from crisis_sim.core.exercise.store import create_session, open_session  # noqa: E402
from crisis_sim.core.gametime import parse_game_time  # noqa: E402
from crisis_sim.core.scenario.bundled import resolve  # noqa: E402
from crisis_sim.core.scenario.loader import load_scenario  # noqa: E402
from crisis_sim.core.scenario.model import Scenario  # noqa: E402
from crisis_sim.gui.app import application  # noqa: E402
from crisis_sim.gui.console import build_console  # noqa: E402
from crisis_sim.gui.i18n import set_language  # noqa: E402

CONSOLE_SIZE = (1920, 1080)  # a facilitator's laptop or second screen
PLAYERS_SIZE = (1600, 900)  # a common projector resolution
# Moments of the scripted Angers run where the crisis shows: the first decision of the night
# (the mayor's Twitter account taken back), the second wave contained and the crisis cell
# open, and Saturday late morning with ANSSI alerted and paper registers in use.
DEFAULT_TIMES = ("J+0 23:55", "J+1 03:00", "J+1 11:30")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="angers-2021")
    parser.add_argument(
        "--script", type=Path, help="the play script (default: NAME.play.yaml beside the scenario)"
    )
    parser.add_argument("--no-script", action="store_true", help="jump the clock, no decisions")
    parser.add_argument("--at", action="append", help="game time, e.g. 'J+1 09:00' (repeatable)")
    parser.add_argument("--language", default="fr", choices=("fr", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--select", help="a node id to highlight in the graph")
    return parser.parse_args()


def play_script(scenario: Scenario, script_path: Path, journal: Path) -> None:
    """Play the whole script headless into the session file ``journal``, as ``crisis-sim run``
    does; raises PlayScriptError or ExerciseError when the script does not fit the scenario."""
    script = load_play_script(script_path, scenario)
    text = EmbeddedText.of_bytes(script_path.read_bytes())
    session = create_session(scenario, journal, script=text)
    try:
        play(session, script)
    finally:
        session.close()


def session_at(scenario: Scenario, journal: Path, t: int) -> Session:
    """The scripted session as it stood when its game clock showed ``t`` (read-only)."""
    return open_session(journal, scenario, until=t).session


def main() -> int:
    args = parse_args()
    app = application()
    set_language(args.language)
    scenario_path = resolve(args.scenario).path
    result = load_scenario(scenario_path)
    if result.scenario is None:
        print("\n".join(problem.render() for problem in result.problems), file=sys.stderr)
        return 1
    script = None if args.no_script else args.script or script_beside(scenario_path)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        private_settings(Path(folder))
        journal = Path(folder) / "scripted.session.jsonl"
        if script is not None and not played(result.scenario, script, journal):
            return 1
        for text in args.at or DEFAULT_TIMES:
            t = parse_game_time(text, result.scenario.meta.t0)
            session = session_at(result.scenario, journal, t) if script else None
            render(app, result.scenario, session, t, text, args)
    return 0


def private_settings(folder: Path) -> None:
    """The screenshots never depend on (or change) a user's saved layout."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def played(scenario: Scenario, script: Path, journal: Path) -> bool:
    try:
        play_script(scenario, script, journal)
    except PlayScriptError as error:
        print("\n".join(problem.render() for problem in error.problems), file=sys.stderr)
        return False
    except ExerciseError as error:
        print(f"{script}: {error}", file=sys.stderr)
        return False
    return True


def script_beside(scenario_path: Path) -> Path | None:
    """The play script shipped with a scenario (angers-2021.yaml: angers-2021.play.yaml)."""
    script = scenario_path.with_name(f"{scenario_path.stem}.play.yaml")
    if script.is_file():
        return script
    print(f"no play script beside {scenario_path}: the clock jumps, no decision is taken")
    return None


def render(app, scenario: Scenario, session: Session | None, t: int, text: str, args) -> None:
    """Open the console on ``session`` (or a fresh one jumped to ``t``) and save both windows."""
    console = build_console(scenario, session)  # no journal: nothing written but the images
    console.window.resize(*CONSOLE_SIZE)
    console.players.resize(*PLAYERS_SIZE)
    console.window.show()
    console.players.show()
    console.graph.view.fit()
    if args.select:
        console.scene.select(args.select)
    if session is None:
        console.driver.advance_to(t)
    console.driver.pause()  # the picture shows that very minute
    settle(app)
    # Played live, the log would have scrolled to its newest entry as each one came in; once
    # laid out, as its rows' heights depend on their wrapped text.
    console.log.table.scrollToBottom()
    app.processEvents()
    stem = f"{args.language}-{text.replace(' ', '-').replace(':', '')}"
    for name, widget in (("console", console.window), ("players", console.players)):
        path = args.out / f"{name}-{stem}.png"
        widget.grab().save(str(path))
        print(path)
    console.driver.shutdown()
    # Hidden, not closed: closing an exercise under way asks first, and nobody would answer.
    console.players.hide()
    console.window.hide()
    console.window.deleteLater()


def settle(app) -> None:
    """Let pending layout and paint events run, and the change flashes fade out."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 1200:
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())

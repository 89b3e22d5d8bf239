"""``run`` and ``replay``: play a scripted exercise headless, and look at a session file."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from crisis_sim.cli.scenario_commands import load
from crisis_sim.core.exercise.clock import MAX_SPEED, MIN_SPEED
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import (
    PlayScript,
    PlayScriptError,
    load_play_script,
    load_play_script_text,
)
from crisis_sim.core.exercise.replay import render_text, snapshot
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.store import (
    create_session,
    new_session_path,
    open_session,
    resume_session,
    session_scenario,
)
from crisis_sim.core.gametime import TimeFormatError, parse_game_time
from crisis_sim.core.scenario.model import Scenario

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(commands: argparse._SubParsersAction) -> None:
    run = commands.add_parser(
        "run",
        help="play a scripted exercise headless into a session file, or continue one",
        description="Play SCENARIO with the actions of a play script (docs/play-script.md), "
        "as fast as possible, or paced in real time with --speed. Every action is journaled "
        "as it happens: after a crash, 'run --resume SESSION' continues where it stopped.",
    )
    run.add_argument("scenario", nargs="?", metavar="SCENARIO", help="file or bundled id")
    run.add_argument("--script", type=Path, metavar="PLAY.yaml", help="the play script")
    run.add_argument("--out", type=Path, metavar="SESSION", help="session file to write")
    run.add_argument("--resume", type=Path, metavar="SESSION", help="continue this session")
    run.add_argument(
        "--speed",
        type=int,
        metavar="N",
        help=f"game seconds per real second ({MIN_SPEED}-{MAX_SPEED}); paces the run in "
        "real time for a demonstration",
    )
    run.add_argument("--seed", type=int, help="simulation seed (default: the scenario's)")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.set_defaults(run=run_run)
    replay = commands.add_parser(
        "replay", help="print the state of a session at a game time (default: its end)"
    )
    replay.add_argument("session", type=Path, metavar="SESSION")
    replay.add_argument("--until", metavar="T", help="game time, e.g. 'J+1 08:00' or 'H+5'")
    replay.add_argument("--json", action="store_true", help="machine-readable state")
    replay.add_argument("--lang", choices=("fr", "en"), default="fr")
    replay.set_defaults(run=run_replay)


def _fail(message: str) -> int:
    print(f"crisis-sim: {message}", file=sys.stderr)
    return EXIT_FAILED


def run_run(args: argparse.Namespace) -> int:
    try:
        if args.resume is not None:
            return _resume(args)
        return _start(args)
    except PlayScriptError as error:
        for problem in error.problems:
            print(problem.render(), file=sys.stderr)
        return EXIT_FAILED
    except ExerciseError as error:
        return _fail(str(error))


def _start(args: argparse.Namespace) -> int:
    if args.scenario is None or args.script is None:
        print("crisis-sim run: give SCENARIO and --script, or --resume SESSION", file=sys.stderr)
        return EXIT_USAGE
    scenario = _load_scenario(args.scenario)
    if scenario is None:
        return EXIT_FAILED
    script = load_play_script(args.script, scenario)
    script_text = _read_script(args.script)
    out = args.out or new_session_path(scenario.id)
    speed = args.speed if args.speed is not None else 1
    session = create_session(scenario, out, seed=args.seed, speed=speed, script=script_text)
    return _play(session, script, out, args)


def _resume(args: argparse.Namespace) -> int:
    if args.script is not None or args.out is not None or args.seed is not None:
        print(
            "crisis-sim run --resume: the session file already holds its script, "
            "output and seed; give only SESSION (and optionally SCENARIO to check it)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    scenario = _load_scenario(args.scenario) if args.scenario else None
    if args.scenario and scenario is None:
        return EXIT_FAILED
    opened = resume_session(args.resume, scenario)
    for warning in opened.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if opened.header.script is None:
        opened.session.close()
        return _fail(f"{args.resume} was not played from a script; open it in the console")
    script = load_play_script_text(
        opened.header.script.text, opened.session.scenario, f"{args.resume} (script)"
    )
    return _play(opened.session, script, args.resume, args)


def _play(session: Session, script: PlayScript, out: Path, args: argparse.Namespace) -> int:
    pace = _sleep if args.speed is not None else None
    try:
        applied = play(session, script, pace=pace)
    finally:
        session.close()
    if not args.quiet:
        print(
            f"{out}: {applied} commands played, {len(session.log)} log entries, "
            f"{session.state.value} at {session.when(session.now)}"
        )
    return EXIT_OK


def _sleep(delay_ms: int) -> None:
    # Pacing for demonstrations lives here, in the CLI: the core never sleeps.
    time.sleep(delay_ms / 1000)


def _load_scenario(name: str) -> Scenario | None:
    result = load(name)
    if result.scenario is None:
        for problem in result.problems:
            print(problem.render(), file=sys.stderr)
        print(f"crisis-sim: {result.path}: the scenario is not valid", file=sys.stderr)
    return result.scenario


def _read_script(path: Path) -> EmbeddedText:
    try:
        return EmbeddedText.of_bytes(path.read_bytes())
    except (OSError, UnicodeDecodeError) as error:
        raise ExerciseError(f"cannot read the play script {path}: {error}") from None


def run_replay(args: argparse.Namespace) -> int:
    try:
        scenario = session_scenario(args.session)
        until = _until(args.until, scenario) if args.until else None
        opened = open_session(args.session, scenario, until=until)
    except ExerciseError as error:
        return _fail(str(error))
    for warning in opened.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(snapshot(opened.session, args.lang), indent=2, ensure_ascii=False))
    else:
        print(render_text(opened.session, args.lang))
    return EXIT_OK


def _until(text: str, scenario: Scenario) -> int:
    try:
        until = parse_game_time(text, scenario.meta.t0)
    except TimeFormatError as error:
        raise ExerciseError(f"--until: {error}") from None
    if until < 0:
        raise ExerciseError(f"--until {text} is before DEBEX")
    return until

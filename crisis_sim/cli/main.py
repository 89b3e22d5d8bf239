"""``crisis-sim``: subcommands over the Qt-free core; with no subcommand, the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from crisis_sim import __version__
from crisis_sim.cli import (
    debrief_commands,
    exercise_commands,
    export_commands,
    scenario_commands,
    sim_commands,
)

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crisis-sim",
        description="Offline cyber-crisis exercise simulator for local authorities. "
        "Scenarios can be named by path or by the id of a bundled scenario (e.g. angers-2021).",
    )
    parser.add_argument("--version", action="version", version=f"crisis-sim {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    scenario_commands.register(commands)
    exercise_commands.register(commands)
    export_commands.register(commands)
    debrief_commands.register(commands)
    sim_commands.register(commands)
    gui = commands.add_parser("gui", help="open the facilitator's console (the default)")
    gui.add_argument("scenario", nargs="?", metavar="FILE|ID", help="default: angers-2021")
    gui.set_defaults(run=_run_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command | None = getattr(args, "run", None)
    if command is None:
        return _run_gui(argparse.Namespace(scenario=None))
    try:
        return command(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    # Qt is imported only here: every other command runs on the Qt-free core alone.
    try:
        from crisis_sim.gui.app import run_gui
    except ImportError as error:
        print(
            f"crisis-sim: the console cannot start: {error}\n"
            "The command-line tools still work: crisis-sim --help",
            file=sys.stderr,
        )
        return EXIT_INVALID
    return run_gui(_scenario_path(args.scenario))


def _scenario_path(name: str | None) -> str | None:
    if name is None:
        return None
    from crisis_sim.core.scenario.bundled import resolve

    return str(resolve(name).path)


if __name__ == "__main__":
    sys.exit(main())

"""``crisis-sim``: subcommands over the Qt-free core; with no subcommand, the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from crisis_sim import __version__
from crisis_sim.cli import exercise_commands, export_commands, scenario_commands

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command: Command | None = getattr(args, "run", None)
    if command is None:
        return _open_gui_or_help(parser)
    try:
        return command(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        return EXIT_OK


def _open_gui_or_help(parser: argparse.ArgumentParser) -> int:
    # The facilitator's console does not exist yet (issue 5); until then, show the commands.
    parser.print_help()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

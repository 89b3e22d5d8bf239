"""``paper-kit``: print-ready PDF kits made from a scenario.

The export needs Qt's translation files (QtCore): it is imported only when the command runs, so
the other commands keep working where Qt is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crisis_sim.cli.scenario_commands import load

EXIT_OK, EXIT_FAILED = 0, 1
LANGUAGES = ("fr", "en")
KITS = ("exercise", "day", "all")


def register(commands: argparse._SubParsersAction) -> None:
    kit = commands.add_parser(
        "paper-kit",
        help="print-ready A4 PDF: the exercise on paper, and sheets for the real day",
        description="Exercise kit: inject cards (animation team and players), chronogramme, "
        "observer grid. Day kit: crisis contact directory, paper fallback procedures, "
        "first-hour checklist. See docs/paper-kits.md.",
    )
    kit.add_argument("scenario", metavar="FILE|ID")
    kit.add_argument("--lang", choices=LANGUAGES, default="fr", help="labels' language (fr)")
    kit.add_argument("--kit", choices=KITS, default="all", help="which kit (all)")
    kit.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    kit.set_defaults(run=run_paper_kit)


def run_paper_kit(args: argparse.Namespace) -> int:
    from crisis_sim.export.i18n import TranslationError
    from crisis_sim.export.paper_kit import Kit, render_paper_kit
    from crisis_sim.export.pdf_base import ExportError

    result = load(args.scenario)
    if result.scenario is None:
        for problem in result.problems:
            print(problem.render(), file=sys.stderr)
        print(f"{result.path}: not a valid scenario; no paper kit written", file=sys.stderr)
        return EXIT_FAILED
    output: Path = args.output
    source = result.scenario.source_path
    if source is not None and output.resolve() == source.resolve():
        print(f"error: {output} is the scenario itself; choose another file", file=sys.stderr)
        return EXIT_FAILED
    try:
        pages = render_paper_kit(result.scenario, output, lang=args.lang, kit=Kit(args.kit))
    except (ExportError, TranslationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{output}: {pages} pages")
    return EXIT_OK

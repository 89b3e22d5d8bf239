"""``debrief``: a session's debrief report (PDF, HTML, Markdown, JSON, ODT) or its crisis log
(CSV), in French or English.

The export needs Qt's translation files (QtCore): it is imported only when the command runs,
so the other commands keep working where Qt is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
FORMATS = ("pdf", "html", "md", "json", "odt", "csv")
LANGUAGES = ("fr", "en")


def register(commands: argparse._SubParsersAction) -> None:
    debrief = commands.add_parser(
        "debrief",
        help="the debrief report of a session (findings, recommendations, action plan)",
        description="Findings mapped to ANSSI recommendations, the chronology, service levels, "
        "the action plan (the one saved beside the session, else a draft), the hot-debrief "
        "guide and the cold-debrief questionnaire; or, with --format csv, the crisis log for "
        "a spreadsheet. See docs/debrief.md.",
    )
    debrief.add_argument("session", type=Path, metavar="SESSION")
    debrief.add_argument("--format", choices=FORMATS, default="pdf", help="output format (pdf)")
    debrief.add_argument("--lang", choices=LANGUAGES, default="fr", help="language (fr)")
    debrief.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    debrief.set_defaults(run=run_debrief)


def _fail(message: str) -> int:
    print(f"crisis-sim: {message}", file=sys.stderr)
    return EXIT_FAILED


def run_debrief(args: argparse.Namespace) -> int:
    from crisis_sim.core.debrief.action_plan import ActionPlanError
    from crisis_sim.core.debrief.debrief import open_debrief
    from crisis_sim.core.debrief.recommendations import UnknownRecommendationError
    from crisis_sim.core.exercise.errors import ExerciseError
    from crisis_sim.export.i18n import TranslationError
    from crisis_sim.export.pdf_base import ExportError
    from crisis_sim.export.report import export_debrief

    session: Path = args.session
    output: Path = args.output
    if session.exists() and output.exists() and output.resolve() == session.resolve():
        return _fail(f"{output} is the session file itself; choose another output file")
    if session.suffix in (".yaml", ".yml"):
        return _fail(
            f"{session} is a scenario, not a session: play it first, e.g. "
            f"crisis-sim run {session} --script PLAY.yaml --out exercise.session.jsonl"
        )
    try:
        opened = open_debrief(session)
    except (ExerciseError, ActionPlanError, UnknownRecommendationError) as error:
        return _fail(str(error))
    for warning in opened.warnings:
        print(f"crisis-sim: warning: {warning}", file=sys.stderr)
    try:
        what = export_debrief(opened, args.format, output, lang=args.lang)
    except (ExportError, TranslationError) as error:
        return _fail(str(error))
    print(f"{output}: {what}")
    return EXIT_OK

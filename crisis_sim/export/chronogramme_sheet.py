"""The facilitator's chronogramme sheet: every stimulus as planned, with a tick box to play it.

Timed stimuli by game time; then conditional and reserve ones, with their condition in plain
words (ANSSI practice sheet 6). Landscape, so that the expected reaction has room.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import ExpectedReaction, Inject
from crisis_sim.export.blocks import CheckBox, fractions, para, table
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import Markup, bold, concat, italic, join, line_break
from crisis_sim.export.pdf_base import Heading, Orientation
from crisis_sim.export.scenario_labels import (
    channel_label,
    inject_timing,
    name_of,
    names_of,
    reaction_deadline,
)
from crisis_sim.export.styles import styles

LANDSCAPE_WIDTH = Orientation.LANDSCAPE.frame_width


def chronogramme_sheet(
    scenario: Scenario, stimuli: list[tuple[str, Inject]], *, toc_key: str
) -> list[Flowable]:
    """The sheet, from its heading on; it expects a landscape page."""
    s = styles()
    title = translate("ExportExercise", "Chronogramme — facilitator's sheet")
    timed = [(n, i) for n, i in stimuli if i.at is not None]
    other = [(n, i) for n, i in stimuli if i.at is None]
    story: list[Flowable] = [
        Heading(title, 0, toc_key=toc_key, foot=title),
        para(
            translate(
                "ExportExercise",
                "Tick each stimulus when it is played and note the time. Re-timing is normal: "
                "often only about 70 % of the planned stimuli get played. Never show the "
                "expected reactions to players.",
            ),
            s.body,
        ),
    ]
    headers = _chronogramme_headers(translate("ExportExercise", "Game time"))
    widths = fractions(LANDSCAPE_WIDTH, 10, 19, 20, 29, 38, 39, 66, 15, 25)
    rows = [_chronogramme_row(scenario, n, i) for n, i in timed]
    story.append(table(headers, rows, widths) if rows else para(_none()))
    if other:
        subtitle = translate("ExportExercise", "Conditional and reserve stimuli")
        headers = _chronogramme_headers(translate("ExportExercise", "Played when"))
        widths = fractions(LANDSCAPE_WIDTH, 10, 40, 20, 27, 36, 33, 55, 15, 25)
        rows = [_chronogramme_row(scenario, n, i) for n, i in other]
        reserve = translate(
            "ExportExercise",
            "A conditional stimulus is played when its condition is met; a reserve stimulus "
            "when the exercise director decides to.",
        )
        story += [
            CondPageBreak(40 * mm),
            Heading(subtitle, 1),
            para(reserve, s.body),
            table(headers, rows, widths),
        ]
    return story


def _none() -> str:
    return translate("ExportExercise", "None.")


def _chronogramme_headers(timing: str) -> list[str]:
    return [
        translate("ExportExercise", "No."),
        timing,
        translate("ExportExercise", "Channel"),
        translate("ExportExercise", "From"),
        translate("ExportExercise", "To"),
        translate("ExportExercise", "Stimulus"),
        translate("ExportExercise", "Expected reaction"),
        translate("ExportExercise", "Played"),
        translate("ExportExercise", "Notes"),
    ]


def _chronogramme_row(scenario: Scenario, number: str, inject: Inject) -> list:
    lang = current_language()
    if inject.at is None and inject.when is None:
        timing = concat(bold(translate("ExportExercise", "Reserve")))
    else:
        timing = concat(inject_timing(scenario, inject))
    if inject.surprise:
        timing = concat(timing, line_break(), italic(translate("ExportExercise", "surprise")))
    reactions = [_reaction_text(scenario, inject, r) for r in inject.expected]
    if len(reactions) > 1:
        reactions = [concat("• ", reaction) for reaction in reactions]
    return [
        concat(bold(number)),
        timing,
        channel_label(inject.channel),
        name_of(scenario, inject.sender),
        names_of(scenario, inject.to),
        inject.title.get(lang),
        join(reactions, line_break()) if reactions else "—",
        CheckBox(),
        None,
    ]


def _reaction_text(scenario: Scenario, inject: Inject, reaction: ExpectedReaction) -> Markup:
    deadline = reaction_deadline(scenario, inject, reaction.within)
    text = reaction.text.get(current_language())
    ids = ", ".join(reaction.recommendations)
    return concat(text, " — ", bold(deadline), *([" — ", italic(ids)] if ids else []))

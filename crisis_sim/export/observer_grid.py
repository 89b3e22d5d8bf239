"""The observer grid: for each objective, the evidence expected, then strengths, improvement
points and the game time observed (ANSSI practice sheet 8). Observers never intervene."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Evidence, Objective
from crisis_sim.core.scenario.model_injects import Inject
from crisis_sim.export.blocks import (
    WritingLines,
    bullets,
    fields,
    fractions,
    gap,
    para,
    table,
    writing_rows,
)
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import bold, label_value
from crisis_sim.export.pdf_base import Heading, Orientation
from crisis_sim.export.scenario_labels import game_time, name_of, quoted
from crisis_sim.export.styles import styles

PORTRAIT_WIDTH = Orientation.PORTRAIT.frame_width


def observer_grid(
    scenario: Scenario, stimuli: list[tuple[str, Inject]], *, toc_key: str
) -> list[Flowable]:
    """The grid, from its heading on; it expects a portrait page."""
    s = styles()
    title = translate("ExportExercise", "Observer grid")
    story: list[Flowable] = [
        Heading(title, 0, toc_key=toc_key, foot=title),
        para(
            translate(
                "ExportExercise",
                "Observers watch and never intervene. For each objective, note what went well "
                "and what could improve, with the game time. Players speak first at the hot "
                "debrief; observers after them (ANSSI-EXE-F08).",
            ),
            s.body,
        ),
        fields(
            [
                translate("ExportExercise", "Observer:"),
                translate("ExportExercise", "Observing:"),
                translate("ExportExercise", "Date:"),
            ],
            PORTRAIT_WIDTH,
        ),
        gap(3 * mm),
    ]
    if not scenario.objectives:
        story.append(para(translate("ExportExercise", "This scenario sets no objective."), s.body))
        story.append(_observation_table())
    for index, objective in enumerate(scenario.objectives, start=1):
        story.append(KeepTogether(_objective_block(scenario, stimuli, index, objective)))
    free_notes = translate("ExportExercise", "Free notes")
    story += [CondPageBreak(70 * mm), Heading(free_notes, 1), WritingLines(12)]
    return story


def _objective_block(
    scenario: Scenario, stimuli: list[tuple[str, Inject]], index: int, objective: Objective
) -> list[Flowable]:
    lang = current_language()
    heading = translate("ExportExercise", "Objective {index} — {title}")
    block: list[Flowable] = [
        Heading(heading.format(index=index, title=objective.title.get(lang)), 1)
    ]
    if objective.description:
        block.append(para(objective.description.get(lang)))
    block.append(para(bold(translate("ExportExercise", "Evidence expected:")), styles().body))
    block += bullets(_evidence_text(scenario, stimuli, e) for e in objective.evidence)
    if objective.recommendations:
        recs = label_value(
            translate("ExportExercise", "Recommendations:"), ", ".join(objective.recommendations)
        )
        block.append(para(recs, styles().cell_hint))
    return [*block, gap(2 * mm), _observation_table(), gap(4 * mm)]


def _observation_table() -> Flowable:
    headers = [
        translate("ExportExercise", "Strengths"),
        translate("ExportExercise", "Improvement points"),
        translate("ExportExercise", "Game time observed"),
    ]
    widths = fractions(PORTRAIT_WIDTH, 0.41, 0.41, 0.18)
    return table(headers, writing_rows(3, 4), widths, row_heights=[13 * mm] * 4)


def _evidence_text(scenario: Scenario, stimuli: list[tuple[str, Inject]], e: Evidence) -> str:
    if e.decision is not None:
        text = translate("ExportExercise", "Decision {decision} taken").format(
            decision=quoted(name_of(scenario, e.decision))
        )
    elif e.fallback is not None:
        text = translate("ExportExercise", "Paper fallback {fallback} in use").format(
            fallback=quoted(name_of(scenario, e.fallback))
        )
    else:
        text = _reaction_evidence(scenario, stimuli, e.reaction or "")
    if e.by is not None:
        text += " " + translate("ExportExercise", "by {time}").format(
            time=game_time(scenario, e.by)
        )
    return text


def _reaction_evidence(scenario: Scenario, stimuli: list[tuple[str, Inject]], reaction: str) -> str:
    lang = current_language()
    for number, inject in stimuli:
        for expected in inject.expected:
            if expected.id == reaction:
                text = translate("ExportExercise", "Reaction to {number} {stimulus}: {reaction}")
                return text.format(
                    number=number,
                    stimulus=quoted(inject.title.get(lang)),
                    reaction=expected.text.get(lang),
                )
    return translate("ExportExercise", "Reaction {reaction}").format(reaction=quoted(reaction))

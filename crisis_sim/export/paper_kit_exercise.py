"""The exercise kit: run the exercise without a computer.

Cover, inject cards for the animation team (with expected reactions) and for the players
(without), the facilitator's chronogramme sheet, and the observer grid (ANSSI practice sheets
6 and 8).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Evidence, Objective
from crisis_sim.core.scenario.model_injects import ExpectedReaction, Inject
from crisis_sim.export.blocks import (
    CheckBox,
    WritingLines,
    boxed,
    bullets,
    fields,
    fractions,
    gap,
    para,
    table,
    writing_rows,
)
from crisis_sim.export.cards import INNER_WIDTH, card_pages
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.inject_cards import inject_card
from crisis_sim.export.markup import Markup, bold, concat, italic, join, label_value, line_break
from crisis_sim.export.pdf_base import Contents, Heading, Orientation
from crisis_sim.export.scenario_labels import (
    channel_label,
    game_time,
    inject_timing,
    name_of,
    names_of,
    quoted,
    reaction_deadline,
    stimuli_in_order,
)
from crisis_sim.export.styles import styles

TOC_KEY = "exercise"
PORTRAIT, LANDSCAPE = "exercise-portrait", "exercise-landscape"
PORTRAIT_WIDTH = Orientation.PORTRAIT.frame_width
LANDSCAPE_WIDTH = Orientation.LANDSCAPE.frame_width


def exercise_kit(scenario: Scenario) -> list[Flowable]:
    """The story of the exercise kit; it starts on a portrait page with the exercise marking."""
    stimuli = stimuli_in_order(scenario)
    return [
        *_cover(scenario, len(stimuli)),
        *_cards(scenario, stimuli, animators=True),
        *_cards(scenario, stimuli, animators=False),
        *_chronogramme(scenario, stimuli),
        *_observer_grid(scenario, stimuli),
    ]


def _cover(scenario: Scenario, count: int) -> list[Flowable]:
    s, lang = styles(), current_language()
    meta = scenario.meta
    debex = meta.t0.strftime("%d/%m/%Y %H:%M")
    facts = [
        label_value(translate("ExportExercise", "Organisation:"), scenario.organisation.name),
        label_value(translate("ExportExercise", "Start of play (DEBEX):"), f"{debex} — J+0"),
        label_value(
            translate("ExportExercise", "End of play (FINEX):"), game_time(scenario, meta.duration)
        ),
        label_value(translate("ExportExercise", "Stimuli:"), str(count)),
    ]
    usage = [
        translate(
            "ExportExercise",
            "Animation team copy of the cards: one card per stimulus, with the expected "
            "reactions. Cut along the dashed lines; never show these cards to players.",
        ),
        translate(
            "ExportExercise",
            "Players' copy of the cards: hand each card to its addressee at the time shown; "
            "for a conditional or reserve stimulus, write the time when you hand it over.",
        ),
        translate(
            "ExportExercise",
            "Chronogramme: the facilitator's sheet, to tick each stimulus as it is played.",
        ),
        translate("ExportExercise", "Observer grid: print one copy for each observer."),
    ]
    return [
        Heading(translate("ExportExercise", "Paper kit — running the exercise"), 0, foot=""),
        para(meta.title.get(lang), s.cover_subtitle),
        gap(2 * mm),
        *[para(fact, s.lead) for fact in facts],
        gap(4 * mm),
        para(translate("ExportExercise", "Contents"), s.h2),
        Contents(TOC_KEY),
        para(translate("ExportExercise", "How to use this kit"), s.h2),
        *bullets(usage),
        gap(3 * mm),
        boxed([para(_printing_advice(), s.note)], PORTRAIT_WIDTH),
    ]


def _printing_advice() -> str:
    return translate(
        "ExportExercise",
        "Printing: A4, black and white, at actual size (no “fit to page”), single-sided for "
        "the cards so that they can be cut apart.",
    )


def _cards(scenario: Scenario, stimuli: list[tuple[str, Inject]], *, animators: bool) -> list:
    s = styles()
    if animators:
        title = translate("ExportExercise", "Inject cards — animation team copy")
        advice = translate(
            "ExportExercise",
            "This copy shows the expected reactions, their deadlines and the recommendations "
            "they map to. Keep it within the animation team. If an expected reaction does not "
            "come, re-send the stimulus through another channel rather than record a failure.",
        )
    else:
        title = translate("ExportExercise", "Inject cards — players' copy")
        advice = translate(
            "ExportExercise",
            "This copy holds only what the players receive: no expected reaction. Hand each "
            "card to its addressee through the channel shown.",
        )
    cut = translate(
        "ExportExercise", "Two cards per sheet: cut along the dashed line marked with scissors."
    )
    cards = [
        inject_card(scenario, number, inject, animators=animators, width=INNER_WIDTH)
        for number, inject in stimuli
    ]
    intro = [
        PageBreak(),
        Heading(title, 0, toc_key=TOC_KEY, foot=title),
        boxed([para(advice, s.lead), para(cut, s.body)], PORTRAIT_WIDTH, heavy=animators),
        gap(4 * mm),
        para(translate("ExportExercise", "{count} cards.").format(count=len(cards)), s.body),
    ]
    if not cards:
        return [*intro, para(translate("ExportExercise", "This scenario has no stimulus."))]
    return [*intro, PageBreak(), *card_pages(cards)]


def _chronogramme(scenario: Scenario, stimuli: list[tuple[str, Inject]]) -> list[Flowable]:
    s = styles()
    title = translate("ExportExercise", "Chronogramme — facilitator's sheet")
    timed = [(n, i) for n, i in stimuli if i.at is not None]
    other = [(n, i) for n, i in stimuli if i.at is None]
    story: list[Flowable] = [
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        Heading(title, 0, toc_key=TOC_KEY, foot=title),
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
    widths = fractions(LANDSCAPE_WIDTH, 10, 17, 21, 30, 40, 40, 65, 13, 25)
    rows = [_chronogramme_row(scenario, n, i) for n, i in timed]
    story.append(table(headers, rows, widths) if rows else para(_none()))
    if other:
        subtitle = translate("ExportExercise", "Conditional and reserve stimuli")
        headers = _chronogramme_headers(translate("ExportExercise", "Played when"))
        widths = fractions(LANDSCAPE_WIDTH, 10, 40, 21, 28, 38, 34, 52, 13, 25)
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


def _observer_grid(scenario: Scenario, stimuli: list[tuple[str, Inject]]) -> list[Flowable]:
    s = styles()
    title = translate("ExportExercise", "Observer grid")
    story: list[Flowable] = [
        NextPageTemplate(PORTRAIT),
        PageBreak(),
        Heading(title, 0, toc_key=TOC_KEY, foot=title),
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

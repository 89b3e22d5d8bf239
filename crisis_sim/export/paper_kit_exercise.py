"""The exercise kit: run the exercise without a computer.

Cover, inject cards for the animation team (with expected reactions) and for the players
(without), the facilitator's chronogramme sheet (chronogramme_sheet.py) and the observer grid
(observer_grid.py).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Inject
from crisis_sim.export.blocks import boxed, bullets, gap, para
from crisis_sim.export.cards import INNER_WIDTH, card_pages
from crisis_sim.export.chronogramme_sheet import chronogramme_sheet
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.inject_cards import inject_card
from crisis_sim.export.markup import label_value
from crisis_sim.export.observer_grid import observer_grid
from crisis_sim.export.pdf_base import Contents, Heading, Orientation
from crisis_sim.export.scenario_labels import game_time, stimuli_in_order
from crisis_sim.export.styles import styles

TOC_KEY = "exercise"
PORTRAIT, LANDSCAPE = "exercise-portrait", "exercise-landscape"
PORTRAIT_WIDTH = Orientation.PORTRAIT.frame_width


def exercise_kit(scenario: Scenario) -> list[Flowable]:
    """The story of the exercise kit; it starts on a portrait page with the exercise marking."""
    stimuli = stimuli_in_order(scenario)
    return [
        *_cover(scenario, len(stimuli)),
        *_cards(scenario, stimuli, animators=True),
        *_cards(scenario, stimuli, animators=False),
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        *chronogramme_sheet(scenario, stimuli, toc_key=TOC_KEY),
        NextPageTemplate(PORTRAIT),
        PageBreak(),
        *observer_grid(scenario, stimuli, toc_key=TOC_KEY),
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

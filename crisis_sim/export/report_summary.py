"""The one-page summary for elected officials: plain words, no ids, no jargon.

What was rehearsed, four key figures, what went well, what must improve, and the first
actions with who carries them and by when.
"""

from __future__ import annotations

from crisis_sim.core.debrief.action_plan import ActionPlan
from crisis_sim.core.debrief.debrief import Debrief
from crisis_sim.core.debrief.model import Finding, FindingKind
from crisis_sim.core.debrief.text import spoken_duration
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.report_labels import due_text, owner_text
from crisis_sim.export.report_model import (
    Bullets,
    Callout,
    Heading,
    KeyFigures,
    Para,
    Section,
    blocks,
    runs,
)

SHOWN = 3
ACTIONS_SHOWN = 5
_OBJECTIVES = (
    FindingKind.OBJECTIVE_MET,
    FindingKind.OBJECTIVE_PARTLY_MET,
    FindingKind.OBJECTIVE_NOT_MET,
)


def summary_section(debrief: Debrief, plan: ActionPlan) -> Section:
    title = translate("ExportReport", "At a glance — for elected officials")
    lang = current_language()
    well = _went_well(debrief)
    improve = [f.title.get(lang) for f in _varied(debrief.to_improve)[:SHOWN]]
    actions = [
        runs(a.text.get(lang), f" — {owner_text(debrief.scenario, a)}, {due_text(a)}")
        for a in plan.actions[:ACTIONS_SHOWN]
    ]
    return Section(
        "summary",
        title,
        blocks(
            Heading(0, title),
            Para(runs(_what_happened(debrief)), "lead"),
            KeyFigures(_figures(debrief)),
            Heading(1, translate("ExportReport", "What went well")),
            Bullets(tuple(runs(text) for text in well))
            if well
            else Para(runs(translate("ExportReport", "Nothing stood out."))),
            Heading(1, translate("ExportReport", "What must improve")),
            Bullets(tuple(runs(text) for text in improve))
            if improve
            else Para(runs(translate("ExportReport", "Nothing stood out."))),
            Callout(
                translate("ExportReport", "First actions"),
                (Bullets(tuple(actions)),)
                if actions
                else (Para(runs(translate("ExportReport", "No action yet."))),),
            ),
            Para(
                runs(
                    translate(
                        "ExportReport",
                        "The pages that follow give the details: how the exercise went, the "
                        "services over time, each finding with its evidence, the "
                        "recommendations with their sources, and the whole action plan.",
                    )
                ),
                "note",
            ),
        ),
    )


def _what_happened(debrief: Debrief) -> str:
    scenario = debrief.scenario
    lang = current_language()
    text = translate(
        "ExportReport",
        "On {date}, the crisis cell ({organisation}) rehearsed a cyber attack: “{title}”. "
        "The exercise covered {duration} of simulated time; the cell took {decisions} "
        "decisions.",
    )
    return text.format(
        date=scenario.meta.t0.strftime("%d/%m/%Y"),
        organisation=scenario.organisation.name,
        title=scenario.meta.title.get(lang),
        duration=spoken_duration(debrief.end).get(lang),
        decisions=debrief.figures.decisions,
    )


def _figures(debrief: Debrief) -> tuple[tuple[str, str], ...]:
    figures = debrief.figures
    lang = current_language()
    items = [
        (
            f"{figures.services_stopped} / {figures.services}",
            translate("ExportReport", "public services and functions stopped at some point"),
        ),
        (
            spoken_duration(figures.longest_outage).get(lang) if figures.longest_outage else "—",
            translate("ExportReport", "longest stop: {service}").format(
                service=figures.longest_outage_service.get(lang)
                if figures.longest_outage_service
                else "—"
            ),
        ),
        (
            f"{figures.reactions_observed} / {figures.reactions_expected}",
            translate("ExportReport", "expected reactions seen by the observers"),
        ),
    ]
    objectives = [f for f in debrief.findings if f.kind in _OBJECTIVES]
    if objectives:
        met = sum(1 for f in objectives if f.kind is FindingKind.OBJECTIVE_MET)
        items.append(
            (
                f"{met} / {len(objectives)}",
                translate("ExportReport", "exercise objectives fully met"),
            )
        )
    return tuple(items)


def _varied(findings: tuple[Finding, ...]) -> list[Finding]:
    """The most serious findings, one per kind and per subject first, so that the page does
    not name one service twice or list three findings of the same kind."""
    kinds: set[FindingKind] = set()
    subjects: set[str | None] = set()
    first, rest = [], []
    for finding in findings:
        if finding.subject is not None and finding.subject in subjects:
            continue
        subjects.add(finding.subject)
        (rest if finding.kind in kinds else first).append(finding)
        kinds.add(finding.kind)
    return first + rest


def _went_well(debrief: Debrief) -> list[str]:
    """Objectives met first, then the other strengths, in the order of play."""
    lang = current_language()
    well = sorted(debrief.went_well, key=lambda f: f.kind is not FindingKind.OBJECTIVE_MET)
    return [f.title.get(lang) for f in well[:SHOWN]]

"""Sections of the debrief report after the findings: recommendations, action plan, the
hot-debrief guide and the cold-debrief questionnaire."""

from __future__ import annotations

from crisis_sim.core.debrief.action_plan import ActionPlan
from crisis_sim.core.debrief.debrief import Debrief
from crisis_sim.core.debrief.guide import SCALE
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.report_labels import due_text, owner_text, severity_label, status_label
from crisis_sim.export.report_model import (
    Block,
    Bullets,
    Heading,
    Para,
    Run,
    Section,
    Table,
    Tick,
    WritingSpace,
    runs,
)


def recommendations_section(debrief: Debrief) -> Section:
    lang = current_language()
    title = translate("ExportReport", "Recommendations")
    intro = translate(
        "ExportReport",
        "Gathered from the findings without duplicates, and ranked by how many findings call "
        "for each and how serious they are. Titles are short paraphrases: read the source "
        "for the authoritative text.",
    )
    rows = []
    for rec in debrief.recommendations:
        source = rec.source.get(lang) + (f" ({rec.ref})" if rec.ref else "")
        source_runs = runs(Run(source, url=rec.url)) if rec.url else runs(source)
        why = translate("ExportReport", "{count} finding(s), the most serious: {severity}.").format(
            count=len(rec.finding_ids), severity=severity_label(rec.worst).lower()
        )
        reasons = rec.rationales[0].get(lang) if rec.rationales else ""
        rows.append(
            (
                runs(Run(str(rec.rank), bold=True)),
                runs(Run(rec.id, bold=True), "\n", rec.title.get(lang)),
                source_runs,
                runs(why, " ", Run(reasons, italic=True)),
            )
        )
    table = Table(
        (
            translate("ExportReport", "Rank"),
            translate("ExportReport", "Recommendation"),
            translate("ExportReport", "Source"),
            translate("ExportReport", "Why"),
        ),
        tuple(rows),
        (0.075, 0.315, 0.26, 0.35),
    )
    content: list[Block] = [Heading(0, title), Para(runs(intro))]
    content.append(table if rows else Para(runs(translate("ExportReport", "None."))))
    return Section("recommendations", title, tuple(content))


def action_plan_section(debrief: Debrief, plan: ActionPlan, *, saved: bool) -> Section:
    lang = current_language()
    title = translate("ExportReport", "Action plan")
    state = (
        translate("ExportReport", "The plan as edited and saved with the session.")
        if saved
        else translate(
            "ExportReport",
            "A draft drawn from the top recommendations: edit it in the console, give each "
            "action one owner and a date, then export the report again.",
        )
    )
    rows = tuple(
        (
            runs(Run(action.id, bold=True)),
            runs(
                action.text.get(lang),
                *(("\n", Run(action.recommendation, italic=True)) if action.recommendation else ()),
            ),
            runs(owner_text(debrief.scenario, action)),
            runs(due_text(action)),
            runs(status_label(action.status)),
        )
        for action in plan.actions
    )
    table = Table(
        (
            translate("ExportReport", "No."),
            translate("ExportReport", "Action"),
            translate("ExportReport", "Owner"),
            translate("ExportReport", "Due"),
            translate("ExportReport", "Status"),
        ),
        rows,
        (0.06, 0.49, 0.2, 0.13, 0.12),
    )
    content: list[Block] = [Heading(0, title), Para(runs(state))]
    content.append(table if rows else Para(runs(translate("ExportReport", "No action yet."))))
    return Section("action-plan", title, tuple(content))


def hot_debrief_section(debrief: Debrief) -> Section:
    lang = current_language()
    title = translate("ExportReport", "Hot debrief guide")
    intro = translate(
        "ExportReport",
        "Right after FINEX, about one hour. The players speak first, theme by theme; the "
        "observers speak after them; nobody is blamed, the facts are what count.",
    )
    content: list[Block] = [Heading(0, title), Para(runs(intro))]
    for number, step in enumerate(debrief.hot_debrief, start=1):
        head = translate("ExportReport", "{number}. {title} — {minutes} min").format(
            number=number, title=step.title.get(lang), minutes=step.minutes
        )
        content += [
            Heading(1, head),
            Para(
                runs(
                    Run(translate("ExportReport", "Who speaks: "), bold=True),
                    step.speakers.get(lang),
                ),
                "small",
            ),
            Bullets(tuple(runs(q.get(lang)) for q in step.questions)),
        ]
    return Section("hot-debrief", title, tuple(content))


def cold_debrief_section(debrief: Debrief) -> Section:
    lang = current_language()
    title = translate("ExportReport", "Cold debrief questionnaire")
    intro = translate(
        "ExportReport",
        "To fill in by each player a few days to a month after the exercise: tick one box "
        "per statement, then answer the open questions.",
    )
    content: list[Block] = [
        Heading(0, title),
        Para(runs(intro)),
        Para(runs(Run(translate("ExportReport", "Name and role: "), bold=True)), "body"),
        WritingSpace(1),
    ]
    scale = tuple(level.get(lang) for level in SCALE)
    for theme in debrief.questionnaire:
        rows = tuple((runs(s.get(lang)), *(Tick() for _ in scale)) for s in theme.statements)
        content += [
            Heading(1, theme.title.get(lang)),
            Table(
                (translate("ExportReport", "Statement"), *scale),
                rows,
                (0.44, 0.14, 0.14, 0.14, 0.14),
            ),
        ]
        for question in theme.open_questions:
            content += [Para(runs(Run(question.get(lang), bold=True))), WritingSpace(3)]
    return Section("cold-debrief", title, tuple(content))

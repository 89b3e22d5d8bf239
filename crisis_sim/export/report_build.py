"""``build_report``: the debrief report in one language, as a tree of blocks (report_model).

Order: cover facts, a one-page summary for elected officials (report_summary.py), the
chronology as played against as planned, the chart of service levels, the findings, the
recommendations, the action plan, the hot-debrief guide and the cold-debrief questionnaire
(report_guides.py).
"""

from __future__ import annotations

from crisis_sim.core.debrief.action_plan import ActionPlan
from crisis_sim.core.debrief.chronology import Outcome, StimulusRow
from crisis_sim.core.debrief.debrief import Debrief
from crisis_sim.core.debrief.levels import Lane
from crisis_sim.core.debrief.model import Finding
from crisis_sim.core.debrief.text import spoken_duration
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.report_guides import (
    action_plan_section,
    cold_debrief_section,
    hot_debrief_section,
    recommendations_section,
)
from crisis_sim.export.report_labels import (
    day_ticks,
    outcome_label,
    practice_label,
    severity_label,
    when,
)
from crisis_sim.export.report_model import (
    Block,
    Chart,
    ChartLegend,
    FindingBlock,
    Heading,
    Para,
    Report,
    Run,
    Section,
    Table,
    blocks,
    runs,
)
from crisis_sim.export.report_summary import summary_section
from crisis_sim.export.scenario_labels import channel_label, recommendation_title


def build_report(debrief: Debrief, plan: ActionPlan, *, plan_saved: bool) -> Report:
    """The report in the current export language (``i18n.use_language``)."""
    scenario = debrief.scenario
    lang = current_language()
    title = translate("ExportReport", "Exercise debrief report")
    return Report(
        lang=lang,
        title=title,
        subtitle=scenario.meta.title.get(lang),
        organisation=scenario.organisation.name,
        facts=_facts(debrief),
        notice=translate(
            "ExportReport",
            "Every event in this report was simulated for a crisis exercise; none of it "
            "happened for real.",
        ),
        running_title=f"{title} — {scenario.organisation.name}",
        sections=(
            summary_section(debrief, plan),
            _chronology_section(debrief),
            _levels_section(debrief),
            _findings_section(debrief),
            recommendations_section(debrief),
            action_plan_section(debrief, plan, saved=plan_saved),
            hot_debrief_section(debrief),
            cold_debrief_section(debrief),
        ),
        contents_title=translate("ExportReport", "Contents"),
        page_label=translate("ExportDocument", "Page {page} / {total}"),
    )


def _facts(debrief: Debrief) -> tuple[tuple[str, str], ...]:
    meta = debrief.scenario.meta
    end = when(debrief.scenario, debrief.end)
    if not debrief.finished:
        end += " " + translate("ExportReport", "(stopped before FINEX)")
    return (
        (translate("ExportReport", "Organisation"), debrief.scenario.organisation.name),
        (translate("ExportReport", "Start of play (DEBEX)"), meta.t0.strftime("%d/%m/%Y %H:%M")),
        (translate("ExportReport", "End of play (FINEX)"), end),
        (
            translate("ExportReport", "Game time played"),
            spoken_duration(debrief.end).get(current_language()),
        ),
    )


# --- chronology ------------------------------------------------------------------------------


def _chronology_section(debrief: Debrief) -> Section:
    scenario = debrief.scenario
    lang = current_language()
    title = translate("ExportReport", "Chronology: planned and played")
    figures = debrief.figures
    intro = translate(
        "ExportReport",
        "{delivered} of the {planned} planned stimuli were played. Re-timing and re-sending "
        "are normal: the animation team adapts the chronogramme to the players.",
    ).format(delivered=figures.stimuli_delivered, planned=figures.stimuli_planned)
    stimuli = Table(
        (
            translate("ExportReport", "No."),
            translate("ExportReport", "Planned"),
            translate("ExportReport", "Played"),
            translate("ExportReport", "Stimulus"),
            translate("ExportReport", "What happened"),
        ),
        tuple(
            (
                runs(Run(row.number, bold=True)),
                runs(_planned(debrief, row)),
                runs(when(scenario, row.delivered_at) if row.delivered_at is not None else "—"),
                runs(row.title.get(lang)),
                runs(_what_happened(debrief, row)),
            )
            for row in debrief.stimuli
        ),
        (0.08, 0.16, 0.13, 0.33, 0.30),
    )
    decisions = Table(
        (
            translate("ExportReport", "Game time"),
            translate("ExportReport", "Who"),
            translate("ExportReport", "Decision"),
            translate("ExportReport", "Practice"),
        ),
        tuple(
            (
                runs(when(scenario, row.t)),
                runs(row.role_name.get(lang)),
                runs(row.label.get(lang)),
                runs(practice_label(row.practice)),
            )
            for row in debrief.decisions
        ),
        (0.14, 0.24, 0.46, 0.16),
    )
    return Section(
        "chronology",
        title,
        blocks(
            Heading(0, title),
            Para(runs(intro)),
            Heading(1, translate("ExportReport", "Stimuli")),
            stimuli,
            Heading(1, translate("ExportReport", "Decisions of the crisis cell")),
            decisions if debrief.decisions else Para(runs(translate("ExportReport", "None."))),
        ),
    )


def _planned(debrief: Debrief, row: StimulusRow) -> str:
    if row.planned_at is not None:
        return when(debrief.scenario, row.planned_at)
    if row.planned.value == "reserve":
        return translate("ExportReport", "reserve")
    return translate("ExportReport", "on condition")


def _what_happened(debrief: Debrief, row: StimulusRow) -> str:
    scenario = debrief.scenario
    parts = [outcome_label(row.outcome)]
    if row.outcome is Outcome.DELIVERED and row.channel and row.channel != row.planned_channel:
        parts.append(channel_label(Channel(row.channel)))
    if row.by_hand:
        parts.append(translate("ExportReport", "by hand"))
    if row.retimed_to is not None:
        parts.append(
            translate("ExportReport", "re-timed to {time}").format(
                time=when(scenario, row.retimed_to)
            )
        )
    for resend in row.resends:
        parts.append(
            translate("ExportReport", "re-sent at {time} ({channel})").format(
                time=when(scenario, resend.t), channel=channel_label(Channel(resend.channel))
            )
        )
    return ", ".join(parts)


# --- service levels --------------------------------------------------------------------------


LANES_PER_CHART = 30  # a chart never grows taller than a page


def _chart(debrief: Debrief, lanes: tuple[Lane, ...]) -> Chart:
    lang = current_language()
    return Chart(
        lanes,
        tuple(lane.name.get(lang) for lane in lanes),
        debrief.end,
        day_ticks(debrief.scenario, debrief.end),
        ChartLegend(
            translate("ExportReport", "working"),
            translate("ExportReport", "degraded"),
            translate("ExportReport", "on paper"),
            translate("ExportReport", "stopped"),
            translate("ExportReport", "maximum tolerable downtime reached"),
        ),
        translate(
            "ExportReport",
            "Each line is a public service or business function, the most critical first; "
            "time runs from left to right, from DEBEX to the end of play.",
        ),
    )


def _levels_section(debrief: Debrief) -> Section:
    lang = current_language()
    title = translate("ExportReport", "Public services over time")
    charts = [
        _chart(debrief, debrief.lanes[start : start + LANES_PER_CHART])
        for start in range(0, len(debrief.lanes), LANES_PER_CHART)
    ]
    rows = tuple(
        (
            runs(lane.name.get(lang)),
            runs(spoken_duration(lane.longest_outage).get(lang) if lane.longest_outage else "—"),
            runs(spoken_duration(lane.mtd).get(lang) if lane.mtd else "—"),
            runs(
                translate("ExportReport", "still stopped")
                if lane.still_down
                else translate("ExportReport", "working or on paper")
            ),
        )
        for lane in debrief.lanes
        if lane.longest_outage
    )
    table = Table(
        (
            translate("ExportReport", "Service"),
            translate("ExportReport", "Longest stop"),
            translate("ExportReport", "Tolerable"),
            translate("ExportReport", "At the end of play"),
        ),
        rows,
        (0.46, 0.18, 0.14, 0.22),
    )
    return Section(
        "levels",
        title,
        blocks(Heading(0, title), charts, Heading(1, translate("ExportReport", "Stops")), table),
    )


# --- findings ---------------------------------------------------------------------------------


def _findings_section(debrief: Debrief) -> Section:
    title = translate("ExportReport", "Findings")
    improve = [finding_block(debrief, f) for f in debrief.to_improve]
    well = _strengths(debrief)
    intro = translate(
        "ExportReport",
        "Each finding comes with what shows it (crisis-log entries and game times) and the "
        "recommendations it maps to, each with the reason.",
    )
    content: list[Block] = [Heading(0, title), Para(runs(intro))]
    content += [Heading(1, translate("ExportReport", "What must improve"))]
    content += improve or [Para(runs(translate("ExportReport", "None.")))]
    content += [Heading(1, translate("ExportReport", "What went well"))]
    content.append(well if debrief.went_well else Para(runs(translate("ExportReport", "None."))))
    return Section("findings", title, tuple(content))


def _strengths(debrief: Debrief) -> Table:
    """What went well, one line each: enough to say it again at the next exercise."""
    lang = current_language()
    rows = tuple(
        (
            runs(Run(f.title.get(lang), bold=True), "\n", f.summary.get(lang)),
            runs(", ".join(dict.fromkeys(when(debrief.scenario, t) for t in sorted(f.times)))),
            runs("\n".join(f.recommendation_ids) or "—"),
        )
        for f in debrief.went_well
    )
    return Table(
        (
            translate("ExportReport", "Strength"),
            translate("ExportReport", "Game time"),
            translate("ExportReport", "Recommendations"),
        ),
        rows,
        (0.58, 0.14, 0.28),
    )


def finding_block(debrief: Debrief, finding: Finding) -> FindingBlock:
    lang = current_language()
    scenario = debrief.scenario
    evidence = []
    if finding.times:
        times = ", ".join(dict.fromkeys(when(scenario, t) for t in sorted(finding.times)))
        evidence.append(translate("ExportReport", "game time {times}").format(times=times))
    if finding.entries:
        evidence.append(
            translate("ExportReport", "crisis log {entries}").format(
                entries=", ".join(finding.entries)
            )
        )
    recs = tuple(
        runs(
            Run(link.id, bold=True),
            " — ",
            recommendation_title(link.id),
            Run(" — " + link.rationale.get(lang), italic=True),
        )
        for link in finding.recommendations
    )
    return FindingBlock(
        severity_label(finding.severity),
        finding.title.get(lang),
        finding.summary.get(lang),
        runs(Run(translate("ExportReport", "Evidence: "), bold=True), "; ".join(evidence) or "—"),
        recs,
    )

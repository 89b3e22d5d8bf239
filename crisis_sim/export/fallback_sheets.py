"""One sheet per public service and business function: how it keeps going on paper.

What the fallback is, whether it is prepared, how and how fast it starts, the share of service
it keeps, the staff it takes, its recommendations; what to have ready; who is in charge.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Criticality, Fallback, FallbackStart, Node
from crisis_sim.export.blocks import WritingLines, fields, fractions, gap, para, table, tick_list
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import Markup, bold, concat, join, line_break
from crisis_sim.export.pdf_base import Heading, Orientation
from crisis_sim.export.scenario_labels import (
    criticality_label,
    duration,
    function_kind_label,
    recommendation_markup,
)
from crisis_sim.export.styles import LIGHT_SHADE, styles

WIDTH = Orientation.PORTRAIT.frame_width
_CRITICALITY_ORDER = list(Criticality)


def fallback_sheets(scenario: Scenario, *, toc_key: str) -> list[Flowable]:
    """The section, from its heading on, each sheet on a new page."""
    title = translate("ExportDay", "Paper fallback procedures")
    intro = translate(
        "ExportDay",
        "One sheet per public service and business function, the most critical first: how it "
        "keeps going on paper, what to have ready, and who is in charge.",
    )
    story: list[Flowable] = [
        Heading(title, 0, toc_key=toc_key, foot=title),
        para(intro, styles().body),
    ]
    functions = sorted(scenario.functions, key=lambda n: _CRITICALITY_ORDER.index(n.criticality))
    for index, function in enumerate(functions):
        if index:
            story.append(PageBreak())
        fallbacks = [f for f in scenario.fallbacks if f.function == function.id]
        story += _function_sheet(function, fallbacks, title, toc_key)
    if not functions:
        story.append(
            para(translate("ExportDay", "This scenario names no public service."), styles().body)
        )
    return story


def _function_sheet(
    function: Node, fallbacks: list[Fallback], section: str, toc_key: str
) -> list[Flowable]:
    lang = current_language()
    name = function.name.get(lang)
    sheet: list[Flowable] = [
        Heading(name, 1, toc_key=toc_key, foot=f"{section} — {name}"),
        _function_facts(function),
        gap(3 * mm),
    ]
    for fallback in fallbacks:
        sheet += _fallback_block(fallback)
    if not fallbacks:
        sheet += [
            para(
                bold(
                    translate(
                        "ExportDay",
                        "No paper fallback is written for this service yet. Write it down here:",
                    )
                )
            ),
            WritingLines(6),
            gap(3 * mm),
        ]
    sheet += [KeepTogether(_to_have_ready()), gap(3 * mm)]
    sheet.append(
        fields(
            [translate("ExportDay", "Person in charge:"), translate("ExportDay", "Deputy:")], WIDTH
        )
    )
    return sheet


def _function_facts(function: Node) -> Flowable:
    lang = current_language()
    mtd = duration(function.mtd) if function.mtd is not None else translate("ExportDay", "not set")
    rows = [
        [translate("ExportDay", "Kind"), function_kind_label(function.kind)],
        [translate("ExportDay", "Criticality"), criticality_label(function.criticality)],
        [translate("ExportDay", "Maximum tolerable downtime"), mtd],
    ]
    if function.serves:
        rows.append(
            [translate("ExportDay", "People served"), f"{function.serves:,}".replace(",", " ")]
        )
    if function.description:
        rows.append([translate("ExportDay", "Description"), function.description.get(lang)])
    return _facts_table(rows)


def _facts_table(rows: list[list[object]]) -> Flowable:
    data = [[concat(bold(label)), value] for label, value in rows]
    shade = [("BACKGROUND", (0, 0), (0, -1), LIGHT_SHADE)]
    return table(None, data, fractions(WIDTH, 0.32, 0.68), extra=shade)  # type: ignore[arg-type]


def _fallback_block(fallback: Fallback) -> list[Flowable]:
    lang = current_language()
    heading = translate("ExportDay", "Paper procedure: {name}").format(name=fallback.name.get(lang))
    yes_no = (
        translate("ExportDay", "Yes")
        if fallback.prepared
        else translate("ExportDay", "No — prepare it")
    )
    if fallback.starts is FallbackStart.AUTOMATIC:
        starts = translate("ExportDay", "As soon as the service is lost")
    else:
        starts = translate("ExportDay", "On the crisis cell's decision")
    rows: list[list[object]] = []
    if fallback.description:
        rows.append([translate("ExportDay", "What"), fallback.description.get(lang)])
    rows += [
        [translate("ExportDay", "Prepared before the crisis"), concat(bold(yes_no))],
        [translate("ExportDay", "Starts"), starts],
        [translate("ExportDay", "Time to set up"), _activation(fallback)],
        [
            translate("ExportDay", "Service kept"),
            translate("ExportDay", "{percent}% of normal").format(
                percent=round(fallback.capacity * 100)
            ),
        ],
        [translate("ExportDay", "Extra agents needed"), str(fallback.staff)],
    ]
    if fallback.recommendations:
        rows.append([translate("ExportDay", "Recommendations"), _recommendation_list(fallback)])
    return [
        KeepTogether([Paragraph(concat(heading), styles().h3), _facts_table(rows)]),
        gap(3 * mm),
    ]


def _activation(fallback: Fallback) -> str:
    prepared = translate("ExportDay", "{delay} when prepared").format(
        delay=duration(fallback.activation)
    )
    if fallback.unprepared_activation is None:
        unprepared = translate("ExportDay", "impossible without preparation")
    else:
        unprepared = translate("ExportDay", "{delay} otherwise").format(
            delay=duration(fallback.unprepared_activation)
        )
    return translate("ExportDay", "{prepared}; {unprepared}").format(
        prepared=prepared, unprepared=unprepared
    )


def _recommendation_list(fallback: Fallback) -> Markup:
    return join(
        (recommendation_markup(rec_id) for rec_id in fallback.recommendations), line_break()
    )


def _to_have_ready() -> list[Flowable]:
    items = [
        translate("ExportDay", "Pre-printed forms — how many:"),
        translate("ExportDay", "Paper registers or logbooks"),
        translate("ExportDay", "This procedure, printed — kept at:"),
        translate("ExportDay", "The printed crisis directory"),
        translate("ExportDay", "Pens, stamps, envelopes, a working fax or phone line"),
        translate("ExportDay", "Agents who know the procedure:"),
    ]
    return [para(translate("ExportDay", "To have ready"), styles().h3), tick_list(items, WIDTH)]

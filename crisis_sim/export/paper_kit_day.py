"""The day kit: sheets for a real crisis, when the computers are down.

Cover, crisis contact directory to fill in by hand, one paper-fallback sheet per public service
and business function, and a first-hour checklist citing the recommendation catalogue.
These pages carry no exercise marking: they are meant for the real day.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Criticality, Fallback, FallbackStart, Node
from crisis_sim.export.blocks import (
    CheckBox,
    WritingLines,
    bullets,
    fields,
    fractions,
    gap,
    para,
    table,
    tick_list,
)
from crisis_sim.export.day_directory import contact_directory
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import Markup, bold, concat, italic, join, line_break
from crisis_sim.export.pdf_base import Contents, Heading, Orientation
from crisis_sim.export.scenario_labels import (
    criticality_label,
    document_text,
    duration,
    function_kind_label,
    recommendation,
    recommendation_title,
    source_short,
    source_text,
)
from crisis_sim.export.styles import LIGHT_SHADE, styles

TOC_KEY = "day"
PORTRAIT = "day-portrait"
WIDTH = Orientation.PORTRAIT.frame_width
_CRITICALITY_ORDER = list(Criticality)
_COMPACT = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)]


def day_kit(scenario: Scenario) -> list[Flowable]:
    """The story of the day kit; it starts on a portrait page without exercise marking."""
    return [
        *_cover(scenario),
        *contact_directory(scenario, TOC_KEY),
        *_fallback_sheets(scenario),
        *_first_hour_checklist(),
    ]


def _cover(scenario: Scenario) -> list[Flowable]:
    s = styles()
    intro = translate(
        "ExportDay",
        "Sheets for the day the computers are down. They were prepared from the exercise "
        "scenario {title}: complete them with your own names, numbers and places, print them, "
        "and keep copies where the crisis cell meets, with the mayor and with the DGS.",
    ).format(title=_quoted_title(scenario))
    return [
        Heading(translate("ExportDay", "Paper kit — the day of a real crisis"), 0, foot=""),
        para(scenario.organisation.name, s.cover_subtitle),
        gap(2 * mm),
        para(intro, s.lead),
        para(
            translate(
                "ExportDay",
                "Check them at least once a year and after every change of staff, provider or "
                "telephone number (ANSSI-EXE-F11).",
            ),
            s.body,
        ),
        fields([translate("ExportDay", "Last checked on:"), translate("ExportDay", "By:")], WIDTH),
        gap(4 * mm),
        para(translate("ExportDay", "Contents"), s.h2),
        Contents(TOC_KEY),
    ]


def _quoted_title(scenario: Scenario) -> str:
    title = scenario.meta.title.get(current_language())
    return translate("ExportLabels", "“{text}”").format(text=title)


def _fallback_sheets(scenario: Scenario) -> list[Flowable]:
    title = translate("ExportDay", "Paper fallback procedures")
    intro = translate(
        "ExportDay",
        "One sheet per public service and business function, the most critical first: how it "
        "keeps going on paper, what to have ready, and who is in charge.",
    )
    story: list[Flowable] = [
        PageBreak(),
        Heading(title, 0, toc_key=TOC_KEY, foot=title),
        para(intro, styles().body),
    ]
    functions = sorted(scenario.functions, key=lambda n: _CRITICALITY_ORDER.index(n.criticality))
    for index, function in enumerate(functions):
        if index:
            story.append(PageBreak())
        fallbacks = [f for f in scenario.fallbacks if f.function == function.id]
        story += _function_sheet(function, fallbacks, title)
    if not functions:
        story.append(
            para(translate("ExportDay", "This scenario names no public service."), styles().body)
        )
    return story


def _function_sheet(function: Node, fallbacks: list[Fallback], section: str) -> list[Flowable]:
    lang = current_language()
    name = function.name.get(lang)
    sheet: list[Flowable] = [
        Heading(name, 1, toc_key=TOC_KEY, foot=f"{section} — {name}"),
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
    return join((_recommendation(rec_id) for rec_id in fallback.recommendations), line_break())


def _recommendation(rec_id: str, *, full_source: bool = True) -> Markup:
    source = source_text(rec_id) if full_source else source_short(rec_id)
    return concat(bold(rec_id), " — ", recommendation_title(rec_id), " ", italic(f"({source})"))


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


def first_hour_actions() -> list[tuple[str, tuple[str, ...]]]:
    """The first-hour checklist: each action with the catalogue ids it comes from."""
    return [
        (
            translate(
                "ExportDay",
                "Cut the affected machines off the network (cable, Wi-Fi) without switching "
                "them off: their memory holds evidence.",
            ),
            ("ANSSI-RANSOM-STANDBY", "CERTFR-2025-RFX-006"),
        ),
        (
            translate(
                "ExportDay",
                "Alert the mayor and the DGS, and call the crisis cell together with the "
                "printed directory.",
            ),
            ("ANSSI-CRISE-GUIDE",),
        ),
        (
            translate(
                "ExportDay",
                "Open the main courante (crisis log): every fact, call and decision with its time.",
            ),
            ("CERTFR-2024-RFX-001",),
        ),
        (
            translate(
                "ExportDay",
                "Qualify the incident and call ANSSI (CERT-FR) or the regional CSIRT.",
            ),
            ("CERTFR-2024-RFX-001",),
        ),
        (
            translate("ExportDay", "Ask Cybermalveillance.gouv.fr for help in finding assistance."),
            ("CYBERMALVEILLANCE-ASSIST",),
        ),
        (
            translate(
                "ExportDay",
                "Protect the backups: disconnect them and check they are intact before any "
                "restore.",
            ),
            ("ANSSI-RANSOM-BACKUPS",),
        ),
        (
            translate("ExportDay", "Do not pay the ransom and do not answer the attackers."),
            ("ANSSI-RANSOM-NO-RANSOM",),
        ),
        (
            translate(
                "ExportDay", "File a complaint with the police, the gendarmerie or the prosecutor."
            ),
            ("ANSSI-RANSOM-COMPLAINT", "LEGAL-COMPLAINT"),
        ),
        (
            translate(
                "ExportDay",
                "If personal data may be affected, notify the CNIL within 72 hours of becoming "
                "aware of it.",
            ),
            ("GDPR-ART-33",),
        ),
        (
            translate(
                "ExportDay",
                "Move the essential services to their paper procedures (sheets in this kit).",
            ),
            ("ANSSI-CRISE-CONTINUITY",),
        ),
        (
            translate(
                "ExportDay",
                "Inform the agents, then residents and press: facts only, through a channel "
                "that still works.",
            ),
            ("ANSSI-COM-GUIDE",),
        ),
    ]


def _first_hour_checklist() -> list[Flowable]:
    s = styles()
    title = translate("ExportDay", "First-hour checklist")
    actions = first_hour_actions()
    headers = [
        "✓",
        translate("ExportDay", "Action, and where it comes from"),
        translate("ExportDay", "Time, who"),
    ]
    rows = [
        [CheckBox(), [para(concat(bold(f"{n}. "), text), s.cell), _references(ids)], None]
        for n, (text, ids) in enumerate(actions, start=1)
    ]
    widths = fractions(WIDTH, 0.055, 0.78, 0.165)
    return [
        PageBreak(),
        Heading(title, 0, toc_key=TOC_KEY, foot=title),
        para(
            translate(
                "ExportDay",
                "Tick each action as it is done and write the time and who did it. Keep this "
                "sheet with the main courante.",
            ),
            s.body,
        ),
        table(headers, rows, widths, extra=_COMPACT),
        KeepTogether(_sources([rec_id for _, ids in actions for rec_id in ids])),
    ]


def _references(ids: tuple[str, ...]) -> Flowable:
    refs = join((_recommendation(rec_id, full_source=False) for rec_id in ids), line_break())
    return para(refs, styles().reference)


def _sources(rec_ids: list[str]) -> list[Flowable]:
    """Each source document cited once, in full."""
    catalogues = dict.fromkeys(recommendation(rec_id).source.id for rec_id in rec_ids)
    note = translate(
        "ExportDay",
        "Sources. The titles above are short paraphrases: read the source for the "
        "authoritative text.",
    )
    return [
        gap(3 * mm),
        para(note, styles().note),
        *bullets((document_text(c) for c in catalogues), styles().source_bullet),
    ]

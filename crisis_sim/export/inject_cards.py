"""One card per inject, in two copies: the animators' (with the expected reactions and the
recommendations they map to) and the players' (what the players receive, nothing more)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import ExpectedReaction, Inject
from crisis_sim.export.blocks import band, boxed, fields, fractions, gap, para
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import esc, italic, join, label_value
from crisis_sim.export.pdf_base import EXERCISE_MARKING
from crisis_sim.export.scenario_labels import (
    channel_label,
    inject_timing,
    name_of,
    names_of,
    reaction_deadline,
)
from crisis_sim.export.styles import INK, RULE, THIN_RULE, styles


def inject_card(
    scenario: Scenario, number: str, inject: Inject, *, animators: bool, width: float
) -> list[Flowable]:
    lang = current_language()
    if animators:
        who = translate("ExportCards", "{number} · ANIMATION TEAM — do not hand to players")
    else:
        who = translate("ExportCards", "{number} · PLAYERS")
    content: list[Flowable] = [
        band(who.format(number=number), EXERCISE_MARKING, width, dark=animators),
        gap(2 * mm),
        _facts(scenario, inject, animators=animators, width=width),
        gap(2 * mm),
        para(inject.title.get(lang), styles().card_title),
        boxed([para(inject.text.get(lang), styles().card_text)], width),
    ]
    if inject.attachments:
        attached = label_value(
            translate("ExportCards", "Attachments:"), ", ".join(inject.attachments)
        )
        content.append(para(attached, styles().cell))
    if animators:
        content += _animators_part(scenario, inject, width)
    return content


def _facts(scenario: Scenario, inject: Inject, *, animators: bool, width: float) -> Table:
    """Time and channel on the first line; sender, addressees (and condition) below, full width."""
    s = styles()

    def label(text: str) -> Paragraph:
        return para(text, s.cell_bold)

    rows = [
        [
            label(translate("ExportCards", "Game time:")),
            _time_cell(scenario, inject, animators=animators),
            label(translate("ExportCards", "Channel:")),
            para(channel_label(inject.channel), s.cell),
        ],
        [label(translate("ExportCards", "From:")), para(name_of(scenario, inject.sender), s.cell)],
        [label(translate("ExportCards", "To:")), para(names_of(scenario, inject.to), s.cell)],
    ]
    if animators and inject.at is None:
        rows.append(
            [
                label(translate("ExportCards", "Played when:")),
                para(inject_timing(scenario, inject), s.cell),
            ]
        )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), THIN_RULE, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", (1, row), (3, row)) for row in range(1, len(rows))]
    if not animators and inject.at is None:
        commands.append(("LINEBELOW", (1, 0), (1, 0), RULE, INK))  # the time, written by hand
    rows = [row + [""] * (4 - len(row)) for row in rows]
    result = Table(rows, colWidths=fractions(width, 0.21, 0.31, 0.12, 0.36))
    result.setStyle(TableStyle(commands))
    return result


def _time_cell(scenario: Scenario, inject: Inject, *, animators: bool) -> Flowable | str:
    s = styles()
    if inject.at is not None:
        return para(inject_timing(scenario, inject), s.card_time)
    if not animators:
        return ""  # written by hand when the card is handed over
    if inject.when is None:
        return para(translate("ExportCards", "Reserve"), s.card_time)
    return para(translate("ExportCards", "Conditional"), s.card_time)


def _animators_part(scenario: Scenario, inject: Inject, width: float) -> list[Flowable]:
    s = styles()
    part: list[Flowable] = [gap(2 * mm)]
    if inject.expected:
        part.append(para(translate("ExportCards", "Expected reaction"), s.h3))
        for reaction in inject.expected:
            part += _reaction(scenario, inject, reaction)
    else:
        part.append(para(italic(translate("ExportCards", "No reaction expected: context only."))))
    part += [
        gap(2 * mm),
        fields(
            [translate("ExportCards", "Delivered at:"), translate("ExportCards", "Re-sent by:")],
            width,
        ),
    ]
    return part


def _reaction(scenario: Scenario, inject: Inject, reaction: ExpectedReaction) -> list[Flowable]:
    s = styles()
    details = [
        label_value(
            translate("ExportCards", "Deadline:"),
            reaction_deadline(scenario, inject, reaction.within),
        )
    ]
    if reaction.roles:
        details.append(
            label_value(translate("ExportCards", "Roles:"), names_of(scenario, reaction.roles))
        )
    if reaction.recommendations:
        ids = ", ".join(reaction.recommendations)
        details.append(label_value(translate("ExportCards", "Recommendations:"), ids))
    return [
        Paragraph(esc(reaction.text.get(current_language())), s.bullet, bulletText="•"),
        para(join(details, "  ·  "), s.reaction_details),
    ]

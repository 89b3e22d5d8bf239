"""The crisis contact directory: a template to fill in by hand and keep printed.

Rows for each seat of the crisis cell (holder and deputy) and for the outside parties a town
hall calls in a cyber crisis; the scenario's personas of each kind are shown as reminders.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_meta import Persona, PersonaKind
from crisis_sim.export.blocks import MinHeight, boxed, fields, fractions, gap, para, table
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import Markup, bold, concat, italic, line_break
from crisis_sim.export.pdf_base import Heading, Orientation
from crisis_sim.export.styles import INK, RULE, styles

WIDTH = Orientation.PORTRAIT.frame_width
ROW = 10 * mm
_WIDTHS = fractions(WIDTH, 0.30, 0.21, 0.15, 0.15, 0.19)


def contact_directory(scenario: Scenario, *, toc_key: str) -> list[Flowable]:
    """The directory, from its heading on: the crisis cell, then outside contacts overleaf."""
    s = styles()
    title = translate("ExportDay", "Crisis contact directory")
    keep = translate(
        "ExportDay",
        "Keep this directory printed: on the day, e-mail and shared files may be gone. Give "
        "two ways to reach each person, one of them outside the town hall's network (mobile "
        "phone, personal address). Update it, and every printed copy, after each change of "
        "person or number.",
    )
    updated = [translate("ExportDay", "Last updated on:"), translate("ExportDay", "By:")]
    return [
        Heading(title, 0, toc_key=toc_key, foot=title),
        boxed([para(keep, s.body)], WIDTH, heavy=True),
        fields(updated, WIDTH),
        gap(3 * mm),
        para(translate("ExportDay", "Crisis cell"), s.h2),
        table(
            _headers(translate("ExportDay", "Role")),
            _cell_rows(scenario),
            _WIDTHS,
            extra=_pairs(scenario),
        ),
        PageBreak(),
        para(translate("ExportDay", "Outside contacts"), s.h2),
        table(_headers(translate("ExportDay", "Organisation")), _outside_rows(scenario), _WIDTHS),
    ]


def _headers(first: str) -> list[str]:
    return [
        first,
        translate("ExportDay", "Name"),
        translate("ExportDay", "Phone"),
        translate("ExportDay", "Other phone"),
        translate("ExportDay", "E-mail"),
    ]


def _cell_rows(scenario: Scenario) -> list[list]:
    lang = current_language()
    rows: list[list] = []
    for role in scenario.roles:
        holder = concat(
            bold(role.name.get(lang)), line_break(), italic(translate("ExportDay", "holder"))
        )
        rows.append([_tall(holder), None, None, None, None])
        rows.append([_tall(italic(translate("ExportDay", "deputy"))), None, None, None, None])
    return rows


def _pairs(scenario: Scenario) -> list[tuple]:
    """A holder and their deputy stay on one page, under a heavier rule (row 0 is the header)."""
    commands: list[tuple] = []
    for index in range(len(scenario.roles)):
        holder = 1 + 2 * index
        commands.append(("NOSPLIT", (0, holder), (-1, holder + 1)))
        commands.append(("LINEABOVE", (0, holder), (-1, holder), RULE, INK))
    return commands


def _outside_rows(scenario: Scenario) -> list[list]:
    rows: list[list] = []
    parties = _outside_parties()
    for party in parties:
        names = [
            persona.name.get(current_language())
            for persona in scenario.personas
            if _party_of(persona, parties) is party
        ]
        first = concat(bold(party.label))
        if names:
            reminder = translate("ExportDay", "in the exercise: {names}").format(
                names=", ".join(names)
            )
            first = concat(first, line_break(), italic(reminder))
        rows.append([_tall(first), None, None, None, None])
        rows += [[_tall(Markup("")), None, None, None, None] for _ in range(party.spare_lines)]
    return rows


def _tall(content: Markup) -> Flowable:
    """A first cell at least one handwritten line high."""
    return MinHeight(para(content, styles().cell), ROW - 7)


@dataclass(frozen=True)
class _Party:
    """An outside party a town hall calls, the persona kinds that play it, spare lines."""

    label: str
    kinds: frozenset[PersonaKind] = frozenset()
    spare_lines: int = 0
    name_hint: str = ""  # a persona whose name contains this belongs here, whatever its kind


def _party_of(persona: Persona, parties: list[_Party]) -> _Party | None:
    name = persona.name.get("fr").lower()
    for party in parties:
        if party.name_hint and party.name_hint in name:
            return party
    return next((party for party in parties if persona.kind in party.kinds), None)


def _outside_parties() -> list[_Party]:
    kinds = PersonaKind
    return [
        _Party(translate("ExportDay", "ANSSI — CERT-FR"), frozenset({kinds.ANSSI})),
        _Party(translate("ExportDay", "Regional CSIRT"), frozenset({kinds.CSIRT})),
        _Party(translate("ExportDay", "Cybermalveillance.gouv.fr"), name_hint="cybermalveillance"),
        _Party(translate("ExportDay", "Police or gendarmerie"), frozenset({kinds.POLICE})),
        _Party(translate("ExportDay", "Public prosecutor"), frozenset({kinds.PROSECUTOR})),
        _Party(translate("ExportDay", "CNIL"), frozenset({kinds.CNIL})),
        _Party(translate("ExportDay", "Cyber insurer"), frozenset({kinds.INSURER})),
        _Party(
            translate("ExportDay", "IT providers and software vendors"),
            frozenset({kinds.PROVIDER}),
            spare_lines=2,
        ),
        _Party(
            translate("ExportDay", "Prefecture and other authorities"),
            frozenset({kinds.AUTHORITY}),
            spare_lines=1,
        ),
        _Party(translate("ExportDay", "Other"), spare_lines=1),
    ]

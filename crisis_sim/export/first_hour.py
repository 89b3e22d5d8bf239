"""The first-hour checklist: what to do at once, each action citing the catalogue.

Only ids of ``assets/catalogue/recommendations.yaml`` (a test checks them); titles are the
catalogue's paraphrases, and the source documents are listed in full after the table.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.export.blocks import CheckBox, bullets, fractions, gap, para, table
from crisis_sim.export.i18n import translate
from crisis_sim.export.markup import Markup, bold, concat, italic, join, line_break
from crisis_sim.export.pdf_base import Heading, Orientation
from crisis_sim.export.scenario_labels import (
    document_text,
    recommendation,
    recommendation_markup,
)
from crisis_sim.export.styles import styles

WIDTH = Orientation.PORTRAIT.frame_width
_COMPACT = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)]


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


def first_hour_checklist(*, toc_key: str) -> list[Flowable]:
    """The checklist, from its heading on, then its sources."""
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
        Heading(title, 0, toc_key=toc_key, foot=title),
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
    refs = join((recommendation_markup(rec_id, full_source=False) for rec_id in ids), line_break())
    return para(refs, styles().reference)


def _sources(rec_ids: list[str]) -> list[Flowable]:
    """Each source document cited once, in full, with its address when the catalogue has one."""
    catalogues = dict.fromkeys(recommendation(rec_id).source.id for rec_id in rec_ids)
    note = translate(
        "ExportDay",
        "The titles above are short paraphrases: read the source for the authoritative text.",
    )
    return [
        gap(3 * mm),
        para(translate("ExportDay", "Sources"), styles().h3),
        para(note, styles().note),
        *bullets((_document(c) for c in catalogues), styles().source_bullet),
    ]


def _document(catalogue_id: str) -> Markup:
    url = load_catalogue().source(catalogue_id).url
    return concat(document_text(catalogue_id), *([" — ", italic(url)] if url else []))

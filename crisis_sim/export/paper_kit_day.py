"""The day kit: sheets for a real crisis, when the computers are down.

Cover, crisis contact directory to fill in by hand (day_directory.py), one paper-fallback sheet
per public service and business function (fallback_sheets.py), and a first-hour checklist citing
the recommendation catalogue (first_hour.py).
These pages carry no exercise marking: they are meant for the real day.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.export.blocks import fields, gap, para
from crisis_sim.export.day_directory import contact_directory
from crisis_sim.export.fallback_sheets import fallback_sheets
from crisis_sim.export.first_hour import first_hour_checklist
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.pdf_base import Contents, Heading, Orientation
from crisis_sim.export.styles import styles

TOC_KEY = "day"
PORTRAIT = "day-portrait"
WIDTH = Orientation.PORTRAIT.frame_width


def day_kit(scenario: Scenario) -> list[Flowable]:
    """The story of the day kit; it starts on a portrait page without exercise marking."""
    return [
        *_cover(scenario),
        PageBreak(),
        *contact_directory(scenario, toc_key=TOC_KEY),
        PageBreak(),
        *fallback_sheets(scenario, toc_key=TOC_KEY),
        PageBreak(),
        *first_hour_checklist(toc_key=TOC_KEY),
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

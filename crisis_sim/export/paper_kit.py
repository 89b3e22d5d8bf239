"""``render_paper_kit``: the exercise kit, the day kit, or both, as one A4 PDF."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.export import paper_kit_day, paper_kit_exercise
from crisis_sim.export.i18n import current_language, translate, use_language
from crisis_sim.export.pdf_base import (
    EXERCISE_MARKING,
    KitDocTemplate,
    Orientation,
    PageKind,
    write_atomically,
)


class Kit(StrEnum):
    EXERCISE = "exercise"  # run the exercise without a computer
    DAY = "day"  # the real day: directory, paper procedures, first-hour checklist
    ALL = "all"


def render_paper_kit(
    scenario: Scenario, output: Path, *, lang: str = "fr", kit: Kit = Kit.ALL
) -> int:
    """Write the kit to ``output`` (atomically) and return its number of pages.

    Raises ``ExportError`` with a message for the user when the file cannot be written.
    """
    use_language(lang)
    pages: list[int] = []

    def write(path: Path) -> None:
        document = KitDocTemplate(
            str(path),
            _page_kinds(scenario, first=_parts(kit)[0][0]),
            title=_document_title(scenario, kit),
            page_label=translate("ExportDocument", "Page {page} / {total}"),
        )
        document.build_story(_story(scenario, kit))
        pages.append(document.page)

    write_atomically(Path(output), write)
    return pages[-1]


def _parts(kit: Kit) -> list[tuple[str, Callable[[Scenario], list[Flowable]]]]:
    """Each kit in the document, with the page template it starts on."""
    parts = []
    if kit in (Kit.EXERCISE, Kit.ALL):
        parts.append((paper_kit_exercise.PORTRAIT, paper_kit_exercise.exercise_kit))
    if kit in (Kit.DAY, Kit.ALL):
        parts.append((paper_kit_day.PORTRAIT, paper_kit_day.day_kit))
    return parts


def _story(scenario: Scenario, kit: Kit) -> list[Flowable]:
    story: list[Flowable] = []
    for template, build in _parts(kit):
        if story:
            story += [NextPageTemplate(template), PageBreak()]
        story += build(scenario)
    return story


def _page_kinds(scenario: Scenario, *, first: str) -> list[PageKind]:
    """The page templates; ``first`` (the first page's) comes first, as ReportLab expects."""
    title = scenario.meta.title.get(current_language())
    day_title = translate(
        "ExportDocument", "{organisation} — crisis documents, keep printed"
    ).format(organisation=scenario.organisation.name)
    kinds = [
        PageKind(
            paper_kit_exercise.PORTRAIT, Orientation.PORTRAIT, title, marking=EXERCISE_MARKING
        ),
        PageKind(
            paper_kit_exercise.LANDSCAPE, Orientation.LANDSCAPE, title, marking=EXERCISE_MARKING
        ),
        PageKind(paper_kit_day.PORTRAIT, Orientation.PORTRAIT, day_title),
    ]
    return sorted(kinds, key=lambda kind: kind.name != first)


def _document_title(scenario: Scenario, kit: Kit) -> str:
    title = scenario.meta.title.get(current_language())
    names = {
        Kit.EXERCISE: translate("ExportDocument", "Paper kit for the exercise"),
        Kit.DAY: translate("ExportDocument", "Paper kit for the day of a crisis"),
        Kit.ALL: translate("ExportDocument", "Paper kits"),
    }
    return f"{names[kit]} — {title}"

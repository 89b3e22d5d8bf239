"""Cut-out cards: two per A4 sheet, cut along a dashed line into A5 halves.

A card too long for half a sheet takes a whole sheet. One too long even for that (a whole
letter, say) flows over as many sheets as it needs, at full size, without a frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from crisis_sim.export.pdf_base import MARGIN_X, Orientation
from crisis_sim.export.styles import FONT, INK, RULE, THIN_RULE

CUT_GAP = 6 * mm  # between a card's frame and the cut line
PADDING = 3.5 * mm
HALF = Orientation.PORTRAIT.frame_height / 2
FULL = Orientation.PORTRAIT.frame_height
CARD_WIDTH = Orientation.PORTRAIT.frame_width
INNER_WIDTH = CARD_WIDTH - 2 * PADDING


class CardSlot(Flowable):
    """Half a sheet (or a whole one) holding one card in a ruled frame."""

    def __init__(self, content: Sequence[Flowable], height: float, *, top: bool) -> None:
        super().__init__()
        self.content = list(content)
        self.slot_height = height
        self.top = top  # a top half: the cut line runs along its bottom

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.slot_height - 0.01  # rounding must not push it to the next page

    def draw(self) -> None:
        half = self.slot_height < FULL - 1
        bottom = CUT_GAP if half and self.top else 0
        top = self.slot_height - (CUT_GAP if half and not self.top else 0)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(RULE)
        canvas.rect(0, bottom, self.width, top - bottom, stroke=1, fill=0)
        box_height = top - bottom - 2 * PADDING
        inner = KeepInFrame(INNER_WIDTH, box_height, self.content, mode="shrink")
        _, used = inner.wrapOn(canvas, INNER_WIDTH, box_height)
        inner.drawOn(canvas, PADDING, top - PADDING - used)
        if half and self.top:
            _draw_cut_line(canvas, self.width)
        canvas.restoreState()


def _draw_cut_line(canvas: object, width: float) -> None:
    canvas.setLineWidth(THIN_RULE)  # type: ignore[attr-defined]
    canvas.setDash(4, 3)  # type: ignore[attr-defined]
    left, right = -MARGIN_X + 6 * mm, width + MARGIN_X - 6 * mm
    canvas.line(left + 6 * mm, 0, right, 0)  # type: ignore[attr-defined]
    canvas.setDash()  # type: ignore[attr-defined]
    canvas.setFont(FONT, 12)  # type: ignore[attr-defined]
    canvas.drawString(left, -1.5 * mm, "✂")  # type: ignore[attr-defined]


def content_height(content: Sequence[Flowable], width: float = INNER_WIDTH) -> float:
    total = 0.0
    for flowable in content:
        _, height = flowable.wrap(width, FULL)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def card_pages(cards: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    """Lay cards out two to a sheet, starting on a fresh sheet; long cards get a sheet alone."""
    story: list[Flowable] = []
    top_free = True
    for content in cards:
        fits_half = content_height(content) <= HALF - CUT_GAP - 2 * PADDING
        if fits_half:
            story.append(CardSlot(content, HALF, top=top_free))
            top_free = not top_free
            if top_free:
                story.append(PageBreak())
            continue
        if not top_free:
            story.append(PageBreak())
        fits_page = content_height(content) <= FULL - 2 * PADDING
        story += [CardSlot(content, FULL, top=True)] if fits_page else list(content)
        story.append(PageBreak())
        top_free = True
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    return story

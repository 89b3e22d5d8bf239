"""The A4 document: page kinds (portrait, landscape, with or without the exercise marking), the
running head and foot with ``page x / y``, headings that feed the contents and PDF bookmarks, and
writing the file atomically (a temporary file renamed into place, never a half-written PDF).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from crisis_sim.export.markup import esc, plain
from crisis_sim.export.styles import (
    FONT,
    FONT_BOLD,
    HEAD_SIZE,
    INK,
    RULE,
    THIN_RULE,
    register_fonts,
    styles,
)

# Frame margins are the same at the top and the bottom, so the middle of the frame is the middle
# of the sheet: inject cards are cut there into two A5 halves.
MARGIN_X = 18 * mm
MARGIN_Y = 20 * mm
HEAD_BASELINE = 12 * mm  # from the top edge
FOOT_BASELINE = 10 * mm  # from the bottom edge
EXERCISE_MARKING = "EXERCICE — EXERCISE"
KEEP_ROOM = 50 * mm  # a heading starts a new page when less room than this is left


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"

    @property
    def pagesize(self) -> tuple[float, float]:
        return A4 if self is Orientation.PORTRAIT else landscape(A4)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - 2 * MARGIN_Y


@dataclass(frozen=True)
class PageKind:
    """A page template: its orientation and what its running head says."""

    name: str
    orientation: Orientation
    running_title: str
    marking: str | None = None


class ExportError(Exception):
    """A document could not be written; the message is meant for the user."""


class Heading(Paragraph):
    """A heading that names the section in the page foot, and goes to the contents and bookmarks.

    ``toc_key`` groups entries (one contents list per kit); ``None`` keeps it out of the contents.
    """

    def __init__(
        self, text: str, level: int = 0, *, toc_key: str | None = None, foot: str | None = None
    ) -> None:
        style = (styles().h1, styles().h2, styles().h3)[min(level, 2)]
        super().__init__(esc(text), style)
        self.plain_text = plain(text)
        self.level = level
        self.toc_key = toc_key
        self.foot = plain(foot) if foot is not None else None


class Contents(TableOfContents):
    """The contents of one kit: only the headings whose ``toc_key`` starts with ``prefix``."""

    def __init__(self, prefix: str) -> None:
        super().__init__(
            levelStyles=[styles().toc0, styles().toc1], dotsMinLevel=0, rightColumnWidth=14 * mm
        )
        self.prefix = prefix

    def notify(self, kind: str, stuff: object) -> None:
        if kind == "TOCEntry" and str(stuff[3]).startswith(self.prefix):  # type: ignore[index]
            self.addEntry(*stuff)  # type: ignore[misc]


class KitDocTemplate(BaseDocTemplate):
    def __init__(
        self, filename: str, kinds: Sequence[PageKind], *, title: str, page_label: str
    ) -> None:
        register_fonts()
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_Y,
            bottomMargin=MARGIN_Y,
            title=plain(title),
            author="crisis-sim",
            creator="crisis-sim",
            invariant=1,  # no timestamp: the same scenario gives the same bytes
        )
        self.keepTogetherClass = _KeepWithNext
        self.page_label = page_label
        self.section = ""
        self._heading_count = 0
        self.addPageTemplates([_page_template(kind) for kind in kinds])

    def beforeDocument(self) -> None:  # noqa: N802 (ReportLab's hook name): each pass anew
        self.section = ""
        self._heading_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's hook name)
        if not isinstance(flowable, Heading):
            return
        if flowable.foot is not None:
            self.section = flowable.foot
        self._heading_count += 1
        key = f"{flowable.toc_key or 'h'}#{self._heading_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.plain_text, key, level=flowable.level)
        if flowable.toc_key is not None:
            entry = (flowable.level, esc(flowable.plain_text), self.page, key)
            self.notify("TOCEntry", entry)

    def build_story(self, story: list[Flowable]) -> None:
        canvasmaker = partial(_NumberedCanvas, page_label=self.page_label)
        self.multiBuild(story, canvasmaker=canvasmaker)


class _KeepWithNext(KeepTogether):
    """A heading kept with what follows, without pushing a long table to the next page.

    ReportLab's own keep-with-next moves the heading and the whole next flowable to a new page
    whenever they do not fit in the room left; here they move only when less than
    ``KEEP_ROOM`` is left, otherwise the table starts under its heading and splits as usual.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if avail_height < min(self._H, KEEP_ROOM) and not at_top:
            return [self.FrameBreak(), *content]
        return content


def _page_template(kind: PageKind) -> PageTemplate:
    width, height = kind.orientation.pagesize
    frame = Frame(
        MARGIN_X,
        MARGIN_Y,
        width - 2 * MARGIN_X,
        height - 2 * MARGIN_Y,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"{kind.name}-frame",
    )
    return PageTemplate(
        id=kind.name,
        frames=[frame],
        pagesize=kind.orientation.pagesize,
        onPageEnd=partial(_draw_running_head_and_foot, kind=kind),
    )


def _draw_running_head_and_foot(canvas: Canvas, doc: KitDocTemplate, kind: PageKind) -> None:
    width, height = kind.orientation.pagesize
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setStrokeColor(INK)
    right = width - MARGIN_X
    y = height - HEAD_BASELINE
    if kind.marking:
        right = _draw_marking(canvas, kind.marking, right, y) - 4 * mm
    canvas.setFont(FONT_BOLD, HEAD_SIZE)
    canvas.drawString(MARGIN_X, y, fit(kind.running_title, FONT_BOLD, HEAD_SIZE, right - MARGIN_X))
    canvas.setLineWidth(THIN_RULE)
    canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
    canvas.line(MARGIN_X, FOOT_BASELINE + 4 * mm, width - MARGIN_X, FOOT_BASELINE + 4 * mm)
    canvas.setFont(FONT, HEAD_SIZE)
    foot_width = width - 2 * MARGIN_X - 30 * mm  # the page number takes the rest
    canvas.drawString(MARGIN_X, FOOT_BASELINE, fit(doc.section, FONT, HEAD_SIZE, foot_width))
    canvas.restoreState()


def _draw_marking(canvas: Canvas, text: str, right: float, baseline: float) -> float:
    """The exercise marking in a ruled box at the right of the head; returns the box's left."""
    canvas.setFont(FONT_BOLD, HEAD_SIZE + 1)
    text_width = stringWidth(text, FONT_BOLD, HEAD_SIZE + 1)
    left = right - text_width - 4 * mm
    canvas.setLineWidth(RULE)
    canvas.rect(left, baseline - 1.6 * mm, right - left, 5.6 * mm, stroke=1, fill=0)
    canvas.drawString(left + 2 * mm, baseline, text)
    return left


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points on one line."""
    text = plain(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, to print ``Page x / y`` once y is known."""

    def __init__(self, *args: object, page_label: str = "{page} / {total}", **kw: object) -> None:
        super().__init__(*args, **kw)
        self._page_label = page_label
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's method name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            label = self._page_label.format(page=number, total=total)
            self.setFont(FONT, HEAD_SIZE)
            self.drawRightString(self._pagesize[0] - MARGIN_X, FOOT_BASELINE, label)
            super().showPage()
        super().save()


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then rename it into place.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name such as kit.pdf")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(f"cannot write in {folder}: {error.strerror or error}") from None
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

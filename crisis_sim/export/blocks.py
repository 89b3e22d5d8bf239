"""Building blocks of printed pages: escaped paragraphs, ruled tables, tick boxes, writing lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from crisis_sim.export.markup import Markup, bold, esc
from crisis_sim.export.styles import (
    CELL_SIZE,
    FONT_BOLD,
    INK,
    PAPER,
    RULE,
    THIN_RULE,
    WRITING_ROW,
    grid_style,
    styles,
)

Cell = str | Markup | Flowable | Sequence[Flowable] | None


def para(content: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of escaped text (``Markup`` is kept as built)."""
    return Paragraph(esc(content), style or styles().body)


def bullets(items: Iterable[object], style: ParagraphStyle | None = None) -> list[Paragraph]:
    style = style or styles().bullet
    return [Paragraph(esc(item), style, bulletText="•") for item in items]


def cell(content: Cell, style: ParagraphStyle | None = None) -> Flowable | Sequence[Flowable]:
    """A table cell: text becomes a wrapping paragraph, so no cell ever overflows."""
    if content is None:
        return ""  # type: ignore[return-value]
    if isinstance(content, Flowable | list | tuple):
        return content  # type: ignore[return-value]
    return Paragraph(esc(content), style or styles().cell)


def header_row(labels: Sequence[object]) -> list[Paragraph]:
    return [Paragraph(bold(label), styles().cell_bold) for label in labels]


def table(
    header: Sequence[object] | None,
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    row_heights: Sequence[float | None] | None = None,
    extra: Sequence[tuple] = (),
    shade_header: bool = True,
) -> Table:
    """A ruled table whose header row repeats on every page it spans."""
    data = [header_row(header)] if header else []
    data += [[cell(value) for value in row] for row in rows]
    heights = None
    if row_heights is not None:
        heights = ([None] if header else []) + list(row_heights)
    result = Table(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1 if header else 0,
        hAlign="LEFT",
    )
    commands = grid_style(1 if header else 0, shade_header=shade_header) + list(extra)
    result.setStyle(TableStyle(commands))
    return result


def writing_rows(columns: int, count: int, first: Sequence[Cell] = ()) -> list[list[Cell]]:
    """Empty rows to write in by hand; ``first`` fills the leading cells of the first one."""
    rows: list[list[Cell]] = [[None] * columns for _ in range(count)]
    for index, value in enumerate(first):
        rows[0][index] = value
    return rows


def fractions(total: float, *shares: float) -> list[float]:
    """Column widths from shares of ``total`` (they need not add up to 1)."""
    scale = total / sum(shares)
    return [share * scale for share in shares]


class CheckBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = 4.5 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(RULE)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WritingLines(Flowable):
    """Solid rules to write on, one handwritten line apart."""

    def __init__(self, count: int, spacing: float = WRITING_ROW) -> None:
        super().__init__()
        self.count, self.spacing = count, spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setLineWidth(THIN_RULE)
        self.canv.setStrokeColor(INK)
        for index in range(self.count):
            y = index * self.spacing
            self.canv.line(0, y, self.width, y)


def fields(labels: Sequence[str], width: float) -> Table:
    """``Label: ______`` fields side by side, to fill in by hand."""
    label_widths = [stringWidth(label, FONT_BOLD, CELL_SIZE) + 10 for label in labels]
    blank = (width - sum(label_widths)) / len(labels)
    row: list[Cell] = []
    widths: list[float] = []
    for label, label_width in zip(labels, label_widths, strict=True):
        row += [Paragraph(bold(label), styles().cell_bold), None]
        widths += [label_width, blank]
    result = Table([row], colWidths=widths, rowHeights=[WRITING_ROW])
    commands = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
    commands += [("LINEBELOW", (i, 0), (i, 0), THIN_RULE, INK) for i in range(1, len(row), 2)]
    result.setStyle(TableStyle(commands))
    result.hAlign = "LEFT"
    return result


def boxed(content: Sequence[Flowable], width: float, *, heavy: bool = False) -> Table:
    """Flowables in a ruled box (notes, warnings); a long box may continue on the next page."""
    result = Table([[list(content)]], colWidths=[width], splitInRow=1)
    result.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), RULE * (2 if heavy else 1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
            ]
        )
    )
    result.hAlign = "LEFT"
    return result


def band(left: object, right: object, width: float, *, dark: bool) -> Table:
    """A title band across a card or a sheet: white on black, or black in a ruled box."""
    style = styles().band if dark else styles().band_dark
    right_style = style.clone("band-right", alignment=2)
    result = Table(
        [[Paragraph(bold(left), style), Paragraph(bold(right), right_style)]],
        colWidths=fractions(width, 0.62, 0.38),
    )
    commands = [
        ("BOX", (0, 0), (-1, -1), RULE * 1.5, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    commands.append(("BACKGROUND", (0, 0), (-1, -1), INK if dark else PAPER))
    result.setStyle(TableStyle(commands))
    return result


def gap(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)


def tick_list(items: Sequence[object], width: float) -> Table:
    """Items to tick, each with a line to write on (a quantity, a place, a name)."""
    rows = [[CheckBox(), MinHeight(cell(item), WRITING_ROW - 6), ""] for item in items]
    result = Table(rows, colWidths=fractions(width, 0.06, 0.52, 0.42))
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (2, 0), (2, -1), THIN_RULE, INK),
            ]
        )
    )
    result.hAlign = "LEFT"
    return result


class MinHeight(Flowable):
    """A flowable given at least ``height`` points, e.g. a table cell tall enough to write in."""

    def __init__(self, content: Flowable, height: float) -> None:
        super().__init__()
        self.content, self.min_height = content, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self.content.wrap(avail_width, avail_height)
        self.content_height, self.total_height = height, max(height, self.min_height)
        return width, self.total_height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, self.total_height - self.content_height)

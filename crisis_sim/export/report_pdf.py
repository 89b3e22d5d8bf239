"""The debrief report as an A4 PDF, on the paper kits' page templates, styles and blocks.

A cover with the contents, then each part on a new page. Every page carries the exercise
marking: the report describes simulated events.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.shapes import Line as DrawnLine
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LayoutError,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from crisis_sim.export.blocks import (
    CheckBox,
    WritingLines,
    boxed,
    bullets,
    fractions,
    gap,
    para,
    table,
)
from crisis_sim.export.markup import Markup, bold, concat, esc, italic, label_value
from crisis_sim.export.pdf_base import (
    EXERCISE_MARKING,
    Contents,
    ExportError,
    Heading,
    KitDocTemplate,
    Orientation,
    PageKind,
    write_atomically,
)
from crisis_sim.export.report_chart import Box, Label, Line, chart_height, layout
from crisis_sim.export.report_model import (
    Block,
    Bullets,
    Callout,
    Cell,
    Chart,
    FindingBlock,
    Inline,
    KeyFigures,
    Para,
    Report,
    Section,
    Tick,
    WritingSpace,
)
from crisis_sim.export.report_model import Heading as ReportHeading
from crisis_sim.export.report_model import Table as ReportTable
from crisis_sim.export.styles import FONT, FONT_BOLD, INK, RULE, SHADE, THIN_RULE, styles

TOC_KEY = "report"
PORTRAIT = "report-portrait"
WIDTH = Orientation.PORTRAIT.frame_width


def write_report_pdf(report: Report, output: Path) -> int:
    """Write the PDF atomically; returns its number of pages."""
    pages: list[int] = []

    def write(path: Path) -> None:
        kind = PageKind(PORTRAIT, Orientation.PORTRAIT, report.running_title, EXERCISE_MARKING)
        document = KitDocTemplate(
            str(path),
            [kind],
            title=f"{report.title} — {report.subtitle}",
            page_label=report.page_label,
        )
        try:
            document.build_story(story(report))
        except LayoutError as error:
            raise ExportError(f"the report cannot be laid out on A4 pages: {error}") from None
        pages.append(document.page)

    write_atomically(Path(output), write)
    return pages[-1]


def story(report: Report) -> list[Flowable]:
    flowables = _cover(report)
    for section in report.sections:
        flowables += [PageBreak(), *_section(section)]
    return flowables


def _cover(report: Report) -> list[Flowable]:
    s = styles()
    facts = [
        para(label_value(f"{label} :" if report.lang == "fr" else f"{label}:", value), s.lead)
        for label, value in report.facts
    ]
    return [
        gap(18 * mm),
        para(report.title, s.cover_title),
        para(report.subtitle, s.cover_subtitle),
        gap(6 * mm),
        *facts,
        gap(4 * mm),
        boxed([para(report.notice, s.note)], WIDTH, heavy=True),
        gap(8 * mm),
        para(report.contents_title, s.h2),
        Contents(TOC_KEY),
    ]


def _section(section: Section) -> list[Flowable]:
    out: list[Flowable] = []
    for block in section.blocks:
        out += _block(block, section)
    return out


def _block(block: Block, section: Section) -> list[Flowable]:
    s = styles()
    if isinstance(block, ReportHeading):
        if block.level == 0:
            key = TOC_KEY if section.in_contents else None
            return [Heading(block.text, 0, toc_key=key, foot=block.text)]
        return [Heading(block.text, block.level)]
    if isinstance(block, Para):
        style = {"lead": s.lead, "note": s.note, "small": s.reaction_details}.get(
            block.style, s.body
        )
        return [para(markup(block.content), style)]
    if isinstance(block, Bullets):
        return [*bullets(markup(item) for item in block.items), gap(2 * mm)]
    if isinstance(block, ReportTable):
        return [_table(block), gap(2 * mm)]
    if isinstance(block, KeyFigures):
        return [_figures(block), gap(3 * mm)]
    if isinstance(block, Callout):
        inner = [para(bold(block.title), s.h3)]
        for item in block.blocks:
            inner += _block(item, section)
        return [gap(2 * mm), boxed(inner, WIDTH, heavy=True), gap(2 * mm)]
    if isinstance(block, FindingBlock):
        return [_finding(block), gap(2.5 * mm)]
    if isinstance(block, Chart):
        return [chart_drawing(block, WIDTH), gap(2 * mm), para(block.caption, s.note)]
    if isinstance(block, WritingSpace):
        return [WritingLines(block.lines), gap(2 * mm)]
    raise TypeError(f"unknown block {block!r}")


def markup(inline: Inline) -> Markup:
    """Paragraph markup of inline runs, every text escaped."""
    parts: list[Markup] = []
    for run in inline:
        text: Markup = esc(run.text)
        if run.bold:
            text = bold(text)
        if run.italic:
            text = italic(text)
        if run.url:
            text = concat(text, Markup("<br/>"), italic(run.url))
        parts.append(text)
    return concat(*parts)


def _cell(value: Cell) -> Flowable | str | Markup:
    if isinstance(value, Tick):
        return CheckBox()
    return Paragraph(markup(value), styles().cell)


def _table(block: ReportTable) -> Flowable:
    widths = fractions(WIDTH, *block.shares)
    rows = [[_cell(value) for value in row] for row in block.rows]
    ticks = [i for i, value in enumerate(block.rows[0]) if isinstance(value, Tick)] if rows else []
    extra = [("ALIGN", (i, 1), (i, -1), "CENTER") for i in ticks]
    extra += [("VALIGN", (i, 1), (i, -1), "MIDDLE") for i in ticks]
    result = table(block.header, rows, widths, extra=extra)
    result.splitInRow = 1  # a row longer than a page (a very long text) continues on the next
    return result


def _figures(block: KeyFigures) -> Flowable:
    s = styles()
    number = s.cover_subtitle.clone("figure", fontName=FONT_BOLD, fontSize=17, leading=21)
    cells = [[para(value, number), para(label, s.cell)] for value, label in block.items]
    result = Table([cells], colWidths=fractions(WIDTH, *([1] * len(cells))))
    result.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), RULE, INK),
                ("INNERGRID", (0, 0), (-1, -1), THIN_RULE, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return result


def _finding(block: FindingBlock) -> Flowable:
    s = styles()
    body: list[Flowable] = [
        para(bold(block.title), s.cell_bold),
        para(block.summary, s.cell),
        para(markup(block.evidence), s.reference),
    ]
    body += [para(markup(rec), s.source_bullet) for rec in block.recommendations]
    result = Table(
        [[para(bold(block.tag), s.cell_bold), body]],
        colWidths=fractions(WIDTH, 0.15, 0.85),
        splitInRow=1,
    )
    result.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), THIN_RULE, INK),
                ("LINEBEFORE", (0, 0), (0, -1), RULE * 3, INK),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([result]) if len(block.recommendations) < 6 else result


def chart_drawing(chart: Chart, width: float) -> Drawing:
    height = chart_height(chart)
    drawing = Drawing(width, height)
    for item in layout(chart, width):
        if isinstance(item, Box):
            drawing.add(_rect(item, height))
            if item.stripe:
                y = height - item.y - item.h / 2
                drawing.add(_line(item.x, y, item.x + item.w, y, 1.2, 1.0))
        elif isinstance(item, Line):
            drawing.add(
                _line(item.x1, height - item.y1, item.x2, height - item.y2, item.width, item.grey)
            )
        elif isinstance(item, Label):
            anchor = {"start": "start", "middle": "middle", "end": "end"}[item.anchor]
            drawing.add(
                String(
                    item.x,
                    height - item.y,
                    item.text,
                    fontName=FONT_BOLD if item.bold else FONT,
                    fontSize=item.size,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    return drawing


def _rect(box: Box, height: float) -> Rect:
    outline = box.grey < 0
    return Rect(
        box.x,
        height - box.y - box.h,
        box.w,
        box.h,
        fillColor=None if outline else colors.Color(box.grey, box.grey, box.grey),
        strokeColor=INK if outline else None,
        strokeWidth=THIN_RULE if outline else 0,
    )


def _line(x1: float, y1: float, x2: float, y2: float, width: float, grey: float) -> DrawnLine:
    return DrawnLine(x1, y1, x2, y2, strokeColor=colors.Color(grey, grey, grey), strokeWidth=width)

"""Fonts, paragraph and table styles of printed documents: black and white, easy to read.

Every size is at least 10 pt except the running head and foot. Meaning never rests on grey
alone: headers are bold, boxes have solid rules, ticks are drawn squares.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crisis_sim.core.resources import asset_path

FONT = "DejaVuSansCondensed"
FONT_BOLD = f"{FONT}-Bold"
FONT_ITALIC = f"{FONT}-Oblique"
FONT_BOLD_ITALIC = f"{FONT}-BoldOblique"

INK = colors.black
PAPER = colors.white
SHADE = colors.Color(0.88, 0.88, 0.88)  # header rows: decoration only, text is bold too
LIGHT_SHADE = colors.Color(0.95, 0.95, 0.95)
RULE = 0.8  # points: solid rules that survive photocopying
THIN_RULE = 0.5

BODY_SIZE = 10.5
CELL_SIZE = 10
HEAD_SIZE = 9  # running head and foot
WRITING_ROW = 9 * mm  # room for one handwritten line


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the shipped DejaVu Sans Condensed family (full Latin coverage); returns its name."""
    files = {
        FONT: "DejaVuSansCondensed.ttf",
        FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
        FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
    }
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(asset_path(f"fonts/{file}"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


def _style(name: str, size: float, *, leading: float | None = None, **kw: object) -> ParagraphStyle:
    register_fonts()
    kw.setdefault("fontName", FONT)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=leading or round(size * 1.3, 1), **kw)


class Styles:
    """The paragraph styles every exported document shares."""

    def __init__(self) -> None:
        self.cover_title = _style("cover-title", 26, leading=32, fontName=FONT_BOLD, spaceAfter=6)
        self.cover_subtitle = _style("cover-subtitle", 15, leading=20, spaceAfter=4)
        self.h1 = _style(
            "h1", 18, leading=23, fontName=FONT_BOLD, spaceAfter=3 * mm, keepWithNext=True
        )
        self.h2 = _style(
            "h2",
            13.5,
            leading=17,
            fontName=FONT_BOLD,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
            keepWithNext=True,
        )
        self.h3 = _style(
            "h3", 11.5, fontName=FONT_BOLD, spaceBefore=2 * mm, spaceAfter=1 * mm, keepWithNext=True
        )
        self.body = _style("body", BODY_SIZE, spaceAfter=2 * mm)
        self.lead = _style("lead", 11.5, leading=15.5, spaceAfter=3 * mm)
        self.note = _style("note", 10, fontName=FONT_ITALIC, spaceAfter=2 * mm)
        self.bullet = _style("bullet", BODY_SIZE, leftIndent=5 * mm, bulletIndent=1 * mm)
        self.reaction_details = _style(
            "reaction-details", CELL_SIZE, leftIndent=5 * mm, spaceAfter=1.5 * mm
        )
        self.source_bullet = _style(
            "source-bullet", CELL_SIZE, leftIndent=5 * mm, bulletIndent=1 * mm
        )
        self.reference = _style(
            "reference", CELL_SIZE, leading=12.5, leftIndent=4 * mm, spaceBefore=1
        )
        self.cell = _style("cell", CELL_SIZE, alignment=TA_LEFT)
        self.cell_bold = _style("cell-bold", CELL_SIZE, fontName=FONT_BOLD)
        self.cell_center = _style("cell-center", CELL_SIZE, alignment=TA_CENTER)
        self.cell_hint = _style("cell-hint", 10, fontName=FONT_ITALIC)
        self.toc0 = _style("toc0", 11.5, leading=17, fontName=FONT_BOLD, leftIndent=0)
        self.toc1 = _style("toc1", 10.5, leading=14, leftIndent=6 * mm)
        self.card_title = _style("card-title", 15, leading=19, fontName=FONT_BOLD, spaceAfter=2)
        self.card_text = _style("card-text", 12, leading=16)
        self.card_time = _style("card-time", 14, leading=17, fontName=FONT_BOLD)
        self.band = _style("band", 11, fontName=FONT_BOLD, textColor=PAPER)
        self.band_dark = _style("band-dark", 11, fontName=FONT_BOLD)


@lru_cache(maxsize=1)
def styles() -> Styles:
    return Styles()


def grid_style(header_rows: int = 1, *, shade_header: bool = True) -> list[tuple]:
    """Commands for a ruled table: solid grid, bold shaded header, text at the top of cells."""
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), THIN_RULE, INK),
        ("BOX", (0, 0), (-1, -1), RULE, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        last = header_rows - 1
        commands.append(("LINEBELOW", (0, last), (-1, last), RULE, INK))
        if shade_header:
            commands.append(("BACKGROUND", (0, 0), (-1, last), SHADE))
    return commands

"""The chart of service levels as drawing primitives, shared by the PDF and SVG renderers.

One lane per service: white when working, light grey when degraded, mid grey with a white
stripe on paper, black when stopped; a short vertical bar marks where a stop passed the
service's maximum tolerable downtime. Shades and the stripe keep it readable in black and
white. Coordinates are in points, origin at the top left, y going down.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.debrief.levels import Lane, Level
from crisis_sim.export.report_model import Chart

LABEL_WIDTH = 150.0
LANE_HEIGHT = 13.0
LANE_GAP = 3.0
TOP = 4.0
AXIS_HEIGHT = 16.0
LEGEND_HEIGHT = 18.0
FONT_SIZE = 7.5
NAME_CHARS = 40

SHADES = {  # grey level of each band's fill, 1 white to 0 black
    Level.WORKING: 1.0,
    Level.DEGRADED: 0.82,
    Level.PAPER: 0.55,
    Level.DOWN: 0.12,
}


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    grey: float
    stripe: bool = False  # a white line along the middle (paper)


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    grey: float = 0.0


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline
    text: str
    anchor: str = "start"  # start, middle, end
    bold: bool = False
    size: float = FONT_SIZE


Primitive = Box | Line | Label


def shorten(text: str, chars: int = NAME_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def chart_height(chart: Chart) -> float:
    return TOP + len(chart.lanes) * (LANE_HEIGHT + LANE_GAP) + AXIS_HEIGHT + LEGEND_HEIGHT


def layout(chart: Chart, width: float) -> list[Primitive]:
    """Every primitive of the chart drawn ``width`` points wide."""
    plot = width - LABEL_WIDTH - 4
    scale = plot / max(chart.end, 1)
    out: list[Primitive] = []
    for index, (lane, name) in enumerate(zip(chart.lanes, chart.names, strict=True)):
        y = TOP + index * (LANE_HEIGHT + LANE_GAP)
        out.append(Label(0, y + LANE_HEIGHT - 3.5, shorten(name)))
        out += _lane(lane, y, scale)
    bottom = TOP + len(chart.lanes) * (LANE_HEIGHT + LANE_GAP)
    out += _axis(chart, bottom, scale)
    out += _legend(chart, bottom + AXIS_HEIGHT, width)
    return out


def _lane(lane: Lane, y: float, scale: float) -> list[Primitive]:
    out: list[Primitive] = []
    for band in lane.bands:
        x = LABEL_WIDTH + band.start * scale
        w = max((band.end - band.start) * scale, 0.4)
        out.append(Box(x, y, w, LANE_HEIGHT, SHADES[band.level], band.level is Level.PAPER))
    total = (lane.bands[-1].end - lane.bands[0].start) * scale if lane.bands else 0
    out.append(Box(LABEL_WIDTH, y, total, LANE_HEIGHT, -1))  # outline only
    for t in mtd_crossings(lane):
        x = LABEL_WIDTH + t * scale
        out.append(Line(x, y - 2, x, y + LANE_HEIGHT + 2, width=2.2, grey=1.0))
        out.append(Line(x, y - 2, x, y + LANE_HEIGHT + 2, width=1.0, grey=0.0))
    return out


def mtd_crossings(lane: Lane) -> list[int]:
    """Game times at which a stop of the lane reached its maximum tolerable downtime."""
    if lane.mtd is None:
        return []
    crossings: list[int] = []
    start: int | None = None
    end = 0
    for band in lane.bands:
        if band.level is Level.DOWN:
            start = band.start if start is None else start
            end = band.end
            continue
        if start is not None and end - start > lane.mtd:
            crossings.append(start + lane.mtd)
        start = None
    if start is not None and end - start > lane.mtd:
        crossings.append(start + lane.mtd)
    return crossings


MIN_TICK_GAP = 48.0  # points between two labelled ticks


def _axis(chart: Chart, y: float, scale: float) -> list[Primitive]:
    out: list[Primitive] = []
    ticks = list(chart.ticks)
    if len(ticks) > 1 and (ticks[1][0] - ticks[0][0]) * scale < MIN_TICK_GAP:
        ticks.pop(0)  # DEBEX right before midnight: the day's label says enough
    for t, text in ticks:
        x = LABEL_WIDTH + t * scale
        out.append(Line(x, TOP - 2, x, y, width=0.3, grey=0.45))
        out.append(Label(x, y + 9, text, anchor="start" if t == 0 else "middle"))
    return out


def _legend(chart: Chart, y: float, width: float) -> list[Primitive]:
    legend = chart.legend
    items = [
        (legend.working, Level.WORKING),
        (legend.degraded, Level.DEGRADED),
        (legend.paper, Level.PAPER),
        (legend.down, Level.DOWN),
    ]
    out: list[Primitive] = []
    x = 0.0
    step = min(width / 5, 95.0)
    for text, level in items:
        out.append(Box(x, y + 4, 14, 8, SHADES[level], level is Level.PAPER))
        out.append(Box(x, y + 4, 14, 8, -1))
        out.append(Label(x + 18, y + 11, text))
        x += step
    out.append(Line(x + 6, y + 2, x + 6, y + 14, width=1.0))
    out.append(Label(x + 11, y + 11, legend.mtd))
    return out

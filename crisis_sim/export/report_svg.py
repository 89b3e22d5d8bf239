"""The chart of service levels as inline SVG, from the same primitives as the PDF chart."""

from __future__ import annotations

from html import escape

from crisis_sim.export.report_chart import Box, Label, Line, chart_height, layout
from crisis_sim.export.report_model import Chart

WIDTH = 760.0


def chart_svg(chart: Chart, width: float = WIDTH) -> str:
    height = chart_height(chart)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width:.0f} '
        f'{height:.0f}" width="100%" aria-label="{escape(chart.caption)}" '
        'font-family="DejaVu Sans Condensed, Arial Narrow, sans-serif">'
    ]
    for item in layout(chart, width):
        parts.append(_element(item))
    parts.append("</svg>")
    return "".join(parts)


def _grey(value: float) -> str:
    level = round(max(0.0, min(1.0, value)) * 255)
    return f"#{level:02x}{level:02x}{level:02x}"


def _element(item: Box | Line | Label) -> str:
    if isinstance(item, Box):
        if item.grey < 0:
            return (
                f'<rect x="{item.x:.2f}" y="{item.y:.2f}" width="{item.w:.2f}" '
                f'height="{item.h:.2f}" fill="none" stroke="#000" stroke-width="0.5"/>'
            )
        rect = (
            f'<rect x="{item.x:.2f}" y="{item.y:.2f}" width="{item.w:.2f}" '
            f'height="{item.h:.2f}" fill="{_grey(item.grey)}"/>'
        )
        if item.stripe:
            y = item.y + item.h / 2
            rect += (
                f'<line x1="{item.x:.2f}" y1="{y:.2f}" x2="{item.x + item.w:.2f}" y2="{y:.2f}" '
                'stroke="#fff" stroke-width="1.2"/>'
            )
        return rect
    if isinstance(item, Line):
        return (
            f'<line x1="{item.x1:.2f}" y1="{item.y1:.2f}" x2="{item.x2:.2f}" y2="{item.y2:.2f}" '
            f'stroke="{_grey(item.grey)}" stroke-width="{item.width}"/>'
        )
    weight = ' font-weight="bold"' if item.bold else ""
    return (
        f'<text x="{item.x:.2f}" y="{item.y:.2f}" font-size="{item.size}" '
        f'text-anchor="{item.anchor}"{weight}>{escape(item.text)}</text>'
    )

"""The debrief report as one self-contained HTML file: inline CSS and SVG, no script, no
external resource. Every text is escaped; the only links are the recommendation catalogue's
source addresses."""

from __future__ import annotations

from html import escape

from crisis_sim.export.report_model import (
    Block,
    Bullets,
    Callout,
    Cell,
    Chart,
    FindingBlock,
    Heading,
    Inline,
    KeyFigures,
    Para,
    Report,
    Section,
    Table,
    Tick,
    WritingSpace,
)
from crisis_sim.export.report_svg import chart_svg

CSS = """
body{font-family:"DejaVu Sans Condensed","Arial Narrow",Arial,sans-serif;color:#000;
background:#fff;max-width:60em;margin:2em auto;padding:0 1.5em;line-height:1.4}
h1{font-size:1.9em;margin:.2em 0}h2{font-size:1.5em;border-bottom:2px solid #000;
margin-top:2.2em}h3{font-size:1.15em;margin:1.4em 0 .4em}h4{margin:1em 0 .3em}
.subtitle{font-size:1.25em}dl{display:grid;grid-template-columns:max-content auto;
gap:.15em 1em}dd{margin:0}.notice{border:2px solid #000;padding:.5em .8em;font-style:italic}
.marking{float:right;border:1.5px solid #000;padding:.1em .5em;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}
th,td{border:1px solid #000;padding:.25em .4em;vertical-align:top;text-align:left}
th{background:#e0e0e0}td.tick{text-align:center;font-size:1.2em}
.lead{font-size:1.1em}.note{font-style:italic}.small{font-size:.92em}
.figures{display:flex;gap:0;border:1.5px solid #000;margin:1em 0}
.figures div{flex:1;padding:.4em .6em;border-left:1px solid #000}
.figures div:first-child{border-left:none}.figures b{display:block;font-size:1.5em}
.callout{border:2px solid #000;padding:.2em 1em;margin:1em 0}
.finding{border:1px solid #000;border-left:6px solid #000;margin:.7em 0;padding:.3em .7em}
.finding .tag{font-weight:bold;text-transform:uppercase;font-size:.85em}
.finding ul{margin:.2em 0;font-size:.92em}.write{border-bottom:1px solid #000;height:1.8em}
nav ol{columns:2}
@media print{body{margin:0;max-width:none}h2{page-break-before:always}}
"""


def render_html(report: Report) -> str:
    lang = escape(report.lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)} — {escape(report.subtitle)}</title>",
        f"<style>{CSS}</style></head><body>",
        '<header><span class="marking">EXERCICE — EXERCISE</span>',
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="subtitle">{escape(report.subtitle)}</p>',
        "<dl>",
        *(f"<dt><b>{escape(k)}</b></dt><dd>{escape(v)}</dd>" for k, v in report.facts),
        "</dl>",
        f'<p class="notice">{escape(report.notice)}</p></header>',
        _contents(report),
        *(_section(section) for section in report.sections),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _contents(report: Report) -> str:
    items = "".join(
        f'<li><a href="#{escape(s.anchor)}">{escape(s.title)}</a></li>'
        for s in report.sections
        if s.in_contents
    )
    return f"<nav><h3>{escape(report.contents_title)}</h3><ol>{items}</ol></nav>"


def _section(section: Section) -> str:
    body = "".join(_block(block) for block in section.blocks)
    return f'<section id="{escape(section.anchor)}">{body}</section>'


def inline(content: Inline) -> str:
    out = []
    for run in content:
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.url:
            text = f'<a href="{escape(run.url, quote=True)}">{text}</a>'
        out.append(text)
    return "".join(out)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        tag = ("h2", "h3", "h4")[min(block.level, 2)]
        return f"<{tag}>{escape(block.text)}</{tag}>"
    if isinstance(block, Para):
        return f'<p class="{escape(block.style)}">{inline(block.content)}</p>'
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{inline(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, KeyFigures):
        cells = "".join(
            f"<div><b>{escape(value)}</b>{escape(label)}</div>" for value, label in block.items
        )
        return f'<div class="figures">{cells}</div>'
    if isinstance(block, Callout):
        inner = "".join(_block(item) for item in block.blocks)
        return f'<div class="callout"><h4>{escape(block.title)}</h4>{inner}</div>'
    if isinstance(block, FindingBlock):
        return _finding(block)
    if isinstance(block, Chart):
        caption = f'<figcaption class="note">{escape(block.caption)}</figcaption>'
        return f"<figure>{chart_svg(block)}{caption}</figure>"
    if isinstance(block, WritingSpace):
        return '<div class="write"></div>' * block.lines
    raise TypeError(f"unknown block {block!r}")


def _cell(value: Cell) -> str:
    if isinstance(value, Tick):
        return '<td class="tick">☐</td>'
    return f"<td>{inline(value)}</td>"


def _table(block: Table) -> str:
    total = sum(block.shares)
    cols = "".join(f'<col style="width:{share / total * 100:.1f}%">' for share in block.shares)
    head = "".join(f"<th>{escape(h)}</th>" for h in block.header)
    rows = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in block.rows)
    return (
        f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _finding(block: FindingBlock) -> str:
    recs = "".join(f"<li>{inline(rec)}</li>" for rec in block.recommendations)
    return (
        '<div class="finding">'
        f'<span class="tag">{escape(block.tag)}</span>'
        f"<h4>{escape(block.title)}</h4><p>{escape(block.summary)}</p>"
        f'<p class="small">{inline(block.evidence)}</p>'
        + (f"<ul>{recs}</ul>" if recs else "")
        + "</div>"
    )

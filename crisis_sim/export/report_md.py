"""The debrief report as Markdown (CommonMark with pipe tables). Every text is escaped so that
nothing from a scenario or a session becomes a link, an image, a heading or raw HTML."""

from __future__ import annotations

import re

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
    Table,
    Tick,
    WritingSpace,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def md_escape(text: str) -> str:
    """Backslash every character Markdown could read as markup; newlines become spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def inline(content: Inline) -> str:
    out = []
    for run in content:
        text = md_escape(run.text)
        if run.bold:
            text = f"**{text}**"
        if run.italic:
            text = f"*{text}*"
        if run.url:
            text = f"{text} <{run.url}>"
        out.append(text)
    return "".join(out)


def render_markdown(report: Report) -> str:
    lines = [
        f"# {md_escape(report.title)}",
        "",
        f"**{md_escape(report.subtitle)}** — EXERCICE — EXERCISE",
        "",
        *(f"- **{md_escape(k)}** : {md_escape(v)}" for k, v in report.facts),
        "",
        f"> *{md_escape(report.notice)}*",
        "",
    ]
    for section in report.sections:
        for block in section.blocks:
            lines += _block(block)
    return "\n".join(lines).rstrip() + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 2)} {md_escape(block.text)}", ""]
    if isinstance(block, Para):
        return [inline(block.content), ""]
    if isinstance(block, Bullets):
        return [*(f"- {inline(item)}" for item in block.items), ""]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, KeyFigures):
        return [*(f"- **{md_escape(v)}** {md_escape(k)}" for v, k in block.items), ""]
    if isinstance(block, Callout):
        inner = [line for item in block.blocks for line in _block(item)]
        return [f"> **{md_escape(block.title)}**", ">", *(f"> {line}" for line in inner), ""]
    if isinstance(block, FindingBlock):
        return [
            f"#### {md_escape(block.title)}",
            "",
            f"*{md_escape(block.tag)}* — {md_escape(block.summary)}",
            "",
            inline(block.evidence),
            "",
            *(f"- {inline(rec)}" for rec in block.recommendations),
            "",
        ]
    if isinstance(block, Chart):
        return [f"*{md_escape(block.caption)}*", ""]
    if isinstance(block, WritingSpace):
        return ["", "\\_" * 40, ""] * min(block.lines, 1)
    raise TypeError(f"unknown block {block!r}")


def _cell(value: Cell) -> str:
    return "☐" if isinstance(value, Tick) else inline(value)


def _table(block: Table) -> list[str]:
    head = "| " + " | ".join(md_escape(h) for h in block.header) + " |"
    rule = "|" + "|".join("---" for _ in block.header) + "|"
    rows = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in block.rows]
    return [head, rule, *rows, ""]

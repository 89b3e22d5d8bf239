"""``export_debrief``: a session's debrief in one of the export formats, written atomically.

The one entry point for the command line and the console: PDF, HTML, Markdown, JSON, ODT, or
the crisis log as CSV, in French or English. Every format uses the saved action plan when
there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from crisis_sim.core.debrief.debrief import OpenedDebrief
from crisis_sim.export.i18n import use_language
from crisis_sim.export.log_csv import render_log_csv
from crisis_sim.export.pdf_base import write_atomically
from crisis_sim.export.report_build import build_report
from crisis_sim.export.report_html import render_html
from crisis_sim.export.report_json import render_json
from crisis_sim.export.report_md import render_markdown
from crisis_sim.export.report_odt import write_report_odt
from crisis_sim.export.report_pdf import write_report_pdf


class Format(StrEnum):
    PDF = "pdf"
    HTML = "html"
    MD = "md"
    JSON = "json"
    ODT = "odt"
    CSV = "csv"


def export_debrief(opened: OpenedDebrief, fmt: Format | str, output: Path, *, lang: str) -> str:
    """Write the export; returns a short description (``12 pages``, ``48 KB``).

    Raises ``ExportError`` (message for the user) when the file cannot be written; the
    target is then left as it was.
    """
    fmt = Format(fmt)
    use_language(lang)
    output = Path(output)
    if fmt is Format.PDF:
        report = build_report(opened.debrief, opened.plan, plan_saved=opened.plan_saved)
        return f"{write_report_pdf(report, output)} pages"
    write_atomically(output, _writer(opened, fmt, lang))
    return f"{output.stat().st_size // 1024 + 1} KB"


def _writer(opened: OpenedDebrief, fmt: Format, lang: str) -> Callable[[Path], None]:
    if fmt is Format.CSV:
        return _text(render_log_csv(opened.session))
    if fmt is Format.JSON:
        return _text(
            render_json(opened.debrief, opened.plan, plan_saved=opened.plan_saved, lang=lang)
        )
    report = build_report(opened.debrief, opened.plan, plan_saved=opened.plan_saved)
    if fmt is Format.ODT:
        return lambda path: write_report_odt(report, path)
    if fmt is Format.HTML:
        return _text(render_html(report))
    return _text(render_markdown(report))


def _text(content: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(content, encoding="utf-8", newline="")

    return write

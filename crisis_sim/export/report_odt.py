"""The debrief report as an OpenDocument text file (.odt) for LibreOffice, with the stdlib only.

An ODT is a zip: ``mimetype`` first and uncompressed, a manifest, ``content.xml``,
``styles.xml``, ``meta.xml``, and each chart as ``Pictures/chart-N.svg``. The XML is built with
ElementTree, which escapes every text. No library earns its place for this: odfpy would add a
dependency for what is a few dozen elements (see docs/debrief.md).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from crisis_sim.export.report_chart import chart_height
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
from crisis_sim.export.report_svg import WIDTH, chart_svg

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

MIMETYPE = "application/vnd.oasis.opendocument.text"
TEXT_WIDTH_CM = 17.0


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def el(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, q(name), {_attr(k): v for k, v in attrs.items()})
    if text is not None:
        node.text = text
    return node


def _attr(key: str) -> str:
    """``fo__font_size`` -> ``{fo-namespace}font-size``."""
    prefix, local = key.split("__")
    return q(f"{prefix}:{local.replace('_', '-')}")


def write_report_odt(report: Report, path: Path) -> None:
    charts = [b for s in report.sections for b in s.blocks if isinstance(b, Chart)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        files = {
            "content.xml": _xml(_content(report)),
            "styles.xml": _xml(_styles()),
            "meta.xml": _xml(_meta(report)),
            "META-INF/manifest.xml": _xml(_manifest(len(charts))),
        }
        for number, chart in enumerate(charts, start=1):
            files[chart_file(number)] = chart_svg(chart).encode("utf-8")
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def _xml(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def chart_file(number: int) -> str:
    return f"Pictures/chart-{number}.svg"


def _manifest(charts: int) -> ET.Element:
    root = ET.Element(q("manifest:manifest"), {q("manifest:version"): "1.2"})
    entries = [
        ("/", MIMETYPE),
        ("content.xml", "text/xml"),
        ("styles.xml", "text/xml"),
        ("meta.xml", "text/xml"),
    ]
    entries += [(chart_file(n), "image/svg+xml") for n in range(1, charts + 1)]
    for path, media in entries:
        attrs = {q("manifest:full-path"): path, q("manifest:media-type"): media}
        if path == "/":
            attrs[q("manifest:version")] = "1.2"
        ET.SubElement(root, q("manifest:file-entry"), attrs)
    return root


def _meta(report: Report) -> ET.Element:
    root = ET.Element(q("office:document-meta"), {q("office:version"): "1.2"})
    meta = el(root, "office:meta")
    el(meta, "dc:title", f"{report.title} — {report.subtitle}")
    el(meta, "dc:language", report.lang)
    el(meta, "meta:generator", "crisis-sim")
    return root


def _fonts(root: ET.Element) -> None:
    faces = el(root, "office:font-face-decls")
    el(
        faces,
        "style:font-face",
        style__name="DejaVu Sans Condensed",
        svg__font_family="'DejaVu Sans Condensed'",
        style__font_family_generic="swiss",
    )


def _styles() -> ET.Element:
    root = ET.Element(q("office:document-styles"), {q("office:version"): "1.2"})
    _fonts(root)
    styles = el(root, "office:styles")
    default = el(styles, "style:default-style", style__family="paragraph")
    el(
        default,
        "style:text-properties",
        style__font_name="DejaVu Sans Condensed",
        fo__font_size="10.5pt",
        fo__language="fr",
    )
    for name, size, bold in (
        ("Heading_1", "18pt", True),
        ("Heading_2", "13.5pt", True),
        ("Heading_3", "11.5pt", True),
        ("Title", "24pt", True),
        ("Subtitle", "14pt", False),
    ):
        style = el(
            styles, "style:style", style__name=name, style__family="paragraph", style__class="text"
        )
        el(
            style,
            "style:paragraph-properties",
            fo__margin_top="0.35cm",
            fo__margin_bottom="0.2cm",
            fo__keep_with_next="always",
        )
        props = {"fo__font_size": size}
        if bold:
            props["fo__font_weight"] = "bold"
        el(style, "style:text-properties", **props)
    return root


def _auto_styles(parent: ET.Element) -> None:
    auto = el(parent, "office:automatic-styles")
    for name, props in (
        ("B", {"fo__font_weight": "bold"}),
        ("I", {"fo__font_style": "italic"}),
        ("Big", {"fo__font_size": "16pt", "fo__font_weight": "bold"}),
    ):
        style = el(auto, "style:style", style__name=name, style__family="text")
        el(style, "style:text-properties", **props)
    for name, props in (
        ("Lead", {"fo__font_size": "11.5pt"}),
        ("Note", {"fo__font_style": "italic"}),
        ("Small", {"fo__font_size": "9.5pt"}),
    ):
        style = el(auto, "style:style", style__name=name, style__family="paragraph")
        el(style, "style:text-properties", **props)
    boxed = el(auto, "style:style", style__name="Boxed", style__family="paragraph")
    el(
        boxed,
        "style:paragraph-properties",
        fo__border="1.5pt solid #000000",
        fo__padding="0.2cm",
        fo__margin_top="0.2cm",
        fo__margin_bottom="0.2cm",
    )
    table = el(auto, "style:style", style__name="Tbl", style__family="table")
    el(
        table,
        "style:table-properties",
        style__width=f"{TEXT_WIDTH_CM}cm",
        table__align="left",
        fo__margin_bottom="0.3cm",
    )
    for name, extra in (("Td", {}), ("Th", {"fo__background_color": "#e0e0e0"})):
        cell = el(auto, "style:style", style__name=name, style__family="table-cell")
        el(
            cell,
            "style:table-cell-properties",
            fo__border="0.5pt solid #000000",
            fo__padding="0.08cm",
            **extra,
        )
    frame = el(auto, "style:style", style__name="Fig", style__family="graphic")
    el(
        frame,
        "style:graphic-properties",
        style__wrap="none",
        style__vertical_pos="top",
        style__horizontal_pos="center",
    )


def _content(report: Report) -> ET.Element:
    root = ET.Element(q("office:document-content"), {q("office:version"): "1.2"})
    _fonts(root)
    _auto_styles(root)
    body = el(el(root, "office:body"), "office:text")
    el(body, "text:p", "EXERCICE — EXERCISE", text__style_name="B")
    el(body, "text:p", report.title, text__style_name="Title")
    el(body, "text:p", report.subtitle, text__style_name="Subtitle")
    for label, value in report.facts:
        para = el(body, "text:p")
        el(
            para,
            "text:span",
            f"{label} : " if report.lang == "fr" else f"{label}: ",
            text__style_name="B",
        ).tail = value
    el(body, "text:p", report.notice, text__style_name="Boxed")
    doc = _Doc()
    for section in report.sections:
        for block in section.blocks:
            _block(body, block, doc)
    root.find(q("office:automatic-styles")).extend(doc.columns)  # type: ignore[union-attr]
    return root


@dataclass
class _Doc:
    """What the body needs besides itself: table numbering, column-width styles."""

    tables: int = 0
    charts: int = 0
    columns: list[ET.Element] = field(default_factory=list)


def _inline(parent: ET.Element, content: Inline) -> None:
    for run in content:
        target = parent
        if run.url:
            target = el(parent, "text:a", xlink__type="simple", xlink__href=run.url)
        style = "B" if run.bold else "I" if run.italic else None
        lines = run.text.split("\n")
        node = el(target, "text:span", text__style_name=style) if style else target
        for index, line in enumerate(lines):
            if index:
                el(node, "text:line-break")
            _append_text(node, line)


def _append_text(node: ET.Element, text: str) -> None:
    if len(node):
        last = node[-1]
        last.tail = (last.tail or "") + text
    else:
        node.text = (node.text or "") + text


def _block(body: ET.Element, block: Block, doc: _Doc) -> None:
    if isinstance(block, Heading):
        el(
            body,
            "text:h",
            block.text,
            text__outline_level=str(block.level + 1),
            text__style_name=f"Heading_{block.level + 1}",
        )
    elif isinstance(block, Para):
        style = {"lead": "Lead", "note": "Note", "small": "Small"}.get(block.style)
        para = el(body, "text:p", text__style_name=style) if style else el(body, "text:p")
        _inline(para, block.content)
    elif isinstance(block, Bullets):
        lst = el(body, "text:list")
        for item in block.items:
            _inline(el(el(lst, "text:list-item"), "text:p"), item)
    elif isinstance(block, Table):
        _table(body, block, doc)
    elif isinstance(block, KeyFigures):
        for value, label in block.items:
            para = el(body, "text:p")
            el(para, "text:span", value, text__style_name="Big").tail = "  " + label
    elif isinstance(block, Callout):
        el(body, "text:h", block.title, text__outline_level="3", text__style_name="Heading_3")
        for item in block.blocks:
            _block(body, item, doc)
    elif isinstance(block, FindingBlock):
        _finding(body, block)
    elif isinstance(block, Chart):
        doc.charts += 1
        _chart(body, block, chart_file(doc.charts))
    elif isinstance(block, WritingSpace):
        for _ in range(block.lines):
            el(body, "text:p", "_" * 70)
    else:
        raise TypeError(f"unknown block {block!r}")


def _table(body: ET.Element, block: Table, doc: _Doc) -> None:
    doc.tables += 1
    name = f"Table{doc.tables}"
    table = el(body, "table:table", table__name=name, table__style_name="Tbl")
    total = sum(block.shares)
    for index, share in enumerate(block.shares):
        column = f"{name}.C{index}"
        _column_style(doc, column, TEXT_WIDTH_CM * share / total)
        el(table, "table:table-column", table__style_name=column)
    head = el(table, "table:table-header-rows")
    row = el(head, "table:table-row")
    for label in block.header:
        cell = el(row, "table:table-cell", table__style_name="Th", office__value_type="string")
        el(el(cell, "text:p"), "text:span", label, text__style_name="B")
    for values in block.rows:
        row = el(table, "table:table-row")
        for value in values:
            _cell(row, value)


def _column_style(doc: _Doc, name: str, width_cm: float) -> None:
    """Column widths are automatic styles; they go with the others at the top."""
    style = ET.Element(
        q("style:style"), {_attr("style__name"): name, _attr("style__family"): "table-column"}
    )
    el(style, "style:table-column-properties", style__column_width=f"{width_cm:.2f}cm")
    doc.columns.append(style)


def _cell(row: ET.Element, value: Cell) -> None:
    cell = el(row, "table:table-cell", table__style_name="Td", office__value_type="string")
    para = el(cell, "text:p")
    if isinstance(value, Tick):
        para.text = "☐"
    else:
        _inline(para, value)


def _finding(body: ET.Element, block: FindingBlock) -> None:
    el(body, "text:h", block.title, text__outline_level="3", text__style_name="Heading_3")
    para = el(body, "text:p")
    el(para, "text:span", block.tag, text__style_name="B").tail = " — " + block.summary
    _inline(el(body, "text:p", text__style_name="Small"), block.evidence)
    if block.recommendations:
        lst = el(body, "text:list")
        for rec in block.recommendations:
            _inline(el(el(lst, "text:list-item"), "text:p", text__style_name="Small"), rec)


def _chart(body: ET.Element, chart: Chart, file: str) -> None:
    height_cm = TEXT_WIDTH_CM * chart_height(chart) / WIDTH
    para = el(body, "text:p")
    frame = el(
        para,
        "draw:frame",
        draw__style_name="Fig",
        draw__name="chart",
        text__anchor_type="as-char",
        svg__width=f"{TEXT_WIDTH_CM}cm",
        svg__height=f"{height_cm:.2f}cm",
    )
    el(
        frame,
        "draw:image",
        xlink__href=file,
        xlink__type="simple",
        xlink__show="embed",
        xlink__actuate="onLoad",
    )
    el(body, "text:p", chart.caption, text__style_name="Note")

"""Text from a scenario or a session never becomes markup: <script>, &, ]]>, Markdown links
and images, spreadsheet formulas are shown as written, in every export."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from pypdf import PdfReader
from report_session import EVIL, FORMULA, evil_session

from crisis_sim.cli.main import main


@pytest.fixture(scope="module")
def evil(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return evil_session(tmp_path_factory.mktemp("evil"))


@pytest.fixture
def export(qapp, capsys, evil, tmp_path):
    def run(fmt: str) -> Path:
        output = tmp_path / f"evil.{fmt}"
        assert main(["debrief", str(evil), "--format", fmt, "-o", str(output)]) == 0
        capsys.readouterr()
        return output

    return run


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.targets: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.targets += [value or "" for name, value in attrs if name in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html(export):
    parser = _Tags()
    parser.feed(export("html").read_text(encoding="utf-8"))
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert not [t for t in parser.targets if "evil.example" in t]
    assert EVIL in "".join(parser.text)  # shown as written


def test_markdown(export):
    text = export("md").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "](http://evil" not in text  # no link nor image
    assert "![" not in text
    assert r"\<script\>alert\(1\)\</script\>" in text


def test_odt(export):
    with zipfile.ZipFile(export("odt")) as archive:
        content = ET.fromstring(archive.read("content.xml"))
    text = "".join(content.itertext())
    assert EVIL in text
    assert not any("script" in node.tag for node in content.iter())


def test_pdf(export):
    text = "".join(page.extract_text() for page in PdfReader(export("pdf")).pages)
    assert "<script>alert(1)</script>" in text
    assert "]]>" in text


def test_json_keeps_the_text_as_data(export):
    data = json.loads(export("json").read_text(encoding="utf-8"))
    assert data["scenario"]["title"]["fr"] == EVIL


def test_csv_neutralises_formulas(export):
    raw = export("csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]

"""The debrief of the scripted Angers session in every format and both languages: PDF text,
one self-contained HTML file, JSON keys, the ODT package, the CSV crisis log."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from pypdf import PdfReader
from report_session import angers_session

from crisis_sim.cli.main import main
from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.export.report_json import JSON_FORMAT, JSON_VERSION


@pytest.fixture(scope="module")
def angers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return angers_session(tmp_path_factory.mktemp("angers"))


@pytest.fixture
def export(qapp, capsys, angers, tmp_path):
    def run(fmt: str, lang: str = "fr") -> Path:
        output = tmp_path / f"debrief-{lang}.{fmt}"
        code = main(["debrief", str(angers), "--format", fmt, "--lang", lang, "-o", str(output)])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert str(output) in out
        return output

    return run


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.targets += [value or "" for name, value in attrs if name in ("src", "href")]


def catalogue_urls() -> set[str]:
    catalogue = load_catalogue()
    return {r.url for r in catalogue if r.url} | {s.url for s in catalogue.sources if s.url}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf(export, lang):
    reader = PdfReader(export("pdf", lang))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) > 10
    if lang == "fr":
        for heading in (
            "L'essentiel — pour les élus",
            "Constats",
            "Plan d'action",
            "Guide du RETEX à chaud",
            "Questionnaire du RETEX à froid",
        ):
            assert heading in text
        assert "EXERCICE — EXERCISE" in text
    else:
        assert "At a glance — for elected officials" in text
        assert "Cold debrief questionnaire" in text


def test_the_summary_page_has_no_ids_nor_jargon(export):
    reader = PdfReader(export("pdf", "en"))
    summary = reader.pages[1].extract_text()
    assert "At a glance" in summary
    for jargon in ("ANSSI-", "CERTFR-", "log-", "MTD", "SPOF", "r-"):
        assert jargon not in summary, jargon


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_html_is_one_self_contained_file(export, lang):
    text = export("html", lang).read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(text)
    assert "svg" in parser.tags  # the chart, inline
    assert "script" not in parser.tags
    assert "link" not in parser.tags
    allowed = catalogue_urls()
    external = [t for t in parser.targets if not t.startswith("#")]
    assert external
    assert set(external) <= allowed
    assert f'<html lang="{lang}">' in text


def test_markdown(export):
    text = export("md", "en").read_text(encoding="utf-8")
    assert text.startswith("# Exercise debrief report")
    assert "## Findings" in text
    assert "| Rank | Recommendation | Source | Why |" in text


def test_json_is_documented_data(export):
    data = json.loads(export("json", "en").read_text(encoding="utf-8"))
    assert data["format"] == JSON_FORMAT
    assert data["version"] == JSON_VERSION
    assert set(data) == {
        "format",
        "version",
        "lang",
        "scenario",
        "play",
        "figures",
        "findings",
        "recommendations",
        "action_plan",
        "chronology",
        "service_levels",
        "hot_debrief",
        "questionnaire",
    }
    finding = data["findings"][0]
    assert set(finding) == {
        "id",
        "kind",
        "severity",
        "title",
        "summary",
        "subject",
        "evidence",
        "recommendations",
    }
    assert set(finding["title"]) == {"fr", "en"}
    catalogue = load_catalogue()
    assert all(r["id"] in catalogue for r in data["recommendations"])
    assert data["action_plan"]["saved"] is False
    assert data["play"]["end_text"] == "J+3 18:00"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_odt_package(export, lang):
    path = export("odt", lang)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        manifest = ET.fromstring(archive.read("META-INF/manifest.xml"))
        listed = {
            entry.get("{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path")
            for entry in manifest
        }
        assert listed == {"/", "content.xml", "styles.xml", "meta.xml", "Pictures/chart-1.svg"}
        assert set(archive.namelist()) == listed - {"/"} | {"mimetype", "META-INF/manifest.xml"}
        content = ET.fromstring(archive.read("content.xml"))
        ET.fromstring(archive.read("Pictures/chart-1.svg"))
    text = "".join(content.itertext())
    assert ("Plan d'action" if lang == "fr" else "Action plan") in text


def test_csv_crisis_log_for_french_excel(export, angers):
    raw = export("csv", "fr").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Ligne", "Heure de jeu", "Secondes depuis la DEBEX", "Temps réel"]
    assert all(len(row) == len(rows[0]) for row in rows)
    assert rows[1][0] == "log-1"
    assert len(rows) == 1 + 159  # every entry of the main courante
    assert b"\r\n" in raw


def test_the_saved_action_plan_is_in_every_export(qapp, capsys, angers, tmp_path):
    from crisis_sim.core.debrief import open_debrief, plan_path, save_plan

    opened = open_debrief(angers)
    opened.plan.update("A1", owner="Mme Lambert", due_date="2025-03-31", status="done")
    save_plan(angers, opened.plan)
    try:
        for fmt in ("html", "md", "json"):
            output = tmp_path / f"plan.{fmt}"
            assert main(["debrief", str(angers), "--format", fmt, "-o", str(output)]) == 0
            assert "Mme Lambert" in output.read_text(encoding="utf-8")
        output = tmp_path / "plan.pdf"
        assert main(["debrief", str(angers), "-o", str(output)]) == 0
        assert "Mme Lambert" in "".join(p.extract_text() for p in PdfReader(output).pages)
    finally:
        plan_path(angers).unlink()
    capsys.readouterr()


@pytest.mark.slow
def test_odt_opens_in_libreoffice(export, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    path = export("odt", "fr")
    result = subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "HOME": str(tmp_path)},  # a private LibreOffice profile
    )
    converted = tmp_path / "lo" / "debrief-fr.pdf"
    assert converted.exists(), result.stderr
    text = "".join(page.extract_text() for page in PdfReader(converted).pages)
    assert "Plan d'action" in text


def test_many_services_split_the_chart_so_it_fits_a_page(qapp, angers, tmp_path):
    from dataclasses import replace

    from crisis_sim.core.debrief import open_debrief
    from crisis_sim.export.i18n import use_language
    from crisis_sim.export.report_build import LANES_PER_CHART, build_report
    from crisis_sim.export.report_model import Chart
    from crisis_sim.export.report_odt import write_report_odt
    from crisis_sim.export.report_pdf import write_report_pdf

    use_language("en")
    opened = open_debrief(angers)
    debrief = replace(opened.debrief, lanes=opened.debrief.lanes * 4)  # 68 services
    report = build_report(debrief, opened.plan, plan_saved=False)
    charts = [b for b in report.section("levels").blocks if isinstance(b, Chart)]
    assert [len(c.lanes) for c in charts] == [LANES_PER_CHART, LANES_PER_CHART, 8]
    assert write_report_pdf(report, tmp_path / "big.pdf") > 10
    write_report_odt(report, tmp_path / "big.odt")
    with zipfile.ZipFile(tmp_path / "big.odt") as archive:
        assert "Pictures/chart-3.svg" in archive.namelist()


def test_a_text_longer_than_a_page_continues_on_the_next(qapp, angers, tmp_path):
    from dataclasses import replace

    from crisis_sim.core.debrief import open_debrief
    from crisis_sim.core.exercise.wording import Words
    from crisis_sim.export.i18n import use_language
    from crisis_sim.export.report_build import build_report
    from crisis_sim.export.report_pdf import write_report_pdf

    use_language("fr")
    opened = open_debrief(angers)
    long = "Un très long texte de stimulus. " * 400
    stimuli = list(opened.debrief.stimuli)
    stimuli[0] = replace(stimuli[0], title=Words(long, long))
    debrief = replace(opened.debrief, stimuli=tuple(stimuli))
    report = build_report(debrief, opened.plan, plan_saved=False)
    assert write_report_pdf(report, tmp_path / "long.pdf") > 27

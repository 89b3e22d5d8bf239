"""Scenarios at the edges: nearly empty, very long texts, characters the font may not have."""

from __future__ import annotations

from pathlib import Path

from kit_scenario import KIT_SCENARIO

MINIMAL = """\
meta:
  id: vide
  format: 1
  title: Presque vide
  t0: 2021-01-15T23:00:00+01:00
  duration: 2h
organisation: {name: Hameau, kind: commune, population: 90, agents: 1}
roles:
  - {id: maire, kind: elected, name: Maire}
nodes:
  - {id: poste, kind: workstations, name: Poste}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "edge.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_nearly_empty_scenario_still_makes_both_kits(paper_kit, tmp_path):
    run = paper_kit(str(_write(tmp_path, MINIMAL)), "--lang", "en")
    assert run.code == 0, run.err
    text = " ".join(" ".join(run.pages()).split())
    assert "This scenario has no stimulus." in text
    assert "This scenario sets no objective." in text
    assert "This scenario names no public service." in text
    assert "First-hour checklist" in text


def test_a_very_long_inject_text_flows_over_sheets_at_full_size(paper_kit, tmp_path):
    long_text = "Un très long message du groupe criminel. " * 150
    scenario = KIT_SCENARIO.replace(
        "fr: 'Payez. <font size=\"40\">gros</font> &amp; <br/> fin'", f"fr: '{long_text}'"
    )
    run = paper_kit(str(_write(tmp_path, scenario)), "--kit", "exercise")
    assert run.code == 0, run.err
    pages = run.pages()
    first = next(i for i, text in enumerate(pages) if "S01 · ANIMATION" in text)
    assert "groupe criminel" in pages[first + 1]  # continued, not shrunk to fit one sheet
    assert "Refuser de payer la rançon" in pages[first + 1]
    assert "S02 · ANIMATION" in pages[first + 2]  # the next card starts a fresh sheet


def test_a_long_title_emoji_and_control_characters_do_not_break_the_kit(paper_kit, tmp_path):
    title = "Très long titre " * 12 + "🔥 fin\\u0007"
    scenario = KIT_SCENARIO.replace(
        'title: {fr: "<b>x</b> & co", en: "<b>x</b> & co"}', f'title: "{title}"'
    )
    run = paper_kit(str(_write(tmp_path, scenario)))
    assert run.code == 0, run.err
    head = run.pages()[1].splitlines()
    assert any(line.startswith("Très long titre") and line.endswith("…") for line in head)

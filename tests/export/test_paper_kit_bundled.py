"""The bundled scenarios and the format's example make complete kits in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisis_sim.core.scenario.bundled import bundled_scenarios

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "docs" / "examples" / "petite-mairie.yaml"


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        *[(scenario_id, "fr") for scenario_id in bundled_scenarios()],
        ("commune-3500", "en"),
        (str(EXAMPLE), "en"),
    ],
)
def test_kit_of_a_real_scenario(paper_kit, name, lang):
    run = paper_kit(name, "--lang", lang)
    assert run.code == 0, run.err
    pages = run.pages()
    assert len(pages) > 10
    assert "EXERCICE — EXERCISE" in pages[0]

"""The bundled scenarios: valid, as rich as the product promises, and well reported when broken."""

from __future__ import annotations

import pytest
from scenario_text import line_of

from crisis_sim.core.scenario.bundled import bundled_scenarios
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model_graph import NodeKind

BUNDLED = bundled_scenarios()


def _load(scenario_id: str):
    result = load_scenario(BUNDLED[scenario_id])
    assert result.ok, [p.render() for p in result.problems]
    return result.scenario


def test_both_reference_scenarios_are_bundled():
    assert {"angers-2021", "commune-3500"} <= set(BUNDLED)


@pytest.mark.parametrize("scenario_id", sorted(BUNDLED))
def test_bundled_scenario_is_valid_and_named_by_its_id(scenario_id):
    result = load_scenario(BUNDLED[scenario_id])
    assert [p.render() for p in result.problems if p.severity.value == "error"] == []
    assert result.scenario.id == scenario_id


def test_angers_is_as_rich_as_promised():
    angers = _load("angers-2021")
    kinds = {node.kind for node in angers.nodes}
    assert len(angers.nodes) >= 60
    assert len(angers.functions) >= 12
    assert len(angers.zones) >= 2
    assert len(angers.fallbacks) >= 6
    assert len(angers.injects) >= 30
    assert len(angers.channels) >= 6
    assert len(angers.decisions) >= 12
    assert 3 <= len(angers.objectives) <= 4
    assert {NodeKind.SERVER, NodeKind.WORKSTATIONS, NodeKind.PUBLIC_SERVICE} <= kinds


def test_angers_chronogramme_spans_j0_to_j3_with_conditional_and_reserve_injects():
    angers = _load("angers-2021")
    timed = [inject.at for inject in angers.injects if inject.at is not None]
    days = {(angers.meta.t0.hour * 3600 + t) // 86400 for t in timed}
    assert days == {0, 1, 2, 3}
    assert any(inject.when is not None for inject in angers.injects)
    assert any(inject.reserve for inject in angers.injects)


def test_angers_attack_starts_with_the_mayors_account_then_two_waves():
    steps = sorted(_load("angers-2021").attack.steps, key=lambda step: step.at)
    hijack = next(step for step in steps if step.kind.value == "account-takeover")
    assert "compte-twitter-maire" in hijack.targets
    assert sum(step.effect.value == "encrypt" for step in steps) >= 2


def test_angers_marks_real_facts_with_sources():
    angers = _load("angers-2021")
    sources = {source.id for source in angers.meta.sources}
    real = [node for node in angers.nodes if node.basis.value == "real"]
    assert real
    assert all(set(node.sources) <= sources and node.sources for node in real)
    assert angers.meta.fiction is not None


def test_angers_texts_exist_in_french_and_english():
    angers = _load("angers-2021")
    texts = [inject.text for inject in angers.injects] + [d.label for d in angers.decisions]
    assert all(text.fr and text.en for text in texts)


def test_commune_3500_is_as_rich_as_promised():
    commune = _load("commune-3500")
    assert commune.organisation.population == 3500
    assert len(commune.nodes) >= 25
    assert len(commune.injects) >= 15


def test_a_broken_copy_of_angers_reports_all_three_problems_with_their_lines(tmp_path):
    text = BUNDLED["angers-2021"].read_text(encoding="utf-8")
    broken = (
        text.replace(
            "    criticality: medium\n    basis: real\n",
            "    criticalty: medium\n    basis: real\n",
            1,
        )
        .replace("    at: J+0 23:55\n", "    at: J+0 25:55\n", 1)
        .replace(
            "  - id: reseaux-sociaux-ville\n",
            "  - id: reseaux-sociaux-ville\n    needs: [fai-operateur-x]\n",
            1,
        )
    )
    path = tmp_path / "angers-copy.yaml"
    path.write_text(broken, encoding="utf-8")
    found = {(p.code, p.location.line) for p in load_scenario(path).problems}
    assert found == {
        ("unknown-key", line_of(broken, "criticalty: medium")),
        ("invalid", line_of(broken, "at: J+0 25:55")),
        ("unknown-reference", line_of(broken, "needs: [fai-operateur-x]")),
    }

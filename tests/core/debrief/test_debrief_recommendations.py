"""Every recommendation id the debrief emits is in the catalogue; an unknown one fails. They
are gathered without duplicates and ranked by how many findings call for them, how serious."""

from __future__ import annotations

import pytest

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.core.debrief import Finding, FindingKind, Severity, UnknownRecommendationError
from crisis_sim.core.debrief.action_texts import ACTIONS, action_text
from crisis_sim.core.debrief.model import links
from crisis_sim.core.debrief.recommendations import check_ids, rank_recommendations
from crisis_sim.core.exercise.wording import Words

EVERYTHING = """\
- at: H+2 M+5
  decide: eteindre
  by: dsi
- decide: payer
  by: maire
- decide: fiches
  by: dgs
- decide: courrier-papier
  by: dgs
- at: H+3 M+30
  mark: {reaction: r-point, status: partial, comment: "Court"}
- at: H+8
  decide: papier
  by: dgs
- at: H+12
  finex: true
"""


def _finding(name: str, severity: Severity, rec_ids: tuple[str, ...]) -> Finding:
    return Finding(
        name,
        FindingKind.BAD_DECISION,
        severity,
        Words(name, name),
        Words(name, name),
        recommendations=links(rec_ids, "fr", "en"),
    )


def test_every_id_the_findings_cite_is_in_the_catalogue(debrief):
    result = debrief(EVERYTHING)
    catalogue = load_catalogue()
    cited = {rec_id for f in result.findings for rec_id in f.recommendation_ids}
    assert cited
    assert cited <= set(catalogue.ids)
    assert {r.id for r in result.recommendations} == cited


def test_an_unknown_id_fails():
    with pytest.raises(UnknownRecommendationError, match="ANSSI-HYG-99"):
        check_ids([_finding("x", Severity.MAJOR, ("ANSSI-HYG-99",))])
    with pytest.raises(UnknownRecommendationError):
        rank_recommendations([_finding("x", Severity.MAJOR, ("NOT-AN-ID",))])


def test_the_action_texts_name_real_ids():
    assert set(ACTIONS) <= set(load_catalogue().ids)
    assert "ANSSI-HYG-22" not in ACTIONS
    assert action_text("ANSSI-HYG-22").en.startswith("Put into practice")


def test_recommendations_are_deduplicated_and_ranked():
    findings = [
        _finding("a", Severity.MINOR, ("ANSSI-HYG-37", "ANSSI-HYG-37")),
        _finding("b", Severity.MINOR, ("ANSSI-HYG-37",)),
        _finding("c", Severity.CRITICAL, ("ANSSI-RANSOM-NO-RANSOM",)),
        _finding("d", Severity.POSITIVE, ("ANSSI-COM-GUIDE",)),
    ]
    ranked = rank_recommendations(findings)
    assert [r.id for r in ranked] == ["ANSSI-RANSOM-NO-RANSOM", "ANSSI-HYG-37", "ANSSI-COM-GUIDE"]
    assert ranked[1].finding_ids == ("a", "b")
    assert ranked[1].score == 2
    assert ranked[2].confirmed_only
    assert ranked[0].title.fr == "Ne pas payer la rançon"
    assert "ANSSI" in ranked[0].source.fr


def test_findings_come_most_serious_first(debrief):
    severities = [f.severity.weight for f in debrief(EVERYTHING).findings]
    assert severities == sorted(severities, reverse=True)


def test_the_debrief_is_a_pure_function_of_the_session(debrief):
    first, second = debrief(EVERYTHING), debrief(EVERYTHING)
    assert [f.to_json() for f in first.findings] == [f.to_json() for f in second.findings]

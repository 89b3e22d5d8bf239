"""Decisions with bad consequences and good ones; the objectives met, partly met or not."""

from __future__ import annotations

from debrief_scenario import ids

from crisis_sim.core.debrief import FindingKind, Severity

FINEX = "- at: H+6\n  finex: true\n"


def _decide(decision: str, at: str = "H+2 M+10", by: str = "dsi") -> str:
    return f"- at: {at}\n  decide: {decision}\n  by: {by}\n"


def test_paying_the_ransom_is_critical(debrief):
    finding = debrief(_decide("payer", by="maire") + FINEX).finding("ransom-paid:payer")
    assert finding.severity is Severity.CRITICAL
    assert finding.recommendation_ids == ("ANSSI-RANSOM-NO-RANSOM",)
    assert "No guarantee." in finding.summary.en
    assert "ransom-paid:payer" not in ids(debrief(FINEX))


def test_switching_off_before_the_evidence_was_kept(debrief):
    finding = debrief(_decide("eteindre") + FINEX).finding("evidence-lost:eteindre")
    assert "ANSSI-RANSOM-STANDBY" in finding.recommendation_ids


def test_switching_off_after_the_evidence_was_kept_is_no_finding(debrief):
    script = _decide("preuves", "H+2 M+5") + _decide("eteindre") + FINEX
    result = debrief(script)
    assert "evidence-lost:eteindre" not in ids(result)
    assert "good-decision:preuves" in ids(result)


def test_other_bad_practice(debrief):
    finding = debrief(_decide("contacter-attaquant") + FINEX).finding(
        "bad-decision:contacter-attaquant"
    )
    assert finding.severity is Severity.MAJOR


def test_good_practice_with_its_rationale(debrief):
    finding = debrief(_decide("isoler") + FINEX).finding("good-decision:isoler")
    assert finding.positive
    assert "Cuts the attacker off." in finding.summary.en
    assert "IT" in finding.summary.en  # who took it
    assert "good-decision:isoler" not in ids(debrief(FINEX))


def test_objective_met(debrief):
    finding = debrief(_decide("isoler") + FINEX).finding("objective:contenir")
    assert finding.kind is FindingKind.OBJECTIVE_MET
    assert "taken at J+0 10:10" in finding.summary.en


def test_objective_partly_met_when_the_decision_came_late(debrief):
    finding = debrief(_decide("isoler", "H+3 M+30") + FINEX).finding("objective:contenir")
    assert finding.kind is FindingKind.OBJECTIVE_PARTLY_MET
    assert "late" in finding.summary.en


def test_objective_not_met(debrief):
    finding = debrief(FINEX).finding("objective:contenir")
    assert finding.kind is FindingKind.OBJECTIVE_NOT_MET
    assert "not taken" in finding.summary.en

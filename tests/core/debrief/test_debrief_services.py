"""Services past their maximum tolerable downtime, and paper fallbacks: used in time, late,
not prepared, or missing; none of these when the service recovered or paper came in time."""

from __future__ import annotations

from debrief_scenario import ids

from crisis_sim.core.debrief import FindingKind, Severity

FINEX = "- at: H+12\n  finex: true\n"
PAPER_AT_ONCE = """\
- at: H+2 M+5
  decide: papier
  by: dgs
"""


def test_a_service_down_past_its_mtd_says_by_how_long_and_for_how_many(debrief):
    finding = debrief(FINEX).finding("service-past-mtd:etat-civil")
    assert finding.severity is Severity.CRITICAL  # a vital service
    assert "6 h longer than it can bear" in finding.title.en
    assert "2,000 people" in finding.summary.en
    assert "still down when play ended" in finding.summary.en


def test_paper_in_time_keeps_a_service_within_its_mtd(debrief):
    result = debrief(PAPER_AT_ONCE + FINEX)
    assert "service-past-mtd:etat-civil" not in ids(result)
    finding = result.finding("fallback-used:registre")
    assert finding.positive
    assert "50 %" in finding.summary.en


def test_a_service_restored_in_time_is_not_past_its_mtd(debrief):
    script = """\
- at: H+2 M+5
  decide: isoler
  by: dsi
- decide: restaurer
  by: dsi
- at: H+12
  finex: true
"""
    # The server comes back after 2 h, but the DNS server stays encrypted: the civil registry
    # still depends on it. Only what the restore fixed must be free of findings.
    result = debrief(script, redundant_dns=True)
    assert "service-past-mtd:bibliotheque" not in ids(result)


def test_paper_started_late_is_a_finding(debrief):
    script = "- at: H+8\n  decide: papier\n  by: dgs\n" + FINEX
    result = debrief(script)
    finding = result.finding("fallback-late:registre")
    assert finding.kind is FindingKind.FALLBACK_LATE
    assert finding.severity is Severity.MAJOR  # the service passed its mtd before paper
    assert "fallback-used:registre" not in ids(result)


def test_an_unprepared_fallback_is_a_finding(debrief):
    result = debrief("- at: H+2 M+5\n  decide: fiches\n  by: dgs\n" + FINEX)
    finding = result.finding("fallback-unprepared:fiches")
    assert "3 h" in finding.summary.en
    assert {"ANSSI-EXE-F11", "ANSSI-CRISE-CONTINUITY"} <= set(finding.recommendation_ids)


def test_a_service_with_no_fallback_down_past_its_mtd_has_one_missing(debrief):
    finding = debrief(FINEX).finding("fallback-missing:accueil")
    assert "no paper fallback" in finding.title.en


def test_no_fallback_is_missing_before_the_service_needed_one(debrief):
    assert "fallback-missing:accueil" not in ids(debrief("- at: H+3\n  finex: true\n"))


def test_a_planned_fallback_nobody_started_is_missing(debrief):
    finding = debrief(FINEX).finding("fallback-missing:etat-civil")
    assert "Paper register" in finding.summary.en
    assert "fallback-missing:etat-civil" not in ids(debrief(PAPER_AT_ONCE + FINEX))


def test_a_fallback_that_cannot_work_without_preparation_is_missing(debrief):
    result = debrief("- at: H+2 M+5\n  decide: courrier-papier\n  by: dgs\n" + FINEX)
    assert "could not be set up" in result.finding("fallback-missing:courrier-papier").title.en

"""Expected reactions: missed, late, partly done, and silence towards the press; none of them
when the reaction came in time."""

from __future__ import annotations

from debrief_scenario import ids

from crisis_sim.core.debrief import FindingKind, Severity, build_debrief

ON_TIME = """\
- at: H+2 M+10
  decide: isoler
  by: dsi
- at: H+2 M+30
  mark: {reaction: r-presse, status: observed}
- at: H+3 M+30
  mark: {reaction: r-point, status: observed}
- at: H+5
  finex: true
"""


def test_reactions_in_time_give_no_reaction_finding(debrief):
    result = debrief(ON_TIME)
    kinds = {f.kind for f in result.findings}
    assert not kinds & {
        FindingKind.REACTION_MISSED,
        FindingKind.REACTION_LATE,
        FindingKind.REACTION_PARTIAL,
        FindingKind.COMMUNICATION_SILENCE,
    }


def test_a_reaction_marked_missed_is_a_finding_with_its_evidence(debrief):
    result = debrief(ON_TIME.replace("r-point, status: observed", "r-point, status: missed"))
    finding = result.finding("reaction-missed:r-point")
    assert finding.severity is Severity.MAJOR
    assert finding.recommendation_ids == ("ANSSI-CRISE-GUIDE",)
    assert any(e.startswith("log-") for e in finding.entries)
    assert "Write a situation report" in finding.title.en
    assert finding.recommendations[0].rationale.fr


def test_a_reaction_never_marked_past_its_deadline_is_missed(debrief):
    script = ON_TIME.replace("- at: H+3 M+30\n  mark: {reaction: r-point, status: observed}\n", "")
    assert "reaction-missed:r-point" in ids(debrief(script))


def test_a_reaction_still_within_its_deadline_at_finex_is_not_judged(debrief):
    script = """\
- at: H+2 M+10
  decide: isoler
  by: dsi
- at: H+2 M+30
  mark: {reaction: r-presse, status: observed}
- at: H+3 M+10
  finex: true
"""
    assert "reaction-missed:r-point" not in ids(debrief(script))


def test_a_reaction_after_its_deadline_is_late(debrief):
    script = """\
- at: H+2 M+30
  mark: {reaction: r-presse, status: observed}
- at: H+3 M+20
  decide: isoler
  by: dsi
- at: H+3 M+30
  mark: {reaction: r-point, status: observed}
- at: H+5
  finex: true
"""
    finding = debrief(script).finding("reaction-late:r-isoler")
    assert finding.severity is Severity.MINOR
    assert "20 min after the deadline" in finding.summary.en


def test_a_partial_reaction_keeps_the_observer_comment(debrief):
    script = ON_TIME.replace(
        "r-point, status: observed}", 'r-point, status: partial, comment: "Trop long"}'
    )
    finding = debrief(script).finding("reaction-partial:r-point")
    assert "Trop long" in finding.summary.fr


def test_no_answer_to_the_press_is_a_silence(debrief):
    script = ON_TIME.replace("- at: H+2 M+30\n  mark: {reaction: r-presse, status: observed}\n", "")
    result = debrief(script)
    finding = result.finding("communication-silence:r-presse")
    assert finding.kind is FindingKind.COMMUNICATION_SILENCE
    assert "ANSSI-COM-GUIDE" in finding.recommendation_ids
    assert "reaction-missed:r-presse" not in ids(result)


def test_the_evidence_names_the_observer_not_its_id(played):
    """The evidence of a finding (its log entries, with who wrote them) names the observer
    and the exercise director as the console's log does, never by the ids "observateur" and
    "direx", which elected officials would read as a slip."""
    script = ON_TIME.replace(
        "r-point, status: observed}", "r-point, status: missed}\n  by: observateur"
    )
    script += "- note: RETEX à chaud.\n  by: direx\n"
    session = played(script)
    finding = build_debrief(session).finding("reaction-missed:r-point")
    entries = {entry.id: entry for entry in session.log.entries}
    roles = [entries[e].role for e in finding.entries] + [session.log.entries[-1].role]
    names = {(session.wording.who(r, "fr"), session.wording.who(r, "en")) for r in roles}
    assert {("Observateur", "Observer"), ("DIREX", "Exercise director")} <= names
    assert not {"observateur", "direx", "animation"} & {name for pair in names for name in pair}

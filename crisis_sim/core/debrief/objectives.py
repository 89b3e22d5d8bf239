"""Findings on the exercise's objectives: met, partly met or not met, with the evidence.

Each piece of evidence an objective lists is judged on its own: a decision taken (by its time,
when one is given), an expected reaction observed (partly observed counts half), a paper
fallback started (by its time). All met: the objective is met; none: not met; else partly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from crisis_sim.core.debrief.fallbacks import armed_at
from crisis_sim.core.debrief.model import Finding, FindingKind, Severity, links
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.text import at_time, decision_label, quote_en, quote_fr
from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model_decisions import Evidence, Objective


@dataclass(frozen=True)
class Proof:
    """One piece of evidence judged: 1 met, 0.5 partly, 0 not; what it was, what happened."""

    score: float
    text: Words
    entries: tuple[str, ...] = ()
    t: int | None = None


def objective_findings(record: SessionRecord) -> Iterator[Finding]:
    for objective in record.scenario.objectives:
        yield _finding(record, objective)


def judge(record: SessionRecord, evidence: Evidence) -> Proof:
    if evidence.decision is not None:
        return _decision(record, evidence)
    if evidence.reaction is not None:
        return _reaction(record, evidence)
    return _fallback(record, evidence)


def _deadline(record: SessionRecord, evidence: Evidence) -> tuple[str, str]:
    if evidence.by is None:
        return "", ""
    when = at_time(record.scenario, evidence.by)
    return f" avant {when}", f" by {when}"


def _decision(record: SessionRecord, evidence: Evidence) -> Proof:
    decision = evidence.decision or ""
    label = decision_label(record.scenario, decision)
    by_fr, by_en = _deadline(record, evidence)
    t = record.first_taken(decision)
    entry = record.decision_entry(decision)
    entries = (entry.id,) if entry else ()
    if t is None:
        result = ("non prise", "not taken")
        score = 0.0
    else:
        when = at_time(record.scenario, t)
        in_time = evidence.by is None or t <= evidence.by
        score = 1.0 if in_time else 0.5
        result = (f"prise à {when}", f"taken at {when}")
        if not in_time:
            result = (result[0] + ", en retard", result[1] + ", late")
    return Proof(
        score,
        Words(
            f"Décision {quote_fr(label.fr)}{by_fr} : {result[0]}.",
            f"Decision {quote_en(label.en)}{by_en}: {result[1]}.",
        ),
        entries,
        t,
    )


def _reaction(record: SessionRecord, evidence: Evidence) -> Proof:
    state = record.session.reactions.get(evidence.reaction or "")
    text = state.reaction.text
    mark = state.mark
    if mark is None:
        score, result = 0.0, ("non observée", "not observed")
        if state.opened_at is None:
            result = ("stimulus non joué", "stimulus not played")
    elif mark.status is ReactionMark.OBSERVED:
        score, result = (
            (0.5, ("observée, en retard", "observed, late"))
            if mark.late
            else (
                1.0,
                ("observée", "observed"),
            )
        )
    elif mark.status is ReactionMark.PARTIAL:
        score, result = 0.5, ("partiellement observée", "partly observed")
    else:
        score, result = 0.0, ("non observée", "missed")
    return Proof(
        score,
        Words(
            f"Réaction {quote_fr(text.get('fr'))} : {result[0]}.",
            f"Reaction {quote_en(text.get('en'))}: {result[1]}.",
        ),
        record.entry_ids(EntryKind.OBSERVATION, state.id),
        mark.t if mark else None,
    )


def _fallback(record: SessionRecord, evidence: Evidence) -> Proof:
    fallback = record.scenario.fallback_by_id[evidence.fallback or ""]
    node = record.scenario.node_by_id[fallback.function]
    by_fr, by_en = _deadline(record, evidence)
    t = armed_at(record, node, fallback)
    name = fallback.name
    if t is None:
        score, result = 0.0, ("pas mis en place", "not started")
    else:
        in_time = evidence.by is None or t <= evidence.by
        when = at_time(record.scenario, t)
        score = 1.0 if in_time else 0.5
        result = (f"lancé à {when}", f"started at {when}")
        if not in_time:
            result = (result[0] + ", en retard", result[1] + ", late")
    return Proof(
        score,
        Words(
            f"Mode papier {quote_fr(name.get('fr'))}{by_fr} : {result[0]}.",
            f"Paper fallback {quote_en(name.get('en'))}{by_en}: {result[1]}.",
        ),
        (),
        t,
    )


def _finding(record: SessionRecord, objective: Objective) -> Finding:
    proofs = [judge(record, evidence) for evidence in objective.evidence]
    total = sum(p.score for p in proofs)
    if total == len(proofs):
        kind, severity = FindingKind.OBJECTIVE_MET, Severity.POSITIVE
        verdict = ("Objectif atteint", "Objective met")
    elif total == 0:
        kind, severity = FindingKind.OBJECTIVE_NOT_MET, Severity.MAJOR
        verdict = ("Objectif non atteint", "Objective not met")
    else:
        kind, severity = FindingKind.OBJECTIVE_PARTLY_MET, Severity.MINOR
        verdict = ("Objectif partiellement atteint", "Objective partly met")
    title = objective.title
    recs = links(
        objective.recommendations,
        f"Recommandation visée par l'objectif {quote_fr(title.get('fr'))}.",
        f"Guidance the objective {quote_en(title.get('en'))} aims at.",
    )
    return Finding(
        f"objective:{objective.id}",
        kind,
        severity,
        Words(f"{verdict[0]} : {title.get('fr')}", f"{verdict[1]}: {title.get('en')}"),
        Words(" ".join(p.text.fr for p in proofs), " ".join(p.text.en for p in proofs)),
        objective.id,
        tuple(e for p in proofs for e in p.entries),
        tuple(p.t for p in proofs if p.t is not None),
        recs,
    )

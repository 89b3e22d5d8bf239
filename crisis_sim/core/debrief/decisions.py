"""Findings on the decisions taken: good practice, bad practice, and two bad moves named apart.

The scenario says which of its decisions are good or bad practice, why, and which
recommendations they follow or break. Two bad moves weigh most: paying the ransom, and
switching machines off before the evidence was kept (a decision that shuts nodes down, taken
before any decision keeping machines in standby).
"""

from __future__ import annotations

from collections.abc import Iterator

from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity, links
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.text import at_time, quote_en, quote_fr
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.fields import Text
from crisis_sim.core.scenario.model_decisions import Decision, Practice

NO_RANSOM = "ANSSI-RANSOM-NO-RANSOM"
STANDBY = "ANSSI-RANSOM-STANDBY"


def decision_findings(record: SessionRecord) -> Iterator[Finding]:
    for decision in record.scenario.decisions:
        t = record.first_taken(decision.id)
        if t is None:
            continue
        kind = _kind(record, decision, t)
        if kind is not None:
            yield _finding(record, decision, t, kind)


def _kind(record: SessionRecord, decision: Decision, t: int) -> FindingKind | None:
    if _pays(decision):
        return FindingKind.RANSOM_PAID
    if _shuts_down(decision) and not _evidence_kept_before(record, t):
        return FindingKind.EVIDENCE_LOST
    if decision.practice is Practice.BAD:
        return FindingKind.BAD_DECISION
    if decision.practice is Practice.GOOD:
        return FindingKind.GOOD_DECISION
    return None


def _pays(decision: Decision) -> bool:
    return decision.practice is Practice.BAD and NO_RANSOM in decision.recommendations


def _shuts_down(decision: Decision) -> bool:
    return any(effect.shut_down for effect in decision.effects)


def _evidence_kept_before(record: SessionRecord, t: int) -> bool:
    """A good decision following the standby advice was taken at or before ``t``."""
    return any(
        d.practice is Practice.GOOD
        and STANDBY in d.recommendations
        and (taken := record.first_taken(d.id)) is not None
        and taken <= t
        for d in record.scenario.decisions
    )


_TITLES = {
    FindingKind.RANSOM_PAID: ("Rançon payée : {fr}", "Ransom paid: {en}"),
    FindingKind.EVIDENCE_LOST: (
        "Machines éteintes avant de garder les preuves : {fr}",
        "Machines switched off before the evidence was kept: {en}",
    ),
    FindingKind.BAD_DECISION: ("Décision à éviter : {fr}", "Decision to avoid: {en}"),
    FindingKind.GOOD_DECISION: ("Bonne décision : {fr}", "Good decision: {en}"),
}
_SEVERITY = {
    FindingKind.RANSOM_PAID: Severity.CRITICAL,
    FindingKind.EVIDENCE_LOST: Severity.CRITICAL,
    FindingKind.BAD_DECISION: Severity.MAJOR,
    FindingKind.GOOD_DECISION: Severity.POSITIVE,
}


def _finding(record: SessionRecord, decision: Decision, t: int, kind: FindingKind) -> Finding:
    label = Words(decision.label.get("fr"), decision.label.get("en"))
    title_fr, title_en = _TITLES[kind]
    when = at_time(record.scenario, t)
    entry = record.decision_entry(decision.id)
    who = record.session.wording.who(entry.role, "fr") if entry else ""
    who_en = record.session.wording.who(entry.role, "en") if entry else ""
    why = decision.rationale
    summary = Words(
        f"Prise à {when}" + (f" par {who}" if who else "") + "." + _why(why, "fr"),
        f"Taken at {when}" + (f" by {who_en}" if who_en else "") + "." + _why(why, "en"),
    )
    return Finding(
        f"{kind.value}:{decision.id}",
        kind,
        _SEVERITY[kind],
        Words(title_fr.format(fr=label.fr), title_en.format(en=label.en)),
        summary,
        decision.id,
        record.entry_ids(EntryKind.DECISION, decision.id)[:1],
        (t,),
        _recommendations(decision, kind),
    )


def _why(rationale: Text | None, lang: str) -> str:
    if rationale is None:
        return ""
    return " " + rationale.get(lang).strip()


def _recommendations(decision: Decision, kind: FindingKind) -> tuple[RecommendationLink, ...]:
    label = decision.label
    if kind is FindingKind.GOOD_DECISION:
        result = links(
            decision.recommendations,
            f"La décision {quote_fr(label.get('fr'))} applique cette recommandation.",
            f"The decision {quote_en(label.get('en'))} follows this guidance.",
        )
    else:
        result = links(
            decision.recommendations,
            f"La décision {quote_fr(label.get('fr'))} va à l'encontre de cette recommandation.",
            f"The decision {quote_en(label.get('en'))} goes against this guidance.",
        )
    if kind is FindingKind.EVIDENCE_LOST and STANDBY not in decision.recommendations:
        result += links(
            (STANDBY,),
            "Isoler et mettre en veille plutôt qu'éteindre garde la mémoire des machines.",
            "Isolating and using standby rather than switching off keeps the machines' memory.",
        )
    if kind is FindingKind.RANSOM_PAID and NO_RANSOM not in decision.recommendations:
        result += links((NO_RANSOM,), "Payer ne garantit rien.", "Paying guarantees nothing.")
    return result

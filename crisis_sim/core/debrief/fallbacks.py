"""Findings on paper fallbacks: used in time, used late, not prepared, or missing when needed.

A fallback is *needed* once its function is down. It is *in time* when it worked no more than
``GRACE`` after the earliest moment it could have (the loss of the function plus its prepared
activation delay). A function down past its maximum tolerable downtime (or ``NEEDED_AFTER``
when it has none) with no fallback started has a fallback *missing*: either one exists in
the scenario and nobody started it, or none was ever written.
"""

from __future__ import annotations

from collections.abc import Iterator

from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity, links
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.services import SEVERITY_OF_CRITICALITY, longest_outage
from crisis_sim.core.debrief.text import at_time, quote_en, quote_fr, spoken_duration
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.gametime import HOUR
from crisis_sim.core.scenario.model_graph import Fallback, FallbackStart, Node

GRACE = 1 * HOUR
NEEDED_AFTER = 4 * HOUR


def fallback_findings(record: SessionRecord) -> Iterator[Finding]:
    for node in record.scenario.functions:
        if not record.outages(node.id):
            continue
        fallbacks = [f for f in record.scenario.fallbacks if f.function == node.id]
        started = [f for f in fallbacks if armed_at(record, node, f) is not None]
        for fallback in started:
            yield _started(record, node, fallback)
        if not started and _needed(record, node):
            yield _missing(record, node, fallbacks)


def armed_at(record: SessionRecord, node: Node, fallback: Fallback) -> int | None:
    """When the fallback was set going: by a decision, or at the function's first loss."""
    if fallback.starts is FallbackStart.AUTOMATIC:
        outages = record.outages(node.id)
        return outages[0].start if outages else None
    times = [
        t
        for decision in record.scenario.decisions
        if any(e.activate_fallback == fallback.id for e in decision.effects)
        and (t := record.first_taken(decision.id)) is not None
    ]
    return min(times, default=None)


def _activating_entries(record: SessionRecord, fallback: Fallback) -> tuple[str, ...]:
    return tuple(
        entry_id
        for decision in record.scenario.decisions
        if any(e.activate_fallback == fallback.id for e in decision.effects)
        for entry_id in record.entry_ids(EntryKind.DECISION, decision.id)[:1]
    )


def _needed(record: SessionRecord, node: Node) -> bool:
    outage = longest_outage(record, node.id)
    limit = node.mtd if node.mtd is not None else NEEDED_AFTER
    return outage is not None and outage.length > limit


def _started(record: SessionRecord, node: Node, fallback: Fallback) -> Finding:
    armed = armed_at(record, node, fallback)
    assert armed is not None
    delay = fallback.activation if fallback.prepared else fallback.unprepared_activation
    if delay is None:
        return _never_worked(record, node, fallback, armed)
    works = armed + delay  # may fall after the end of play: it was started too late
    loss = record.outages(node.id)[0].start
    lateness = works - (loss + fallback.activation)
    if not fallback.prepared:
        return _unprepared(record, node, fallback, armed, works)
    if lateness > GRACE:
        return _late(record, node, fallback, loss, works, lateness)
    return _in_time(record, node, fallback, works)


def _names(node: Node, fallback: Fallback) -> tuple[Words, Words]:
    return (
        Words(node.name.get("fr"), node.name.get("en")),
        Words(fallback.name.get("fr"), fallback.name.get("en")),
    )


def _in_time(record: SessionRecord, node: Node, fallback: Fallback, works: int) -> Finding:
    name, paper = _names(node, fallback)
    title = Words(
        f"Mode papier à temps : {paper.fr}",
        f"Paper fallback in time: {paper.en}",
    )
    share = round(fallback.capacity * 100)
    summary = Words(
        f"{name.fr} a continué sur papier dès {at_time(record.scenario, works)}, "
        f"à {share} % de l'activité habituelle.",
        f"{name.en} carried on on paper from {at_time(record.scenario, works)}, "
        f"at {share} % of normal service.",
    )
    recs = _own_recommendations(fallback)
    return _make(
        record,
        FindingKind.FALLBACK_USED,
        Severity.POSITIVE,
        fallback,
        title,
        summary,
        (works,),
        recs,
    )


def _late(
    record: SessionRecord, node: Node, fallback: Fallback, loss: int, works: int, lateness: int
) -> Finding:
    name, paper = _names(node, fallback)
    late = spoken_duration(lateness)
    past_mtd = node.mtd is not None and works - loss > node.mtd
    title = Words(f"Mode papier tardif : {paper.fr}", f"Paper fallback late: {paper.en}")
    when = at_time(record.scenario, works)
    after_end = works > record.end
    worked = (
        (
            f"n'aurait fonctionné qu'à {when}, après la fin de l'exercice",
            f"would only work from {when}, after play ended",
        )
        if after_end
        else (f"n'a fonctionné qu'à {when}", f"worked only from {when}")
    )
    summary = Words(
        f"{name.fr} s'est arrêté à {at_time(record.scenario, loss)} ; le mode papier "
        f"{worked[0]}, {late.fr} plus tard que possible.",
        f"{name.en} stopped at {at_time(record.scenario, loss)}; the paper fallback "
        f"{worked[1]}, {late.en} later than it could have.",
    )
    recs = _own_recommendations(fallback) + links(
        ("ANSSI-CRISE-CONTINUITY",),
        "Décider du passage au papier dès la perte du service, sans attendre.",
        "Decide to switch to paper as soon as the service is lost, without waiting.",
    )
    severity = Severity.MAJOR if past_mtd else Severity.MINOR
    return _make(
        record, FindingKind.FALLBACK_LATE, severity, fallback, title, summary, (loss, works), recs
    )


def _unprepared(
    record: SessionRecord, node: Node, fallback: Fallback, armed: int, works: int
) -> Finding:
    name, paper = _names(node, fallback)
    took = spoken_duration(works - armed)
    could = spoken_duration(fallback.activation)
    title = Words(
        f"Mode papier non préparé : {paper.fr}", f"Paper fallback not prepared: {paper.en}"
    )
    summary = Words(
        f"Pour {name.fr}, sa mise en place prend {took.fr} faute de préparation, "
        f"contre {could.fr} s'il avait été prêt.",
        f"For {name.en}, setting it up takes {took.en} for want of preparation, "
        f"against {could.en} had it been ready.",
    )
    recs = _own_recommendations(fallback) + _prepare_links()
    return _make(
        record,
        FindingKind.FALLBACK_UNPREPARED,
        Severity.MINOR,
        fallback,
        title,
        summary,
        (armed, works),
        recs,
    )


def _never_worked(record: SessionRecord, node: Node, fallback: Fallback, armed: int) -> Finding:
    name, paper = _names(node, fallback)
    title = Words(
        f"Mode papier impossible à mettre en place : {paper.fr}",
        f"Paper fallback could not be set up: {paper.en}",
    )
    summary = Words(
        f"Demandé à {at_time(record.scenario, armed)} pour {name.fr}, il ne pouvait pas "
        "fonctionner : rien n'avait été préparé.",
        f"Asked for at {at_time(record.scenario, armed)} for {name.en}, it could not work: "
        "nothing had been prepared.",
    )
    recs = _own_recommendations(fallback) + _prepare_links()
    severity = SEVERITY_OF_CRITICALITY[node.criticality]
    return _make(
        record, FindingKind.FALLBACK_MISSING, severity, fallback, title, summary, (armed,), recs
    )


def _missing(record: SessionRecord, node: Node, fallbacks: list[Fallback]) -> Finding:
    name = Words(node.name.get("fr"), node.name.get("en"))
    outage = longest_outage(record, node.id)
    assert outage is not None
    length = spoken_duration(outage.length)
    if fallbacks:
        options = Words(
            ", ".join(quote_fr(f.name.get("fr")) for f in fallbacks),
            ", ".join(quote_en(f.name.get("en")) for f in fallbacks),
        )
        title = Words(
            f"{name.fr} : mode papier prévu mais pas utilisé",
            f"{name.en}: paper fallback planned but not used",
        )
        summary = Words(
            f"Service interrompu pendant {length.fr} alors que le plan prévoit {options.fr}.",
            f"Service down for {length.en} although the plan provides {options.en}.",
        )
    else:
        title = Words(f"{name.fr} : aucun mode papier", f"{name.en}: no paper fallback")
        summary = Words(
            f"Service interrompu pendant {length.fr} sans aucune procédure de remplacement.",
            f"Service down for {length.en} with no way of working without IT.",
        )
    recs = tuple(r for f in fallbacks for r in _own_recommendations(f)) + _prepare_links()
    return Finding(
        f"{FindingKind.FALLBACK_MISSING.value}:{node.id}",
        FindingKind.FALLBACK_MISSING,
        SEVERITY_OF_CRITICALITY[node.criticality],
        title,
        summary,
        node.id,
        record.entry_ids(EntryKind.SERVICE, node.id)[:1],
        (outage.start, outage.end),
        _unique(recs),
    )


def _own_recommendations(fallback: Fallback) -> tuple[RecommendationLink, ...]:
    return links(
        fallback.recommendations,
        f"Ce qui fonde le mode papier {quote_fr(fallback.name.get('fr'))}.",
        f"The guidance behind the paper fallback {quote_en(fallback.name.get('en'))}.",
    )


def _prepare_links() -> tuple[RecommendationLink, ...]:
    return links(
        ("ANSSI-EXE-F11", "ANSSI-CRISE-CONTINUITY"),
        "Préparer à l'avance formulaires, registres et procédures papier, et les imprimer.",
        "Prepare paper forms, registers and procedures in advance, and print them.",
    )


def _unique(recs: tuple[RecommendationLink, ...]) -> tuple[RecommendationLink, ...]:
    seen: dict[str, RecommendationLink] = {}
    for rec in recs:
        seen.setdefault(rec.id, rec)
    return tuple(seen.values())


def _make(
    record: SessionRecord,
    kind: FindingKind,
    severity: Severity,
    fallback: Fallback,
    title: Words,
    summary: Words,
    times: tuple[int, ...],
    recs: tuple[RecommendationLink, ...],
) -> Finding:
    entries = _activating_entries(record, fallback)
    entries += tuple(
        e.id for e in record.entries(EntryKind.SERVICE, fallback.function) if e.t in times
    )
    return Finding(
        f"{kind.value}:{fallback.id}",
        kind,
        severity,
        title,
        summary,
        fallback.id,
        entries,
        times,
        _unique(recs),
    )

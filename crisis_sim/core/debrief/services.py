"""Findings on public services and business functions kept down longer than they can bear.

A function is out of service while its level is down and no paper fallback keeps it going.
Its longest outage is compared with its maximum tolerable downtime (``mtd``): past it, the
finding says by how long and how many people the service reaches.
"""

from __future__ import annotations

from collections.abc import Iterator

from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity, links
from crisis_sim.core.debrief.record import Outage, SessionRecord
from crisis_sim.core.debrief.text import at_time, people, spoken_duration
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model_graph import Criticality, Node

SEVERITY_OF_CRITICALITY = {
    Criticality.VITAL: Severity.CRITICAL,
    Criticality.HIGH: Severity.MAJOR,
    Criticality.MEDIUM: Severity.MINOR,
    Criticality.LOW: Severity.MINOR,
}


def longest_outage(record: SessionRecord, node_id: str) -> Outage | None:
    outages = record.outages(node_id)
    return max(outages, key=lambda o: (o.length, -o.start)) if outages else None


def mtd_findings(record: SessionRecord) -> Iterator[Finding]:
    for node in record.scenario.functions:
        if node.mtd is None:
            continue
        outage = longest_outage(record, node.id)
        if outage is not None and outage.length > node.mtd:
            yield _past_mtd(record, node, outage)


def _past_mtd(record: SessionRecord, node: Node, outage: Outage) -> Finding:
    assert node.mtd is not None
    name = Words(node.name.get("fr"), node.name.get("en"))
    over = spoken_duration(outage.length - node.mtd)
    mtd = spoken_duration(node.mtd)
    length = spoken_duration(outage.length)
    start = at_time(record.scenario, outage.start)
    if outage.ongoing:
        still = ("toujours interrompu à la fin de l'exercice", "still down when play ended")
    else:
        still = (
            f"rétabli à {at_time(record.scenario, outage.end)}",
            f"back at {at_time(record.scenario, outage.end)}",
        )
    reach = people(node.serves)
    reach_fr = f" Il concerne {reach.fr}." if node.serves else ""
    reach_en = f" It serves {reach.en}." if node.serves else ""
    title = Words(
        f"{name.fr} : interruption au-delà du tolérable, de {over.fr}",
        f"{name.en}: down {over.en} longer than it can bear",
    )
    summary = Words(
        f"Interrompu à {start} pendant {length.fr} ({still[0]}), pour une durée tolérable "
        f"de {mtd.fr}.{reach_fr}",
        f"Down from {start} for {length.en} ({still[1]}), when it can bear {mtd.en}.{reach_en}",
    )
    entries = tuple(
        entry.id
        for entry in record.entries(EntryKind.SERVICE, node.id)
        if outage.start <= entry.t <= outage.end
    )
    return Finding(
        f"{FindingKind.SERVICE_PAST_MTD.value}:{node.id}",
        FindingKind.SERVICE_PAST_MTD,
        SEVERITY_OF_CRITICALITY[node.criticality],
        title,
        summary,
        node.id,
        entries,
        (outage.start, outage.start + node.mtd, outage.end),
        _recommendations(record, node),
    )


def _recommendations(record: SessionRecord, node: Node) -> tuple[RecommendationLink, ...]:
    result = links(
        ("ANSSI-CRISE-CONTINUITY",),
        "Un plan de continuité sans numérique garde ce service ouvert pendant la reconstruction.",
        "A continuity plan without IT keeps this service open while IT is rebuilt.",
    )
    fallbacks = [f for f in record.scenario.fallbacks if f.function == node.id]
    if not fallbacks:
        result += links(
            ("ANSSI-EXE-F11",),
            "Aucune procédure papier n'existe pour ce service : la préparer et l'imprimer.",
            "No paper procedure exists for this service: write it and print it.",
        )
    result += links(
        ("ANSSI-HYG-37",),
        "Des sauvegardes hors ligne, testées, raccourcissent le retour du service.",
        "Offline, tested backups bring the service back sooner.",
    )
    return result

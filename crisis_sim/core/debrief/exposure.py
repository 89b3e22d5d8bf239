"""Findings on the information system's weak points that the attack went through.

*Attack path*: the nodes the attack hit directly that took public services and business
functions down with them, through their dependencies (read from the simulation's causes):
named when they stopped several functions, a vital one, or when the node was one of a
redundant group (the attack got past the redundancy).
*Single point of failure*: a node that went down during play and whose loss alone stops several
functions (or a vital one), as the simulation's criticality ranking finds it (core.analysis).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from crisis_sim.core.analysis import criticality_ranking, single_points_of_failure
from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity, links
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.text import at_time, node_name, quote_en, quote_fr
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import (
    Backup,
    Criticality,
    Node,
    NodeKind,
)
from crisis_sim.core.sim.states import DOWN

MAX_SPOF_FINDINGS = 5
_BACKED_UP_KINDS = (NodeKind.SERVER, NodeKind.APPLICATION, NodeKind.INFRASTRUCTURE)
_RANK = {Criticality.VITAL: 0, Criticality.HIGH: 1, Criticality.MEDIUM: 2, Criticality.LOW: 3}


def exposure_findings(record: SessionRecord) -> Iterator[Finding]:
    """Single points of failure, then attack paths through other nodes (never both for one)."""
    spofs = list(spof_findings(record))
    yield from spofs
    named = {finding.subject for finding in spofs}
    yield from (f for f in attack_path_findings(record) if f.subject not in named)


# --- what the attack went through -------------------------------------------------------------


def attack_path_findings(record: SessionRecord) -> Iterator[Finding]:
    stopped: dict[str, list[tuple[Node, int, list[str]]]] = defaultdict(list)
    hit = record.attacked_nodes()
    for node in record.scenario.functions:
        outages = record.outages(node.id)
        if not outages:
            continue
        chain = record.chain(node.id, outages[0].start)
        if chain and chain[-1] in hit:
            stopped[chain[-1]].append((node, outages[0].start, chain))
    for root, victims in sorted(stopped.items(), key=lambda item: (-len(item[1]), item[0])):
        vital = any(v[0].criticality is Criticality.VITAL for v in victims)
        if len(victims) >= 2 or vital or _redundant(record.scenario, root):
            yield _attack_path(record, root, hit[root], victims)


def _attack_path(
    record: SessionRecord, root: str, hit_at: int, victims: list[tuple[Node, int, list[str]]]
) -> Finding:
    scenario = record.scenario
    name = node_name(scenario, root)
    victims = sorted(victims, key=lambda v: (_RANK[v[0].criticality], v[1]))
    services = _names(scenario, [v[0].id for v in victims])
    via = sorted({n for _, _, chain in victims for n in chain[1:-1]})
    title = Words(
        f"L'attaque est passée par {quote_fr(name.fr)} : {len(victims)} service(s) arrêté(s)",
        f"The attack went through {quote_en(name.en)}: {len(victims)} service(s) stopped",
    )
    via_words = _names(scenario, via)
    via_fr = f", par l'intermédiaire de {via_words.fr}" if via else ""
    via_en = f", by way of {via_words.en}" if via else ""
    summary = Words(
        f"Touché à {at_time(scenario, hit_at)}, il a entraîné l'arrêt de {services.fr}{via_fr}.",
        f"Hit at {at_time(scenario, hit_at)}, it brought down {services.en}{via_en}.",
    )
    entries = tuple(
        entry_id
        for node, start, _ in victims
        for entry_id in _service_entry(record, node.id, start)
    )
    recs = _segment_links() + _backup_links(scenario.node_by_id.get(root))
    return Finding(
        f"{FindingKind.ATTACK_PATH.value}:{root}",
        FindingKind.ATTACK_PATH,
        Severity.MAJOR,
        title,
        summary,
        root,
        entries,
        (hit_at, *sorted({start for _, start, _ in victims})),
        recs,
    )


def _redundant(scenario: Scenario, node_id: str) -> bool:
    """The node is one of several providers of a group: the attack got past a redundancy."""
    return any(
        node_id in dep.providers and len(dep.providers) > dep.required
        for node in scenario.nodes
        for dep in node.needs
    )


def _service_entry(record: SessionRecord, node_id: str, t: int) -> tuple[str, ...]:
    return tuple(e.id for e in record.entries(EntryKind.SERVICE, node_id) if e.t == t)[:1]


# --- single points of failure -----------------------------------------------------------------


def spof_findings(record: SessionRecord) -> Iterator[Finding]:
    """From the simulation's criticality ranking (core.analysis: one cascade per node), the
    nodes that went down during play and alone stop two functions or a vital one."""
    scenario = record.scenario
    functions = {node.id for node in scenario.functions}
    found = []
    for entry in single_points_of_failure(criticality_ranking(scenario)):
        if entry.node in functions or not record.ever_down(entry.node):
            continue
        victims = [hit.function for hit in entry.lost]
        vital = entry.worst_lost is Criticality.VITAL
        if len(victims) >= 2 or vital:
            found.append((scenario.node_by_id[entry.node], victims, vital))
    found.sort(key=lambda item: (not item[2], -len(item[1]), item[0].id))
    for node, victims, vital in found[:MAX_SPOF_FINDINGS]:
        yield _spof(record, node, victims, vital)


def _spof(record: SessionRecord, node: Node, victims: list[str], vital: bool) -> Finding:
    scenario = record.scenario
    name = node_name(scenario, node.id)
    services = _names(scenario, victims)
    title = Words(
        f"{quote_fr(name.fr)} : un seul équipement dont dépendent {len(victims)} services",
        f"{quote_en(name.en)}: one component {len(victims)} services depend on",
    )
    summary = Words(
        f"Point unique de défaillance : sa seule perte, sans équipement de secours, arrête "
        f"{services.fr}.",
        f"Single point of failure: losing it alone, with nothing to take over, stops "
        f"{services.en}.",
    )
    first_down = next(s.start for s in record.spans(node.id) if s.level == DOWN)
    severity = Severity.CRITICAL if vital or len(victims) >= 5 else Severity.MAJOR
    recs = _map_links() + links(
        ("ANSSI-CRISE-CONTINUITY",),
        "Prévoir un secours ou un mode dégradé pour ce qui dépend d'un seul équipement.",
        "Plan a backup or a degraded mode for what hangs on a single component.",
    )
    return Finding(
        f"{FindingKind.SINGLE_POINT_OF_FAILURE.value}:{node.id}",
        FindingKind.SINGLE_POINT_OF_FAILURE,
        severity,
        title,
        summary,
        node.id,
        (),
        (first_down,),
        recs + _backup_links(node),
    )


# --- shared -----------------------------------------------------------------------------------


def _names(scenario: Scenario, node_ids: list[str]) -> Words:
    names = [node_name(scenario, n) for n in node_ids]
    return Words(", ".join(quote_fr(n.fr) for n in names), ", ".join(quote_en(n.en) for n in names))


def _map_links() -> tuple[RecommendationLink, ...]:
    return links(
        ("ANSSI-CRISE-F01",),
        "Connaître les dépendances entre équipements et services, carte à jour à l'appui.",
        "Know which services hang on which components, with an up-to-date map.",
    )


def _segment_links() -> tuple[RecommendationLink, ...]:
    return links(
        ("ANSSI-HYG-04",),
        "Une carte à jour du réseau montre par où une attaque peut passer.",
        "An up-to-date network map shows where an attack can go.",
    ) + links(
        ("ANSSI-HYG-19",),
        "Cloisonner le réseau limite ce qu'une attaque atteint d'un seul coup.",
        "Segmenting the network limits what one attack reaches at once.",
    )


def _backup_links(node: Node | None) -> tuple[RecommendationLink, ...]:
    if node is None or node.backup is Backup.OFFLINE or node.kind not in _BACKED_UP_KINDS:
        return ()
    return links(
        ("ANSSI-HYG-37", "ANSSI-RANSOM-BACKUPS"),
        "Cet élément n'a pas de sauvegarde hors ligne éprouvée.",
        "This component has no proven offline backup.",
    )

"""The dependency graph and the attack: self-loops, cycles, unreachable services, zones."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

from crisis_sim.core.scenario.checks import CheckContext
from crisis_sim.core.scenario.model_attack import StepEffect
from crisis_sim.core.scenario.model_graph import DependencyType, NodeKind
from crisis_sim.core.scenario.model_meta import Basis
from crisis_sim.core.words import Words

ZONED_KINDS = {
    NodeKind.INFRASTRUCTURE,
    NodeKind.NETWORK,
    NodeKind.SERVER,
    NodeKind.APPLICATION,
    NodeKind.WORKSTATIONS,
}


def dependents_map(nodes: Iterable[Any]) -> dict[str, set[str]]:
    """provider id -> ids of the nodes that need it."""
    dependents: dict[str, set[str]] = {}
    for node in nodes:
        for dependency in node.needs:
            for provider in dependency.providers:
                dependents.setdefault(provider, set()).add(node.id)
    return dependents


def downstream(starts: Iterable[str], dependents: dict[str, set[str]]) -> set[str]:
    """The start nodes and everything that needs them, directly or not."""
    seen, queue = set(starts), deque(starts)
    while queue:
        for dependent in dependents.get(queue.popleft(), ()):
            if dependent not in seen:
                seen.add(dependent)
                queue.append(dependent)
    return seen


def attack_targets(ctx: CheckContext, effects: set[StepEffect] | None = None) -> set[str]:
    """Every node some attack step aims at (by name or zone), ignoring containment."""
    targets: set[str] = set()
    for step in ctx.steps:
        if effects is None or step.effect in effects:
            targets |= set(step.targets) | _zone_targets(ctx, step)
    return targets


def _zone_targets(ctx: CheckContext, step: Any) -> set[str]:
    kinds = set(step.target_kinds)
    return {
        node.id
        for node in ctx.items("nodes")
        if node.zone in step.target_zones and (not kinds or node.kind in kinds)
    }


def check_self_dependencies(ctx: CheckContext) -> None:
    for node in ctx.items("nodes"):
        for index, dependency in enumerate(node.needs):
            if node.id in dependency.providers:
                ctx.error(
                    "self-dependency",
                    Words(f"« {node.id} » dépend de lui-même", f"'{node.id}' needs itself"),
                    node,
                    "needs",
                    index,
                    hint=Words("retirer cette dépendance", "remove this dependency"),
                )


def check_repeated_providers(ctx: CheckContext) -> None:
    for node in ctx.items("nodes"):
        seen: set[str] = set()
        for index, dependency in enumerate(node.needs):
            repeated = seen & set(dependency.providers)
            if repeated:
                ctx.warning(
                    "repeated-provider",
                    Words(
                        f"« {node.id} » dépend plus d'une fois de « {sorted(repeated)[0]} »",
                        f"'{node.id}' needs '{sorted(repeated)[0]}' more than once",
                    ),
                    node,
                    "needs",
                    index,
                    hint=Words(
                        "garder une seule dépendance par fournisseur (la plus stricte)",
                        "keep one dependency per provider (the strictest one)",
                    ),
                )
            seen |= set(dependency.providers)


def check_hard_cycles(ctx: CheckContext) -> None:
    graph = {
        node.id: [
            p
            for d in node.needs
            if d.type is DependencyType.HARD
            for p in d.providers
            if p != node.id
        ]
        for node in ctx.items("nodes")
    }
    by_id = {node.id: node for node in ctx.items("nodes")}
    for cycle in _cycles(graph):
        ctx.warning(
            "dependency-cycle",
            Words(
                "des dépendances fortes forment un cycle : " + " → ".join([*cycle, cycle[0]]),
                "hard dependencies form a cycle: " + " → ".join([*cycle, cycle[0]]),
            ),
            by_id[cycle[0]],
            "needs",
            hint=Words(
                "un cycle ne se rétablit jamais de lui-même pièce par pièce ; vérifier qu'il "
                "est réel (par exemple un annuaire hébergé sur le cluster qu'il authentifie)",
                "a cycle never recovers on its own piece by piece; check it is real "
                "(e.g. a directory server hosted on the cluster it authenticates)",
            ),
        )


def _cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """One representative cycle per strongly connected component (Tarjan's algorithm)."""
    import networkx as nx

    digraph = nx.DiGraph(
        (node, provider)
        for node, providers in graph.items()
        for provider in providers
        if provider in graph
    )
    cycles = []
    for component in nx.strongly_connected_components(digraph):
        if len(component) > 1:
            start = min(component)
            cycle = nx.find_cycle(digraph.subgraph(component), source=start)
            cycles.append([edge[0] for edge in cycle])
    return sorted(cycles)


def check_fallback_functions(ctx: CheckContext) -> None:
    kinds = {node.id: node.kind for node in ctx.items("nodes")}
    for fallback in ctx.items("fallbacks"):
        kind = kinds.get(fallback.function)
        if kind is not None and not kind.is_function:
            ctx.error(
                "fallback-target",
                Words(
                    f"« {fallback.function} » est de type {kind.value} ; les solutions de "
                    "repli papier font tenir des fonctions métier ou des services publics",
                    f"'{fallback.function}' is of kind {kind.value}; paper "
                    "fallbacks keep business functions or public services going",
                ),
                fallback,
                "function",
                hint=Words(
                    "faire pointer « function: » vers un nœud business-function ou public-service",
                    "point 'function:' at a business-function or public-service node",
                ),
            )


def check_fallbacks_can_take_over(ctx: CheckContext) -> None:
    # A fallback takes over only when its function is down, and only hard dependencies do that.
    needs = {node.id: node.needs for node in ctx.items("nodes")}
    for fallback in ctx.items("fallbacks"):
        dependencies = needs.get(fallback.function)
        if dependencies is not None and not any(
            d.type is DependencyType.HARD for d in dependencies
        ):
            ctx.warning(
                "fallback-never-used",
                Words(
                    f"« {fallback.function} » n'a aucune dépendance forte, donc n'est jamais "
                    f"à l'arrêt et « {fallback.id} » ne prend jamais le relais",
                    f"'{fallback.function}' has no hard dependency, "
                    f"so it is never down and '{fallback.id}' never takes over",
                ),
                fallback,
                "function",
                hint=Words(
                    "passer en « hard » la dépendance sans laquelle il ne peut pas fonctionner",
                    "make the dependency it cannot work without 'hard'",
                ),
            )


def check_cut_links_exist(ctx: CheckContext) -> None:
    links = _zone_links(ctx)
    known = ctx.ids("zones")
    for decision in ctx.items("decisions"):
        for index, effect in enumerate(decision.effects):
            if effect.cut_link is None or not set(effect.cut_link) <= known:
                continue
            first, second = effect.cut_link
            if second not in links.get(first, set()):
                ctx.error(
                    "no-such-link",
                    Words(
                        f"les zones « {first} » et « {second} » ne sont pas reliées, "
                        "il n'y a donc pas de lien à couper",
                        f"zones '{first}' and '{second}' are not linked, "
                        "so there is no link to cut",
                    ),
                    decision,
                    "effects",
                    index,
                    "cut_link",
                    hint=Words(
                        "déclarer le lien sous zones: links:, ou couper un autre lien",
                        "list the link under zones: links:, or cut another link",
                    ),
                )


def check_zones_of_it_nodes(ctx: CheckContext) -> None:
    for node in ctx.items("nodes"):
        if node.kind in ZONED_KINDS and node.zone is None:
            ctx.warning(
                "no-zone",
                Words(f"« {node.id} » n'a pas de zone réseau", f"'{node.id}' has no network zone"),
                node,
                "id",
                hint=Words(
                    "l'attaque ne l'atteint que si une étape le nomme dans targets:",
                    "the attack reaches it only when a step names it in targets:",
                ),
            )


def check_disconnected_nodes(ctx: CheckContext) -> None:
    needed = set(dependents_map(ctx.items("nodes")))
    for node in ctx.items("nodes"):
        if not node.needs and node.id not in needed:
            ctx.warning(
                "disconnected",
                Words(
                    f"« {node.id} » ne dépend de rien et rien ne dépend de lui",
                    f"'{node.id}' needs nothing and nothing needs it",
                ),
                node,
                "id",
                hint=Words(
                    "le relier avec needs:, ou le retirer", "link it with needs:, or remove it"
                ),
            )


def check_services_the_attack_never_reaches(ctx: CheckContext) -> None:
    if not ctx.steps:
        return
    harmful = {StepEffect.ENCRYPT, StepEffect.DISABLE, StepEffect.DEGRADE}
    reached = downstream(attack_targets(ctx, harmful), dependents_map(ctx.items("nodes")))
    for node in ctx.items("nodes"):
        if node.kind.is_function and node.id not in reached:
            ctx.warning(
                "unreached-service",
                Words(
                    f"aucune étape d'attaque ne peut toucher « {node.id} » : il reste opérationnel",
                    f"no attack step can affect '{node.id}': it stays operational",
                ),
                node,
                "id",
                hint=Words(
                    "voulu ? sinon le relier à l'informatique dont il a besoin",
                    "intended? otherwise link it to the IT it needs",
                ),
            )


def check_real_facts_have_sources(ctx: CheckContext) -> None:
    for item in ctx.provenance_items():
        if item.basis is Basis.REAL and not item.sources:
            name = getattr(item, "id", "attack")
            ctx.warning(
                "unsourced-fact",
                Words(
                    f"« {name} » est marqué réel mais ne cite aucune source",
                    f"'{name}' is marked real but cites no source",
                ),
                item,
                "basis",
                hint=Words(
                    "ajouter sources: [id de meta.sources]", "add sources: [id from meta.sources]"
                ),
            )


def check_attack_steps_can_reach_their_targets(ctx: CheckContext) -> None:
    """Follow the attacker along zone links, as if nobody contained anything."""
    links = _zone_links(ctx)
    zone_of = {node.id: node.zone for node in ctx.items("nodes")}
    footholds: set[str] = set()
    for step in sorted(ctx.steps, key=lambda s: s.at):
        starts = ({step.entry} if step.entry else set()) | footholds
        reachable = _connected(starts, links)
        for index, target in enumerate(step.targets):
            zone = zone_of.get(target)
            if (zone is not None and zone not in reachable) or not starts:
                ctx.warning(
                    "unreachable-target",
                    Words(
                        f"l'étape « {step.id} » ne peut pas atteindre « {target} » : "
                        "aucune chaîne de liens entre zones n'y mène",
                        f"step '{step.id}' cannot reach '{target}': "
                        "no chain of zone links leads there",
                    ),
                    step,
                    "targets",
                    index,
                    hint=Words(
                        "donner à l'étape une zone entry:, ou relier les zones",
                        "give the step an entry: zone, or link the zones",
                    ),
                )
        if step.effect in (StepEffect.COMPROMISE, StepEffect.ENCRYPT):
            footholds |= {zone_of[t] for t in step.targets if zone_of.get(t) in reachable}
            footholds |= set(step.target_zones) & reachable


def _zone_links(ctx: CheckContext) -> dict[str, set[str]]:
    links: dict[str, set[str]] = {zone.id: set() for zone in ctx.items("zones")}
    for zone in ctx.items("zones"):
        for other in zone.links:
            links.setdefault(zone.id, set()).add(other)
            links.setdefault(other, set()).add(zone.id)
    return links


def _connected(starts: set[str], links: dict[str, set[str]]) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue:
        for other in links.get(queue.popleft(), ()):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    return seen


CHECKS = (
    check_self_dependencies,
    check_repeated_providers,
    check_hard_cycles,
    check_fallback_functions,
    check_zones_of_it_nodes,
    check_real_facts_have_sources,
    check_fallbacks_can_take_over,
    check_cut_links_exist,
)
WHOLE_SCENARIO_CHECKS = (
    check_disconnected_nodes,
    check_services_the_attack_never_reaches,
    check_attack_steps_can_reach_their_targets,
)

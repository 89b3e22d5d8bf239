"""Ids: no duplicates, and every reference points at something that exists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crisis_sim.core.scenario.checks import CheckContext, did_you_mean
from crisis_sim.core.scenario.errors_fr import guess_hint
from crisis_sim.core.words import Words

# What a reference names, in French: (no such thing, the things' ids).
_WHAT_FR = {
    "decision": ("aucune décision", "des décisions"),
    "expected reaction": ("aucune réaction attendue", "des réactions attendues"),
    "fallback": ("aucune solution de repli", "des solutions de repli"),
    "inject": ("aucun inject", "des injects"),
    "node": ("aucun nœud", "des nœuds"),
    "node or zone": ("aucun nœud ni aucune zone", "des nœuds et des zones"),
    "persona or role": ("aucun persona ni aucun rôle", "des personas et des rôles"),
    "role": ("aucun rôle", "des rôles"),
    "source in meta.sources": ("aucune source de meta.sources", "des sources de meta.sources"),
    "zone": ("aucune zone", "des zones"),
}

ID_SECTIONS = (
    "roles",
    "personas",
    "zones",
    "nodes",
    "fallbacks",
    "injects",
    "decisions",
    "objectives",
    "steps",
)


def check_duplicate_ids(ctx: CheckContext) -> None:
    for section in ID_SECTIONS:
        seen: set[str] = set()
        items = ctx.steps if section == "steps" else ctx.items(section)
        for item in items:
            if item.id in seen:
                ctx.error(
                    "duplicate-id",
                    Words(
                        f"l'id « {item.id} » est utilisé deux fois dans {section}",
                        f"the id '{item.id}' is used twice in {section}",
                    ),
                    item,
                    "id",
                    hint=Words(
                        "chaque id doit être unique dans sa section",
                        "every id must be unique within its section",
                    ),
                )
            seen.add(item.id)
    _check_duplicate_reaction_ids(ctx)


def _check_duplicate_reaction_ids(ctx: CheckContext) -> None:
    seen: set[str] = set()
    for inject in ctx.items("injects"):
        for reaction in inject.expected:
            if reaction.id in seen:
                ctx.error(
                    "duplicate-id",
                    Words(
                        f"l'id de réaction attendue « {reaction.id} » est utilisé deux fois",
                        f"the expected reaction id '{reaction.id}' is used twice",
                    ),
                    reaction,
                    "id",
                    hint=Words(
                        "les ids de réaction sont uniques dans un scénario",
                        "reaction ids are unique in a scenario",
                    ),
                )
            seen.add(reaction.id)


def _reference(
    ctx: CheckContext,
    value: str | None,
    known: set[str],
    what: str,
    obj: object,
    *suffix: str | int,
) -> None:
    if value is not None and value not in known:
        none_fr, ids_fr = _WHAT_FR[what]
        ctx.error(
            "unknown-reference",
            Words(f"{none_fr} n'a l'id « {value} »", f"no {what} has the id '{value}'"),
            obj,
            *suffix,
            hint=did_you_mean(value, known)
            or Words(
                f"le déclarer, ou vérifier les ids {ids_fr}",
                f"declare it, or check the {what} ids",
            ),
        )


def _references(
    ctx: CheckContext,
    values: Iterable[str],
    known: set[str],
    what: str,
    obj: object,
    *suffix: str | int,
) -> None:
    for index, value in enumerate(values):
        _reference(ctx, value, known, what, obj, *suffix, index)


def check_source_references(ctx: CheckContext) -> None:
    sources = {source.id for source in ctx.partial.meta.sources} if ctx.partial.meta else set()
    for item in ctx.provenance_items():
        _references(ctx, item.sources, sources, "source in meta.sources", item, "sources")


def check_shared_ids(ctx: CheckContext) -> None:
    # isolate: takes nodes or zones, sender: personas or roles: one id must mean one thing.
    for first, second, place in (("zones", "nodes", "isolate:"), ("personas", "roles", "sender:")):
        by_id = {item.id: item for item in ctx.items(second)}
        for item in ctx.items(first):
            if item.id in by_id:
                ctx.error(
                    "shared-id",
                    Words(
                        f"« {item.id} » désigne à la fois un élément de {first} "
                        f"et un élément de {second}",
                        f"'{item.id}' names both one of the {first} and one of the {second}",
                    ),
                    by_id[item.id],
                    "id",
                    hint=Words(
                        f"renommer l'un des deux, pour que {place} ne soit pas ambigu",
                        f"rename one of them, so that {place} is not ambiguous",
                    ),
                )


def check_graph_references(ctx: CheckContext) -> None:
    nodes, zones = ctx.ids("nodes"), ctx.ids("zones")
    for zone in ctx.items("zones"):
        _references(ctx, zone.links, zones, "zone", zone, "links")
    for node in ctx.items("nodes"):
        _reference(ctx, node.zone, zones, "zone", node, "zone")
        for index, dependency in enumerate(node.needs):
            field = "node" if dependency.node else "any_of"
            targets = [dependency.node] if dependency.node else list(dependency.any_of)
            for position, target in enumerate(targets):
                suffix = ("needs", index, field) + (() if dependency.node else (position,))
                _reference(ctx, target, nodes, "node", node, *suffix)
    for fallback in ctx.items("fallbacks"):
        _reference(ctx, fallback.function, nodes, "node", fallback, "function")


def check_attack_references(ctx: CheckContext) -> None:
    nodes, zones = ctx.ids("nodes"), ctx.ids("zones")
    for step in ctx.steps:
        _references(ctx, step.targets, nodes, "node", step, "targets")
        _references(ctx, step.target_zones, zones, "zone", step, "target_zones")
        _reference(ctx, step.entry, zones, "zone", step, "entry")


def check_inject_references(ctx: CheckContext) -> None:
    roles, senders = ctx.ids("roles"), ctx.ids("personas") | ctx.ids("roles")
    decisions = ctx.ids("decisions")
    for inject in ctx.items("injects"):
        _reference(ctx, inject.sender, senders, "persona or role", inject, "sender")
        _references(ctx, inject.to, roles, "role", inject, "to")
        if inject.when is not None:
            _check_condition_references(ctx, inject.when)
        for reaction in inject.expected:
            _references(ctx, reaction.roles, roles, "role", reaction, "roles")
            _references(ctx, reaction.closed_by, decisions, "decision", reaction, "closed_by")


def _check_condition_references(ctx: CheckContext, condition: Any) -> None:
    _reference(ctx, condition.node, ctx.ids("nodes"), "node", condition, "node")
    _reference(ctx, condition.decision, ctx.ids("decisions"), "decision", condition, "decision")
    _reference(ctx, condition.inject, ctx.ids("injects"), "inject", condition, "inject")


def _reaction_ids(ctx: CheckContext) -> set[str]:
    return {r.id for inject in ctx.items("injects") for r in inject.expected}


def check_decision_references(ctx: CheckContext) -> None:
    roles, decisions = ctx.ids("roles"), ctx.ids("decisions")
    for decision in ctx.items("decisions"):
        _references(ctx, decision.roles, roles, "role", decision, "roles")
        for index, condition in enumerate(decision.requires):
            suffix = ("requires", index)
            _reference(
                ctx, condition.decision, decisions, "decision", decision, *suffix, "decision"
            )
            _reference(
                ctx,
                condition.not_decision,
                decisions,
                "decision",
                decision,
                *suffix,
                "not_decision",
            )
            _reference(ctx, condition.node, ctx.ids("nodes"), "node", decision, *suffix, "node")
        for index, effect in enumerate(decision.effects):
            _check_effect_references(ctx, effect, decision, index)


def _check_effect_references(ctx: CheckContext, effect: Any, decision: Any, index: int) -> None:
    nodes, zones = ctx.ids("nodes"), ctx.ids("zones")
    base = ("effects", index)
    if effect.isolate is not None:
        _references(ctx, effect.isolate, nodes | zones, "node or zone", decision, *base, "isolate")
    if effect.shut_down is not None:
        _references(ctx, effect.shut_down, nodes, "node", decision, *base, "shut_down")
    if effect.restore is not None:
        _reference(ctx, effect.restore.node, nodes, "node", decision, *base, "restore", "node")
    if effect.cut_link is not None:
        _references(ctx, effect.cut_link, zones, "zone", decision, *base, "cut_link")
    _reference(
        ctx,
        effect.activate_fallback,
        ctx.ids("fallbacks"),
        "fallback",
        decision,
        *base,
        "activate_fallback",
    )
    if effect.trigger_inject is not None:
        _reference(
            ctx,
            effect.trigger_inject.inject,
            ctx.ids("injects"),
            "inject",
            decision,
            *base,
            "trigger_inject",
            "inject",
        )


def check_objective_references(ctx: CheckContext) -> None:
    reactions = _reaction_ids(ctx)
    for objective in ctx.items("objectives"):
        for index, evidence in enumerate(objective.evidence):
            base = ("evidence", index)
            _reference(
                ctx,
                evidence.decision,
                ctx.ids("decisions"),
                "decision",
                objective,
                *base,
                "decision",
            )
            _reference(
                ctx, evidence.reaction, reactions, "expected reaction", objective, *base, "reaction"
            )
            _reference(
                ctx,
                evidence.fallback,
                ctx.ids("fallbacks"),
                "fallback",
                objective,
                *base,
                "fallback",
            )


def check_recommendation_ids(ctx: CheckContext) -> None:
    for obj, field, values in _recommendation_fields(ctx):
        for index, value in enumerate(values):
            if value not in ctx.catalogue:
                matches = ctx.catalogue.close_matches(value, n=1)
                hint = (
                    guess_hint(matches[0])
                    if matches
                    else Words(
                        "les ids sont dans assets/catalogue/recommendations.yaml",
                        "see assets/catalogue/recommendations.yaml for the ids",
                    )
                )
                ctx.error(
                    "unknown-recommendation",
                    Words(
                        f"« {value} » n'est pas dans le catalogue de recommandations",
                        f"'{value}' is not in the recommendation catalogue",
                    ),
                    obj,
                    *field,
                    index,
                    hint=hint,
                )


def _recommendation_fields(ctx: CheckContext) -> list[tuple[object, tuple[str, ...], Any]]:
    fields: list[tuple[object, tuple[str, ...], Any]] = []
    for section in ("fallbacks", "decisions", "objectives"):
        fields += [
            (item, ("recommendations",), item.recommendations) for item in ctx.items(section)
        ]
    for inject in ctx.items("injects"):
        fields += [(r, ("recommendations",), r.recommendations) for r in inject.expected]
    return fields


CHECKS = (
    check_duplicate_ids,
    check_shared_ids,
    check_source_references,
    check_graph_references,
    check_attack_references,
    check_inject_references,
    check_decision_references,
    check_objective_references,
    check_recommendation_ids,
)
WHOLE_SCENARIO_CHECKS = ()

"""Times, injects that can never fire, and attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.checks import CheckContext
from crisis_sim.core.scenario.checks_graph import attack_targets, dependents_map, downstream
from crisis_sim.core.scenario.model_attack import StepEffect
from crisis_sim.core.scenario.model_injects import NodeState
from crisis_sim.core.words import Words

# A node state as an attribute, in French ("can never be encrypted").
_STATE_FR = {
    NodeState.OPERATIONAL: "opérationnel",
    NodeState.DEGRADED: "dégradé",
    NodeState.DOWN: "à l'arrêt",
    NodeState.COMPROMISED: "compromis",
    NodeState.ENCRYPTED: "chiffré",
    NodeState.ISOLATED: "isolé",
    NodeState.RESTORING: "en restauration",
    NodeState.PAPER: "sur papier",
}


def _finex(ctx: CheckContext) -> int | None:
    return ctx.partial.meta.duration if ctx.partial.meta else None


def _check_time(
    ctx: CheckContext, value: int | None, obj: object, *field: str | int, what: Words
) -> None:
    if value is None:
        return
    if value < 0:
        ctx.error(
            "impossible-time",
            Words(
                f"{what.fr} tombe {format_duration(-value)} avant le DEBEX (T0)",
                f"{what.en} is {format_duration(-value)} before DEBEX (T0)",
            ),
            obj,
            *field,
            hint=Words(
                "les heures comptent à partir de meta.t0 ; J+0 ou plus tard",
                "times count from meta.t0; use J+0 or later",
            ),
        )
    elif (finex := _finex(ctx)) is not None and value > finex:
        ctx.warning(
            "after-finex",
            Words(
                f"{what.fr} tombe après la FINEX (T0 + {format_duration(finex)})",
                f"{what.en} is after FINEX (T0 + {format_duration(finex)})",
            ),
            obj,
            *field,
            hint=Words(
                "ce ne sera pas joué, sauf si meta.duration est plus longue",
                "it will not be played unless meta.duration is longer",
            ),
        )


def check_duration(ctx: CheckContext) -> None:
    meta = ctx.partial.meta
    if meta is not None and meta.duration <= 0:
        ctx.error(
            "impossible-time",
            Words(
                "meta.duration doit être plus longue que zéro",
                "meta.duration must be longer than zero",
            ),
            meta,
            "duration",
            hint=Words(
                "par exemple « 3h » pour un exercice sur table, « 2j » pour une simulation",
                "e.g. '3h' for a tabletop, '2j' for a simulation",
            ),
        )


def check_inject_times(ctx: CheckContext) -> None:
    for inject in ctx.items("injects"):
        _check_time(
            ctx,
            inject.at,
            inject,
            "at",
            what=Words(f"l'inject « {inject.id} »", f"inject '{inject.id}'"),
        )
        _check_time(
            ctx,
            inject.until,
            inject,
            "until",
            what=Words(f"la fin de « {inject.id} »", f"the end of '{inject.id}'"),
        )
        if inject.when is not None and inject.when.by is not None:
            _check_time(
                ctx,
                inject.when.by,
                inject,
                "when",
                "by",
                what=Words("cette échéance", "this deadline"),
            )
        _check_expiry(ctx, inject)


def _check_expiry(ctx: CheckContext, inject: Any) -> None:
    if inject.until is None:
        return
    if inject.when is None:
        ctx.warning(
            "useless-until",
            Words(
                "« until: » ne s'applique qu'aux injects conditionnels",
                "'until:' only applies to conditional injects",
            ),
            inject,
            "until",
            hint=Words(
                "le retirer, ou utiliser « when: » au lieu de « at: »",
                "remove it, or use 'when:' instead of 'at:'",
            ),
        )
    elif inject.when.by is not None and inject.until < inject.when.by:
        ctx.error(
            "never-fires",
            Words(
                f"« {inject.id} » expire avant que sa condition soit jugée",
                f"'{inject.id}' expires before its condition is judged",
            ),
            inject,
            "until",
            hint=Words(
                "placer « until: » après « when: by: »",
                "set 'until:' after 'when: by:'",
            ),
        )


def check_attack_times(ctx: CheckContext) -> None:
    for step in ctx.steps:
        if step.at < 0:
            # Real intrusions often start days before anyone notices: allowed, but say so.
            ctx.warning(
                "before-debex",
                Words(
                    f"l'étape d'attaque « {step.id} » a lieu "
                    f"{format_duration(-step.at)} avant le DEBEX",
                    f"attack step '{step.id}' happens {format_duration(-step.at)} before DEBEX",
                ),
                step,
                "at",
                hint=Words(
                    "ses effets sont déjà là quand l'exercice commence",
                    "its effects are already there when the exercise starts",
                ),
            )
        else:
            _check_time(
                ctx,
                step.at,
                step,
                "at",
                what=Words(f"l'étape d'attaque « {step.id} »", f"attack step '{step.id}'"),
            )


def check_decision_and_objective_times(ctx: CheckContext) -> None:
    for decision in ctx.items("decisions"):
        for index, condition in enumerate(decision.requires):
            _check_time(
                ctx,
                condition.after,
                decision,
                "requires",
                index,
                "after",
                what=Words(
                    f"l'heure au plus tôt de « {decision.id} »",
                    f"the earliest time of '{decision.id}'",
                ),
            )
    for objective in ctx.items("objectives"):
        for index, evidence in enumerate(objective.evidence):
            _check_time(
                ctx,
                evidence.by,
                objective,
                "evidence",
                index,
                "by",
                what=Words("l'échéance de cette preuve", "this evidence deadline"),
            )


def check_reaction_deadlines(ctx: CheckContext) -> None:
    for inject in ctx.items("injects"):
        for reaction in inject.expected:
            if reaction.within <= 0:
                ctx.error(
                    "impossible-time",
                    Words(
                        f"la réaction « {reaction.id} » n'a pas le temps d'avoir lieu",
                        f"reaction '{reaction.id}' has no time to happen",
                    ),
                    reaction,
                    "within",
                    hint=Words(
                        "donner un délai comme « 30min »", "give a deadline such as '30min'"
                    ),
                )


def check_injects_that_never_fire(ctx: CheckContext) -> None:
    reachable = _StateReach(ctx)
    for inject in ctx.items("injects"):
        condition = inject.when
        if condition is None:
            continue
        if condition.inject == inject.id:
            ctx.error(
                "never-fires",
                Words(f"« {inject.id} » s'attend lui-même", f"'{inject.id}' waits for itself"),
                inject,
                "when",
                "inject",
            )
        elif condition.node is not None:
            reachable.check(inject, condition)
    _check_condition_cycles(ctx)


def _check_condition_cycles(ctx: CheckContext) -> None:
    waits_for = {
        i.id: i.when.inject
        for i in ctx.items("injects")
        if i.when is not None and i.when.inject is not None
    }
    by_id = {inject.id: inject for inject in ctx.items("injects")}
    reported: set[str] = set()
    for start in sorted(waits_for):
        chain, current = [start], waits_for.get(start)
        while current in waits_for and current not in chain:
            chain.append(current)
            current = waits_for[current]
        if current == start and start not in reported and len(chain) > 1:
            reported |= set(chain)
            ctx.error(
                "never-fires",
                Words(
                    "ces injects s'attendent l'un l'autre : " + " → ".join([*chain, start]),
                    "these injects wait for each other: " + " → ".join([*chain, start]),
                ),
                by_id[start],
                "when",
                "inject",
                hint=Words(
                    "l'un d'eux a besoin d'une heure (« at: ») ou d'une autre condition",
                    "one of them needs a time ('at:') or another condition",
                ),
            )


class _StateReach:
    """Which nodes can ever be in which state, as far as the scenario's content allows."""

    def __init__(self, ctx: CheckContext) -> None:
        self.ctx = ctx
        nodes = ctx.items("nodes")
        self.encrypted = attack_targets(ctx, {StepEffect.ENCRYPT})
        self.compromised = attack_targets(ctx, {StepEffect.COMPROMISE, StepEffect.ENCRYPT})
        self.with_fallback = {fallback.function for fallback in ctx.items("fallbacks")}
        self.isolated, self.restored, shut = self._decided(ctx, nodes)
        harmful = (
            attack_targets(ctx, {StepEffect.ENCRYPT, StepEffect.DISABLE, StepEffect.DEGRADE})
            | self.isolated
            | shut
        )
        self.affected = downstream(harmful, dependents_map(nodes))

    @staticmethod
    def _decided(ctx: CheckContext, nodes: list[Any]) -> tuple[set[str], set[str], set[str]]:
        isolated: set[str] = set()
        restored: set[str] = set()
        shut: set[str] = set()
        # Isolating a zone only cuts its links (the attack's paths): its nodes keep working, so
        # only nodes named in isolate: can ever be in the isolated state.
        node_ids = {node.id for node in nodes}
        for decision in ctx.items("decisions"):
            for effect in decision.effects:
                isolated |= node_ids & set(effect.isolate or ())
                shut |= set(effect.shut_down or ())
                restored |= {effect.restore.node} if effect.restore else set()
        return isolated, restored, shut

    def possible(self, node: str, state: NodeState) -> bool:
        return {
            NodeState.OPERATIONAL: True,
            NodeState.ENCRYPTED: node in self.encrypted,
            NodeState.COMPROMISED: node in self.compromised,
            NodeState.ISOLATED: node in self.isolated,
            NodeState.RESTORING: node in self.restored,
            NodeState.PAPER: node in self.with_fallback,
        }.get(state, node in self.affected)

    def check(self, inject: Any, condition: Any) -> None:
        if not self.possible(condition.node, condition.state):
            self.ctx.error(
                "never-fires",
                Words(
                    f"« {condition.node} » ne peut jamais être "
                    f"{_STATE_FR[condition.state]}, donc « {inject.id} » ne se déclenche jamais",
                    f"'{condition.node}' can never be "
                    f"{condition.state.value}, so '{inject.id}' never fires",
                ),
                inject,
                "when",
                "state",
                hint=Words(
                    "aucune étape d'attaque, décision ou solution de repli n'y mène",
                    "no attack step, decision or fallback leads there",
                ),
            )


def check_attachments(ctx: CheckContext) -> None:
    if not ctx.partial.verify_attachments:
        return
    folder = ctx.partial.doc.path.resolve().parent
    for inject in ctx.items("injects"):
        for index, attachment in enumerate(inject.attachments):
            _check_attachment(ctx, inject, index, folder, attachment)


def _check_attachment(
    ctx: CheckContext, inject: Any, index: int, folder: Path, attachment: str
) -> None:
    target = (folder / attachment).resolve()
    if Path(attachment).is_absolute() or not target.is_relative_to(folder):
        ctx.error(
            "attachment-outside",
            Words(
                f"la pièce jointe « {attachment} » est hors du dossier du scénario",
                f"the attachment '{attachment}' is outside the scenario's folder",
            ),
            inject,
            "attachments",
            index,
            hint=Words(
                "copier le fichier à côté du scénario et donner un chemin relatif",
                "copy the file next to the scenario and give a relative path",
            ),
        )
    elif not target.is_file():
        ctx.error(
            "attachment-missing",
            Words(
                f"aucun fichier « {attachment} » à côté du scénario",
                f"no file '{attachment}' next to the scenario",
            ),
            inject,
            "attachments",
            index,
            hint=Words(
                "les chemins sont relatifs au fichier du scénario",
                "paths are relative to the scenario file",
            ),
        )


CHECKS = (
    check_duration,
    check_inject_times,
    check_attack_times,
    check_decision_and_objective_times,
    check_reaction_deadlines,
    check_attachments,
)
WHOLE_SCENARIO_CHECKS = (check_injects_that_never_fire,)

"""Decisions players can take, with their preconditions and effects, and the objectives."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from crisis_sim.core.scenario.fields import (
    Bilingual,
    Duration,
    GameTime,
    RecommendationId,
    Slug,
    SlugList,
    Strict,
)
from crisis_sim.core.scenario.model_injects import NodeState
from crisis_sim.core.scenario.model_meta import Provenance
from crisis_sim.core.words import BilingualValueError, Words


class Precondition(Strict):
    """Exactly one of: a decision taken, a decision not taken, a node state, a time."""

    decision: Slug | None = None
    not_decision: Slug | None = None
    node: Slug | None = None
    state: NodeState | None = None
    after: GameTime | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Precondition:
        set_fields = [
            f for f in ("decision", "not_decision", "node", "after") if getattr(self, f) is not None
        ]
        if len(set_fields) != 1:
            raise BilingualValueError(
                Words(
                    "une précondition est l'une de « decision », « not_decision », « node » "
                    "(avec « state ») ou « after »",
                    "a precondition is one of 'decision', 'not_decision', 'node' "
                    "(with 'state') or 'after'",
                )
            )
        if (self.node is None) != (self.state is None):
            raise BilingualValueError(
                Words("« node » et « state » vont ensemble", "'node' and 'state' go together")
            )
        return self


class Restore(Strict):
    node: Slug
    duration: Duration | None = Field(None, description="Defaults to the node's restore_effort.")


class TriggerInject(Strict):
    inject: Slug
    after: Duration = 0


class Effect(Strict):
    """Exactly one action on the simulation or the chronogramme."""

    isolate: SlugList | None = Field(None, description="Nodes or zones cut off the network.")
    shut_down: SlugList | None = Field(None, description="Nodes switched off.")
    restore: Restore | None = None
    activate_fallback: Slug | None = None
    cut_link: tuple[Slug, Slug] | None = Field(None, description="Two zones no longer linked.")
    trigger_inject: TriggerInject | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Effect:
        if sum(getattr(self, name) is not None for name in type(self).model_fields) != 1:
            effects = ", ".join(type(self).model_fields)
            raise BilingualValueError(
                Words(f"chaque effet est l'un de : {effects}", f"each effect is one of: {effects}")
            )
        return self

    @property
    def action(self) -> str:
        return next(name for name in type(self).model_fields if getattr(self, name) is not None)


class Practice(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


class Decision(Provenance):
    id: Slug
    label: Bilingual
    description: Bilingual | None = None
    roles: SlugList = Field((), description="Roles who would take it.")
    requires: tuple[Precondition, ...] = ()
    effects: tuple[Effect, ...] = ()
    practice: Practice = Practice.NEUTRAL
    rationale: Bilingual | None = Field(None, description="Why it is good or bad practice.")
    recommendations: tuple[RecommendationId, ...] = ()


class Evidence(Strict):
    """What shows an objective was met: a decision (by a time), a reaction, a fallback."""

    decision: Slug | None = None
    reaction: Slug | None = None
    fallback: Slug | None = None
    by: GameTime | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Evidence:
        if sum(x is not None for x in (self.decision, self.reaction, self.fallback)) != 1:
            raise BilingualValueError(
                Words(
                    "une preuve est l'une de « decision », « reaction » ou « fallback »",
                    "evidence is one of 'decision', 'reaction' or 'fallback'",
                )
            )
        return self


class Objective(Strict):
    id: Slug
    title: Bilingual
    description: Bilingual | None = None
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    recommendations: tuple[RecommendationId, ...] = ()

"""The chronogramme: injects (stimuli) with their timing or condition and expected reactions."""

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
from crisis_sim.core.scenario.model_meta import Provenance
from crisis_sim.core.words import BilingualValueError, Words


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    PRESS = "press"
    SOCIAL_MEDIA = "social-media"
    WALK_IN = "walk-in"
    FAX = "fax"
    RADIO_TV = "radio-tv"
    IN_PERSON = "in-person"
    LETTER = "letter"


class NodeState(StrEnum):
    """States a trainer can name in conditions and preconditions."""

    OPERATIONAL = "operational"
    DEGRADED = "degraded"
    DOWN = "down"
    COMPROMISED = "compromised"
    ENCRYPTED = "encrypted"
    ISOLATED = "isolated"
    RESTORING = "restoring"
    PAPER = "paper"


class Condition(Strict):
    """When a conditional inject fires: exactly one of node, decision or inject."""

    node: Slug | None = None
    state: NodeState | None = None
    for_: Duration = Field(0, alias="for", description="How long the node stays in that state.")
    decision: Slug | None = None
    taken: bool = True
    by: GameTime | None = Field(None, description="With decision: the time it is judged at.")
    inject: Slug | None = None
    after: Duration = Field(0, description="With inject: delay after its delivery.")

    @model_validator(mode="after")
    def _exactly_one_subject(self) -> Condition:
        subjects = [s for s in (self.node, self.decision, self.inject) if s is not None]
        if len(subjects) != 1:
            raise BilingualValueError(
                Words(
                    "une condition nomme exactement un élément parmi « node », « decision » "
                    "ou « inject »",
                    "a condition names exactly one of 'node', 'decision' or 'inject'",
                )
            )
        if self.node is not None and self.state is None:
            raise BilingualValueError(
                Words(
                    "une condition sur un nœud a besoin de « state: » (par exemple down, degraded)",
                    "a node condition needs 'state:' (e.g. down, degraded)",
                )
            )
        if self.decision is not None and not self.taken and self.by is None:
            raise BilingualValueError(
                Words(
                    "« taken: false » a besoin de « by: », l'heure à laquelle l'absence est jugée",
                    "'taken: false' needs 'by:' the time when the absence is judged",
                )
            )
        return self


class ExpectedReaction(Strict):
    """What the players should do; shown to the animation team only."""

    id: Slug
    text: Bilingual
    within: Duration = Field(description="Deadline after the inject is delivered.")
    roles: SlugList = ()
    closed_by: SlugList = Field((), description="Decisions that show the reaction happened.")
    recommendations: tuple[RecommendationId, ...] = ()


class Inject(Provenance):
    id: Slug
    at: GameTime | None = Field(None, description="When it is delivered (timed inject).")
    when: Condition | None = Field(None, description="When it fires (conditional inject).")
    until: GameTime | None = Field(None, description="A conditional inject expires at this time.")
    channel: Channel
    sender: Slug = Field(description="The persona (or role) who sends it.")
    to: SlugList = Field(description="Roles it is addressed to.")
    title: Bilingual
    text: Bilingual
    attachments: tuple[str, ...] = ()
    expected: tuple[ExpectedReaction, ...] = ()
    reserve: bool = Field(False, description="Held back; the facilitator fires it by hand.")
    surprise: bool = Field(False, description="Not announced on the facilitator's timeline.")

    @model_validator(mode="after")
    def _timed_conditional_or_reserve(self) -> Inject:
        if self.at is not None and self.when is not None:
            raise BilingualValueError(
                Words(
                    "donner soit « at: » (à heure fixe), soit « when: » (conditionnel), "
                    "pas les deux",
                    "give either 'at:' (timed) or 'when:' (conditional), not both",
                )
            )
        if self.at is None and self.when is None and not self.reserve:
            raise BilingualValueError(
                Words(
                    "un inject a besoin de « at: » ou de « when: », ou de « reserve: true »",
                    "an inject needs 'at:' or 'when:', or 'reserve: true'",
                )
            )
        return self

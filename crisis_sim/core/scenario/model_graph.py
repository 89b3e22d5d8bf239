"""The organisation's information system as a dependency graph, and its paper fallbacks."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, model_validator

from crisis_sim.core.scenario.fields import (
    Bilingual,
    Duration,
    Fraction,
    RecommendationId,
    Slug,
    Strict,
)
from crisis_sim.core.scenario.model_meta import Provenance
from crisis_sim.core.words import BilingualValueError, Words


class ZoneKind(StrEnum):
    INTERNAL = "internal"
    DMZ = "dmz"
    INTERNET = "internet"
    PARTNER = "partner"


class Zone(Strict):
    """A network zone; the attack moves between zones only along their links."""

    id: Slug
    kind: ZoneKind = ZoneKind.INTERNAL
    name: Bilingual
    links: tuple[Slug, ...] = Field((), description="Zones this one can reach (both ways).")


class NodeKind(StrEnum):
    INFRASTRUCTURE = "infrastructure"
    NETWORK = "network"
    SERVER = "server"
    APPLICATION = "application"
    EXTERNAL = "external"
    WORKSTATIONS = "workstations"
    BUSINESS_FUNCTION = "business-function"
    PUBLIC_SERVICE = "public-service"

    @property
    def is_function(self) -> bool:
        return self in (NodeKind.BUSINESS_FUNCTION, NodeKind.PUBLIC_SERVICE)


# Layers order the graph for display and for the synthetic benchmark graphs.
LAYER_OF_KIND = {
    NodeKind.INFRASTRUCTURE: 0,
    NodeKind.NETWORK: 0,
    NodeKind.EXTERNAL: 0,
    NodeKind.SERVER: 1,
    NodeKind.WORKSTATIONS: 1,
    NodeKind.APPLICATION: 2,
    NodeKind.BUSINESS_FUNCTION: 3,
    NodeKind.PUBLIC_SERVICE: 4,
}


class Criticality(StrEnum):
    VITAL = "vital"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Backup(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    NONE = "none"
    UNTESTED = "untested"


class DependencyType(StrEnum):
    HARD = "hard"
    SOFT = "soft"


def _dependency_from_plain_id(value: Any) -> Any:
    return {"node": value} if isinstance(value, str) else value


class _Dependency(Strict):
    """``B needs A``: on node B, ``needs: [A]``; or a k-of-n group of redundant providers."""

    node: Slug | None = Field(None, description="The node this one needs.")
    any_of: tuple[Slug, ...] = Field((), description="Redundant providers (a k-of-n group).")
    at_least: int | None = Field(None, ge=1, description="How many of any_of must work.")
    type: DependencyType = DependencyType.HARD
    delay: Duration = Field(0, description="How long a failure takes to reach this node.")

    @model_validator(mode="after")
    def _single_or_group(self) -> _Dependency:
        if (self.node is None) == (not self.any_of):
            raise BilingualValueError(
                Words(
                    "donner soit « node: ID », soit « any_of: [ID, ...] », ni les deux ni aucun",
                    "give either 'node: ID' or 'any_of: [ID, ...]', not both or neither",
                )
            )
        if self.at_least is not None and not self.any_of:
            raise BilingualValueError(
                Words("« at_least » ne va qu'avec « any_of »", "'at_least' only goes with 'any_of'")
            )
        if self.any_of and self.required > len(self.any_of):
            given, listed = self.at_least, len(self.any_of)
            raise BilingualValueError(
                Words(
                    f"at_least vaut {given} mais any_of ne liste que {listed} nœuds",
                    f"at_least is {given} but any_of lists only {listed} nodes",
                )
            )
        return self

    @property
    def providers(self) -> tuple[str, ...]:
        return (self.node,) if self.node else self.any_of

    @property
    def required(self) -> int:
        """How many providers must work: 1 for a single dependency, k for a k-of-n group."""
        return 1 if self.node else (self.at_least or 1)


Dependency = Annotated[_Dependency, BeforeValidator(_dependency_from_plain_id)]


class Node(Provenance):
    id: Slug
    kind: NodeKind
    name: Bilingual
    description: Bilingual | None = None
    zone: Slug | None = Field(None, description="Network zone; not needed for functions.")
    criticality: Criticality = Criticality.MEDIUM
    mtd: Duration | None = Field(None, description="Maximum tolerable downtime.")
    restore_effort: Duration = Field(0, description="IT staff time to restore it.")
    backup: Backup = Backup.NONE
    serves: int = Field(0, ge=0, description="People served (residents or agents).")
    needs: tuple[Dependency, ...] = ()


class FallbackStart(StrEnum):
    AUTOMATIC = "automatic"
    ON_DECISION = "on-decision"


class Fallback(Provenance):
    """A paper (or manual) way to keep a business function going without its IT."""

    id: Slug
    function: Slug = Field(description="The business function or public service it keeps alive.")
    name: Bilingual
    description: Bilingual | None = None
    prepared: bool = Field(description="Made ready before the crisis (printed, stocked, trained).")
    starts: FallbackStart = FallbackStart.AUTOMATIC
    activation: Duration = Field(
        description="Delay from the function's loss (or the decision) "
        "to the fallback working, when prepared."
    )
    unprepared_activation: Duration | None = Field(
        None, description="Delay when not prepared; leave out if it is then impossible."
    )
    capacity: Fraction = Field(description="Share of normal service kept, e.g. '30%'.")
    staff: int = Field(0, ge=0, description="Extra agents it takes.")
    recommendations: tuple[RecommendationId, ...] = ()

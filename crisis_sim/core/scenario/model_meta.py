"""Who and what a scenario is about: meta data, sources, organisation, roles and personas."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, Field, HttpUrl

from crisis_sim.core.scenario.fields import Bilingual, Duration, Slug, SlugList, Strict

FORMAT_VERSION = 1


class Checked(StrEnum):
    """How well a fact was checked, as in the domain brief: V checked, S secondary, U not."""

    V = "V"
    S = "S"
    U = "U"


class Basis(StrEnum):
    """Whether a piece of the scenario happened (real) or was written for the exercise."""

    REAL = "real"
    ADAPTED = "adapted"
    INVENTED = "invented"


class Source(Strict):
    id: Slug
    title: str
    publisher: str | None = None
    date: str | None = None
    url: HttpUrl | None = None
    checked: Checked = Checked.U


class Meta(Strict):
    id: Slug
    format: int = Field(
        description=f"Scenario format version; this program reads {FORMAT_VERSION}."
    )
    title: Bilingual
    description: Bilingual | None = None
    t0: AwareDatetime = Field(
        description="DEBEX: date, time and time zone, e.g. 2021-01-15T23:00:00+01:00."
    )
    duration: Duration = Field(description="Planned length of play, from DEBEX to FINEX.")
    seed: int = 0
    authors: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    fiction: Bilingual | None = Field(None, description="What is invented for the exercise.")

    @property
    def start(self) -> datetime:
        return self.t0


class OrganisationKind(StrEnum):
    COMMUNE = "commune"
    INTERCOMMUNALITE = "intercommunalite"
    DEPARTEMENT = "departement"
    REGION = "region"
    SYNDICAT = "syndicat"
    ETABLISSEMENT_PUBLIC = "etablissement-public"
    OTHER = "other"


class Organisation(Strict):
    name: str
    kind: OrganisationKind
    population: int = Field(ge=0)
    agents: int = Field(ge=0)
    description: Bilingual | None = None


class RoleKind(StrEnum):
    ELECTED = "elected"
    DGS = "dgs"
    IT = "it"
    SECURITY = "security"
    COMMUNICATION = "communication"
    HR = "hr"
    LEGAL = "legal"
    POLICE = "police"
    BUSINESS = "business"
    OTHER = "other"


class Role(Strict):
    """A seat in the crisis cell, played by a player."""

    id: Slug
    kind: RoleKind
    name: Bilingual
    description: Bilingual | None = None


class PersonaKind(StrEnum):
    PRESS = "press"
    RESIDENTS = "residents"
    ANSSI = "anssi"
    CSIRT = "csirt"
    INSURER = "insurer"
    PROSECUTOR = "prosecutor"
    POLICE = "police"
    CNIL = "cnil"
    PROVIDER = "provider"
    AUTHORITY = "authority"
    STAFF = "staff"
    ATTACKER = "attacker"
    OTHER = "other"


class Persona(Strict):
    """An outside party played by the animation team."""

    id: Slug
    kind: PersonaKind
    name: Bilingual
    description: Bilingual | None = None


class Provenance(Strict):
    """Mixed into objects that say whether they are real, and from which sources."""

    basis: Basis = Basis.INVENTED
    sources: SlugList = ()

"""The attack: a timeline of attacker steps and what each does to the nodes it reaches."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from crisis_sim.core.scenario.fields import Bilingual, GameTime, Slug
from crisis_sim.core.scenario.model_graph import NodeKind
from crisis_sim.core.scenario.model_meta import Provenance

AttackTechnique = Annotated[
    str,
    StringConstraints(pattern=r"^T\d{4}(\.\d{3})?$"),
    Field(description="A MITRE ATT&CK technique id, e.g. T1486 or T1566.001."),
]


class StepKind(StrEnum):
    INITIAL_ACCESS = "initial-access"
    ACCOUNT_TAKEOVER = "account-takeover"
    SPREAD = "spread"
    PRIVILEGE_ESCALATION = "privilege-escalation"
    EXFILTRATION = "exfiltration"
    ENCRYPTION = "encryption"
    DEFACEMENT = "defacement"
    DENIAL_OF_SERVICE = "denial-of-service"
    DESTRUCTION = "destruction"
    CLAIM = "claim"


class StepEffect(StrEnum):
    """What a step does to each node it reaches."""

    COMPROMISE = "compromise"  # the attacker holds it; it still works
    ENCRYPT = "encrypt"  # down until restored from a backup
    DISABLE = "disable"  # down until the attack stops (denial of service)
    DEGRADE = "degrade"  # works badly (defacement, slowness)
    EXFILTRATE = "exfiltrate"  # data copied out; the node keeps working
    NONE = "none"  # a claim or ransom note: no effect on the nodes


class AttackStep(Provenance):
    id: Slug
    at: GameTime
    kind: StepKind
    effect: StepEffect
    targets: tuple[Slug, ...] = Field((), description="Nodes aimed at.")
    target_zones: tuple[Slug, ...] = Field((), description="Every node of these zones.")
    target_kinds: tuple[NodeKind, ...] = Field(
        (), description="Limit target_zones to these kinds of node (e.g. server, workstations)."
    )
    entry: Slug | None = Field(
        None,
        description="Zone the attacker enters from (e.g. internet) for an initial access; "
        "other steps start from the nodes earlier steps compromised.",
    )
    techniques: tuple[AttackTechnique, ...] = ()
    description: Bilingual | None = None


class Attack(Provenance):
    family: str = Field(description="e.g. ransomware, defacement, denial of service, data theft.")
    description: Bilingual | None = None
    steps: tuple[AttackStep, ...] = ()

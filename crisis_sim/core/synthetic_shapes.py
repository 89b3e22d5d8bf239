"""The shapes of the synthetic scenarios: layers, shares and the records a blueprint holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import get_args

from pydantic import BaseModel

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import (
    Backup,
    Criticality,
    Dependency,
    NodeKind,
    ZoneKind,
)

TICK = 300  # five minutes: the delays are 1 to 3 ticks
T0 = datetime(2021, 1, 15, 23, 0, tzinfo=timezone(timedelta(hours=1)))
HOUR, DAY = 3600, 86400

# The class behind the ``Dependency`` alias (a plain id is turned into {node: id} before it).
DependencyModel: type[BaseModel] = get_args(Dependency)[0]


@dataclass(frozen=True)
class Layer:
    prefix: str
    share: float  # of all nodes
    kinds: tuple[NodeKind, ...]  # drawn in turn
    zone: str | None


LAYERS = (
    Layer("root", 0.02, (NodeKind.INFRASTRUCTURE, NodeKind.NETWORK, NodeKind.EXTERNAL), "lan"),
    Layer("plat", 0.03, (NodeKind.INFRASTRUCTURE,), "lan"),
    Layer("srv", 0.25, (NodeKind.SERVER, NodeKind.SERVER, NodeKind.WORKSTATIONS), "lan"),
    Layer("app", 0.35, (NodeKind.APPLICATION,), "lan"),
    Layer("svc", 0.20, (NodeKind.BUSINESS_FUNCTION,), None),
    Layer("pub", 0.15, (NodeKind.PUBLIC_SERVICE,), None),
)
PLATFORM, SERVERS = 1, 2
GROUPS_PER_NODE = (1, 2, 3, 3, 3, 4)  # dependencies of a node, drawn uniformly (mean 2.7)
K_OF_N_SHARE = 0.065  # of dependencies: about 15 % of nodes end up with one
SOFT_SHARE = 0.25
SKIP_LAYER_SHARE = 0.10  # a dependency two layers down (an app on a storage bay)
ON_CLUSTER = 0.36  # servers whose first dependency is the hypervisor cluster
WINDOW = 20  # providers are drawn within this distance of the dependent's position below
FALLBACK_SHARE = 0.12  # of functions
MINOR_RADIUS = 300  # the small incident's target blast radius
MTDS = (4 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, 7 * DAY, 30 * DAY)
CRITICALITIES = (
    (Criticality.VITAL, 0.10),
    (Criticality.HIGH, 0.30),
    (Criticality.MEDIUM, 0.40),
    (Criticality.LOW, 0.20),
)
BACKUPS = ((Backup.OFFLINE, 0.80), (Backup.UNTESTED, 0.08), (Backup.ONLINE, 0.06))
ZONES = (
    ("internet", ZoneKind.INTERNET, ("dmz",)),
    ("dmz", ZoneKind.DMZ, ("lan",)),
    ("lan", ZoneKind.INTERNAL, ("postes",)),
    ("postes", ZoneKind.INTERNAL, ()),
)


# Slotted records: a blueprint of 100k nodes takes 66 MB instead of 83 MB, and it is held with
# the Scenario being built from it (the generation's peak).
@dataclass(slots=True)
class DepSpec:
    providers: tuple[str, ...]
    required: int
    soft: bool
    delay: int


@dataclass(slots=True)
class NodeSpec:
    id: str
    kind: NodeKind
    zone: str | None
    criticality: Criticality
    mtd: int | None = None
    restore_effort: int = 0
    backup: Backup = Backup.NONE
    serves: int = 0
    needs: list[DepSpec] = field(default_factory=list)


@dataclass(slots=True)
class FallbackSpec:
    id: str
    function: str
    prepared: bool
    automatic: bool
    activation: int
    unprepared_activation: int | None
    capacity: float


@dataclass
class Blueprint:
    size: int
    seed: int
    nodes: list[NodeSpec]
    fallbacks: list[FallbackSpec]
    major: tuple[str, ...]
    foothold: str


@dataclass(frozen=True)
class SyntheticScenario:
    """A scenario and the incidents the benchmark plays on it.

    ``major``: the hypervisor cluster and 4 platform nodes (about 60 % of the graph impacted);
    ``minor``: one node whose blast radius is as close to a few hundred nodes as the size allows.
    The scenario's own attack encrypts the ``major`` nodes at H+2, from a foothold in the DMZ.
    """

    scenario: Scenario
    major: tuple[str, ...]
    minor: str

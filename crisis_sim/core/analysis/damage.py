"""What an incident left broken: the nodes IT staff must restore, read from a run.

A node down only because of a dependency comes back by itself once its providers do; a node
whose *own* condition is broken (encrypted, disabled, isolated, shut down, a what-if failure,
defaced) needs someone to restore it. The engine shows the own condition whenever it is what
sets the node's level; its cause then names the attack step, decision or failure, not a
dependency. (A node degraded by itself *and* down through a dependency shows the dependency:
it is found once the dependency is back, which the plan does not see; rare, and noted.)

Encrypted nodes come back only from an offline backup (untested ones may fail): those with an
online backup or none cannot be restored, only rebuilt, which is outside a restoration plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crisis_sim.core.scenario.model_graph import Backup
from crisis_sim.core.sim import DOWN, UP, NodeRecord, NodeStatus, Simulation

ENCRYPTED_WITHOUT_BACKUP = {
    Backup.ONLINE: "encrypted, and its backups are online (encrypted with it): it must be rebuilt",
    Backup.NONE: "encrypted, with no backup: it must be rebuilt",
}


@dataclass(frozen=True, slots=True)
class Damage:
    node: str
    down: bool  # its own condition puts it down (else it only degrades it)
    status: NodeStatus
    refusal: str | None = None  # why it cannot be restored; None if it can
    risk: str | None = None  # what may go wrong (an untested backup)

    @property
    def restorable(self) -> bool:
        return self.refusal is None


def damage_in_run(simulation: Simulation, t: int | None = None) -> list[Damage]:
    """The nodes broken by their own condition at ``t`` (default: now), by id."""
    compiled = simulation.compiled
    found = []
    for node, record in sorted(simulation.statuses(t).items()):
        if is_own_damage(record):
            backup = compiled.backup[compiled.index[node]]
            found.append(damage_of(node, record, backup))
    return found


def damage_of_failures(failed: Iterable[str]) -> list[Damage]:
    """What-if failures: each node is down and restarts without a backup."""
    return [Damage(node, True, NodeStatus.DOWN) for node in sorted(set(failed))]


def is_own_damage(record: NodeRecord) -> bool:
    if record.level == UP or record.status is NodeStatus.PAPER:
        return False  # a function on paper: its IT is down through a dependency, or itself
    return record.cause is not None and record.cause.kind != "dependency"


def damage_of(node: str, record: NodeRecord, backup: Backup) -> Damage:
    down = record.level == DOWN
    if record.status is not NodeStatus.ENCRYPTED:
        return Damage(node, down, record.status)
    if backup in ENCRYPTED_WITHOUT_BACKUP:
        return Damage(node, down, record.status, refusal=ENCRYPTED_WITHOUT_BACKUP[backup])
    risk = "untested backup: the restore may fail" if backup is Backup.UNTESTED else None
    return Damage(node, down, record.status, risk=risk)

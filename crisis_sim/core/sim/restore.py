"""Whether a restore can work, and whether an untested backup holds.

Encryption can only be undone from a backup the attacker could not reach: ``offline`` works;
``online`` backups were encrypted with the rest and ``none`` leaves nothing to restore from,
so both are refused. An ``untested`` backup is a coin toss decided by the scenario seed and
the node id, so an exercise replays identically; once it has failed it is known to be bad.
A node that is only down, shut down, isolated or degraded restarts without any backup.
"""

from __future__ import annotations

import random

from crisis_sim.core.scenario.model_graph import Backup
from crisis_sim.core.sim.conditions import Condition
from crisis_sim.core.sim.errors import RestoreRefusedError

UNTESTED_SUCCESS_RATE = 0.5


def untested_backup_works(seed: int, node_id: str) -> bool:
    # A string seed is hashed with SHA-512 by random, not with hash(): stable across runs.
    return random.Random(f"{seed}:{node_id}").random() < UNTESTED_SUCCESS_RATE


def restore_will_fail(
    node_id: str, backup: Backup, condition: Condition, seed: int, known_bad: bool
) -> bool:
    """True if the restore will end still encrypted; RestoreRefusedError if it cannot start."""
    if condition.encrypted is None:
        return False
    if backup is Backup.OFFLINE:
        return False
    if backup is Backup.ONLINE:
        raise RestoreRefusedError(node_id, "online-backups")
    if backup is Backup.NONE:
        raise RestoreRefusedError(node_id, "no-backup")
    if known_bad:
        raise RestoreRefusedError(node_id, "backup-failed")
    return not untested_backup_works(seed, node_id)

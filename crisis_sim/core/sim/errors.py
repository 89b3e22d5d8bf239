"""Errors the simulation raises; each leaves the simulation exactly as it was."""

from __future__ import annotations


class SimulationError(Exception):
    """Base of every error the simulation raises on a bad request."""


class GraphError(SimulationError):
    """The dependency graph cannot be built (e.g. a dependency on a node that does not exist)."""


class UnknownIdError(SimulationError):
    """A node, zone, fallback or decision id the scenario does not have."""


class InvalidTimeError(SimulationError):
    """A time before 0, before ``now`` when scheduling, or after ``now`` when reading history."""


# Why a restore cannot start, by reason: the exercise words the same reasons in French.
RESTORE_REFUSALS = {
    "online-backups": "it is encrypted and its backups are online, so they were encrypted "
    "with it; only an offline backup can bring it back",
    "no-backup": "it is encrypted and has no backup; it must be rebuilt from scratch",
    "backup-failed": "its untested backup already failed to restore",
}


class RestoreRefusedError(SimulationError):
    """A restore that cannot work: an encrypted node without a usable backup. ``reason`` is
    a key of RESTORE_REFUSALS, so the exercise can say it in the players' language."""

    def __init__(self, node_id: str, reason: str) -> None:
        super().__init__(f"cannot restore '{node_id}': {RESTORE_REFUSALS[reason]}")
        self.node_id = node_id
        self.reason = reason

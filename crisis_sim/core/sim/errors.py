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


class RestoreRefusedError(SimulationError):
    """A restore that cannot work: an encrypted node without a usable backup."""

"""Errors of the exercise layer. Each one leaves the session exactly as it was."""

from __future__ import annotations


class ExerciseError(Exception):
    """A command refused: the message says why, in words a facilitator understands."""


class JournalError(ExerciseError):
    """A session journal that cannot be written, read or replayed."""


class ScenarioMismatchError(JournalError):
    """A journal recorded with another version of the scenario than the one given."""

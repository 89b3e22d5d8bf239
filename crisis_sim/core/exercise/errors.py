"""Errors of the exercise layer. Each one leaves the session exactly as it was."""

from __future__ import annotations

from crisis_sim.core.exercise.words import Words, same


class ExerciseError(Exception):
    """A command refused: the reason says why, in words a facilitator understands.

    ``reason`` holds the sentence in French and English, so the console shows it in the
    language it is in (and again in the other after a switch); ``str()`` is the English one,
    the command line's language. A reason given as plain text reads the same in both.
    """

    def __init__(self, reason: Words | str) -> None:
        self.reason = reason if isinstance(reason, Words) else same(reason)
        super().__init__(self.reason.en)


class JournalError(ExerciseError):
    """A session journal that cannot be written, read or replayed."""


class ScenarioMismatchError(JournalError):
    """A journal recorded with another version of the scenario than the one given."""

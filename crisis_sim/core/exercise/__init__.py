"""The exercise: a session's clock, chronogramme, reactions, decisions and crisis log.

Qt-free and deterministic: the caller passes real time, the core never reads the clock.
Start with ``store.create_session`` / ``store.resume_session`` and ``Session.apply``.
"""

from crisis_sim.core.exercise.commands import (
    AddNote,
    Advance,
    Command,
    Deliver,
    EditNote,
    Finex,
    JumpTo,
    JumpToNextInject,
    MarkReaction,
    Pause,
    ReactionMark,
    Resend,
    Resume,
    Retime,
    SetSpeed,
    Skip,
    Start,
    TakeDecision,
)
from crisis_sim.core.exercise.errors import ExerciseError, JournalError, ScenarioMismatchError
from crisis_sim.core.exercise.session import Applied, Session

__all__ = [
    "AddNote",
    "Advance",
    "Applied",
    "Command",
    "Deliver",
    "EditNote",
    "ExerciseError",
    "Finex",
    "JournalError",
    "JumpTo",
    "JumpToNextInject",
    "MarkReaction",
    "Pause",
    "ReactionMark",
    "Resend",
    "Resume",
    "Retime",
    "ScenarioMismatchError",
    "Session",
    "SetSpeed",
    "Skip",
    "Start",
    "TakeDecision",
]

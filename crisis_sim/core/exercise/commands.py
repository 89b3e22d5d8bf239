"""Every facilitator and player action as a typed, immutable command.

A session changes only through these commands, so its journal (the list of commands with
their real-time stamps) is a complete record: replaying it rebuilds exactly the same state.
Each class has a ``KIND`` that names it in the journal.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from crisis_sim.core.exercise.errors import JournalError
from crisis_sim.core.exercise.words import Words


class ReactionMark(StrEnum):
    """What an observer saw of an expected reaction."""

    OBSERVED = "observed"
    PARTIAL = "partial"
    MISSED = "missed"


@dataclass(frozen=True)
class Start:
    """DEBEX: the game clock starts at game time 0."""

    KIND: ClassVar[str] = "start"


@dataclass(frozen=True)
class Pause:
    KIND: ClassVar[str] = "pause"


@dataclass(frozen=True)
class Resume:
    KIND: ClassVar[str] = "resume"


@dataclass(frozen=True)
class SetSpeed:
    """Game seconds per real second, from 1 to 120."""

    speed: int
    KIND: ClassVar[str] = "set-speed"


@dataclass(frozen=True)
class Advance:
    """``real_ms`` of real time went by: game time moves by real_ms x speed while running."""

    real_ms: int
    KIND: ClassVar[str] = "advance"


@dataclass(frozen=True)
class JumpToNextInject:
    """Move the game clock to the next scheduled inject."""

    KIND: ClassVar[str] = "jump-next-inject"


@dataclass(frozen=True)
class JumpTo:
    """Move the game clock to game time ``t`` (seconds since DEBEX), never backwards."""

    t: int
    KIND: ClassVar[str] = "jump-to"


@dataclass(frozen=True)
class Deliver:
    """Send an inject now: a reserve inject, or a planned one ahead of its time."""

    inject: str
    channel: str | None = None
    KIND: ClassVar[str] = "deliver"


@dataclass(frozen=True)
class Resend:
    """Send a delivered inject again, usually through another channel."""

    inject: str
    channel: str
    KIND: ClassVar[str] = "resend"


@dataclass(frozen=True)
class Skip:
    """Do not play an inject (about 30 % of planned stimuli are never played)."""

    inject: str
    KIND: ClassVar[str] = "skip"


@dataclass(frozen=True)
class Retime:
    """Deliver an inject at game time ``t`` instead of its planned time or condition."""

    inject: str
    t: int
    KIND: ClassVar[str] = "retime"


@dataclass(frozen=True)
class TakeDecision:
    """A decision of the crisis cell: from the scenario's catalogue, or free text."""

    role: str
    decision: str | None = None
    text: str | None = None
    KIND: ClassVar[str] = "decide"


@dataclass(frozen=True)
class MarkReaction:
    reaction: str
    status: ReactionMark
    comment: str = ""
    role: str = "animation"
    KIND: ClassVar[str] = "mark"


@dataclass(frozen=True)
class AddNote:
    text: str
    role: str
    KIND: ClassVar[str] = "note"


@dataclass(frozen=True)
class EditNote:
    note_id: str
    text: str
    role: str | None = None
    KIND: ClassVar[str] = "edit-note"


@dataclass(frozen=True)
class Finex:
    """FINEX: the exercise ends; only observations and notes are taken afterwards."""

    KIND: ClassVar[str] = "finex"


Command = (
    Start
    | Pause
    | Resume
    | SetSpeed
    | Advance
    | JumpToNextInject
    | JumpTo
    | Deliver
    | Resend
    | Skip
    | Retime
    | TakeDecision
    | MarkReaction
    | AddNote
    | EditNote
    | Finex
)

COMMAND_TYPES: dict[str, type[Any]] = {
    cls.KIND: cls
    for cls in (
        Start,
        Pause,
        Resume,
        SetSpeed,
        Advance,
        JumpToNextInject,
        JumpTo,
        Deliver,
        Resend,
        Skip,
        Retime,
        TakeDecision,
        MarkReaction,
        AddNote,
        EditNote,
        Finex,
    )
}

# The JSON type each field must have; enums are stored as their string value.
_INT_FIELDS = {"speed", "real_ms", "t"}
_OPTIONAL_FIELDS = {"channel", "decision", "text", "role"}


def command_to_json(command: Command) -> dict[str, Any]:
    data: dict[str, Any] = {"type": command.KIND}
    for field in dataclasses.fields(command):
        value = getattr(command, field.name)
        data[field.name] = value.value if isinstance(value, StrEnum) else value
    return data


def command_from_json(data: Any) -> Command:
    """The command a journal line holds; JournalError if it is not one this program knows."""
    if not isinstance(data, dict) or data.get("type") not in COMMAND_TYPES:
        kind = data.get("type") if isinstance(data, dict) else data
        raise JournalError(Words(f"commande inconnue {kind!r}", f"unknown command {kind!r}"))
    cls = COMMAND_TYPES[data["type"]]
    names = {field.name for field in dataclasses.fields(cls)}
    unknown = set(data) - names - {"type"}
    if unknown:
        fields = ", ".join(sorted(unknown))
        raise JournalError(
            Words(
                f"la commande « {cls.KIND} » a des champs inconnus : {fields}",
                f"command '{cls.KIND}' has unknown fields: {fields}",
            )
        )
    values = {name: _checked(cls.KIND, name, data[name]) for name in names if name in data}
    if "status" in values:
        values["status"] = _reaction_mark(values["status"])
    try:
        return cls(**values)
    except TypeError as error:
        raise JournalError(
            Words(
                f"la commande « {cls.KIND} » est incomplète : {error}",
                f"command '{cls.KIND}' is incomplete: {error}",
            )
        ) from None


def _checked(kind: str, name: str, value: Any) -> Any:
    if name in _INT_FIELDS:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, str) or (value is None and name in _OPTIONAL_FIELDS)
    if not ok:
        raise JournalError(
            Words(
                f"commande « {kind} » : le champ « {name} » a une valeur erronée {value!r}",
                f"command '{kind}': field '{name}' has a wrong value {value!r}",
            )
        )
    return value


def _reaction_mark(value: str) -> ReactionMark:
    try:
        return ReactionMark(value)
    except ValueError:
        raise JournalError(
            Words(f"marque de réaction inconnue {value!r}", f"unknown reaction mark {value!r}")
        ) from None

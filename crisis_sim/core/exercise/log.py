"""The crisis log (main courante): every delivery, decision, service change, observation and
note, with game time, real time and the author's role. Notes can be edited; each edit keeps
the text it replaced."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.clock import format_real_time
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.gametime import format_game_time

ANIMATION = "animation"
SIMULATION = "simulation"


class EntryKind(StrEnum):
    DEBEX = "debex"
    FINEX = "finex"
    DELIVERY = "delivery"
    RESEND = "resend"
    DECISION = "decision"
    SERVICE = "service"
    OBSERVATION = "observation"
    NOTE = "note"
    SKIP = "skip"
    RETIME = "retime"
    EXPIRY = "expiry"


class Audience(StrEnum):
    """Who may see an entry: observations and chronogramme changes stay with the animation."""

    ALL = "all"
    ANIMATION = "animation"


@dataclass(frozen=True)
class Edit:
    """A note's text before an edit, and when the edit was made."""

    previous: str
    t: int
    real_ms: int
    role: str | None


@dataclass(frozen=True)
class LogEntry:
    id: str
    kind: EntryKind
    t: int
    real_ms: int
    role: str  # author: a player's role, 'animation', or 'simulation' for service changes
    text: Words
    ref: str | None = None  # the inject, decision, node or reaction the entry is about
    audience: Audience = Audience.ALL
    edits: tuple[Edit, ...] = ()

    def render(self, t0: datetime, lang: str = "fr", role_name: str | None = None) -> str:
        """``J+1 07:45 (réel 0:12:30) [DGS] …``: one line of the main courante."""
        real = "real" if lang == "en" else "réel"
        edited = (" (edited)" if lang == "en" else " (modifiée)") if self.edits else ""
        when = f"{format_game_time(self.t, t0)} ({real} {format_real_time(self.real_ms)})"
        return f"{when} [{role_name or self.role}] {self.text.get(lang)}{edited}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "t": self.t,
            "real_ms": self.real_ms,
            "role": self.role,
            "text": self.text.to_json(),
            "ref": self.ref,
            "audience": self.audience.value,
            "edits": [
                {"previous": e.previous, "t": e.t, "real_ms": e.real_ms, "role": e.role}
                for e in self.edits
            ],
        }


class CrisisLog:
    def __init__(self) -> None:
        self._entries: list[LogEntry] = []
        self._note_index: dict[str, int] = {}

    @property
    def entries(self) -> tuple[LogEntry, ...]:
        return tuple(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self,
        kind: EntryKind,
        t: int,
        real_ms: int,
        role: str,
        text: Words,
        ref: str | None = None,
        audience: Audience = Audience.ALL,
    ) -> LogEntry:
        if kind is EntryKind.NOTE:
            entry_id = f"note-{len(self._note_index) + 1}"
            self._note_index[entry_id] = len(self._entries)
        else:
            entry_id = f"log-{len(self._entries) + 1}"
        entry = LogEntry(entry_id, kind, t, real_ms, role, text, ref, audience)
        self._entries.append(entry)
        return entry

    def note(self, note_id: str) -> LogEntry:
        index = self._note_index.get(note_id)
        if index is None:
            known = ", ".join(self._note_index) or "none yet"
            raise ExerciseError(refusals.no_note(note_id, known))
        return self._entries[index]

    def edit_note(self, note_id: str, text: str, t: int, real_ms: int, role: str | None) -> None:
        entry = self.note(note_id)
        edit = Edit(entry.text.fr, t, real_ms, role)
        self._entries[self._note_index[note_id]] = replace(
            entry, text=Words(text, text), edits=(*entry.edits, edit)
        )

    def until(self, t: int) -> list[LogEntry]:
        return [entry for entry in self._entries if entry.t <= t]

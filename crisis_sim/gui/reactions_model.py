"""The reactions the animation team expects of the players, to mark as they are observed.

One row per expected reaction of a delivered inject (the others are not expected yet):
what is expected, after which inject, the deadline and its status. Never on the players'
screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from crisis_sim.core.exercise.reactions import ReactionState, ReactionStatus
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.injects_model import reaction_status_label
from crisis_sim.gui.table_model import RowsTableModel

REACTION, AFTER, DEADLINE, STATUS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#A33A00")


class ReactionsModel(RowsTableModel):
    columns = STATUS + 1

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._states: list[ReactionState] = []
        self._summary: list[tuple[Any, ...]] = []
        self.refresh()

    def refresh(self) -> None:
        now = self.session.now
        states = [r for r in self.session.reactions if r.opened_at is not None]
        summary = [(r.id, r.status_at(now), r.deadline, len(r.marks)) for r in states]
        if [s.id for s in states] != [s.id for s in self._states]:
            self.beginResetModel()
            self._states, self._summary = states, summary
            self.endResetModel()
            return
        old, self._summary = self._summary, summary
        self.signal_changes(old, summary)

    def reaction_id(self, row: int) -> str:
        return self._states[row].id

    def row_count(self) -> int:
        return len(self._states)

    def headers(self) -> dict[int, str]:
        return {
            REACTION: self.tr("Expected reaction"),
            AFTER: self.tr("After"),
            DEADLINE: self.tr("Deadline"),
            STATUS: self.tr("Status"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        state = self._states[row]
        status = state.status_at(self.session.now)
        if role == ID_ROLE:
            return state.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(state, status, column)
        if role == Qt.ItemDataRole.ForegroundRole and status is ReactionStatus.LATE:
            return LATE
        return None

    def _text(self, state: ReactionState, status: ReactionStatus, column: int) -> str:
        lang = current_language()
        if column == REACTION:
            return state.reaction.text.get(lang)
        if column == AFTER:
            return self.session.scenario.inject_by_id[state.inject].title.get(lang)
        if column == DEADLINE:
            t0 = self.session.scenario.meta.t0
            return "—" if state.deadline is None else format_game_time(state.deadline, t0)
        return reaction_status_label(status)

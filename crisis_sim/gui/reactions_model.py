"""The reactions the animation team expects of the players, to mark as they are observed.

One row per expected reaction of a delivered inject (the others are not expected yet):
what is expected, after which inject, the deadline and its status. Never on the players'
screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crisis_sim.core.exercise.reactions import ReactionState, ReactionStatus
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.injects_model import reaction_status_label

REACTION, AFTER, DEADLINE, STATUS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#A33A00")

Index = QModelIndex | QPersistentModelIndex


class ReactionsModel(QAbstractTableModel):
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
        changed = [i for i, (a, b) in enumerate(zip(self._summary, summary, strict=True)) if a != b]
        self._summary = summary
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], STATUS))

    def reaction_id(self, row: int) -> str:
        return self._states[row].id

    def retranslate(self) -> None:
        if self._states:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._states) - 1, STATUS))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else STATUS + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            REACTION: self.tr("Expected reaction"),
            AFTER: self.tr("After"),
            DEADLINE: self.tr("Deadline"),
            STATUS: self.tr("Status"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._states):
            return None
        state, column = self._states[index.row()], index.column()
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

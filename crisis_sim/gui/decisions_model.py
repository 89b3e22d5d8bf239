"""The scenario's decisions as a list: enabled when their preconditions hold now; a
disabled one says why in its tooltip (the session's own words, kept in French and English
and shown in the console's language, so the tooltip follows a language switch)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from crisis_sim.core.exercise.decisions import unmet_preconditions
from crisis_sim.core.exercise.refusals import joined
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.words import Words
from crisis_sim.gui.i18n import current_language

ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class DecisionsModel(QAbstractListModel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._decisions = session.scenario.decisions
        self._unmet: list[tuple[Words, ...]] = [()] * len(self._decisions)
        self._taken: list[bool] = [False] * len(self._decisions)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        unmet = [
            tuple(unmet_preconditions(d, s.decisions, s.world, s.now, s.scenario))
            for d in self._decisions
        ]
        taken = [s.decisions.taken(d.id) for d in self._decisions]
        changed = [
            i
            for i in range(len(self._decisions))
            if (unmet[i], taken[i]) != (self._unmet[i], self._taken[i])
        ]
        self._unmet, self._taken = unmet, taken
        for i in changed:
            self.dataChanged.emit(self.index(i), self.index(i))

    def available(self, row: int) -> bool:
        return self.session.clock.started and not self._unmet[row]

    def retranslate(self) -> None:
        if self._decisions:
            self.dataChanged.emit(self.index(0), self.index(len(self._decisions) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._decisions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._unmet[index.row()]:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._decisions):
            return None
        decision, row = self._decisions[index.row()], index.row()
        if role == ID_ROLE:
            return decision.id
        if role == Qt.ItemDataRole.DisplayRole:
            label = decision.label.get(current_language())
            return self.tr("%1 (taken)").replace("%1", label) if self._taken[row] else label
        if role == Qt.ItemDataRole.ToolTipRole and self._unmet[row]:
            why = joined(list(self._unmet[row])).get(current_language())
            return self.tr("Not now: %1").replace("%1", why)
        return None

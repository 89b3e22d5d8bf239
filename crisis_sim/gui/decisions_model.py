"""The scenario's decisions as a list: those whose preconditions do not hold now are greyed
and say why in their tooltip and in ``reason`` (the session's own words, kept in French and
English and shown in the console's language, so they follow a language switch).

A greyed decision stays selectable and enabled as an item: a disabled item cannot be reached
with the keyboard, and a facilitator without a mouse must still learn why it cannot be taken
(the panel then disables its Take button)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

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

    def possible(self, row: int) -> bool:
        """Its preconditions hold now (the clock aside: before DEBEX the session says so)."""
        return not self._unmet[row]

    def reason(self, row: int) -> str:
        """Why the decision cannot be taken now, in the console's language; '' if it can."""
        if not self._unmet[row]:
            return ""
        why = joined(list(self._unmet[row])).get(current_language())
        return self.tr("Not now: %1").replace("%1", why)

    def retranslate(self) -> None:
        if self._decisions:
            self.dataChanged.emit(self.index(0), self.index(len(self._decisions) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._decisions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
            return self.reason(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._unmet[row]:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

"""The crisis log (main courante) as a table: game time, real time, who, what.

Rows are only ever added (a note's edit changes its own row): ``refresh`` inserts the new
entries and signals the edited ones, so a long log never resets its view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from crisis_sim.core.exercise.clock import format_real_time
from crisis_sim.core.exercise.log import ANIMATION, SIMULATION, Audience, LogEntry
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.table_model import RowsTableModel

GAME_TIME, REAL_TIME, WHO, TEXT = range(4)
DIREX, OBSERVER = "direx", "observateur"  # as play scripts and the core name them
ANIMATION_ONLY = QColor("#5A5A5A")  # entries players never see, in grey italics


class CrisisLogModel(RowsTableModel):
    columns = TEXT + 1

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._entries: tuple[LogEntry, ...] = ()
        self.refresh()

    def refresh(self) -> None:
        entries = self.session.log.entries
        old = self._entries
        if len(entries) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(entries) - 1)
            self._entries = entries
            self.endInsertRows()
        self._entries = entries
        self.signal_changes(old, entries[: len(old)])  # an edited note changes its row

    def entry(self, row: int) -> LogEntry:
        return self._entries[row]

    def row_count(self) -> int:
        return len(self._entries)

    def headers(self) -> dict[int, str]:
        return {
            GAME_TIME: self.tr("Game time"),
            REAL_TIME: self.tr("Real time"),
            WHO: self.tr("Who"),
            TEXT: self.tr("Entry"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        entry = self._entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and entry.audience is Audience.ANIMATION:
            return self.tr("Animation team only: not shown to the players")
        if role == Qt.ItemDataRole.ForegroundRole and entry.audience is Audience.ANIMATION:
            return ANIMATION_ONLY
        return None

    def _text(self, entry: LogEntry, column: int) -> str:
        if column == GAME_TIME:
            return format_game_time(entry.t, self.session.scenario.meta.t0)
        if column == REAL_TIME:
            return format_real_time(entry.real_ms)
        if column == WHO:
            return self._who(entry.role)
        text = entry.text.get(current_language())
        return text + self.tr(" (edited)") if entry.edits else text

    def _who(self, role: str) -> str:
        if role == ANIMATION:
            return self.tr("Animation")
        if role == SIMULATION:
            return self.tr("Simulation")
        # The animation team's other roles (rules.FACILITATOR_ROLES) are not in the scenario:
        # named here, or the log would show their ids.
        if role == DIREX:
            return self.tr("Exercise director")
        if role == OBSERVER:
            return self.tr("Observer")
        roles = {r.id: r for r in self.session.scenario.roles}
        return roles[role].name.get(current_language()) if role in roles else role

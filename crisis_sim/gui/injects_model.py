"""The chronogramme as a table for the animation team: each inject's time, status, channel,
title and the reactions expected of the players (never shown on the players' screen).

A surprise inject stays off this table until it is delivered, as the scenario asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from crisis_sim.core.exercise.chronogramme import InjectState, InjectStatus
from crisis_sim.core.exercise.reactions import ReactionStatus
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.players_models import channel_label
from crisis_sim.gui.resident_style import channel_icon
from crisis_sim.gui.table_model import RowsTableModel

WHEN, STATUS, CHANNEL, TITLE, EXPECTED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
NOT_COMING = (InjectStatus.SKIPPED, InjectStatus.EXPIRED)  # unless re-timed by the DIREX

translate = QCoreApplication.translate


def inject_status_label(status: InjectStatus) -> str:
    return {
        InjectStatus.SCHEDULED: translate("InjectStatus", "Planned"),
        InjectStatus.CONDITIONAL: translate("InjectStatus", "Waits for its condition"),
        InjectStatus.RESERVE: translate("InjectStatus", "In reserve"),
        InjectStatus.DELIVERED: translate("InjectStatus", "Delivered"),
        InjectStatus.SKIPPED: translate("InjectStatus", "Skipped"),
        InjectStatus.EXPIRED: translate("InjectStatus", "Expired"),
    }[status]


def reaction_status_label(status: ReactionStatus) -> str:
    return {
        ReactionStatus.WAITING: translate("ReactionStatus", "waiting"),
        ReactionStatus.OPEN: translate("ReactionStatus", "open"),
        ReactionStatus.LATE: translate("ReactionStatus", "late"),
        ReactionStatus.OBSERVED: translate("ReactionStatus", "observed"),
        ReactionStatus.PARTIAL: translate("ReactionStatus", "partial"),
        ReactionStatus.MISSED: translate("ReactionStatus", "missed"),
    }[status]


class InjectsModel(RowsTableModel):
    columns = EXPECTED + 1

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[Any, ...]] = []
        self._states: list[InjectState] = []
        self.refresh()

    def refresh(self) -> None:
        """Re-read the chronogramme; rows that changed are signalled, a new set resets."""
        states = [s for s in self.session.chronogramme.states if _shown(s)]
        rows = [self._summary(s) for s in states]
        if [s.id for s in states] != [s.id for s in self._states]:
            self.beginResetModel()
            self._states, self._rows = states, rows
            self.endResetModel()
            return
        old, self._states, self._rows = self._rows, states, rows
        self.signal_changes(old, rows)

    def _summary(self, state: InjectState) -> tuple[Any, ...]:
        reactions = [r for r in self.session.reactions if r.inject == state.id]
        now = self.session.now
        return (
            state.status,
            state.due,
            state.delivered_at,
            tuple(d.channel for d in state.deliveries),
            tuple((r.id, r.status_at(now), r.deadline) for r in reactions),
        )

    def inject_id(self, row: int) -> str:
        return self._states[row].id

    def row_count(self) -> int:
        return len(self._states)

    def headers(self) -> dict[int, str]:
        return {
            WHEN: self.tr("When"),
            STATUS: self.tr("Status"),
            CHANNEL: self.tr("Channel"),
            TITLE: self.tr("Inject"),
            EXPECTED: self.tr("Expected reactions"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        state = self._states[row]
        if role == ID_ROLE:
            return state.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(state, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CHANNEL:
            return channel_icon(self._channel(state).value, 24)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, EXPECTED):
            return self._tooltip(state, column)
        return None

    def _channel(self, state: InjectState):
        return state.deliveries[-1].channel if state.deliveries else state.inject.channel

    def _text(self, state: InjectState, column: int) -> str:
        if column == WHEN:
            t = state.delivered_at if state.delivered_at is not None else state.due
            return "—" if t is None else format_game_time(t, self.session.scenario.meta.t0)
        if column == STATUS:
            return inject_status_label(state.status)
        if column == CHANNEL:
            return channel_label(self._channel(state))
        if column == TITLE:
            return state.inject.title.get(current_language())
        return self._expected(state)

    def _expected(self, state: InjectState) -> str:
        now = self.session.now
        parts = []
        for reaction in (r for r in self.session.reactions if r.inject == state.id):
            status = reaction.status_at(now)
            if status is ReactionStatus.WAITING and state.status in NOT_COMING:
                continue  # "waiting" for an inject that will not be played would mislead
            text = reaction_status_label(status)
            if reaction.deadline is not None and reaction.mark is None:
                deadline = format_game_time(reaction.deadline, self.session.scenario.meta.t0)
                text = self.tr("%1 until %2").replace("%1", text).replace("%2", deadline)
            parts.append(text)
        return "; ".join(parts) or "—"

    def _tooltip(self, state: InjectState, column: int) -> str:
        lang = current_language()
        if column == TITLE:
            return state.inject.text.get(lang)
        return "\n".join(f"• {r.text.get(lang)}" for r in state.inject.expected)


def _shown(state: InjectState) -> bool:
    return not state.inject.surprise or state.status is InjectStatus.DELIVERED

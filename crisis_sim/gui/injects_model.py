"""The chronogramme as a table for the animation team: each inject's time, status, channel,
title and the reactions expected of the players (never shown on the players' screen).

A surprise inject stays off this table until it is delivered, as the scenario asks.

Rows come in time order, the time the "When" column shows: when the inject was delivered,
else when it is planned. The injects with no time yet come after them: those waiting for
their condition, then those held in reserve, then those that will not be played (skipped or
expired before they had a time). Ties keep the scenario's order. A row that moves (re-timed,
delivered early or late) keeps its selection: persistent indexes follow it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from crisis_sim.core.exercise.chronogramme import InjectState, InjectStatus
from crisis_sim.core.exercise.reactions import ReactionStatus
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import DAY, HOUR, MINUTE, format_game_time
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.gui.column_fit import wrap_in_two
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.players_models import channel_label
from crisis_sim.gui.resident_style import channel_icon
from crisis_sim.gui.table_model import RowsTableModel

WHEN, STATUS, CHANNEL, TITLE, EXPECTED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
NOT_COMING = (InjectStatus.SKIPPED, InjectStatus.EXPIRED)  # unless re-timed by the DIREX
# Where the injects with no time yet go, after the timed ones: the next to come first.
UNTIMED_ORDER = {InjectStatus.CONDITIONAL: 1, InjectStatus.RESERVE: 2}

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
        """Re-read the chronogramme; rows that moved are moved (the selection follows them),
        rows that changed are signalled, a new set resets."""
        states = sorted((s for s in self.session.chronogramme.states if _shown(s)), key=time_order)
        rows = [self._summary(s) for s in states]
        ids, before = [s.id for s in states], [s.id for s in self._states]
        if sorted(ids) != sorted(before):
            self.beginResetModel()
            self._states, self._rows = states, rows
            self.endResetModel()
            return
        old = dict(zip(before, self._rows, strict=True))
        if ids != before:
            self._move_rows(states, rows, before)
        else:
            self._states, self._rows = states, rows
        self.signal_changes([old[i] for i in ids], rows)

    def _move_rows(self, states: list[InjectState], rows: list[tuple[Any, ...]], before) -> None:
        """The same injects in a new order: a layout change, so that selections and other
        persistent indexes stay on their inject rather than on their row number."""
        self.layoutAboutToBeChanged.emit()
        row_of = {state.id: row for row, state in enumerate(states)}
        self._states, self._rows = states, rows
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(row_of[before[i.row()]], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

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

    def row_of(self, inject_id: str) -> int | None:
        return next((i for i, s in enumerate(self._states) if s.id == inject_id), None)

    def row_count(self) -> int:
        return len(self._states)

    def labels(self, column: int) -> list[str]:
        """Every text ``column`` may show, for sizing it (the title's column excepted)."""
        late = format_game_time(9 * DAY + 23 * HOUR + 59 * MINUTE, self.session.scenario.meta.t0)
        if column == WHEN:
            return [late]
        if column == STATUS:
            return [inject_status_label(status) for status in InjectStatus]
        if column == CHANNEL:
            return [channel_label(channel) for channel in Channel]
        until = self.tr("%1 until %2").replace("%2", late)
        return [until.replace("%1", reaction_status_label(status)) for status in ReactionStatus]

    def headers(self) -> dict[int, str]:
        return {
            WHEN: self.tr("When"),
            STATUS: self.tr("Status"),
            CHANNEL: self.tr("Channel"),
            TITLE: self.tr("Inject"),
            EXPECTED: self.tr("Expected reactions"),
        }

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The expected reactions' header on two lines: its column stays narrow."""
        text = super().headerData(section, orientation, role)
        return wrap_in_two(text) if section == EXPECTED and isinstance(text, str) else text

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
        if column == TITLE:  # the whole title, then what the players will read
            title, text = state.inject.title.get(lang), state.inject.text.get(lang)
            return f"<b>{html.escape(title)}</b><br>{html.escape(text)}"
        return "\n".join(f"• {r.text.get(lang)}" for r in state.inject.expected)


def time_order(state: InjectState) -> tuple[int, int, int]:
    """The sort key of a row (see the module's docstring)."""
    t = state.delivered_at if state.delivered_at is not None else state.due
    if t is not None:
        return (0, t, state.order)
    return (UNTIMED_ORDER.get(state.status, 3), 0, state.order)


def _shown(state: InjectState) -> bool:
    return not state.inject.surprise or state.status is InjectStatus.DELIVERED

"""What the players' screen shows, as item models: services as residents see them, and the
messages (injects) delivered so far. Plain words only: no ids, no technical states, and never
the reactions the animation team expects.

A message shows what the crisis cell receives, as on the players' paper cards: when, through
which channel, from whom to which seats, its title and text. Every inject is addressed to
roles of the cell, so every delivery is shown; nothing that is still pending, skipped or
expired, and none of the animation team's material (expected reactions, deadlines,
conditions, sources, notes on personas)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import NodeKind
from crisis_sim.core.scenario.model_injects import Channel, Inject
from crisis_sim.core.sim import DOWN, UP, NodeStatus
from crisis_sim.gui.describe import StateSource, node_name, source_version
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.resident_style import channel_icon, resident_icon

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
# The three parts of a message, for a view that sets them apart (time and sender, title, text).
HEAD_ROLE, TITLE_ROLE, BODY_ROLE = range(Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 4)


class Access(Enum):
    """A service as a resident finds it at the town hall's door."""

    OPEN = "open"
    DISRUPTED = "disrupted"
    PAPER = "paper"
    CLOSED = "closed"


def access_of(status: NodeStatus, level: int) -> Access:
    if status is NodeStatus.PAPER:
        return Access.PAPER
    if level == UP:  # a compromised service still works: residents see nothing
        return Access.OPEN
    return Access.CLOSED if level == DOWN else Access.DISRUPTED


def access_label(access: Access) -> str:
    return {
        Access.OPEN: translate("Access", "Open"),
        Access.DISRUPTED: translate("Access", "Disrupted"),
        Access.PAPER: translate("Access", "Reduced service (paper)"),
        Access.CLOSED: translate("Access", "Closed"),
    }[access]


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: translate("Channel", "Phone call"),
        Channel.EMAIL: translate("Channel", "E-mail"),
        Channel.SMS: translate("Channel", "Text message"),
        Channel.PRESS: translate("Channel", "Press"),
        Channel.SOCIAL_MEDIA: translate("Channel", "Social media"),
        Channel.WALK_IN: translate("Channel", "At the front desk"),
        Channel.FAX: translate("Channel", "Fax"),
        Channel.RADIO_TV: translate("Channel", "Radio / TV"),
        Channel.IN_PERSON: translate("Channel", "In person"),
        Channel.LETTER: translate("Channel", "Letter"),
    }[channel]


def board_nodes(scenario: Scenario) -> tuple:
    """Public services if the scenario has any, else every business function."""
    public = tuple(n for n in scenario.functions if n.kind is NodeKind.PUBLIC_SERVICE)
    return public or scenario.functions


class PublicServicesModel(QAbstractTableModel):
    """Two columns: the service's name and how residents find it."""

    def __init__(self, scenario: Scenario, source: StateSource, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.source = source
        self._nodes = board_nodes(scenario)
        self._access = [Access.OPEN] * len(self._nodes)
        self._shown_version: int | None = None  # the source's version of the present shown

    def refresh(self, t: int | None = None) -> list[int]:
        """Read the services' states at ``t`` (default: now) unless the present is shown and
        the source's version has not moved; the rows that changed."""
        version = source_version(self.source) if t is None or t == self.source.now else None
        if version is not None and version == self._shown_version:
            return []
        self._shown_version = version
        # Residents see whether a service is open, never why: no causes to work out.
        records = [self.source.state_at(node.id, t, causes=False) for node in self._nodes]
        access = [access_of(r.status, r.level) for r in records]
        changed = [i for i, (a, b) in enumerate(zip(self._access, access, strict=True)) if a != b]
        self._access = access
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, 1))
        return changed

    def access(self, row: int) -> Access:
        return self._access[row]

    def retranslate(self) -> None:
        if self._nodes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._nodes) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._nodes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._nodes):
            return None
        access = self._access[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node_name(self.scenario, self._nodes[index.row()].id)
            return access_label(access)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return resident_icon(access.value)
        return None


@dataclass(frozen=True)
class DeliveredInject:
    """An inject as the session delivered it: when, and through which channel."""

    inject_id: str
    at: int
    channel: Channel | None = None  # None: the scenario's channel; set when re-sent another way


class InjectFeedModel(QAbstractListModel):
    """The messages received, newest first: time, channel, sender and addressees, title, text."""

    def __init__(self, scenario: Scenario, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self._items: list[DeliveredInject] = []

    def show_injects(self, delivered: list[DeliveredInject]) -> None:
        """Show these deliveries (any order); unknown ids are left out."""
        known = [d for d in delivered if d.inject_id in self.scenario.inject_by_id]
        items = sorted(known, key=lambda d: d.at, reverse=True)
        if items == self._items:
            return  # called on every tick: keep the view (and its scrolling) as it is
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def retranslate(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        delivered = self._items[index.row()]
        inject = self.scenario.inject_by_id[delivered.inject_id]
        channel = delivered.channel or inject.channel
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join((self._head(delivered, inject, channel), *_title_text(inject, lang)))
        if role == HEAD_ROLE:
            return self._head(delivered, inject, channel)
        if role in (TITLE_ROLE, BODY_ROLE):
            return _title_text(inject, lang)[role - TITLE_ROLE]
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(channel.value)
        return None

    def _head(self, delivered: DeliveredInject, inject: Inject, channel: Channel) -> str:
        """``J+1 08:00 · Phone call · Local press → Mayor, DGS``: the seats it is for tell
        the room who must act."""
        lang = current_language()
        when = format_game_time(delivered.at, self.scenario.meta.t0)
        sender = _party_name(self.scenario, inject.sender, lang)
        to = ", ".join(
            name for party in inject.to if (name := _party_name(self.scenario, party, lang))
        )
        parties = " → ".join(part for part in (sender, to) if part)
        return " · ".join(part for part in (when, channel_label(channel), parties) if part)


def _title_text(inject, lang: str) -> tuple[str, str]:
    return inject.title.get(lang), inject.text.get(lang)


def _party_name(scenario: Scenario, party_id: str, lang: str) -> str:
    """A persona's or a role's name; empty for an unknown id (players never see ids)."""
    for party in (*scenario.personas, *scenario.roles):
        if party.id == party_id:
            return party.name.get(lang)
    return ""

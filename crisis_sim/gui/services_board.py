"""The public services board: the services table, sortable, for the facilitator's console.

The service's name gets the room: the other columns are sized once to what they may hold
(their headers on two lines), and the name column stretches over the rest. A name or a
paper procedure still too long for its cell is whole in its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from crisis_sim.core.gametime import DAY, HOUR, MINUTE, format_duration
from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.column_fit import text_width, wrap_in_two
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.services_model import (
    AFFECTED,
    DOWN_TIME,
    PAPER,
    SERVICE,
    SORT_ROLE,
    STATE,
    ServicesModel,
)
from crisis_sim.gui.state_style import status_label

TOOLTIP = Qt.ItemDataRole.ToolTipRole
WRAPPED_HEADERS = (DOWN_TIME, AFFECTED, PAPER)  # short values under a long header
LONG_DOWN = 9 * DAY + 23 * HOUR + 59 * MINUTE  # the widest time down an exercise shows
translate = QCoreApplication.translate


class BoardProxy(QSortFilterProxyModel):
    """Sorts the board and puts the long headers on two lines.

    It leaves ``data`` to Qt: a Python override is called for every role of every cell
    painted (a thousand calls when a change repaints the visible board)."""

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if orientation == Qt.Orientation.Horizontal and isinstance(text, str):
            if role == Qt.ItemDataRole.DisplayRole and section in WRAPPED_HEADERS:
                return wrap_in_two(text)
            if role == TOOLTIP:
                return text
        return super().headerData(section, orientation, role)


class ServicesBoard(QWidget):
    def __init__(self, model: ServicesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = BoardProxy(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        # Rows start in the scenario's order (no sort column): they do not jump about while
        # services change state; a click on a header sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the board (arrows move within it)
        # Columns are sized once to what they may hold, then left alone: sizing them to
        # their contents on every change would read every cell of a large board four times
        # a second.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _fit_columns(self) -> None:
        """Every column but the name's, wide enough for its header and the widest value it
        may show, not only those shown at the start."""
        font, bold = self.table.font(), QFont(self.table.font())
        bold.setBold(True)  # a time down past the tolerable is in bold
        states = [status_label(status) for status in NodeStatus]
        samples = {
            STATE: text_width(font, states) + 32,  # the state's icon
            DOWN_TIME: text_width(bold, self._down_samples()),
            AFFECTED: text_width(font, [self._affected_sample()]),
            PAPER: text_width(font, ["100 % — "]),
        }
        for column, width in samples.items():
            header = self.proxy.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(width, text_width(font, [header])))

    def _down_samples(self) -> list[str]:
        """The time down at its widest beside each tolerable downtime, as the model writes
        them ("⚠ time down / tolerable")."""
        rows = (self.model.service(row) for row in range(self.model.rowCount()))
        tolerable = {row.mtd for row in rows}
        long = format_duration(LONG_DOWN)
        return [f"⚠ {long} / {format_duration(t) if t else '—'}" for t in tolerable]

    def _affected_sample(self) -> str:
        """Everyone affected in the largest service, as the model writes it."""
        rows = range(self.model.rowCount())
        most = max((self.model.service(row).serves for row in rows), default=0)
        number = QLocale(current_language()).toString(most)
        return translate("ServicesModel", "%1 of %2").replace("%1", number).replace("%2", number)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._fit_columns()
        super().changeEvent(event)

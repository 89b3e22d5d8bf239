"""The public services board: the services table, sortable, for the facilitator's console."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.services_model import SERVICE, SORT_ROLE, STATE, ServicesModel
from crisis_sim.gui.state_style import status_label


class ServicesBoard(QWidget):
    def __init__(self, model: ServicesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
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
        # Columns are sized once to their contents, then left alone: sizing them on every
        # change would read every cell of a large board four times a second.
        self.table.resizeColumnsToContents()
        self._fit_state_column()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _fit_state_column(self) -> None:
        """Wide enough for every state's name, not only those shown at the start."""
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(status_label(status)) for status in NodeStatus)
        self.table.setColumnWidth(STATE, widest + 48)  # icon, margins

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._fit_state_column()
        super().changeEvent(event)

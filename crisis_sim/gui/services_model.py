"""The public services board as a table model: one row per business function or service.

Columns: the service, its state (text, colour and glyph), time fully down against its
maximum tolerable downtime, people affected, and the paper fallback at work. ``refresh``
recomputes the rows and signals only the cells that changed.

At the present, a view of a large graph refreshes four times a second: nothing is read while
the source's version and the minute stay the same; a new minute alone moves the time down of
the services fully down by arithmetic (no read) and signals those cells only; a new version
reads the state of the services whose history moved since the rows' time (the others keep
theirs: a state read without its cause changes only with a new entry in the node's
history), and the history of those whose state changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont

from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import NodeRecord
from crisis_sim.gui.describe import StateSource, moved_since, node_name, source_version
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.service_rows import ServiceRow, row_later, service_row
from crisis_sim.gui.state_style import STYLES, state_icon, status_label
from crisis_sim.gui.table_model import RowsTableModel

SERVICE, STATE, DOWN_TIME, AFFECTED, PAPER = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole
OVER_MTD = QColor("#A33A00")  # a darker vermillion, readable as text on white


class ServicesModel(RowsTableModel):
    columns = PAPER + 1

    def __init__(self, scenario: Scenario, source: StateSource, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.source = source
        self._nodes = scenario.functions
        # The board shows states, never their causes: it reads records without them, which
        # is most of what a read costs when a mass encryption stops hundreds of services.
        self._records: list[NodeRecord] = [
            source.state_at(node.id, 0, causes=False) for node in self._nodes
        ]
        self._rows = [
            service_row(node, source, 0, record)
            for node, record in zip(self._nodes, self._records, strict=True)
        ]
        self._time = 0  # the game time the rows show
        self._shown: tuple[int, int] | None = None  # (version, minute) of the present shown

    def refresh(self, t: int | None = None) -> list[int]:
        """Recompute the rows at ``t`` (default: now); the indices of the rows that changed."""
        now = self.source.now
        t = now if t is None else t
        version = source_version(self.source) if t == now else None
        shown, self._shown = self._shown, None if version is None else (version, t // 60)
        if self._shown is not None and shown == self._shown:
            return []
        if self._shown is not None and shown is not None and shown[0] == version:
            rows = [row_later(row, t - self._time) for row in self._rows]
        else:
            rows = self._read_rows(t, follows=self._shown is not None and shown is not None)
        old, self._rows, self._time = self._rows, rows, t
        return self.signal_changes(old, rows, changed_columns)

    def _read_rows(self, t: int, follows: bool) -> list[ServiceRow]:
        """The rows at ``t`` from the source; when ``follows`` (the present after an earlier
        present), a service whose state is the same as before moves on without its history."""
        records = self._read_records(t, follows)
        rows = [
            row_later(row, t - self._time)
            if follows and record == before
            else service_row(node, self.source, t, record)
            for node, row, record, before in zip(
                self._nodes, self._rows, records, self._records, strict=True
            )
        ]
        self._records = records
        return rows

    def _read_records(self, t: int, follows: bool) -> list[NodeRecord]:
        """Each service's state at ``t``; after an earlier present, read again only for the
        services whose history moved since (a mass encryption moves hundreds of the 700
        services of a large graph, a tick of a cascade tens)."""
        moved = moved_since(self.source, self._time) if follows and t >= self._time else None
        if moved is None:
            return [self.source.state_at(node.id, t, causes=False) for node in self._nodes]
        return [
            self.source.state_at(node.id, t, causes=False) if node.id in moved else before
            for node, before in zip(self._nodes, self._records, strict=True)
        ]

    def row_of(self, node_id: str) -> int:
        return next(i for i, row in enumerate(self._rows) if row.node_id == node_id)

    def service(self, row: int) -> ServiceRow:
        return self._rows[row]

    # --- RowsTableModel -------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def headers(self) -> dict[int, str]:
        return {
            SERVICE: self.tr("Service"),
            STATE: self.tr("State"),
            DOWN_TIME: self.tr("Time down / tolerable"),
            AFFECTED: self.tr("People affected"),
            PAPER: self.tr("Paper mode"),
        }

    def cell(self, row_index: int, column: int, role: int) -> Any:
        row = self._rows[row_index]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return state_icon(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._look(row, column, role)

    # --- cells ------------------------------------------------------------------------------

    def _text(self, row: ServiceRow, column: int) -> str:
        if column == SERVICE:
            return node_name(self.scenario, row.node_id)
        if column == STATE:
            return status_label(row.status)
        if column == DOWN_TIME:
            return self._down_text(row)
        if column == AFFECTED:
            return self._affected_text(row)
        return self._paper_text(row)

    def _down_text(self, row: ServiceRow) -> str:
        minutes = row.down_for - row.down_for % 60  # seconds would only flicker
        down = format_duration(minutes) if row.disrupted_since is not None else "—"
        tolerable = format_duration(row.mtd) if row.mtd is not None else "—"
        text = f"{down} / {tolerable}"
        return "⚠ " + text if row.over_mtd else text

    def _affected_text(self, row: ServiceRow) -> str:
        locale = QLocale(current_language())
        if not row.serves:
            return "—"
        return (
            self.tr("%1 of %2")
            .replace("%1", locale.toString(row.affected))
            .replace("%2", locale.toString(row.serves))
        )

    def _paper_text(self, row: ServiceRow) -> str:
        if row.fallback is None:
            return "—"
        fallback = self.scenario.fallback_by_id.get(row.fallback)
        name = fallback.name.get(current_language()) if fallback else row.fallback
        return f"{round(row.capacity * 100)} % — {name}"

    def _sort_key(self, row: ServiceRow, column: int) -> Any:
        return {
            SERVICE: self._text(row, SERVICE),
            STATE: row.capacity,
            DOWN_TIME: row.down_for,
            AFFECTED: row.affected,
            PAPER: row.capacity if row.fallback else -1.0,
        }[column]

    def _tooltip(self, row: ServiceRow, column: int) -> str | None:
        """A name or a paper procedure too long for its cell is whole in its tooltip."""
        if column == DOWN_TIME and row.over_mtd:
            return self.tr("Down longer than its maximum tolerable downtime")
        if column == SERVICE:
            kind = self.tr("Public service") if row.public else self.tr("Internal function")
            return f"{self._text(row, SERVICE)}\n{kind}"
        if column == PAPER and row.fallback is not None:
            return self._paper_text(row)
        return None

    def _look(self, row: ServiceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DOWN_TIME, AFFECTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == DOWN_TIME and row.over_mtd:
            return OVER_MTD
        if role == Qt.ItemDataRole.FontRole and column == DOWN_TIME and row.over_mtd:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            colour = QColor(STYLES[row.status].colour)
            colour.setAlpha(60)
            return colour
        return None


def changed_columns(old: ServiceRow, new: ServiceRow) -> tuple[int, int]:
    """The first and last columns whose cells differ between two rows of the same service."""
    changed = [
        column
        for column, differs in (
            (STATE, (old.status, old.capacity) != (new.status, new.capacity)),
            (DOWN_TIME, (old.disrupted_since, old.down_for) != (new.disrupted_since, new.down_for)),
            (AFFECTED, old.capacity != new.capacity),
            (PAPER, (old.fallback, old.capacity) != (new.fallback, new.capacity)),
        )
        if differs
    ]
    return (changed[0], changed[-1]) if changed else (SERVICE, PAPER)

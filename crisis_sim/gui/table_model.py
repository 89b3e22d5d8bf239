"""What the console's table models share: row and column counts, headers, the guard in
``data``, signalling the cells that changed, and relabelling on a language change.

A subclass says how many rows it has (``row_count``), its headers (``headers``) and what a
cell holds for a role (``cell``). Its texts go through its own ``self.tr``, so the
translation context is the subclass, as pyside6-lupdate reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    columns = 0  # set by each subclass

    def row_count(self) -> int:
        raise NotImplementedError

    def headers(self) -> dict[int, str]:
        raise NotImplementedError

    def cell(self, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    def signal_changes(
        self,
        old: Sequence[Any],
        new: Sequence[Any],
        columns: Callable[[Any, Any], tuple[int, int]] | None = None,
    ) -> list[int]:
        """Emit dataChanged over the rows whose summary differs; their indices.

        ``columns(old_row, new_row)`` gives the first and last column that changed (default:
        all): a view repaints only the cells it is told about, so a clock that moves one
        column of a few rows repaints those cells, not the board. Consecutive rows with the
        same columns share one signal."""
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        spans = [columns(old[i], new[i]) if columns else (0, self.columns - 1) for i in changed]
        for first, last, (left, right) in _runs(changed, spans):
            self.dataChanged.emit(self.index(first, left), self.index(last, right))
        return changed

    def retranslate(self) -> None:
        """Texts depend on the language: every cell and header changes."""
        if self.row_count():
            last = self.index(self.row_count() - 1, self.columns - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columns - 1)

    # --- Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.columns

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers().get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        return self.cell(index.row(), index.column(), role)


def _runs(rows: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int]]]:
    """(first row, last row, span) of each run of consecutive rows with the same span."""
    runs: list[tuple[int, int, tuple[int, int]]] = []
    for row, span in zip(rows, spans, strict=True):
        if runs and runs[-1][1] == row - 1 and runs[-1][2] == span:
            runs[-1] = (runs[-1][0], row, span)
        else:
            runs.append((row, row, span))
    return runs

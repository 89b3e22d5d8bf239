"""Reading and the keyboard: text size for the console and the players' screen, and the
dialog that lists every shortcut.

Text size is an offset in points from the platform's default (the console) or from the
players' screen's own large type; both are remembered with the console's settings.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MIN_OFFSET, MAX_OFFSET = -4, 16
CONSOLE_KEY, PLAYERS_KEY = "text/console-offset", "text/players-offset"


def clamp_offset(offset: int) -> int:
    return max(MIN_OFFSET, min(MAX_OFFSET, offset))


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action that has a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the console, with what it does."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order. Qt's default follows the order widgets
    joined their parent, which is the layout's order, not always the one that makes sense.

    The first widget must already be its parent's first focusable child: Qt cannot move a
    widget to the front (it reads ``setTabOrder(last, first)`` as already in order, the
    chain going round from the last widget to the first)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)

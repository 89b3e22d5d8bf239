"""The debrief window's action plan page: the editable table, add and remove, saved or draft.

Every edit goes through the core plan and is saved beside the session at once
(``ActionPlanModel``); a change the plan refuses is the window's to report (the model's
``refused`` signal). Strings keep the debrief window's translation context ("DebriefView").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crisis_sim.gui.debrief_models import OWNER, TEXT, ActionPlanModel
from crisis_sim.gui.debrief_tables import debrief_table


class ActionPlanPage(QWidget):
    def __init__(self, model: ActionPlanModel, saved: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.saved = saved  # whether the plan on disk is the one shown (else a draft)
        self.table = debrief_table(model, TEXT, editable=True)
        self.table.setColumnWidth(OWNER, 220)
        self.add = QPushButton()
        self.remove = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        model.saved.connect(self._on_saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.status, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

    def _on_add(self) -> None:
        text = QCoreApplication.translate("DebriefView", "New action: say what is to be done")
        if self.model.add_action(text):
            row = self.model.row_count() - 1
            self.table.setCurrentIndex(self.model.index(row, TEXT))
            self.table.edit(self.model.index(row, TEXT))

    def _on_remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_action(rows[0].row())

    def _on_saved(self, path: Path) -> None:
        self.saved = True
        saved_in = QCoreApplication.translate("DebriefView", "Action plan saved in %1")
        self.status.setText(saved_in.replace("%1", str(path)))

    def retranslate(self) -> None:
        self.add.setText(QCoreApplication.translate("DebriefView", "Add an action"))
        self.remove.setText(QCoreApplication.translate("DebriefView", "Remove the selected action"))
        self.table.setToolTip(
            QCoreApplication.translate(
                "DebriefView", "Double-click a cell to edit it; every change is saved at once."
            )
        )
        if not self.status.text():  # only at first: a later "saved in …" is kept
            saved = QCoreApplication.translate("DebriefView", "Saved action plan")
            draft = QCoreApplication.translate("DebriefView", "Draft action plan")
            self.status.setText(saved if self.saved else draft)

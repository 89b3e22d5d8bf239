"""The debrief's tables: findings, ranked recommendations and the editable action plan.

The findings and recommendations are read-only views of a ``Debrief`` (plain core data).
The action plan model edits the core ``ActionPlan`` (which checks every value typed) and
saves it beside the session file at once with ``save_plan``: nothing typed is lost. A value
the plan refuses, or a file that cannot be written, is reported through ``refused`` in the
core's own words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from crisis_sim.core.debrief import (
    Action,
    ActionPlan,
    ActionPlanError,
    ActionStatus,
    Debrief,
    Finding,
    FindingKind,
    RankedRecommendation,
    Severity,
    save_plan,
)
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui.i18n import current_language, reason_of
from crisis_sim.gui.table_model import Index, RowsTableModel

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(label, value)] offered by a combo box editor

SEVERITY_COLOURS = {
    Severity.CRITICAL: QColor("#A30000"),
    Severity.MAJOR: QColor("#A33A00"),
    Severity.MINOR: QColor("#6B5B00"),
    Severity.POSITIVE: QColor("#1E6B1E"),
}


def severity_label(severity: Severity) -> str:
    return {
        Severity.CRITICAL: translate("DebriefLabels", "Critical"),
        Severity.MAJOR: translate("DebriefLabels", "Major"),
        Severity.MINOR: translate("DebriefLabels", "To improve"),
        Severity.POSITIVE: translate("DebriefLabels", "Strength"),
    }[severity]


def kind_label(kind: FindingKind) -> str:
    k = FindingKind
    return {
        k.REACTION_MISSED: translate("DebriefLabels", "Reaction missed"),
        k.REACTION_LATE: translate("DebriefLabels", "Reaction late"),
        k.REACTION_PARTIAL: translate("DebriefLabels", "Reaction partly done"),
        k.COMMUNICATION_SILENCE: translate("DebriefLabels", "Silence towards the public"),
        k.SERVICE_PAST_MTD: translate("DebriefLabels", "Service down too long"),
        k.FALLBACK_USED: translate("DebriefLabels", "Paper fallback used"),
        k.FALLBACK_LATE: translate("DebriefLabels", "Paper fallback late"),
        k.FALLBACK_UNPREPARED: translate("DebriefLabels", "Paper fallback not prepared"),
        k.FALLBACK_MISSING: translate("DebriefLabels", "Paper fallback not used"),
        k.SINGLE_POINT_OF_FAILURE: translate("DebriefLabels", "Single point of failure"),
        k.ATTACK_PATH: translate("DebriefLabels", "Path of the attack"),
        k.BAD_DECISION: translate("DebriefLabels", "Decision to avoid"),
        k.RANSOM_PAID: translate("DebriefLabels", "Ransom paid"),
        k.EVIDENCE_LOST: translate("DebriefLabels", "Evidence lost"),
        k.GOOD_DECISION: translate("DebriefLabels", "Good decision"),
        k.OBJECTIVE_MET: translate("DebriefLabels", "Objective met"),
        k.OBJECTIVE_PARTLY_MET: translate("DebriefLabels", "Objective partly met"),
        k.OBJECTIVE_NOT_MET: translate("DebriefLabels", "Objective not met"),
    }[kind]


def status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.TODO: translate("DebriefLabels", "To do"),
        ActionStatus.IN_PROGRESS: translate("DebriefLabels", "In progress"),
        ActionStatus.DONE: translate("DebriefLabels", "Done"),
        ActionStatus.DROPPED: translate("DebriefLabels", "Dropped"),
    }[status]


# --- findings ------------------------------------------------------------------------------------

SEVERITY, KIND, TITLE = range(3)


class FindingsModel(RowsTableModel):
    columns = TITLE + 1

    def __init__(self, debrief: Debrief, parent=None) -> None:
        super().__init__(parent)
        self.findings: tuple[Finding, ...] = debrief.findings

    def finding(self, row: int) -> Finding:
        return self.findings[row]

    def row_count(self) -> int:
        return len(self.findings)

    def headers(self) -> dict[int, str]:
        return {SEVERITY: self.tr("Severity"), KIND: self.tr("Kind"), TITLE: self.tr("Finding")}

    def cell(self, row: int, column: int, role: int) -> Any:
        finding = self.findings[row]
        if role == ID_ROLE:
            return finding.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEVERITY:
                return severity_label(finding.severity)
            if column == KIND:
                return kind_label(finding.kind)
            return finding.title.get(current_language())
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return finding.summary.get(current_language())
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return SEVERITY_COLOURS[finding.severity]
        return None


# --- recommendations -----------------------------------------------------------------------------

RANK, REC_ID, REC_TITLE, SOURCE, COUNT = range(5)


class RecommendationsModel(RowsTableModel):
    columns = COUNT + 1

    def __init__(self, debrief: Debrief, parent=None) -> None:
        super().__init__(parent)
        self.recommendations: tuple[RankedRecommendation, ...] = debrief.recommendations

    def recommendation(self, row: int) -> RankedRecommendation:
        return self.recommendations[row]

    def row_count(self) -> int:
        return len(self.recommendations)

    def headers(self) -> dict[int, str]:
        return {
            RANK: self.tr("Rank"),
            REC_ID: self.tr("Recommendation"),
            REC_TITLE: self.tr("Title"),
            SOURCE: self.tr("Source"),
            COUNT: self.tr("Findings"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        rec = self.recommendations[row]
        if role == ID_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.DisplayRole:
            lang = current_language()
            return {
                RANK: rec.rank,
                REC_ID: rec.id,
                REC_TITLE: rec.title.get(lang),
                SOURCE: rec.source.get(lang) + (f" ({rec.ref})" if rec.ref else ""),
                COUNT: len(rec.finding_ids),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- the action plan -----------------------------------------------------------------------------

TEXT, RECOMMENDATION, OWNER, DUE, STATUS = range(5)


class ActionPlanModel(RowsTableModel):
    """Every cell is editable; each edit is one call to the plan, then the plan is saved."""

    columns = STATUS + 1
    refused = Signal(str)  # an edit the plan refused, or a plan that could not be saved
    saved = Signal(Path)  # the file the plan was written to

    def __init__(
        self,
        scenario: Scenario,
        plan: ActionPlan,
        session_path: Path,
        recommendations: tuple[RankedRecommendation, ...] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.plan = plan
        self.session_path = Path(session_path)
        self.recommendations = recommendations

    def action(self, row: int) -> Action:
        return self.plan.actions[row]

    def row_count(self) -> int:
        return len(self.plan)

    def headers(self) -> dict[int, str]:
        return {
            TEXT: self.tr("Action"),
            RECOMMENDATION: self.tr("Recommendation"),
            OWNER: self.tr("Owner"),
            DUE: self.tr("Due"),
            STATUS: self.tr("Status"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        action = self.plan.actions[row]
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == RECOMMENDATION:
            return self._recommendation_title(action.recommendation)
        return None

    def _display(self, action: Action, column: int) -> str:
        lang = current_language()
        if column == TEXT:
            return action.text.get(lang)
        if column == RECOMMENDATION:
            return action.recommendation or "—"
        if column == OWNER:
            return self._owner_text(action)
        if column == DUE:
            if action.due_date:
                return action.due_date
            return self.tr("within %n day(s)", "", action.due_days)
        return status_label(action.status)

    def _owner_text(self, action: Action) -> str:
        if action.owner:
            return action.owner
        if action.owner_role:
            names = {role.id: role.name.get(current_language()) for role in self.scenario.roles}
            name = names.get(action.owner_role, action.owner_role)
            return self.tr("%1 (suggested)").replace("%1", name)
        return self.tr("to be named")

    def _edit_value(self, action: Action, column: int) -> str:
        if column == TEXT:
            return action.text.get(current_language())
        if column == RECOMMENDATION:
            return action.recommendation or ""
        if column == OWNER:
            return action.owner
        if column == DUE:
            return action.due_date or str(action.due_days)
        return action.status.value

    def _choices(self, column: int) -> list[tuple[str, str]] | None:
        if column == STATUS:
            return [(status_label(s), s.value) for s in ActionStatus]
        if column == RECOMMENDATION:
            lang = current_language()
            return [("—", "")] + [
                (f"{rec.id} — {rec.title.get(lang)}", rec.id) for rec in self.recommendations
            ]
        return None

    def _recommendation_title(self, rec_id: str | None) -> str | None:
        for rec in self.recommendations:
            if rec.id == rec_id:
                return rec.title.get(current_language())
        return None

    # --- editing --------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self.plan):
            return False
        action = self.plan.actions[index.row()]
        try:
            self._apply(action.id, index.column(), "" if value is None else str(value))
        except ActionPlanError as error:
            self.refused.emit(reason_of(error))
            return False
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.columns - 1))
        self.save()
        return True

    def _apply(self, action_id: str, column: int, text: str) -> None:
        """One call to the plan, which checks the value (ActionPlanError if refused)."""
        plan = self.plan
        if column == TEXT:
            plan.update(action_id, text=text)
        elif column == RECOMMENDATION:
            plan.update(action_id, recommendation=text.strip())
        elif column == OWNER:
            plan.update(action_id, owner=text)
        elif column == DUE:
            _set_due(plan, action_id, text.strip())
        else:
            plan.update(action_id, status=text)

    def add_action(self, text: str) -> bool:
        self.beginResetModel()  # the plan says whether it takes the text: a row, or none
        try:
            self.plan.add(text)
        except ActionPlanError as error:
            self.refused.emit(reason_of(error))
            return False
        finally:
            self.endResetModel()
        return self.save()

    def remove_action(self, row: int) -> bool:
        if not 0 <= row < len(self.plan):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self.plan.remove(self.plan.actions[row].id)
        self.endRemoveRows()
        return self.save()

    def save(self) -> bool:
        try:
            path = save_plan(self.session_path, self.plan)
        except ActionPlanError as error:
            self.refused.emit(reason_of(error))
            return False
        self.saved.emit(path)
        return True


def _set_due(plan: ActionPlan, action_id: str, text: str) -> None:
    """A date (YYYY-MM-DD), a number of days, or nothing to go back to the suggested delay."""
    if not text:
        plan.clear_due_date(action_id)
    elif text.isdigit():
        plan.update(action_id, due_days=int(text))
    else:
        plan.update(action_id, due_date=text)

"""The debrief window: findings, ranked recommendations, the editable action plan, exports.

It shows the debrief of a session file (``open_debrief``: the file is replayed read-only,
so the console's own session is never touched). The window puts together the parts, each
in its module: the details pane (``debrief_details``), the action plan page
(``debrief_plan``: every edit saved beside the session at once) and the export bar
(``debrief_export``: exports off the interface thread, with Cancel; a failure is said in a
dialog).

``choose_export_path``, ``show_error`` and ``export_debrief`` are the seams tests replace:
the window looks each one up here when it is used.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.debrief import ActionPlan, ActionPlanError, OpenedDebrief, open_debrief
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.export.report import Format, export_debrief
from crisis_sim.gui.debrief_details import finding_html, recommendation_html
from crisis_sim.gui.debrief_export import ExportBar
from crisis_sim.gui.debrief_models import (
    KIND,
    REC_TITLE,
    SEVERITY,
    TITLE,
    ActionPlanModel,
    FindingsModel,
    RecommendationsModel,
)
from crisis_sim.gui.debrief_plan import ActionPlanPage
from crisis_sim.gui.debrief_tables import debrief_table
from crisis_sim.gui.i18n import current_language, reason_of

# --- seams (tests replace them) -------------------------------------------------------------------


def choose_export_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to write an export; None if the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested))
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


# --- the window -----------------------------------------------------------------------------------


class DebriefView(QWidget):
    """The debrief of one session file, in its own window."""

    def __init__(self, opened: OpenedDebrief, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("debrief")
        self.opened = opened
        self.debrief = opened.debrief
        self.resize(1100, 720)
        self.findings = FindingsModel(self.debrief, self)
        self.recommendations = RecommendationsModel(self.debrief, self)
        self.plan = ActionPlanModel(
            self.debrief.scenario, opened.plan, opened.path, self.debrief.recommendations, self
        )
        self.plan.refused.connect(self._on_refused)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.findings_table = debrief_table(self.findings, TITLE)
        self.findings_table.setColumnWidth(SEVERITY, 110)
        self.findings_table.setColumnWidth(KIND, 200)
        self.finding_details = QTextBrowser()
        self.finding_details.setOpenExternalLinks(False)
        self.tabs.addTab(self._split(self.findings_table, self.finding_details), "")
        self.recommendations_table = debrief_table(self.recommendations, REC_TITLE)
        self.recommendation_details = QTextBrowser()
        self.recommendation_details.setOpenExternalLinks(True)
        self.tabs.addTab(self._split(self.recommendations_table, self.recommendation_details), "")
        self.plan_page = ActionPlanPage(self.plan, opened.plan_saved)
        self.tabs.addTab(self.plan_page, "")
        self.exports = ExportBar(opened.path)
        self.exports.requested.connect(self._on_export)
        self.exports.failed.connect(self._on_export_failed)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.exports)
        self._follow_selections()
        self.retranslate()

    def _split(self, table: QTableView, details: QTextBrowser) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _follow_selections(self) -> None:
        """The details pane shows the selected row; the first is selected at the start."""
        self.findings_table.selectionModel().currentRowChanged.connect(self._on_finding)
        self.recommendations_table.selectionModel().currentRowChanged.connect(
            self._on_recommendation
        )
        if self.findings.row_count():
            self.findings_table.selectRow(0)
        if self.recommendations.row_count():
            self.recommendations_table.selectRow(0)

    # --- details --------------------------------------------------------------------------------

    def _on_finding(self, current: QModelIndex, _previous: object = None) -> None:
        if not current.isValid():
            self.finding_details.clear()
            return
        finding = self.findings.finding(current.row())
        self.finding_details.setHtml(finding_html(self.opened, finding, current_language()))

    def _on_recommendation(self, current: QModelIndex, _previous: object = None) -> None:
        if not current.isValid():
            self.recommendation_details.clear()
            return
        rec = self.recommendations.recommendation(current.row())
        self.recommendation_details.setHtml(
            recommendation_html(self.opened, rec, current_language())
        )

    # --- the action plan --------------------------------------------------------------------------

    def _on_refused(self, reason: str) -> None:
        show_error(self, self.tr("Action plan"), reason)

    def snapshot(self) -> OpenedDebrief:
        """What the worker exports: the plan as it is now, copied (actions are immutable)."""
        plan = ActionPlan(self.plan.plan.actions)
        return replace(self.opened, plan=plan, plan_saved=self.plan_page.saved)

    # --- exports ----------------------------------------------------------------------------------

    def _on_export(self, fmt: Format) -> None:
        suggested = self.exports.suggested_path(fmt)
        output = choose_export_path(self, self.tr("Export the debrief"), suggested)
        if output is not None:
            self.start_export(fmt, output)

    def start_export(self, fmt: Format, output: Path) -> None:
        self.exports.start(self.snapshot(), fmt, output, export_debrief)

    def _on_export_failed(self, reason: str) -> None:
        show_error(self, self.tr("Export failed"), reason)

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        scenario = self.debrief.scenario
        end = format_game_time(self.debrief.end, scenario.meta.t0)
        state = (
            self.tr("ended (FINEX) at %1") if self.debrief.finished else self.tr("stopped at %1")
        ).replace("%1", end)
        title = scenario.meta.title.get(lang)
        self.setWindowTitle(self.tr("Debrief — %1").replace("%1", title))
        self.heading.setText(
            self.tr("<b>%1</b> — exercise %2. Session file: %3")
            .replace("%1", html.escape(title, quote=False))
            .replace("%2", html.escape(state, quote=False))
            .replace("%3", html.escape(str(self.opened.path), quote=False))
        )
        self.tabs.setTabText(
            0, self.tr("Findings (%1)").replace("%1", str(self.findings.row_count()))
        )
        self.tabs.setTabText(1, self.tr("Recommendations"))
        self.tabs.setTabText(2, self.tr("Action plan"))
        self.plan_page.retranslate()
        self.exports.retranslate()
        for model in (self.findings, self.recommendations, self.plan):
            model.retranslate()
        self._on_finding(self.findings_table.currentIndex())
        self._on_recommendation(self.recommendations_table.currentIndex())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.exports.stop()
        event.accept()


# --- opening --------------------------------------------------------------------------------------


def session_file(session: Session) -> Path | None:
    """The file the session is journaled to; None for a try-out session without one."""
    journal = session.journal
    return getattr(journal, "path", None) if journal is not None else None


def open_debrief_view(session: Session, parent: QWidget | None = None) -> DebriefView | None:
    """The debrief window of the session's file, shown; None (after saying why) if it cannot."""
    title = QCoreApplication.translate("DebriefView", "Debrief")
    path = session_file(session)
    if path is None:
        message = QCoreApplication.translate(
            "DebriefView",
            "This session is not saved to a file, so it cannot be debriefed. "
            "Open the console on a scenario to record a session.",
        )
        show_error(parent, title, message)
        return None
    try:
        opened = open_debrief(path)
    except (ExerciseError, ActionPlanError, OSError) as error:
        show_error(parent, title, reason_of(error))
        return None
    view = DebriefView(opened, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view

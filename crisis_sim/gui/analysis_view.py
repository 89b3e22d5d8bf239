"""The analyses window: single points of failure and the restoration plan after the attack,
the same content as ``crisis-sim analyse``, worked out off the interface thread.

Opening it starts the analysis (``AnalysisJob``) with a progress bar that counts the nodes
ranked, then the restorations planned, and a Cancel button. A cancelled analysis shows no
results; one that fails says why in a dialog. "Analyse again" reruns it for another number
of IT staff. The window belongs to the console and lives as long as it; closing it while the
analysis runs cancels it and waits for the worker to stop.

``show_error`` is the seam tests replace.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.analysis.overview import DEFAULT_STAFF, RANKING, ScenarioAnalysis
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui.analysis_job import AnalysisJob
from crisis_sim.gui.analysis_models import (
    RestorationStepsModel,
    ServiceReturnsModel,
    WeakPointsModel,
)
from crisis_sim.gui.describe import node_name
from crisis_sim.gui.i18n import current_language

MAX_STAFF = 50
MAX_COLUMN = 280  # pixels


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fit(table: QTableView) -> None:
    """Columns as wide as their texts, but no wider than MAX_COLUMN: a long list of names
    would push the others out of sight (the tooltip has it whole)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN))


class AnalysisView(QWidget):
    """The analyses of one scenario, in their own window."""

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("analysis")
        self.scenario = scenario
        self.analysis: ScenarioAnalysis | None = None
        self.job: AnalysisJob | None = None
        self.resize(1000, 640)

        self.weak_points = WeakPointsModel(self)
        self.steps = RestorationStepsModel(self)
        self.returns = ServiceReturnsModel(self)
        self.weak_points_table = _table(self.weak_points)
        self.steps_table = _table(self.steps)
        self.returns_table = _table(self.returns)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.weak_points_table, "")
        self.tabs.addTab(self._page(self.plan_summary, self.steps_table), "")
        self.tabs.addTab(self._page(self.returns_table, self.blocked), "")

        self.staff_label = QLabel()
        self.staff = QSpinBox()
        self.staff.setRange(1, MAX_STAFF)
        self.staff.setValue(DEFAULT_STAFF)
        self.staff_label.setBuddy(self.staff)
        self.run_again = QPushButton()
        self.run_again.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(280)
        self.progress.hide()
        self.cancel = QPushButton()
        self.cancel.hide()
        self.cancel.clicked.connect(self._on_cancel)
        self.status = QLabel()

        controls = QHBoxLayout()
        for widget in (self.staff_label, self.staff, self.run_again, self.progress, self.cancel):
            controls.addWidget(widget)
        controls.addWidget(self.status, 1)
        column = QVBoxLayout(self)
        column.addLayout(controls)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        self.retranslate()

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return page

    # --- running ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        """Analyse the scenario for the staff chosen, on a worker; old results go at once."""
        if self.job is not None:
            return
        self.show_results(None)
        # Garbage cycles that hold widgets are collected here, on the interface thread: the
        # worker allocates a lot, and a collection it triggered would destroy them there.
        gc.collect()
        job = AnalysisJob(self.scenario, self.staff.value(), self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self.job = job
        self._set_busy(True)
        self.status.setText(self.tr("Analysing the graph…"))
        job.start()

    def _on_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.job is None or self.job.cancel_requested:
            return  # a signal queued before Cancel: the bar no longer counts
        self.progress.setFormat(self._stage_format(stage))  # before the value: spies read both
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)

    def _stage_format(self, stage: str) -> str:
        if stage == RANKING:
            return self.tr("Ranking the nodes: %v of %m")
        return self.tr("Planning the restoration: %v of %m")

    def _on_succeeded(self, analysis: ScenarioAnalysis) -> None:
        self.show_results(analysis)
        self.status.setText(self.tr("Done."))

    def _on_failed(self, reason: str) -> None:
        self.status.setText(self.tr("The analysis failed."))
        show_error(self, self.tr("Analysis failed"), reason)

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Analysis cancelled: no results."))

    def _on_finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.staff.setEnabled(not busy)
        self.run_again.setEnabled(not busy)
        self.progress.setRange(0, 0)  # busy until the first progress says how much
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.cancel.setFocus()

    # --- results ----------------------------------------------------------------------------------

    def show_results(self, analysis: ScenarioAnalysis | None) -> None:
        self.analysis = analysis
        for model in (self.weak_points, self.steps, self.returns):
            model.show(analysis)
        for table in (self.weak_points_table, self.steps_table, self.returns_table):
            _fit(table)
        self._describe()

    def _describe(self) -> None:
        """The summary lines and tab titles, which count what the analysis found."""
        analysis = self.analysis
        self.tabs.setTabText(
            0, self.tr("Single points of failure (%1)").replace("%1", self._count(self.weak_points))
        )
        self.tabs.setTabText(1, self.tr("Restoration order"))
        self.tabs.setTabText(2, self.tr("Services back"))
        if analysis is None:
            for label in (self.summary, self.plan_summary, self.blocked):
                label.clear()
            return
        self.summary.setText(self._summary_text(analysis))
        self.plan_summary.setText(self._plan_text(analysis))
        self.blocked.setText(self._blocked_text(analysis))

    def _count(self, model) -> str:
        return str(model.row_count()) if self.analysis is not None else "–"

    def _summary_text(self, analysis: ScenarioAnalysis) -> str:
        return (
            self.tr(
                "%1 nodes, %2 business functions and public services. "
                "%3 single points of failure: the loss of any one alone stops a service."
            )
            .replace("%1", str(len(self.scenario.nodes)))
            .replace("%2", str(len(self.scenario.functions)))
            .replace("%3", str(len(analysis.single_points_of_failure)))
        )

    def _plan_text(self, analysis: ScenarioAnalysis) -> str:
        plan, t0 = analysis.plan, self.scenario.meta.t0
        return (
            self.tr("Restoration after the attack, from %1, with %2 IT staff: done at %3.")
            .replace("%1", format_game_time(plan.start, t0))
            .replace("%2", str(plan.staff))
            .replace("%3", format_game_time(plan.finished_at, t0))
        )

    def _blocked_text(self, analysis: ScenarioAnalysis) -> str:
        if not analysis.plan.blocked:
            return ""
        names = ", ".join(node_name(self.scenario, b.node) for b in analysis.plan.blocked)
        return self.tr(
            "Cannot be restored (must be rebuilt, or waits for one that must): %1"
        ).replace("%1", names)

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = self.scenario.meta.title.get(current_language())
        self.setWindowTitle(self.tr("Analyses — %1").replace("%1", title))
        self.staff_label.setText(self.tr("IT &staff restoring in parallel:"))
        self.run_again.setText(self.tr("&Analyse again"))
        self.cancel.setText(self.tr("Cancel"))
        for model in (self.weak_points, self.steps, self.returns):
            model.retranslate()
        self._describe()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.stop()
        event.accept()

    def stop(self) -> None:
        """Cancel a running analysis and wait for its worker: a thread must not outlive us."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

"""The scenario's analyses on a worker thread, so the console never freezes on a large graph.

The core call (``analyse_scenario``) runs in ``run``, on the worker; its progress and its
result reach the interface thread through signals (queued across threads). Cancel sets a
flag the core reads between two units of work: it stops with AnalysisCancelledError and
the job reports ``cancelled``, never a partial result.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from crisis_sim.core.analysis import AnalysisCancelledError
from crisis_sim.core.analysis.overview import analyse_scenario
from crisis_sim.core.scenario.model import Scenario


class AnalysisJob(QThread):
    progressed = Signal(str, int, int)  # stage (overview.RANKING or PLANNING), done, total
    succeeded = Signal(object)  # the ScenarioAnalysis
    failed = Signal(str)  # why, in a sentence for a dialog
    cancelled = Signal()

    def __init__(self, scenario: Scenario, staff: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scenario, self.staff = scenario, staff
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the analysis to stop; it does at its next check, within one unit of work."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            analysis = analyse_scenario(
                self.scenario,
                self.staff,
                progress=self.progressed.emit,
                cancelled=self._cancel.is_set,
            )
        except AnalysisCancelledError:
            self.cancelled.emit()
        except Exception as error:  # reported to the user in a dialog, never a crash
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            if self._cancel.is_set():  # asked after the last check: the user said stop
                self.cancelled.emit()
            else:
                self.succeeded.emit(analysis)
